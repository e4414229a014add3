using CapexRadar.Domain;
using CapexRadar.Entities.Extraction;

namespace CapexRadar.Entities.Tests;

public class KnowledgeBaseMatchingTests
{
    [Fact]
    public void Legal_name_short_name_and_both_apostrophes_are_one_company()
    {
        var e = X.Run("Alibaba Group Holding Ltd. said on Tuesday it would add servers. Alibaba's cloud arm hired staff, and Alibaba’s shares rose.");
        var org = Assert.Single(e.Organizations);
        Assert.Equal("alibaba", org.CompanyId);
        Assert.True(org.InKnowledgeBase);
        Assert.Equal(3, org.Mentions.Count);
        Assert.Contains(org.Listings, l => l.Symbol == "9988" && l.Mic == "XHKG");
        Assert.Contains("hyperscaler", org.Tags);
    }

    [Fact]
    public void Longest_alias_wins_over_a_place_or_a_shorter_company()
    {
        var e = X.Run("Tokyo Electron Ltd. gained 3% while SoftBank Corp. and SoftBank Group Corp. both slipped.");
        Assert.Contains(e.Organizations, o => o.CompanyId == "tokyo-electron");
        Assert.Contains(e.Organizations, o => o.CompanyId == "softbank-corp");
        Assert.Contains(e.Organizations, o => o.CompanyId == "softbank-group");
        Assert.DoesNotContain(e.Locations, l => l.Name == "Tokyo");
    }

    [Fact]
    public void Lower_case_common_words_are_not_companies()
    {
        var e = X.Run("The telecom arm will meta-analyse a sharp rise in oracle-style forecasts.");
        Assert.Empty(e.Organizations);
    }

    [Fact]
    public void Ticker_in_text_links_the_name_to_its_listing()
    {
        var e = X.Run("ACM Research Inc. (NASDAQ: ACMR) rose 4% after the order.");
        var org = Assert.Single(e.Organizations);
        Assert.Equal("acm-research", org.CompanyId);
        Assert.Contains(org.Listings, l => l.Symbol == "ACMR");
    }

    [Fact]
    public void A_bare_exchange_ticker_resolves_through_the_knowledge_base()
    {
        var e = X.Run("The Hangzhou-based group (9988.HK) said it would double its budget.");
        Assert.Contains(e.Organizations, o => o.CompanyId == "alibaba");
    }

    [Fact]
    public void An_unknown_company_has_no_listing_unless_the_text_gives_one()
    {
        var bare = X.Run("Zentrix Photonics Inc. jumped 12% on Monday.").Org("Zentrix Photonics");
        Assert.False(bare.InKnowledgeBase);
        Assert.Empty(bare.Listings);
        Assert.StartsWith("x-", bare.CompanyId);

        var listed = X.Run("Zentrix Photonics Inc. (NASDAQ: ZNTXQ) jumped 12% on Monday.").Org("Zentrix Photonics");
        Assert.False(listed.InKnowledgeBase);
        Assert.Equal([new Listing("ZNTXQ", "XNAS")], listed.Listings);
    }

    [Theory]
    [InlineData("Brightwater Fabrication Ltd. (NSE: BRIGHTFAB) will spend Rs 900 crore.", "Brightwater Fabrication", "BRIGHTFAB", "XNSE")]
    [InlineData("Shares of Hanbit Cloud Systems (123450.KS) rose 4%.", "Hanbit Cloud Systems", "123450", "XKRX")]
    [InlineData("Kvarnholm Energi Oyj Abp (HEL: KVE1V) said on Monday it would build a plant.", "Kvarnholm Energi Oyj Abp", "KVE1V", "XHEL")]
    public void A_ticker_in_the_text_lists_the_company_before_it(string text, string name, string symbol, string mic)
    {
        var org = X.Run(text).Org(name);
        Assert.Equal([new Listing(symbol, mic)], org.Listings);
    }

    [Theory]
    [InlineData("Brightwater Fabrication Ltd. (NSE: BRIGHTFAB, BSE: 512345) will spend Rs 900 crore.", "Brightwater Fabrication", "BRIGHTFAB")]
    [InlineData("Kvarnholm Energi Oyj (HEL: KVE1V, STO: KVES) said on Monday it would build a plant.", "Kvarnholm Energi Oyj", "KVE1V")]
    public void Several_listings_in_one_parenthesis_all_belong_to_the_company_before_it(string text, string name, string firstSymbol)
    {
        var entities = X.Run(text);
        Assert.Single(entities.Organizations);
        Assert.Contains(entities.Org(name).Listings, l => l.Symbol == firstSymbol);
        Assert.Equal(2, entities.Org(name).Listings.Count);
    }

    [Theory]
    [InlineData("The company said (NASDAQ: and) nothing.")]
    [InlineData("Chief Executive (NYSE: ABC) spoke.")]
    public void Words_and_titles_before_a_ticker_make_no_company(string text)
    {
        Assert.DoesNotContain(X.Run(text).Organizations, o => o.Listings.Count > 0);
    }
}

public class LegalFormAndShortFormTests
{
    [Theory]
    [InlineData("Grupo Montecristo Digital, S.A. de C.V., a closely held operator, will invest 20 billion pesos.", "Grupo Montecristo Digital")]
    [InlineData("Navarro Frio S.L., a maker of coolers, will build a plant.", "Navarro Frio S.L.")]
    [InlineData("Lumenfield Systems, Inc. said on Monday it would expand.", "Lumenfield Systems")]
    public void Legal_forms_after_a_comma_and_spanish_forms(string text, string name)
    {
        var org = X.Run(text).Org(name);
        Assert.False(org.InKnowledgeBase);
    }

    [Fact]
    public void A_comma_before_a_two_letter_word_is_not_a_legal_form()
    {
        var e = X.Run("The grid connection was approved by Halvorsen, SA Power Networks said.");
        Assert.DoesNotContain(e.Organizations, o => o.Name.StartsWith("Halvorsen,", StringComparison.Ordinal));
        Assert.Contains(e.Organizations, o => o.Name.StartsWith("SA Power", StringComparison.Ordinal));
    }

    [Fact]
    public void The_word_after_a_generic_first_word_is_the_short_form()
    {
        var e = X.Run("Grupo Montecristo Digital, S.A. de C.V. will invest. Lucia Ferrer, Montecristo's chief executive, said so.");
        var p = e.Person("Lucia Ferrer");
        Assert.Equal(e.Org("Grupo Montecristo").CompanyId, p.OrganizationId);
    }

    [Fact]
    public void The_company_after_a_speaker_with_a_company_is_the_speaker_s_company()
    {
        const string t = "Brightwater Cloud Ltd. will invest $2 billion in Riyadh. Omar Saleh, chief executive of Najran Cooling Works, a "
                         + "closely held maker of chillers, said the company would double output to meet demand from Brightwater.";
        var e = X.Run(t);
        var cooling = e.Org("Najran Cooling Works");
        Assert.Contains(cooling.Mentions, m => t[m.Start..m.End] == "the company");
        Assert.DoesNotContain(e.Org("Brightwater").Mentions, m => t[m.Start..m.End] == "the company");
    }

    [Theory]
    [InlineData("Trade association NordicDC expects investment to double.", "NordicDC")]
    [InlineData("The Chilean Association of Cloud Operators, known as ACNUB, expects growth.", "Chilean Association of Cloud Operators")]
    public void Associations_are_organisations(string text, string name)
    {
        Assert.False(X.Run(text).Org(name).InKnowledgeBase);
    }

    [Fact]
    public void A_demonym_before_a_generic_word_is_still_no_company()
    {
        Assert.Empty(X.Run("Chinese AI developers raised prices.").Organizations);
    }

    [Fact]
    public void A_company_short_form_after_said_is_not_a_person()
    {
        var e = X.Run("Serrano Verde Data Centers S.A. plans a campus. Ortiz said Serrano Verde was in talks with two cloud providers.");
        Assert.DoesNotContain(e.People, p => p.Name == "Serrano Verde");
    }

    [Fact]
    public void A_surname_that_is_a_company_alias_after_a_title_and_first_name_is_a_person()
    {
        var e = X.Run("Chief Executive Wes Cummins told analysts the second building was on schedule.");
        Assert.DoesNotContain(e.Organizations, o => o.CompanyId == "cummins");
        Assert.Equal("Chief Executive (CEO)", e.Person("Wes Cummins").Role);
    }
}

public class UnknownCompanyTests
{
    [Theory]
    [InlineData("Quantara Silicon Devices Inc. will spend $2 billion on a new fab.", "Quantara Silicon Devices Inc.")]
    [InlineData("Demand lifted Halvorsen Kraft AG, the grid supplier, this year.", "Halvorsen Kraft AG")]
    [InlineData("Orders went to Pellucid Datentechnik GmbH and to a rival.", "Pellucid Datentechnik GmbH")]
    [InlineData("Brightwave Renewables plc expects approval in June.", "Brightwave Renewables plc")]
    [InlineData("Investors bought Solvane Precision Technology Group Co., Ltd. shares.", "Solvane Precision Technology Group Co., Ltd.")]
    [InlineData("Lumora Optoelectronics Corp. supplies the lasers.", "Lumora Optoelectronics Corp.")]
    public void Legal_suffix_names_a_company(string text, string name)
    {
        var e = X.Run(text);
        var org = e.Org(name.Split(' ')[0]);
        Assert.Equal(name.TrimEnd('.'), org.Name.TrimEnd('.'));
        Assert.False(org.InKnowledgeBase);
        Assert.Empty(org.Listings);
    }

    [Fact]
    public void Parenthetical_place_stays_inside_the_name()
    {
        var e = X.Run("Orvant Photonics (Suzhou) Co. rose 9% in Shenzhen.");
        var org = e.Org("Orvant Photonics");
        Assert.Contains("(Suzhou)", org.Name);
        Assert.DoesNotContain(e.Locations, l => l.Name == "Suzhou");
        Assert.Contains(e.Locations, l => l.Name == "Shenzhen" && l.CountryCode == "CN");
    }

    [Theory]
    [InlineData("Shares of chipmaker Zentrix jumped 8% on the news.", "Zentrix")]
    [InlineData("Optical-module maker Lumora gained 4% in Shenzhen.", "Lumora")]
    [InlineData("Trillium, the server maker, said orders doubled.", "Trillium")]
    [InlineData("The French start-up Veltora AI will open a lab in Lyon.", "Veltora AI")]
    [InlineData("The partners include AI lab Corvid, which trains large models.", "Corvid")]
    [InlineData("Its cloud unit signed an agreement with Aurelian to lease capacity.", "Aurelian")]
    [InlineData("The group agreed to buy Solvane for about $1 billion.", "Solvane")]
    [InlineData("Analysts at Kestrel Securities expect higher spending.", "Kestrel Securities")]
    [InlineData("Norrland analysts cut their estimates on Friday.", "Norrland")]
    [InlineData("It took a 20% stake in Tessaract last year.", "Tessaract")]
    [InlineData("Sequoia-owned Vireo Networks will supply switches.", "Vireo Networks")]
    [InlineData("Meridian, a Dutch developer of data centres, will build two sites.", "Meridian")]
    [InlineData("Halcyon shares fell 3% in Seoul.", "Halcyon")]
    [InlineData("Brenmoor added 2.4% in Oslo trading.", "Brenmoor")]
    public void Language_around_a_name_makes_it_a_company(string text, string name)
    {
        var e = X.Run(text);
        Assert.Contains(name, e.Orgs());
    }

    [Fact]
    public void Short_repeated_mentions_attach_to_the_full_company()
    {
        var e = X.Run("Meridian Grid Systems Ltd. will build a 300 MW campus. Meridian said the first hall opens in 2027, and the company expects more.");
        var org = Assert.Single(e.Organizations);
        Assert.Equal(3, org.Mentions.Count); // full name, short name, "the company"
        Assert.Equal(org.CompanyId, e.AnnouncerId);
    }

    [Fact]
    public void Unknown_company_ids_are_stable_slugs()
    {
        var a = X.Run("Quantara Silicon Devices Inc. rose.").Org("Quantara");
        var b = X.Run("Later, Quantara Silicon Devices Inc. fell.").Org("Quantara");
        Assert.Equal("x-quantara-silicon-devices", a.CompanyId);
        Assert.Equal(a.CompanyId, b.CompanyId);
    }

    [Fact]
    public void Listed_next_to_known_companies_is_a_company()
    {
        var e = X.Run("Rivals such as Nvidia, Zentrix and Advanced Micro Devices are expanding.");
        Assert.Contains("Zentrix", e.Orgs());
    }
}

public class FalsePositiveTests
{
    [Fact]
    public void Indexes_are_not_organisations_or_places()
    {
        var e = X.Run("The Hang Seng Tech Index rose 1%, the Nasdaq Composite fell and the KOSPI gained. The S&P 500 was flat and the Philadelphia Semiconductor Index slid.");
        Assert.Empty(e.Organizations);
        Assert.DoesNotContain(e.Locations, l => l.Name == "Philadelphia");
    }

    [Fact]
    public void Products_and_models_are_not_organisations()
    {
        var e = X.Run("Users of ChatGPT, Gemini and Qwen models grew, while Hunyuan and Blackwell chips sold out.");
        Assert.Empty(e.Organizations);
    }

    [Fact]
    public void Government_bodies_and_laws_are_not_organisations()
    {
        var e = X.Run("The Ministry of Economy, Trade and Industry approved subsidies under the CHIPS Act, and the Nuclear Regulatory Commission must agree.");
        Assert.Empty(e.Organizations);
    }

    [Fact]
    public void Sentence_initial_capitals_are_not_names()
    {
        var e = X.Run("Meanwhile, demand rose. Shares fell. Analysts said the outlook was mixed. Suppliers rallied.");
        Assert.Empty(e.Organizations);
        Assert.Empty(e.People);
    }

    [Fact]
    public void Amounts_and_clauses_are_not_appositions()
    {
        var e = X.Run("The total investment will be EUR40m, the company said. Orders came from Latin America, the company added.");
        Assert.DoesNotContain(e.Organizations, o => !o.InKnowledgeBase);
    }
}

public class MoreCompanyFormsTests
{
    [Fact]
    public void Dotted_legal_forms_end_the_name_and_not_the_id()
    {
        var e = X.Run("Noordgrid Digital B.V. has secured financing, and Solvane Energia S.A. joined.");
        var org = e.Org("Noordgrid Digital");
        Assert.Equal("Noordgrid Digital B.V.", org.Name);
        Assert.Equal("x-noordgrid-digital", org.CompanyId);
        Assert.Contains("Solvane Energia S.A.", e.Orgs());
    }

    [Fact]
    public void Investor_leading_a_round_is_a_company()
    {
        var e = X.Run("The start-up closed a $300 million round led by Halberd Ventures and backed by Sequoia Capital.");
        Assert.Contains("Halberd Ventures", e.Orgs());
        Assert.Contains("Sequoia Capital", e.Orgs());
    }

    [Fact]
    public void Defined_short_name_and_home_town_prefix_are_the_same_company()
    {
        var e = X.Run("Wuxi Brightlane Photonics Co., Ltd. (\"Brightlane\" or the \"Company\") will build a plant. Brightlane said the plant opens in 2026. Brightlane Photonics is profitable.");
        var org = Assert.Single(e.Organizations);
        Assert.Equal(4, org.Mentions.Count);
    }

    [Fact]
    public void Currency_prefixes_are_not_places()
    {
        var e = X.Run("It will invest RM20 billion (US$4.3 billion) and HK$3 billion.");
        Assert.Empty(e.Locations);
    }

    [Fact]
    public void A_division_named_after_its_owner_is_the_owner()
    {
        var e = X.Run("ByteDance's Volcano Engine cloud unit cut prices, and Baidu AI Cloud followed.");
        Assert.Equal(["baidu", "bytedance"], e.Organizations.Select(o => o.CompanyId).Order().ToArray());
    }

    [Fact]
    public void A_new_company_named_after_a_known_one_is_its_own_company()
    {
        var e = X.Run("The unit, Reliance Quantum Computing, will run the site, the group said.");
        var child = e.Org("Reliance Quantum");
        Assert.False(child.InKnowledgeBase);
        Assert.DoesNotContain(e.Organizations, o => o.CompanyId == "reliance");
    }
}

public class SurfaceNameTests
{
    [Fact]
    public void Brand_used_by_the_story_is_the_output_name_not_the_legal_name()
    {
        var e = X.Run("OVHcloud said it would open two data centres. OVHcloud's chairman spoke, and advisers at PwC reviewed the plan.");
        Assert.Equal("OVHcloud", e.Organizations.Single(o => o.CompanyId == "ovhcloud").Name);
        Assert.Equal("PwC", e.Organizations.Single(o => o.CompanyId == "pwc").Name);
    }

    [Fact]
    public void Fullest_form_in_the_text_wins_and_keeps_its_legal_suffix()
    {
        var e = X.Run("Bitfarms Ltd. will build a campus. Bitfarms’s shares climbed after Bitfarms said so.");
        Assert.Equal("Bitfarms Ltd.", e.Organizations.Single(o => o.CompanyId == "bitfarms").Name);
    }
}
