using CapexRadar.Capex.Extraction;
using CapexRadar.Domain;

namespace CapexRadar.Capex.Tests;

/// <summary>
/// Classes of language that decide who spends: vehicles named in apposition, pronouns after appositions, subordinate
/// speakers, slices of an earlier total, public money, stakes in "the company", forecasters without tags, companies whose
/// names sound like forecasters. Sentences written for these tests.
/// </summary>
public sealed class AttributionClassTests
{
    private static readonly DateTimeOffset Published = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly CapexExtractor _x = new();

    private IReadOnlyList<CapexFact> Facts(string text, EntitySet e) => _x.Extract(text, e, Published).Facts;

    private static string Show(IReadOnlyList<CapexFact> fs) =>
        string.Join(" | ", fs.Select(f => $"{f.Kind} {f.CompanyId} {f.Amount} p={f.PeriodYears} fy={f.FiscalYear} {f.Scope}"));

    [Theory]
    [InlineData("Brightwater Systems is also the main contractor for Polaris Compute, the joint venture of Hexa Power, Lumen Telecom and Brightwater Systems that plans to spend up to $40 billion on AI campuses.")]
    [InlineData("Polaris Compute, a consortium formed by Hexa Power and Lumen Telecom, will invest $40 billion in AI campuses.")]
    [InlineData("Lumen Telecom is a partner in Polaris Compute, the data-centre venture between Hexa Power and Lumen Telecom, which aims to invest about $40 billion by 2030.")]
    public void A_vehicle_named_before_its_owners_is_the_spender(string t)
    {
        var e = new Ents(t).Org("polaris", "Polaris Compute").Org("hexa", "Hexa Power").Org("lumen", "Lumen Telecom")
            .Org("brightwater", "Brightwater Systems").Announcer("brightwater");
        var fs = Facts(t, e);
        Assert.True(fs.Count == 1 && fs[0].Kind == CapexKind.Commitment && fs[0].CompanyId == "polaris", Show(fs));
    }

    [Theory]
    [InlineData("Montecristo Digital, a closely held operator, will invest 20 billion pesos ($1.1 billion) over five years in a campus in Monterrey, Mexico.", "Mexico", "MX", "MXN")]
    [InlineData("Bayani Cloud will invest 60 billion pesos ($1.05 billion) in three data centres near Manila, Philippines.", "Philippines", "PH", "PHP")]
    public void A_bare_peso_is_the_currency_of_the_story_s_country(string t, string place, string country, string currency)
    {
        var e = new Ents(t).Org("spender", t[..t.IndexOf(' ', t.IndexOf(' ') + 1)]).Place(place, country).Announcer("spender");
        var fs = Facts(t, e);
        Assert.True(fs.Count == 1 && fs[0].Amount.CurrencyCode == currency, Show(fs));
    }

    [Theory]
    [InlineData("The federal government expects its new incentive scheme for data centres to attract about C$40 billion of investment over ten years.")]
    [InlineData("Peru's energy ministry projects that the programme will draw $6 billion of private investment by 2030.")]
    public void A_public_body_projecting_investment_is_a_forecast(string t)
    {
        var e = new Ents(t).Org("aurora", "Aurora Compute").Announcer("aurora");
        var fs = Facts(t, e);
        Assert.True(fs.Count == 1 && fs[0].Kind == CapexKind.Forecast && fs[0].CompanyId is null, Show(fs));
    }

    [Fact]
    public void A_company_named_as_the_spender_still_spends_after_a_government_remark()
    {
        const string t = "The government expects demand to double, and Aurora Compute will invest $3 billion in two campuses.";
        var e = new Ents(t).Org("aurora", "Aurora Compute").Announcer("aurora");
        var fs = Facts(t, e);
        Assert.True(fs.Count == 1 && fs[0].Kind == CapexKind.Commitment && fs[0].CompanyId == "aurora", Show(fs));
    }

    [Theory]
    [InlineData("Trade association NordicDC expects investment in data centres in Norway to reach about €12 billion by 2030.", "nordicdc", "NordicDC")]
    [InlineData("The Chilean Association of Cloud Operators expects members to invest $4 billion in the country over five years.", "acco", "Chilean Association of Cloud Operators")]
    public void A_trade_body_forecasts_and_does_not_spend(string t, string id, string name)
    {
        var e = new Ents(t).Org(id, name).Announcer(id);
        var fs = Facts(t, e);
        Assert.True(fs.Count == 1 && fs[0].Kind == CapexKind.Forecast, Show(fs));
    }

    [Fact]
    public void A_pronoun_after_an_apposition_refers_to_the_named_company()
    {
        const string t = "Nordvolt Data, the hosting subsidiary of utility group Fjordkraft ASA, said it would spend €900 million over three years on two campuses in Norway.";
        var e = new Ents(t).Org("nordvolt", "Nordvolt Data").Org("fjordkraft", "Fjordkraft ASA").Announcer("fjordkraft");
        var fs = Facts(t, e);
        Assert.True(fs.Count == 1 && fs[0].CompanyId == "nordvolt" && fs[0].PeriodYears == 3, Show(fs));
    }

    [Fact]
    public void A_company_that_speaks_in_a_subordinate_clause_owns_its_plan()
    {
        const string t = "Harbor Cooling Inc. said it would invest $200 million in a new plant. The news came a day after Vantor Electric Co. said it would spend about $450 million on US factories over the next two years.";
        var e = new Ents(t).Org("harbor", "Harbor Cooling Inc.").Org("vantor", "Vantor Electric Co.").Announcer("harbor");
        var fs = Facts(t, e);
        Assert.True(fs.Count == 2 && fs[1].CompanyId == "vantor" && fs[1].Amount.Value == 450_000_000m && fs[1].PeriodYears == 2, Show(fs));
    }

    [Theory]
    [InlineData("Of the plan, finance chief Maria Lenz said about $700 million of the total would be spent in the fiscal year ending March 2026.")]
    [InlineData("About $700 million of that amount will go to a first campus near Lisbon, finance chief Maria Lenz said.")]
    public void A_slice_of_an_earlier_total_belongs_to_the_same_company(string second)
    {
        var t = "Atlantica Cloud SA will invest $4 billion over six years in data centres in Portugal. The company expects to hire 900 engineers. " + second;
        var e = new Ents(t).Org("atlantica", "Atlantica Cloud SA").Person("Maria Lenz");
        var fs = Facts(t, e);
        Assert.True(fs.Count == 2 && fs.All(f => f.Kind == CapexKind.Commitment && f.CompanyId == "atlantica")
                    && fs[1].Amount.Value == 700_000_000m, Show(fs));
    }

    [Theory]
    [InlineData("Zephyr AI closed a $1 billion funding round in May, and Lisbon has pledged up to €150 million to help it rent computing capacity.")]
    [InlineData("Zephyr AI is hiring, and the government has promised about $300 million to support its new model training cluster.")]
    [InlineData("Zephyr AI will expand in Lisbon, and the state will also fund a $50 million training centre next to its campus.")]
    public void Public_money_offered_to_a_company_is_not_its_capex(string t)
    {
        var e = new Ents(t).Org("zephyr", "Zephyr AI").Place("Lisbon", "PT", LocationKind.City);
        var fs = Facts(t, e);
        Assert.True(fs.Count == 0, Show(fs));
    }

    [Fact]
    public void Money_two_companies_put_into_the_company_is_a_stake()
    {
        const string t = "Zephyr AI will build its own cluster. Nimbus Corp. and Orbit Labs have agreed to invest up to $3 billion and $6 billion in the company, respectively.";
        var e = new Ents(t).Org("zephyr", "Zephyr AI").Org("nimbus", "Nimbus Corp.").Org("orbit", "Orbit Labs");
        var fs = Facts(t, e);
        Assert.True(fs.Count == 0, Show(fs));
    }

    [Fact]
    public void Money_into_the_company_s_own_sites_is_still_capex()
    {
        const string t = "Nimbus Corp. will invest $3 billion in the company's data centres in Ohio.";
        var fs = Facts(t, new Ents(t).Org("nimbus", "Nimbus Corp."));
        Assert.True(fs.Count == 1 && fs[0].CompanyId == "nimbus", Show(fs));
    }

    [Theory]
    [InlineData("Halvorsen & Co. estimates that Brazil will need about $12 billion of investment in data centres by 2028.")]
    [InlineData("Halvorsen & Co. expects investment in AI data centres to reach $12 billion by 2028.")]
    public void An_untagged_organisation_projecting_a_market_is_a_forecaster(string t)
    {
        var e = new Ents(t).Org("halvorsen", "Halvorsen & Co.").Place("Brazil", "BR");
        var fs = Facts(t, e);
        Assert.True(fs.Count == 1 && fs[0].Kind == CapexKind.Forecast && fs[0].CompanyId is null, Show(fs));
    }

    [Theory]
    [InlineData("Halvorsen Robotics expects to invest $2 billion in Brazil over five years.")]
    [InlineData("Halvorsen Robotics expects capex to reach $2 billion in 2026.")]
    [InlineData("Halvorsen Robotics said it expects capital spending of about $2 billion this year.")]
    [InlineData("Halvorsen Robotics expects spending on the Texas plant to reach $2 billion by 2027.")]
    [InlineData("Halvorsen Robotics will invest $2 billion in the business over three years.")]
    public void A_company_s_own_guidance_stays_a_commitment(string t)
    {
        var e = new Ents(t).Org("halvorsen", "Halvorsen Robotics").Place("Brazil", "BR");
        var fs = Facts(t, e);
        Assert.True(fs.Count == 1 && fs[0].Kind == CapexKind.Commitment && fs[0].CompanyId == "halvorsen", Show(fs));
    }

    [Fact]
    public void A_company_with_a_forecaster_word_in_its_name_can_commit()
    {
        const string t = "Meridian Consultancy Services Ltd. will invest Rs 9,000 crore over four years to build data centres in India, the company said.";
        var e = new Ents(t).Org("meridian", "Meridian Consultancy Services Ltd.").Place("India", "IN");
        var fs = Facts(t, e);
        Assert.True(fs.Count == 1 && fs[0].Kind == CapexKind.Commitment && fs[0].CompanyId == "meridian" && fs[0].PeriodYears == 4, Show(fs));
    }

    [Fact]
    public void A_named_forecaster_projecting_is_still_a_forecast()
    {
        const string t = "Meridian Consultancy estimates that AI data-centre spending worldwide will reach $800 billion in 2028.";
        var e = new Ents(t).Org("meridian", "Meridian Consultancy");
        var fs = Facts(t, e);
        Assert.True(fs.Count == 1 && fs[0].Kind == CapexKind.Forecast, Show(fs));
    }

    [Fact]
    public void A_conversion_after_the_currency_named_in_words_is_the_stated_usd()
    {
        const string t = "Kansai Grid Co. will invest about ¥300 billion in Japanese yen, or roughly $2 billion, in transformer plants.";
        var e = new Ents(t).Org("kansai", "Kansai Grid Co.", "JP", []);
        var fs = Facts(t, e);
        Assert.True(fs.Count == 1 && fs[0].Amount.CurrencyCode == "JPY" && fs[0].UsdStated && fs[0].AmountUsd is { Value: 2_000_000_000m }, Show(fs));
    }

    [Theory]
    [InlineData("Harbourline Compute, a joint venture")]
    [InlineData("Harbourline, a joint venture")]
    public void A_venture_whose_name_is_unknown_is_not_attributed_to_its_owners(string opening)
    {
        var t = opening + " of Hexa Power, Lumen Telecom and Brightwater Systems, plans to invest $3 billion in Chile.";
        var e = new Ents(t).Org("hexa", "Hexa Power").Org("lumen", "Lumen Telecom").Org("brightwater", "Brightwater Systems");
        var fs = Facts(t, e);
        Assert.True(fs.Count == 0, Show(fs));
    }

    [Theory]
    [InlineData("According to Halvorsen & Co., spending on AI infrastructure will reach $200 billion by 2028.")]
    [InlineData("Investment in AI data centres will exceed $90 billion next year, according to Halvorsen & Co.")]
    public void A_projection_cited_with_according_to_is_a_forecast(string t)
    {
        var e = new Ents(t).Org("halvorsen", "Halvorsen & Co.").Org("nimbus", "Nimbus Corp.").Announcer("nimbus");
        var fs = Facts(t, e);
        Assert.True(fs.Count == 1 && fs[0].Kind == CapexKind.Forecast, Show(fs));
    }

    [Theory]
    [InlineData("Capital spending will reach $80 billion this year, according to people familiar with Nimbus Corp.'s plans.")]
    [InlineData("Spending on AI infrastructure by Nimbus Corp. will reach $80 billion this year, according to the company.")]
    public void A_company_plan_reported_by_sources_stays_a_commitment(string t)
    {
        var e = new Ents(t).Org("nimbus", "Nimbus Corp.");
        var fs = Facts(t, e);
        Assert.True(fs.Count == 1 && fs[0].Kind == CapexKind.Commitment && fs[0].CompanyId == "nimbus", Show(fs));
    }

    [Fact]
    public void Part_of_that_in_the_next_sentence_belongs_to_the_same_plan()
    {
        const string t = "Nimbus Corp. will spend $30 billion this fiscal year. About $12 billion of that will be spent in the United States.";
        var e = new Ents(t).Org("nimbus", "Nimbus Corp.").Place("United States", "US");
        var fs = Facts(t, e);
        Assert.True(fs.Count == 2 && fs.All(f => f.Kind == CapexKind.Commitment && f.CompanyId == "nimbus"), Show(fs));
    }

    [Fact]
    public void A_venture_whose_name_starts_in_lower_case_is_still_named()
    {
        const string t = "Hollis Cloud's vCore joint venture with Kestrel Capital, the Oslo investment firm, will spend $2 billion on sites in Norway.";
        var e = new Ents(t).Org("vcore", "vCore").Org("hollis", "Hollis Cloud").Org("kestrel", "Kestrel Capital");
        var fs = Facts(t, e);
        Assert.True(fs.Count == 1 && fs[0].CompanyId == "vcore", Show(fs));
    }

    [Fact]
    public void Hostile_run_on_sentence_with_the_new_cues_completes_quickly()
    {
        var unit = "according to Halvorsen & Co. spending will reach $1 billion, about $2 billion of that, it will raise that to $3 billion, "
                   + "compared with $4 billion last year, Ottawa has pledged $5 billion, a joint venture of Nimbus Corp. plans to invest $6 billion ";
        long Work(int n)
        {
            var text = string.Concat(Enumerable.Repeat(unit, n));
            var e = new Ents(text).Org("halvorsen", "Halvorsen & Co.").Org("nimbus", "Nimbus Corp.").Place("Ottawa", "CA", LocationKind.City);
            Assert.NotNull(_x.ExtractCounted(text, e, Published, out var steps));
            return steps;
        }
        // linear: twice the text costs about twice the words read (no timing: a count of the rules' work)
        var (single, twice) = (Work(1_000), Work(2_000));
        Assert.True(twice <= single * 5 / 2, $"words read: {single} at n, {twice} at 2n");
    }

    [Theory]
    [InlineData("Orbit Semiconductor expects global data-centre capex to reach $1 trillion by 2028.")]
    [InlineData("Orbit Semiconductor sees hyperscaler spending on AI chips topping $600 billion next year.")]
    [InlineData("Orbit Semiconductor expects $3 trillion to $4 trillion in AI infrastructure spending by 2030.")]
    public void A_tagged_company_projecting_the_market_is_a_forecaster(string t)
    {
        var e = new Ents(t).Org("orbit", "Orbit Semiconductor", "US", ["chip_designer"]);
        var fs = Facts(t, e);
        Assert.True(fs.Count == 1 && fs[0].Kind == CapexKind.Forecast, Show(fs));
    }

    [Theory]
    [InlineData("Orbit Cloud expects capital spending in the US of $40 billion this year.")]
    [InlineData("Orbit Cloud expects capex to grow to $120 billion next fiscal year.")]
    public void A_tagged_company_s_own_guidance_stays_a_commitment(string t)
    {
        var e = new Ents(t).Org("orbit", "Orbit Cloud", "US", ["hyperscaler", "cloud"]).Place("US", "US");
        var fs = Facts(t, e);
        Assert.True(fs.Count == 1 && fs[0].Kind == CapexKind.Commitment && fs[0].CompanyId == "orbit", Show(fs));
    }

    [Theory]
    [InlineData("Of the total, $900 million will go to a first campus near Porto.")]
    [InlineData("The programme includes about $900 million for a first campus near Porto.")]
    [InlineData("It includes $900 million for a first campus near Porto.")]
    public void A_slice_introduced_before_the_amount_belongs_to_the_earlier_plan(string second)
    {
        var t = "Atlantica Cloud SA will invest $4 billion over six years in data centres in Portugal. " + second;
        var fs = Facts(t, new Ents(t).Org("atlantica", "Atlantica Cloud SA"));
        Assert.True(fs.Count == 2 && fs[1].CompanyId == "atlantica" && fs[1].Amount.Value == 900_000_000m, Show(fs));
    }

    [Fact]
    public void A_slice_of_revenue_is_no_capex()
    {
        const string t = "Atlantica Cloud SA reported revenue of $4 billion. The figure includes $900 million from hosting.";
        var fs = Facts(t, new Ents(t).Org("atlantica", "Atlantica Cloud SA"));
        Assert.True(fs.Count == 0, Show(fs));
    }

    [Fact]
    public void A_named_spender_of_a_slice_wins_over_the_plan_owner()
    {
        const string t = "Lumen Telecom and Hexa Power will build an AI campus near Lyon at a cost of about €1bn. Lumen Telecom will invest roughly €600m of that sum.";
        var e = new Ents(t).Org("lumen", "Lumen Telecom").Org("hexa", "Hexa Power");
        var fs = Facts(t, e);
        Assert.Contains(fs, f => f.CompanyId == "lumen" && f.Amount.Value == 600_000_000m);
    }

    [Fact]
    public void An_unrecognised_consultancy_projecting_is_a_source()
    {
        const string t = "Consultancy Marlowe Kessler expects European spending on AI data centres to grow to €60bn by 2030.";
        var e = new Ents(t).Org("nimbus", "Nimbus Corp.").Announcer("nimbus");
        var fs = Facts(t, e);
        Assert.True(fs.Count == 1 && fs[0].Kind == CapexKind.Forecast, Show(fs));
    }

    [Fact]
    public void Management_guidance_without_a_name_stays_the_company_s()
    {
        const string t = "Nimbus Corp. reported results. Management expects capital spending to reach $4 billion this year.";
        var fs = Facts(t, new Ents(t).Org("nimbus", "Nimbus Corp."));
        Assert.True(fs.Count == 1 && fs[0].Kind == CapexKind.Commitment && fs[0].CompanyId == "nimbus", Show(fs));
    }

    [Fact]
    public void A_supranational_budget_is_public_money()
    {
        const string t = "Nimbus Corp. welcomed the plan, while the European Union has earmarked €20bn for AI gigafactories.";
        var fs = Facts(t, new Ents(t).Org("nimbus", "Nimbus Corp."));
        Assert.True(fs.Count == 0, Show(fs));
    }

    [Fact]
    public void An_adjective_and_a_company_noun_refer_to_the_company_in_context()
    {
        const string t = "Lumen Telecom said Hexa Power would supply turbines. The French carrier pledged to spend €2bn a year on fibre.";
        var e = new Ents(t).Org("lumen", "Lumen Telecom").Org("hexa", "Hexa Power").Announcer("lumen");
        var fs = Facts(t, e);
        Assert.True(fs.Count == 1 && fs[0].CompanyId == "lumen", Show(fs));
    }

    [Fact]
    public void A_time_word_before_a_venture_apposition_is_no_vehicle_name()
    {
        const string t = "Hexa Power will host the site. On Tuesday, the joint venture of Hexa Power and Lumen Telecom said it would invest $3 billion in Chile.";
        var e = new Ents(t).Org("hexa", "Hexa Power").Org("lumen", "Lumen Telecom");
        var fs = Facts(t, e);
        Assert.True(fs.Count == 1, Show(fs));
    }
}
