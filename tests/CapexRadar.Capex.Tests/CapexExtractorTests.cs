using CapexRadar.Capex.Extraction;
using CapexRadar.Domain;

namespace CapexRadar.Capex.Tests;

/// <summary>Capex phrasing families, with sentences written for these tests and hand-built entities.</summary>
public sealed class CapexExtractorTests
{
    private static readonly DateTimeOffset Published = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly CapexExtractor _x = new();

    private IReadOnlyList<CapexFact> Facts(string text, EntitySet e) => _x.Extract(text, e, Published).Facts;

    private static CapexFact One(IReadOnlyList<CapexFact> facts, CapexKind kind)
    {
        var of = facts.Where(f => f.Kind == kind).ToList();
        Assert.True(of.Count == 1, $"expected one {kind}, got {facts.Count} facts: {string.Join(" | ", facts.Select(Show))}");
        return of[0];
    }

    private static string Show(CapexFact f) => $"{f.Kind} {f.CompanyId} {f.Amount} {f.Qualifier} p={f.PeriodYears} {f.Scope}";

    // ---------------------------------------------------------------- commitments

    [Fact]
    public void Plans_to_spend_with_stated_usd_and_period()
    {
        const string t = "Samsung Electronics Co. plans to spend more than 50 trillion won ($36 billion) on new chip lines over the next four years.";
        var f = One(Facts(t, new Ents(t).Org("samsung", "Samsung Electronics Co.")), CapexKind.Commitment);
        Assert.Equal("samsung", f.CompanyId);
        Assert.Equal(new MoneyAmount("KRW", 50_000_000_000_000m), f.Amount);
        Assert.Equal(new MoneyAmount("USD", 36_000_000_000m), f.AmountUsd);
        Assert.True(f.UsdStated);
        Assert.Equal(4, f.PeriodYears);
        Assert.Equal(AmountQualifier.Over, f.Qualifier);
        Assert.Contains("chips", f.Purposes);
        Assert.Equal(t, t[f.Evidence.Start..f.Evidence.End]);
    }

    [Fact]
    public void Will_invest_in_usd_is_its_own_stated_usd()
    {
        const string t = "Apple Inc. will invest $20 billion in US manufacturing and server plants through 2029.";
        var f = One(Facts(t, new Ents(t).Org("apple", "Apple Inc.").Place("US", "US")), CapexKind.Commitment);
        Assert.Equal("apple", f.CompanyId);
        Assert.Equal(f.Amount, f.AmountUsd);
        Assert.True(f.UsdStated);
        Assert.Equal(AmountQualifier.Exact, f.Qualifier);
    }

    [Fact]
    public void Capex_of_noun_with_fiscal_year()
    {
        const string t = "Amazon.com Inc. expects capital expenditures of roughly $110 billion in fiscal 2026, mostly for AI data centers.";
        var f = One(Facts(t, new Ents(t).Org("amazon", "Amazon.com Inc.")), CapexKind.Commitment);
        Assert.Equal(110_000_000_000m, f.Amount.Value);
        Assert.Equal(AmountQualifier.About, f.Qualifier);
        Assert.Equal(1, f.PeriodYears);
        Assert.Equal(2026, f.FiscalYear);
        Assert.Contains("data centres", f.Purposes);
    }

    [Fact]
    public void Earmarked_budget_in_foreign_currency_is_converted_with_the_fx_table()
    {
        const string t = "Hitachi Ltd. has earmarked ¥500 billion for data-centre equipment this fiscal year.";
        var f = One(Facts(t, new Ents(t).Org("hitachi", "Hitachi Ltd.", "JP", [])), CapexKind.Commitment);
        Assert.Equal("JPY", f.Amount.CurrencyCode);
        Assert.False(f.UsdStated);
        Assert.NotNull(f.AmountUsd);
        Assert.InRange(f.AmountUsd!.Value.Value, 3_000_000_000m, 4_000_000_000m);
        Assert.Equal(1, f.PeriodYears);
    }

    [Theory]
    [InlineData("Oracle Corp. pledged to invest $40 billion in Texas data centres.")]
    [InlineData("Oracle Corp. committed $40 billion to Texas data centres.")]
    [InlineData("Oracle Corp. is pouring $40 billion into Texas data centres.")]
    [InlineData("Oracle Corp. set its capital spending budget at $40 billion.")]
    [InlineData("Oracle Corp. unveiled a $40 billion plan to build Texas data centres.")]
    [InlineData("Oracle Corp. is building a $40 billion data-centre campus in Texas.")]
    [InlineData("Oracle Corp.'s capex will climb to $40 billion.")]
    [InlineData("Oracle Corp. said capital expenditure would total $40 billion.")]
    [InlineData("Oracle Corp. has allocated $40 billion for new server halls.")]
    [InlineData("Oracle Corp. will deploy $40 billion across its cloud regions.")]
    public void Commitment_phrasings(string t)
    {
        var f = One(Facts(t, new Ents(t).Org("oracle", "Oracle Corp.")), CapexKind.Commitment);
        Assert.Equal("oracle", f.CompanyId);
        Assert.Equal(40_000_000_000m, f.Amount.Value);
    }

    [Fact]
    public void Raised_to_from_gives_commitment_and_prior_target()
    {
        const string t = "Micron Technology Inc. raised its fiscal 2025 capex forecast to $14 billion from $12 billion.";
        var facts = Facts(t, new Ents(t).Org("micron", "Micron Technology Inc."));
        var now = One(facts, CapexKind.Commitment);
        var before = One(facts, CapexKind.PriorTarget);
        Assert.Equal(14_000_000_000m, now.Amount.Value);
        Assert.Equal(12_000_000_000m, before.Amount.Value);
        Assert.Equal("micron", before.CompanyId);
        Assert.Equal(2025, now.FiscalYear);
        Assert.Equal(now.PeriodYears, before.PeriodYears);
    }

    [Theory]
    [InlineData("Kioxia Holdings Corp. now plans to invest ¥1 trillion this year, up from an earlier plan of ¥700 billion.")]
    [InlineData("Kioxia Holdings Corp. now plans to invest ¥1 trillion this year, compared with a previous target of ¥700 billion.")]
    [InlineData("Kioxia Holdings Corp. now plans to invest ¥1 trillion this year, up from the ¥700 billion it set out in May.")]
    [InlineData("Kioxia Holdings Corp. now plans to invest ¥1 trillion this year, lifting its previous budget of ¥700 billion.")]
    public void Prior_target_phrasings(string t)
    {
        var facts = Facts(t, new Ents(t).Org("kioxia", "Kioxia Holdings Corp.", "JP", []));
        Assert.Equal(1_000_000_000_000m, One(facts, CapexKind.Commitment).Amount.Value);
        var prior = One(facts, CapexKind.PriorTarget);
        Assert.Equal(700_000_000_000m, prior.Amount.Value);
        Assert.Equal("kioxia", prior.CompanyId);
        Assert.Equal(1, prior.PeriodYears);
        Assert.Equal("JPY", prior.Amount.CurrencyCode);
    }

    [Fact]
    public void Range_guidance_and_previous_range()
    {
        const string t = "Alphabet Inc. said it now expects capital expenditures of $85 billion to $90 billion in 2025, from $75 billion to $80 billion previously.";
        var facts = Facts(t, new Ents(t).Org("alphabet", "Alphabet Inc."));
        var now = One(facts, CapexKind.Commitment);
        Assert.Equal(AmountQualifier.Range, now.Qualifier);
        Assert.Equal(90_000_000_000m, now.AmountHigh!.Value.Value);
        var prior = One(facts, CapexKind.PriorTarget);
        Assert.Equal(75_000_000_000m, prior.Amount.Value);
        Assert.Equal(AmountQualifier.Range, prior.Qualifier);
    }

    [Fact]
    public void Standalone_earlier_target_needs_a_commitment_of_the_same_company()
    {
        const string t = "Previously targeting $30 billion, Equinix Inc. is widening its build-out. Equinix Inc. will now spend $36 billion over five years.";
        var facts = Facts(t, new Ents(t).Org("equinix", "Equinix Inc."));
        Assert.Equal(30_000_000_000m, One(facts, CapexKind.PriorTarget).Amount.Value);
        Assert.Equal(5, One(facts, CapexKind.Commitment).PeriodYears);

        const string lone = "Previously targeting $30 billion, Equinix Inc. is widening its build-out.";
        Assert.Empty(Facts(lone, new Ents(lone).Org("equinix", "Equinix Inc.")));
    }

    // ---------------------------------------------------------------- forecasts

    [Fact]
    public void Global_forecast_with_speaker()
    {
        const string t = "Gartner Inc. expects worldwide spending on AI servers to reach $1.1 trillion in 2027.";
        var f = One(Facts(t, new Ents(t).Org("gartner", "Gartner Inc.")), CapexKind.Forecast);
        Assert.Null(f.CompanyId);
        Assert.Equal("global", f.Scope);
        Assert.Equal("Gartner Inc.", f.Speaker);
        Assert.Equal(1, f.PeriodYears);
    }

    [Fact]
    public void Industry_forecast_from_analysts()
    {
        const string t = "Analysts at Barclays Plc estimate that the biggest cloud companies will together spend about $400 billion on capital projects next year.";
        var f = One(Facts(t, new Ents(t).Org("barclays", "Barclays Plc", "GB", ["bank", "broker"])), CapexKind.Forecast);
        Assert.Equal("industry", f.Scope);
        Assert.Equal("Barclays Plc", f.Speaker);
        Assert.Equal(AmountQualifier.About, f.Qualifier);
    }

    [Fact]
    public void Country_forecast_by_a_chief_executive()
    {
        const string t = "Chief Executive Lee Jae-yong said total investment in AI infrastructure in Vietnam could exceed $20 billion by 2030.";
        var f = One(Facts(t, new Ents(t).Person("Lee Jae-yong").Place("Vietnam", "VN")), CapexKind.Forecast);
        Assert.Equal("country:VN", f.Scope);
        Assert.Equal("Lee Jae-yong", f.Speaker);
        Assert.Equal(AmountQualifier.Over, f.Qualifier);
        Assert.Null(f.PeriodYears);
    }

    [Fact]
    public void Domestic_market_forecast_takes_the_country_of_the_currency()
    {
        const string t = "Research firm MM Research expects domestic spending on data centres to climb to about ¥3 trillion in 2029.";
        var f = One(Facts(t, new Ents(t).Org("mmr", "MM Research", "JP", [])), CapexKind.Forecast);
        Assert.Equal("country:JP", f.Scope);
        Assert.Equal("JPY", f.Amount.CurrencyCode);
    }

    [Fact]
    public void Agentless_projection_by_a_person_is_a_forecast()
    {
        const string t = "Arm Holdings Plc Chief Executive Rene Haas said he expects $2 trillion to be spent on AI chips by the end of the decade.";
        var f = One(Facts(t, new Ents(t).Org("arm", "Arm Holdings Plc").Person("Rene Haas")), CapexKind.Forecast);
        Assert.Equal("global", f.Scope);
        Assert.Equal("Rene Haas", f.Speaker);
    }

    [Fact]
    public void Company_forecast_word_does_not_make_a_market_forecast()
    {
        const string t = "Broadcom Inc., the world's second-largest chip designer, plans to spend $10 billion on new packaging lines.";
        var f = One(Facts(t, new Ents(t).Org("broadcom", "Broadcom Inc.")), CapexKind.Commitment);
        Assert.Equal("broadcom", f.CompanyId);
    }

    // ---------------------------------------------------------------- attribution

    [Fact]
    public void Pronoun_and_the_company_resolve_to_the_subject()
    {
        const string t = "CoreWeave Inc. said on Tuesday that it would spend $23 billion this year. The company also plans to invest $6 billion in a Pennsylvania campus.";
        var facts = Facts(t, new Ents(t).Org("coreweave", "CoreWeave Inc."));
        Assert.Equal(2, facts.Count);
        Assert.All(facts, f => Assert.Equal("coreweave", f.CompanyId));
    }

    [Fact]
    public void Organisations_after_of_with_by_are_not_the_spender()
    {
        const string t = "Crusoe, a partner of OpenAI and Oracle, signed a pact with Blue Owl Capital to invest $15 billion in a Wyoming campus.";
        var e = new Ents(t).Org("crusoe", "Crusoe").Org("openai", "OpenAI").Org("oracle", "Oracle").Org("blue-owl", "Blue Owl Capital");
        Assert.Equal("crusoe", One(Facts(t, e), CapexKind.Commitment).CompanyId);
    }

    [Fact]
    public void Apposition_is_skipped_back_to_the_subject()
    {
        const string t = "Khazna Data Centers, which is controlled by G42, will spend AED 3bn on two halls.";
        var e = new Ents(t).Org("khazna", "Khazna Data Centers").Org("g42", "G42");
        Assert.Equal("khazna", One(Facts(t, e), CapexKind.Commitment).CompanyId);
    }

    [Fact]
    public void Second_clause_after_while_has_its_own_subject()
    {
        const string t = "Meta Platforms Inc. said the company would spend $70 billion in 2025, while Microsoft Corp. has said it will invest about $80 billion in its current fiscal year.";
        var e = new Ents(t).Org("meta", "Meta Platforms Inc.").Org("microsoft", "Microsoft Corp.");
        var facts = Facts(t, e);
        Assert.Equal("meta", facts.Single(f => f.Amount.Value == 70_000_000_000m).CompanyId);
        Assert.Equal("microsoft", facts.Single(f => f.Amount.Value == 80_000_000_000m).CompanyId);
    }

    [Fact]
    public void Project_named_after_the_amount_owns_it()
    {
        const string t = "Officials compared it with the $100 billion Crystal Land project announced last year.";
        var f = One(Facts(t, new Ents(t).Org("crystal-land", "Crystal Land")), CapexKind.Commitment);
        Assert.Equal("crystal-land", f.CompanyId);
    }

    // ---------------------------------------------------------------- not capex

    [Theory]
    [InlineData("Nimbus Corp. said quarterly revenue rose 20% to $12 billion.")]
    [InlineData("Nimbus Corp. posted a net profit of $3 billion for the year.")]
    [InlineData("Nimbus Corp. was valued at $40 billion in its latest funding round.")]
    [InlineData("Nimbus Corp. raised $6 billion from investors to build data centres.")]
    [InlineData("Nimbus Corp. will buy back up to $10 billion of its shares.")]
    [InlineData("Nimbus Corp. declared a dividend of $1.50 a share, or about $2 billion in total.")]
    [InlineData("Nimbus Corp. agreed to acquire a chip designer for $9 billion.")]
    [InlineData("Nimbus Corp. will receive $2 billion in government subsidies for its fab.")]
    [InlineData("Nimbus Corp. faces a financing gap of $30 billion for its expansion plans.")]
    [InlineData("Nimbus Corp. lost $200 billion of market value on Monday.")]
    [InlineData("Nimbus Corp. paid $4 billion for a 20% stake in a cloud start-up.")]
    [InlineData("Nimbus Corp. secured a $5 billion loan to fund its capex.")]
    [InlineData("Nimbus Corp. won a $3 billion contract to build a data centre.")]
    [InlineData("Nimbus Corp.'s investment in Zephyr AI is worth $8 billion.")]
    [InlineData("Nimbus Corp. said it had invested $2 billion in Zephyr AI.")]
    [InlineData("Nimbus Corp. shares fell 5%, wiping $30 billion off its market capitalisation.")]
    [InlineData("Nimbus Corp. expects revenue of $50 billion and capital spending of 12% of sales.")]
    [InlineData("Nimbus Corp. returned $15 billion to shareholders through buybacks and dividends.")]
    [InlineData("The fair value of Nimbus Corp.'s investments reached $7 billion.")]
    [InlineData("Investors have poured $50 billion into AI start-ups this year, Nimbus Corp. said.")]
    [InlineData("Nimbus Corp. lost $90 billion in value as worries about AI spending grew.")]
    [InlineData("Nimbus Corp.'s cash flow after investments was $4 billion.")]
    public void Distractors_are_not_capex(string t)
    {
        var e = new Ents(t).Org("nimbus", "Nimbus Corp.").Org("zephyr", "Zephyr AI");
        var facts = Facts(t, e);
        Assert.True(facts.Count == 0, string.Join(" | ", facts.Select(Show)));
    }

    [Fact]
    public void Small_amounts_are_not_capex() =>
        Assert.Empty(Facts("Nimbus Corp. will spend $250,000 on a new lobby.", new Ents("Nimbus Corp. will spend $250,000 on a new lobby.").Org("nimbus", "Nimbus Corp.")));

    // ---------------------------------------------------------------- dedupe, sub-amounts

    [Fact]
    public void The_same_fact_mentioned_twice_is_kept_once()
    {
        const string t = "Lumen Technologies Inc. will spend about $5 billion on fibre for AI. The $5 billion programme runs over three years.";
        var f = One(Facts(t, new Ents(t).Org("lumen", "Lumen Technologies Inc.")), CapexKind.Commitment);
        Assert.Equal(3, f.PeriodYears);
        Assert.Equal(AmountQualifier.About, f.Qualifier);
    }

    [Fact]
    public void Of_which_parts_inherit_the_spender()
    {
        const string t = "Tencent Holdings Ltd. has budgeted 100 billion yuan for capex in 2026, with 60 billion yuan of that going to GPUs.";
        var facts = Facts(t, new Ents(t).Org("tencent", "Tencent Holdings Ltd."));
        Assert.Equal(2, facts.Count);
        Assert.All(facts, f => Assert.Equal("tencent", f.CompanyId));
    }

    [Fact]
    public void Coordinated_amounts_share_the_verb_and_keep_their_own_years()
    {
        const string t = "Nebula Cloud Corp. will spend $2 billion in 2025 and $4 billion in 2026 on GPU clusters.";
        var facts = Facts(t, new Ents(t).Org("nebula", "Nebula Cloud Corp."));
        Assert.Equal(2, facts.Count);
        Assert.All(facts, f => { Assert.Equal("nebula", f.CompanyId); Assert.Equal(1, f.PeriodYears); });
    }

    [Fact]
    public void Operating_and_other_peoples_spending_is_not_capex()
    {
        const string t = "Nebula Cloud Corp.'s research and development spending reached $1 billion, and consumer spending on AI gadgets hit $90 billion.";
        Assert.Empty(Facts(t, new Ents(t).Org("nebula", "Nebula Cloud Corp.")));
    }

    [Fact]
    public void Acronym_it_is_not_a_pronoun()
    {
        const string t = "Forrester Research Inc. said worldwide IT spending is expected to total $4.9 trillion in 2026.";
        var f = One(Facts(t, new Ents(t).Org("forrester", "Forrester Research Inc.")), CapexKind.Forecast);
        Assert.Equal("global", f.Scope);
    }

    [Fact]
    public void Committed_to_spend_over_years()
    {
        const string t = "Anthropic PBC has committed to spend about $50 billion on US data centres over the next six years.";
        var f = One(Facts(t, new Ents(t).Org("anthropic", "Anthropic PBC")), CapexKind.Commitment);
        Assert.Equal(6, f.PeriodYears);
        Assert.Equal(AmountQualifier.About, f.Qualifier);
    }

    [Fact]
    public void Last_years_actual_is_not_a_prior_target()
    {
        const string t = "Pegatron Corp. will lift capital expenditure this year to about NT$30 billion, from NT$20 billion a year earlier.";
        var facts = Facts(t, new Ents(t).Org("pegatron", "Pegatron Corp."));
        Assert.Equal("TWD", One(facts, CapexKind.Commitment).Amount.CurrencyCode);
        Assert.DoesNotContain(facts, f => f.Kind == CapexKind.PriorTarget);
    }

    [Fact]
    public void Market_figure_without_a_spender_is_a_country_forecast()
    {
        const string t = "Indonesia's data-centre investment could touch $9 billion by 2030, consultancy Arcadis estimated.";
        var f = One(Facts(t, new Ents(t).Org("arcadis", "Arcadis").Place("Indonesia", "ID")), CapexKind.Forecast);
        Assert.Equal("country:ID", f.Scope);
        Assert.Equal("Arcadis", f.Speaker);
    }

    [Fact]
    public void Many_named_spenders_together_are_an_industry_figure()
    {
        const string t = "Microsoft Corp., Alphabet Inc. and Amazon.com Inc. will spend a combined $300 billion on data centres this year.";
        var e = new Ents(t).Org("microsoft", "Microsoft Corp.").Org("alphabet", "Alphabet Inc.").Org("amazon", "Amazon.com Inc.");
        var f = One(Facts(t, e), CapexKind.Forecast);
        Assert.Equal("industry", f.Scope);
    }

    [Fact]
    public void Past_spending_is_not_a_plan_but_the_plan_is()
    {
        const string t = "Nebula Cloud Corp., which spent $12 billion on capex last year, plans to spend $18 billion this year.";
        var f = One(Facts(t, new Ents(t).Org("nebula", "Nebula Cloud Corp.")), CapexKind.Commitment);
        Assert.Equal(18_000_000_000m, f.Amount.Value);
    }

    [Fact]
    public void An_agreement_to_build_is_capex_a_contract_to_build_is_not()
    {
        const string t = "Nebula Cloud Corp. signed a $6 billion agreement to build two campuses in Ohio.";
        Assert.Equal("nebula", One(Facts(t, new Ents(t).Org("nebula", "Nebula Cloud Corp.")), CapexKind.Commitment).CompanyId);
        const string c = "Nebula Cloud Corp. won a $6 billion contract to build two campuses in Ohio.";
        Assert.Empty(Facts(c, new Ents(c).Org("nebula", "Nebula Cloud Corp.")));
    }

    [Fact]
    public void Money_put_into_a_data_centre_venture_is_that_ventures_capex()
    {
        const string t = "Apex Capital Inc. and Nimbus Corp. will invest $40 billion in Helios Compute initially, with more to come over five years.";
        var e = new Ents(t).Org("apex", "Apex Capital Inc.").Org("nimbus", "Nimbus Corp.").Org("helios", "Helios Compute", "US", ["datacenter"]);
        var f = One(Facts(t, e), CapexKind.Commitment);
        Assert.Equal("helios", f.CompanyId);
    }

    [Fact]
    public void A_company_pronoun_plan_next_to_a_broker_stays_a_commitment()
    {
        const string t = "Nimbus Corp. said it would spend $9 billion on new halls this year, a figure Halden Securities called conservative.";
        var e = new Ents(t).Org("nimbus", "Nimbus Corp.").Org("halden", "Halden Securities", "US", ["bank", "broker"]);
        Assert.Equal("nimbus", One(Facts(t, e), CapexKind.Commitment).CompanyId);
    }

    // ---------------------------------------------------------------- facilities

    [Fact]
    public void Facility_plan_with_countries_after_the_verb_and_timeframe()
    {
        const string t = "Nimbus Corp.'s cloud arm, which already serves Germany and Japan, will open its first data centres in Chile and Kenya over the next 18 months.";
        var e = new Ents(t).Org("nimbus", "Nimbus Corp.").Place("Germany", "DE").Place("Japan", "JP").Place("Chile", "CL").Place("Kenya", "KE");
        var plan = Assert.Single(_x.Extract(t, e, Published).Facilities);
        Assert.Equal("nimbus", plan.CompanyId);
        Assert.Equal("data centre", plan.FacilityType);
        Assert.Equal(["CL", "KE"], plan.CountryCodes);
        Assert.Equal("over the next 18 months", plan.Timeframe);
    }

    [Fact]
    public void Cloud_region_under_construction()
    {
        const string t = "New cloud regions for Nimbus Corp. are under construction in Peru and Ghana.";
        var e = new Ents(t).Org("nimbus", "Nimbus Corp.").Place("Peru", "PE").Place("Ghana", "GH");
        var plan = Assert.Single(_x.Extract(t, e, Published).Facilities);
        Assert.Equal("cloud region", plan.FacilityType);
        Assert.Equal(["PE", "GH"], plan.CountryCodes);
    }

    // ---------------------------------------------------------------- robustness

    [Fact]
    public void Hostile_text_completes_with_sane_results()
    {
        var digits = new string('9', 5 * 1024 * 1024);
        Assert.Empty(_x.Extract(digits, EntitySet.Empty, Published).Facts);

        var spam = string.Concat(Enumerable.Repeat("It will spend $1 billion, up from $2 billion; ", 20_000));
        var r = _x.Extract(spam, EntitySet.Empty, Published);
        Assert.NotNull(r);
        Assert.True(r.Facts.Count <= 2, $"repeated identical facts are deduplicated, got {r.Facts.Count}");
    }

    [Fact]
    public void Empty_text_and_empty_entities()
    {
        Assert.Empty(_x.Extract(string.Empty, EntitySet.Empty, null).Facts);
        Assert.Empty(_x.Extract("No numbers here.", EntitySet.Empty, null).Facilities);
    }
}
