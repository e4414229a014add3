using System.Text.Json.Nodes;
using CapexRadar.Text;

namespace CapexRadar.Entities.Tests;

/// <summary>
/// The seed story must come out perfect; the dev corpus is dumped for the scorer when ENTITIES_EVAL_OUT names a file
/// (<c>score-extraction $ENTITIES_EVAL_OUT shared/corpus/dev/gold.jsonl --details</c>).
/// </summary>
public class CorpusRegressionTests
{
    [Fact]
    public void Seed_story_is_perfect()
    {
        var shared = X.SharedDir();
        if (shared is null) return; // the shared corpus is not beside this checkout
        var e = X.Default.Extract(TextNormalizer.Normalize(File.ReadAllText(Path.Combine(shared, "seed", "alibaba-ai-capex.txt"))));
        Assert.Equal(["acm-research-shanghai", "alibaba", "huawei", "meta", "naura", "openai", "tencent"], e.Organizations.Select(o => o.CompanyId).Order().ToArray());
        Assert.Equal("alibaba", e.AnnouncerId);
        var wu = Assert.Single(e.People);
        Assert.Equal(("Eddie Wu", "CEO", "alibaba"), (wu.Name, wu.Role, wu.OrganizationId));
        Assert.Equal(["AU", "BR", "CN", "FR", "HK", "NL", "US"], e.Countries());
        Assert.Contains(e.Organization("acm-research-shanghai").Listings, l => l is { Symbol: "688082", Mic: "XSHG" });
        Assert.Contains(e.Organization("naura").Listings, l => l is { Symbol: "002371", Mic: "XSHE" });
    }

    [Fact]
    public void Dev_corpus_dump_for_the_scorer()
    {
        var shared = X.SharedDir();
        if (shared is null) return;
        var output = Environment.GetEnvironmentVariable("ENTITIES_EVAL_OUT");
        var lines = new List<string>();
        foreach (var line in File.ReadLines(Path.Combine(shared, "corpus", "dev", "articles.jsonl")))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            var doc = JsonNode.Parse(line)!;
            var e = X.Default.Extract(TextNormalizer.Normalize((string)doc["body"]!));
            var row = new JsonObject
            {
                ["announcementId"] = (string)doc["id"]!,
                ["organizations"] = new JsonArray([.. e.Organizations.Select(o => (JsonNode)new JsonObject
                {
                    ["name"] = o.Name,
                    ["listings"] = new JsonArray([.. o.Listings.Select(l => (JsonNode)new JsonObject { ["symbol"] = l.Symbol, ["mic"] = l.Mic })]),
                })]),
                ["people"] = new JsonArray([.. e.People.Select(p => (JsonNode)new JsonObject { ["name"] = p.Name, ["role"] = p.Role })]),
                ["locations"] = new JsonArray([.. e.Locations.Select(l => (JsonNode)new JsonObject { ["name"] = l.Name, ["countryCode"] = l.CountryCode })]),
            };
            lines.Add(row.ToJsonString());
        }
        Assert.Equal(25, lines.Count);
        if (!string.IsNullOrEmpty(output)) File.WriteAllLines(output, lines);
    }
}

internal static class EntitySetExtensions
{
    public static CapexRadar.Domain.OrganizationEntity Organization(this CapexRadar.Domain.EntitySet e, string id) =>
        e.FindOrganization(id) ?? throw new Xunit.Sdk.XunitException($"no organisation {id}");
}
