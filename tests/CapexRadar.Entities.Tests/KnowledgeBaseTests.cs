using System.Text;
using CapexRadar.Domain;
using CapexRadar.Entities.Extraction;

namespace CapexRadar.Entities.Tests;

public class KnowledgeBaseTests
{
    private static readonly CompanyKnowledgeBase Kb = CompanyKnowledgeBase.LoadDefault();

    [Fact]
    public void Shipped_data_loads_from_embedded_resources()
    {
        Assert.True(Kb.Count >= 300);
        Assert.NotEmpty(Kb.Places);
        Assert.NotNull(Kb.Get("alibaba"));
    }

    [Theory]
    [InlineData("BABA")]
    [InlineData("9988.HK")]
    [InlineData("HKEX:9988")]
    [InlineData("Alibaba")]
    [InlineData("alibaba group holding")]
    [InlineData("alibaba")]
    public void Resolve_and_search_by_name_alias_or_ticker(string query)
    {
        Assert.Equal("alibaba", Kb.Resolve(query)?.Id);
        Assert.Equal("alibaba", Kb.Search(query)[0].Id);
    }

    [Fact]
    public void Search_finds_partial_names()
    {
        Assert.Contains(Kb.Search("Semiconductor"), r => r.Id == "smic" || r.Name.Contains("Semiconductor", StringComparison.Ordinal));
        Assert.Empty(Kb.Search("   "));
    }

    [Fact]
    public void Upsert_makes_the_extractor_recognise_a_new_company_at_once()
    {
        var extractor = EntityExtractor.CreateDefault();
        Assert.DoesNotContain(extractor.Extract("Glimmerwick rose 5% on Monday.").Organizations, o => o.CompanyId == "glimmerwick");
        extractor.KnowledgeBase.Upsert(new CompanyRecord
        {
            Id = "glimmerwick", Name = "Glimmerwick Holdings Inc.", Aliases = ["Glimmerwick"], Country = "US",
            Listings = [new Listing("GLMW", "XNAS")], Tags = ["datacenter"],
        });
        var org = Assert.Single(extractor.Extract("Glimmerwick rose 5% on Monday.").Organizations);
        Assert.Equal("glimmerwick", org.CompanyId);
        Assert.Equal("GLMW", Assert.Single(org.Listings).Symbol);
        Assert.Equal("glimmerwick", extractor.KnowledgeBase.Resolve("GLMW")?.Id);
        // the shared default knowledge base is untouched
        Assert.Null(X.Default.KnowledgeBase.Get("glimmerwick"));
    }

    [Fact]
    public void Upsert_corrects_an_existing_company()
    {
        var kb = CompanyKnowledgeBase.LoadDefault();
        var old = kb.Get("alibaba")!;
        kb.Upsert(old with { Aliases = [.. old.Aliases, "Ali Group Zeta"] });
        var e = new EntityExtractor(kb).Extract("Ali Group Zeta raised its budget.");
        Assert.Equal("alibaba", Assert.Single(e.Organizations).CompanyId);
        Assert.Equal(Kb.Count, kb.Count);
    }

    [Fact]
    public void Loader_tolerates_missing_and_null_optional_fields()
    {
        const string json = """
            [ {"id": "a1", "name": "Alpha One"},
              {"id": "b2", "name": "Beta Two", "aliases": null, "listings": [{"symbol": "BTWO", "mic": "xnas"}], "parent": null},
              {"name": "no id"}, null ]
            """;
        var records = CompanyKnowledgeBase.ReadCompanies(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        Assert.Equal(2, records.Count);
        Assert.Empty(records[0].Aliases);
        Assert.Equal("XNAS", records[1].Listings[0].Mic);
        var kb = new CompanyKnowledgeBase(records, []);
        Assert.Equal("b2", kb.Resolve("BTWO")?.Id);
    }

    [Fact]
    public void Records_round_trip_as_json_in_the_data_schema()
    {
        var kb = new CompanyKnowledgeBase([new CompanyRecord { Id = "c3", Name = "Gamma Three", CaseSensitiveAliases = ["GT3"] }], []);
        var json = kb.ToJson();
        Assert.Contains("\"case_sensitive_aliases\"", json);
        var back = CompanyKnowledgeBase.ReadCompanies(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        Assert.Equal("GT3", back[0].CaseSensitiveAliases[0]);
    }

    [Fact]
    public void Concurrent_extraction_and_upserts_are_safe()
    {
        var extractor = EntityExtractor.CreateDefault();
        const string text = "Alibaba Group Holding Ltd. and Zorblax Corp. rose in Hong Kong, CEO Eddie Wu said.";
        Parallel.For(0, 200, i =>
        {
            if (i % 20 == 0) extractor.KnowledgeBase.Upsert(new CompanyRecord { Id = "zorblax", Name = "Zorblax Corp.", Aliases = ["Zorblax"] });
            var e = extractor.Extract(text);
            Assert.Contains(e.Organizations, o => o.CompanyId == "alibaba");
            Assert.Contains(e.Organizations, o => o.Name.StartsWith("Zorblax", StringComparison.Ordinal));
        });
    }
}

public class HostileInputTests
{
    [Fact]
    public void Megabytes_without_spaces_complete()
    {
        var text = new string('a', 2_500_000) + string.Concat(Enumerable.Repeat("Ab.Cd-", 400_000));
        var e = X.Default.Extract(text);
        Assert.Empty(e.People);
        Assert.Empty(e.Locations);
    }

    [Fact]
    public void Thousands_of_numbers_complete()
    {
        var text = string.Join(" ", Enumerable.Range(0, 10_000).Select(i => i % 3 == 0 ? $"{i}.5%" : i.ToString()));
        var e = X.Default.Extract(text);
        Assert.Empty(e.Organizations);
    }

    [Fact]
    public void Many_companies_and_speech_cues_complete()
    {
        // hundreds of companies, then tens of thousands of "said X Y" and "X, who became Y's chief executive": the
        // person patterns that compare names with companies must stay bounded
        var companies = string.Concat(Enumerable.Range(0, 400).Select(i => $"Zorvek{i} Systems Inc. "));
        var speech = string.Concat(Enumerable.Repeat("Analysts said Zorvek Alpha was ready. Mira Holt, who became Zorvek's chief executive, spoke. ", 20_000));
        var e = X.Default.Extract(companies + speech);
        Assert.NotEmpty(e.Organizations);
    }

    [Fact]
    public void Long_runs_of_capitalised_words_and_suffixes_complete()
    {
        var text = string.Concat(Enumerable.Repeat("Alpha Beta Gamma Inc. Co. Ltd. ", 50_000)) + string.Concat(Enumerable.Repeat("Chief Executive ", 20_000));
        var e = X.Default.Extract(text);
        Assert.NotNull(e);
    }

    [Fact]
    public void Empty_and_whitespace_text()
    {
        Assert.Empty(X.Default.Extract("").Organizations);
        Assert.Empty(X.Default.Extract(" \n\n ").Organizations);
    }
}
