using CapexRadar.Capex.Extraction;
using CapexRadar.Domain;
using CapexRadar.TestSupport;

namespace CapexRadar.Capex.Tests;

/// <summary>
/// Spec of the one kind decision over the clause (issue 10, twelfth session; <c>CapexRun.ClauseKind.cs</c>): for each money
/// amount, the governing verb group's tense and modality, the clause subject's class and the amount's role decide
/// commitment / prior target / forecast / not a fact. The sentences were written for this spec before the stage, several
/// wordings per class, across tenses and verb choices; the companies are invented.
/// </summary>
public sealed class ClauseKindSpecTests
{
    private static readonly DateTimeOffset Published = new(2026, 5, 12, 0, 0, 0, TimeSpan.Zero);
    private readonly CapexExtractor _x = new();

    private IReadOnlyList<CapexFact> Facts(string text) =>
        _x.Extract(text, new Ents(text).Org("corvane", "Corvane Systems", "Corvane Systems", "Corvane")
                                       .Org("brightmoor", "Brightmoor Data", "Brightmoor Data", "Brightmoor")
                                       .Org("tallis", "Tallis Research", null, ["research"], "Tallis Research", "Tallis")
                                       .Org("okapi", "Okapi Grid", "Okapi Grid", "Okapi")
                                       .Person("Mara Lind", "chief financial officer", "corvane")
                                       .Person("Tom Reyes", "analyst", "tallis")
                                       .Place("India", "IN").Place("Japan", "JP").Place("Poland", "PL").Place("Ohio", "US", LocationKind.Region)
                                       .Announcer("corvane"), Published).Facts;

    private static string Show(IReadOnlyList<CapexFact> fs) =>
        string.Join(" | ", fs.Select(f => $"{f.Kind} {f.CompanyId ?? "-"} {f.Amount.Value} scope={f.Scope}"));

    private static CapexFact? Of(IReadOnlyList<CapexFact> fs, decimal value) => fs.FirstOrDefault(f => f.Amount.Value == value);

    // ------------------------------------------------------------------ commitment: the company's own plan, whatever the verb

    [Theory]
    // a company that expects / anticipates / foresees spending: its own plan, not a forecast
    [InlineData("Corvane Systems expects to invest about $4 billion in new data centres this year.")]
    [InlineData("Corvane said on Monday it expects to spend roughly $4 billion on servers and buildings in 2026.")]
    [InlineData("The company anticipates spending around $4 billion on capacity next year, Corvane Systems said.")]
    [InlineData("Corvane Systems is set to pour $4 billion into two new campuses in Ohio over three years.")]
    [InlineData("Corvane aims to deploy $4 billion of capital on AI infrastructure by 2028.")]
    // "confirmed / unveiled an investment of X": a commitment, even behind a long apposition
    [InlineData("Corvane Systems, which is backed by a pension fund based in Toronto, in Canada, confirmed on Tuesday an investment of $4 billion in its Ohio campus.")]
    [InlineData("Corvane Systems confirmed an investment of $4 billion in a second AI campus.")]
    [InlineData("Corvane Systems has budgeted $4 billion for new data halls in fiscal 2027.")]
    public void A_companys_own_plan_is_a_commitment_in_any_tense_of_intent(string t)
    {
        var fs = Facts(t);
        Assert.True(Of(fs, 4_000_000_000) is { Kind: CapexKind.Commitment, CompanyId: "corvane" }, Show(fs));
    }

    [Theory]
    // frames without an investing verb: what a phase costs, where capex is likely to stay — the company's own figure
    [InlineData("The first phase will cost €2.5 billion and is due to open in 2028, Corvane said.")]
    [InlineData("Corvane Systems said the new campus would cost about €2.5 billion to build.")]
    [InlineData("Chief financial officer Mara Lind said capital expenditure was likely to stay around €2.5 billion in 2027 as Corvane adds capacity.")]
    [InlineData("Corvane said its capital spending should hold at roughly €2.5 billion next year.")]
    public void What_a_plan_will_cost_or_where_own_capex_will_stay_is_a_commitment(string t)
    {
        var fs = Facts(t);
        Assert.True(Of(fs, 2_500_000_000) is { Kind: CapexKind.Commitment, CompanyId: "corvane" }, Show(fs));
    }

    [Theory]
    // a capacity deal enlarged: the buyer's commitment at its new level
    [InlineData("Corvane Systems has expanded its agreement to buy GPU capacity from Brightmoor Data to about $6 billion over four years.")]
    [InlineData("Corvane Systems enlarged its contract for cloud capacity with Brightmoor Data to $6 billion over four years.")]
    [InlineData("Corvane Systems has extended its deal to rent computing capacity from Brightmoor Data to some $6 billion over four years.")]
    public void A_capacity_deal_expanded_to_a_level_is_the_buyers_commitment(string t)
    {
        var fs = Facts(t);
        Assert.True(Of(fs, 6_000_000_000) is { Kind: CapexKind.Commitment, CompanyId: "corvane" }, Show(fs));
        Assert.DoesNotContain(fs, f => f.CompanyId == "brightmoor");
    }

    // ------------------------------------------------------------------ part of a pledge: a commitment of the same owner

    [Theory]
    [InlineData("Corvane Systems will invest €1 billion in a new AI factory in Poland. Of the initial billion, around €300 million is earmarked for power and cooling.")]
    [InlineData("Corvane Systems will invest €1 billion in a new AI factory in Poland. Of that first billion, some €300 million will go to cooling systems.")]
    [InlineData("Corvane Systems will invest €1 billion in a new AI factory in Poland. Of the original sum, €300 million is set aside for grid connections.")]
    public void A_part_of_a_pledge_opened_by_of_the_initial_sum_is_a_commitment(string t)
    {
        var fs = Facts(t);
        Assert.True(Of(fs, 300_000_000) is { Kind: CapexKind.Commitment, CompanyId: "corvane" }, Show(fs));
        Assert.True(Of(fs, 1_000_000_000) is { Kind: CapexKind.Commitment, CompanyId: "corvane" }, Show(fs));
    }

    // ------------------------------------------------------------------ prior target: the earlier figure of the same plan

    [Theory]
    [InlineData("Corvane Systems will spend £12 billion on its campus, up from the £9 billion it put on the project when it first unveiled it.")]
    [InlineData("Corvane Systems will spend £12 billion on its campus, up from the £9 billion it set aside for the scheme when it was first announced.")]
    [InlineData("Corvane Systems now plans to spend £12 billion on the campus; it had planned £9 billion when the site was announced.")]
    [InlineData("Corvane Systems raised the campus budget to £12 billion from a previous £9 billion.")]
    public void An_earlier_figure_of_the_same_plan_is_a_prior_target(string t)
    {
        var fs = Facts(t);
        Assert.True(Of(fs, 12_000_000_000) is { Kind: CapexKind.Commitment, CompanyId: "corvane" }, Show(fs));
        Assert.True(Of(fs, 9_000_000_000) is { Kind: CapexKind.PriorTarget, CompanyId: "corvane" }, Show(fs));
    }

    // ------------------------------------------------------------------ forecast: a market, a country, an analyst's projection

    [Theory]
    [InlineData("India will remain the largest spender, at around $45 billion in 2027, Tallis Research said.")]
    [InlineData("Japan is set to become the second-biggest market, with about $45 billion of data-centre investment in 2027, according to Tallis Research.")]
    [InlineData("Tallis Research expects Poland to spend about $45 billion on data centres by 2030.")]
    public void A_country_as_the_spender_is_a_forecast(string t)
    {
        var fs = Facts(t);
        Assert.True(Of(fs, 45_000_000_000) is { Kind: CapexKind.Forecast, CompanyId: null }, Show(fs));
    }

    [Theory]
    [InlineData("Tallis Research expects data-centre operators to invest about $90 billion in 2027.")]
    [InlineData("Analyst Tom Reyes said hyperscalers as a group would spend roughly $90 billion next year.")]
    [InlineData("Global spending on AI servers is expected to reach $90 billion in 2027, Tallis Research said.")]
    public void A_projection_for_an_industry_is_a_forecast_even_with_a_plan_modal(string t)
    {
        var fs = Facts(t);
        Assert.True(Of(fs, 90_000_000_000) is { Kind: CapexKind.Forecast, CompanyId: null }, Show(fs));
    }

    // ------------------------------------------------------------------ not a fact: spending already done

    [Theory]
    [InlineData("He noted that Corvane's capital expenditure was about $7.5 billion in the March quarter alone.")]
    [InlineData("Corvane Systems poured $7.5 billion into capital projects last year and expects to spend more.")]
    [InlineData("Corvane Systems spent $7.5 billion on data centres in 2025.")]
    [InlineData("Corvane's capex came to $7.5 billion in the fourth quarter, up 40% from a year earlier.")]
    [InlineData("Corvane Systems ploughed $7.5 billion into new halls during 2025, its annual report shows.")]
    [InlineData("Last year Corvane Systems invested $7.5 billion in its network.")]
    public void Spending_already_done_is_no_capex_fact(string t)
    {
        var fs = Facts(t);
        Assert.True(Of(fs, 7_500_000_000) is null, Show(fs));
    }

    [Theory]
    // look-alikes: a past verb that reports a plan is not realised spending
    [InlineData("Corvane Systems said last year it would pour $7.5 billion into capital projects in 2026.")]
    [InlineData("Corvane Systems committed $7.5 billion to a new campus in Ohio on Tuesday.")]
    [InlineData("Corvane Systems earmarked $7.5 billion last month for a new campus in Ohio.")]
    public void A_plan_told_in_the_past_tense_stays_a_commitment(string t)
    {
        var fs = Facts(t);
        Assert.True(Of(fs, 7_500_000_000) is { Kind: CapexKind.Commitment, CompanyId: "corvane" }, Show(fs));
    }

    // ------------------------------------------------------------------ what a phase will cost, after the plan: a part of it

    [Theory]
    [InlineData("Corvane Systems will invest €6 billion over five years in a campus in Poland. The first phase will cost €2 billion and house 40,000 Okapi Grid accelerators.")]
    [InlineData("Corvane Systems will invest €6 billion over five years in a campus in Poland. The first stage would cost about €2 billion, with Okapi Grid supplying the power.")]
    public void What_a_phase_of_a_stated_plan_will_cost_is_that_plans_part_not_a_suppliers(string t)
    {
        var fs = Facts(t);
        Assert.True(Of(fs, 2_000_000_000) is { Kind: CapexKind.Commitment, CompanyId: "corvane", PeriodYears: 5 }, Show(fs));
        Assert.DoesNotContain(fs, f => f.CompanyId == "okapi");
    }

    [Fact]
    public void What_a_phase_cost_last_year_is_no_plan()
    {
        var fs = Facts("Corvane Systems will invest €6 billion in a campus in Poland. Its first phase cost €2 billion last year.");
        Assert.True(Of(fs, 2_000_000_000) is null, Show(fs));
    }

    // ------------------------------------------------------------------ who "it" is: a definite description, a place's name

    private IReadOnlyList<CapexFact> FactsAnnouncedBy(string text, string announcer) =>
        _x.Extract(text, new Ents(text).Org("corvane", "Corvane Systems", "Corvane Systems", "Corvane")
                                       .Org("tallis", "Tallis Research", null, ["research"], "Tallis Research", "Tallis")
                                       .Place("United States", "US").Place("Poland", "PL").Announcer(announcer), Published).Facts;

    [Theory]
    [InlineData("Tallis Research raised its estimates again. Its note singles out Corvane as the biggest spender. The cloud provider said last week it expects to invest about $4 billion this year.")]
    [InlineData("Tallis Research raised its estimates again. Its note names Corvane Systems as the fastest grower. The data-centre operator will spend roughly $4 billion this year, it said.")]
    public void A_definite_description_opening_a_sentence_is_the_company_named_just_before(string t)
    {
        var fs = FactsAnnouncedBy(t, "tallis");
        Assert.True(Of(fs, 4_000_000_000) is { Kind: CapexKind.Commitment, CompanyId: "corvane" }, Show(fs));
    }

    [Fact]
    public void A_description_that_is_no_company_keeps_the_older_reading()
    {
        // "The money will fund …": "fund" is a verb here, not the company noun of a description
        var fs = FactsAnnouncedBy("Corvane Systems said it would invest $4 billion in Poland. Tallis Research welcomed the plan. The money will fund $1 billion of new halls in Poland.", "corvane");
        Assert.DoesNotContain(fs, f => f.CompanyId == "tallis");
    }

    [Fact]
    public void A_place_whose_name_holds_a_group_word_is_no_group_of_spenders()
    {
        var fs = FactsAnnouncedBy("Corvane Systems, backed by a pension fund in the United States, confirmed an investment of $4 billion in a new campus in Poland.", "corvane");
        Assert.True(Of(fs, 4_000_000_000) is { Kind: CapexKind.Commitment, CompanyId: "corvane" }, Show(fs));
    }

    // ------------------------------------------------------------------ an earlier range after the new level

    [Theory]
    [InlineData("Corvane Systems raised its capital expenditure guidance for fiscal 2027 to between A$2.4 billion and A$2.6 billion from A$2.0 billion to A$2.2 billion.")]
    [InlineData("Corvane Systems lifted its capex budget to A$2.4 billion-A$2.6 billion this year, from A$2.0 billion to A$2.2 billion previously.")]
    public void An_earlier_range_after_the_new_level_is_one_prior_target(string t)
    {
        var fs = Facts(t);
        Assert.True(Of(fs, 2_400_000_000) is { Kind: CapexKind.Commitment, CompanyId: "corvane" }, Show(fs));
        Assert.True(Of(fs, 2_000_000_000) is { Kind: CapexKind.PriorTarget, CompanyId: "corvane", AmountHigh: { Value: 2_200_000_000 } }, Show(fs));
        Assert.True(Of(fs, 2_200_000_000) is null, Show(fs));
    }

    [Fact]
    public void A_revision_from_one_figure_to_another_keeps_the_new_figure()
    {
        var fs = Facts("Corvane Systems raised its capex budget from A$2.0 billion to A$2.2 billion for fiscal 2027.");
        Assert.True(Of(fs, 2_200_000_000) is { Kind: CapexKind.Commitment, CompanyId: "corvane" }, Show(fs));
    }
}
