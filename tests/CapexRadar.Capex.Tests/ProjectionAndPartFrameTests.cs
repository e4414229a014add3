using CapexRadar.Capex.Extraction;
using CapexRadar.Domain;

namespace CapexRadar.Capex.Tests;

/// <summary>
/// Classes of language read from the misses on holdout9 (eighth session), each as a general rule over clauses and word classes:
/// a market's spending projected in a reported clause (also "estimate … at"), a source's projection of one company's spending,
/// absolute and split parts of a pledge, parts of a whole named with modifiers or after an apposition, earlier figures in a
/// reduced relative or a "working with" clause, figures a verb replaces, money "put to work", approved for an asset, capital
/// appropriations and construction contracts, a description after a company's name, and an unknown speaker whose name ends in
/// a place. Sentences written for these tests.
/// </summary>
public sealed class ProjectionAndPartFrameTests
{
    private static readonly DateTimeOffset Published = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly CapexExtractor _x = new();

    private static string Show(IReadOnlyList<CapexFact> fs) =>
        string.Join(" | ", fs.Select(f => $"{f.Kind} {f.CompanyId} {f.Amount} p={f.PeriodYears} scope={f.Scope}"));

    private IReadOnlyList<CapexFact> Facts(string t) =>
        _x.Extract(t, new Ents(t).Org("quill", "Quillon Grid", "Quillon Grid", "Quillon").Org("harbr", "Harbrook Telecom", "Harbrook Telecom")
            .Org("vesta", "Vesta Mobile", "Vesta Mobile").Org("tally", "Tallis Data", "Tallis Data")
            .Place("Ruritania", "RU").Place("Borduria", "BD").Announcer("quill"), Published).Facts;

    [Theory]
    [InlineData("Quillon Grid will invest €3 billion in Ruritania. A trade body estimates Ruritania data-centre investment will average €9 billion a year to 2030.", 9_000_000_000)]
    [InlineData("Quillon Grid will invest €3 billion in Ruritania. We estimate regional data-centre capex by hyperscalers, telcos and sovereign platforms will reach €40 billion over 2026-2028.", 40_000_000_000)]
    [InlineData("Quillon Grid will invest €3 billion in Ruritania. The ministry expects that the data centre market of Ruritania will attract €2 billion of investment each year.", 2_000_000_000)]
    [InlineData("Quillon Grid will invest €3 billion in Ruritania. We now estimate cumulative investment by operators and enterprises in Ruritania at €50 billion over five years.", 50_000_000_000)]
    public void A_reported_projection_of_a_markets_spending_is_a_forecast_not_the_nearby_companys_plan(string t, long amount)
    {
        var fs = Facts(t);
        Assert.True(fs.Any(f => f is { Kind: CapexKind.Forecast, CompanyId: null or "" } && f.Amount.Value == amount), Show(fs));
        Assert.DoesNotContain(fs, f => f.Kind == CapexKind.Commitment && f.Amount.Value == amount);
    }

    [Fact]
    public void A_company_estimating_its_own_capex_at_a_figure_is_still_a_commitment()
    {
        var fs = Facts("Quillon Grid estimates its capex in Ruritania at €4 billion for next year.");
        Assert.DoesNotContain(fs, f => f.Kind == CapexKind.Forecast);
    }

    [Fact]
    public void A_past_window_after_versus_is_no_fact()
    {
        var fs = Facts("We estimate Ruritania data-centre capex will reach €38 billion over 2026-2028, versus roughly €13 billion over the previous three years.");
        Assert.DoesNotContain(fs, f => f.Amount.Value == 13_000_000_000m);
    }

    [Theory]
    [InlineData("Analysts expect Quillon Grid to spend €6 billion on new substations next year.")]
    [InlineData("Economists now see Quillon Grid investing €6 billion in new substations next year.")]
    public void A_sources_projection_of_one_companys_spending_is_a_forecast(string t)
    {
        var fs = Facts(t);
        Assert.True(fs.Count == 1 && fs[0] is { Kind: CapexKind.Forecast } && fs[0].Scope.Contains("Quillon", StringComparison.Ordinal), Show(fs));
    }

    [Theory]
    [InlineData("Harbrook Telecom said it would commit €2.4 billion over five years to cloud infrastructure, with €600 million going to a GPU cluster in the north.", 600_000_000)]
    [InlineData("Harbrook Telecom said its board approved €2.4 billion of spending on a campus over five years, with €600 million of the total allotted to the first hall.", 600_000_000)]
    [InlineData("Harbrook Telecom said it would put €2.4 billion to work on GPU clusters over five years, split between €1.6 billion for servers and €800 million for buildings.", 1_600_000_000)]
    [InlineData("Harbrook Telecom said it would put €2.4 billion to work on GPU clusters over five years, split between €1.6 billion for servers and €800 million for buildings.", 800_000_000)]
    public void Absolute_and_split_parts_belong_to_the_pledge_of_the_same_owner(string t, long part)
    {
        var fs = Facts(t);
        Assert.True(fs.Any(f => f is { Kind: CapexKind.Commitment, CompanyId: "harbr" } && f.Amount.Value == 2_400_000_000m), Show(fs));
        Assert.True(fs.Any(f => f is { Kind: CapexKind.Commitment, CompanyId: "harbr", PeriodYears: 5 } && f.Amount.Value == part), Show(fs));
    }

    [Theory]
    [InlineData("Vesta Mobile will set aside €30 billion over 2026-2028 for new halls. Of the euro amount, €8 billion will go to a campus run by a partner.")]
    [InlineData("Vesta Mobile will set aside €30 billion over 2026-2028 for new halls. The scaled-back figure, disclosed with its results, includes about €8 billion for the northern campus.")]
    public void A_part_of_a_whole_named_with_a_modifier_or_before_an_apposition_is_a_part(string t)
    {
        var fs = Facts(t);
        Assert.True(fs.Any(f => f is { Kind: CapexKind.Commitment, CompanyId: "vesta" } && f.Amount.Value == 8_000_000_000m), Show(fs));
    }

    [Theory]
    [InlineData("Tallis Data will pump 20 billion ringgit into its campus, a sizeable jump above the 15 billion ringgit originally pencilled in for the project.")]
    [InlineData("Tallis Data now expects to deploy 20 billion ringgit on compute through 2030, well above the 15 billion ringgit it was working with last spring.")]
    [InlineData("Tallis Data will invest 20 billion ringgit in its campus over four years. This replaces the 15 billion ringgit five-year plan announced in June.")]
    public void Earlier_figures_in_other_words_are_prior_targets(string t)
    {
        var fs = Facts(t);
        Assert.True(fs.Any(f => f is { Kind: CapexKind.Commitment, CompanyId: "tally" } && f.Amount.Value == 20_000_000_000m), Show(fs));
        Assert.True(fs.Any(f => f is { Kind: CapexKind.PriorTarget, CompanyId: "tally" } && f.Amount.Value == 15_000_000_000m), Show(fs));
    }

    [Theory]
    [InlineData("Quillon Grid said its board had approved €180 million for a new data centre in the north.")]
    [InlineData("The Quillon Grid board also approved €180 million in capital appropriations for substation construction.")]
    [InlineData("Quillon Grid has signed a €180 million turnkey construction contract with a builder covering power and cooling.")]
    public void Approvals_appropriations_and_construction_contracts_are_commitments(string t)
    {
        var fs = Facts(t);
        Assert.True(fs.Count == 1 && fs[0] is { Kind: CapexKind.Commitment, CompanyId: "quill" }, Show(fs));
    }

    [Theory]
    [InlineData("Quillon Grid signed a €180 million supply contract with a builder.")]
    [InlineData("Quillon Grid's board approved €180 million for a share buyback.")]
    public void Other_contracts_and_approvals_stay_out(string t) => Assert.Empty(Facts(t));

    [Fact]
    public void A_description_after_a_companys_name_leaves_it_the_subject()
    {
        var fs = Facts("Vesta Mobile, the mobile carrier listed apart from parent Harbrook Telecom, will spend 210 billion won on its data centre.");
        Assert.True(fs.Count == 1 && fs[0].CompanyId == "vesta", Show(fs));
    }

    [Fact]
    public void An_unknown_speaker_whose_name_ends_in_a_place_owns_its_boards_plan()
    {
        var fs = Facts("Harbrook Telecom will invest €3 billion. Telecom Borduria said its board approved €12 billion of spending on a data centre over three years.");
        Assert.True(fs.Any(f => f.Amount.Value == 12_000_000_000m && f.CompanyName == "Telecom Borduria"), Show(fs));
    }

    [Theory]
    [InlineData("Quillon Grid said its suppliers will invest €2 billion in new transformer plants.")]
    [InlineData("Quillon Grid expects that its customers will spend €2 billion on rooftop storage.")]
    public void A_companys_suppliers_or_customers_spending_is_not_the_companys(string t) =>
        Assert.DoesNotContain(Facts(t), f => f.CompanyId == "quill");

    [Theory]
    [InlineData("Quillon Grid will put €1.1 billion to work on GPU clusters over its fiscal years 2026 to 2028.", 3)]
    [InlineData("Quillon Grid will invest €1.1 billion in GPU clusters over FY27-FY31.", 5)]
    [InlineData("Quillon Grid will disburse investment of €1.1 billion in the period of three years.", 3)]
    [InlineData("Quillon Grid has capital expenditure guidance of €1.1 billion for the year ending 31 March 2027.", 1)]
    [InlineData("For the year 2026, Quillon Grid now plans total capital expenditure of €1.1 billion.", 1)]
    public void Period_forms_of_fiscal_stretches_and_named_years(string t, int years)
    {
        var fs = Facts(t);
        Assert.True(fs.Count == 1 && fs[0].PeriodYears == years, Show(fs));
    }

    [Fact]
    public void A_place_that_will_need_investment_in_a_reported_clause_is_a_forecast()
    {
        var fs = Facts("Quillon Grid will invest €3 billion. The regional data-centre association estimates the continent will need about €15 billion of data-centre investment between 2026 and 2030.");
        Assert.True(fs.Any(f => f is { Kind: CapexKind.Forecast } && f.Amount.Value == 15_000_000_000m), Show(fs));
        Assert.DoesNotContain(fs, f => f.Kind == CapexKind.Commitment && f.Amount.Value == 15_000_000_000m);
    }

    [Theory]
    [InlineData("Tallis Data will now spend 9,000 billion dong on the campus. When the project was first announced, the company had planned to spend only 5,000 billion dong.")]
    [InlineData("Tallis Data will now spend 9,000 billion dong on the campus. The company had originally budgeted 5,000 billion dong for it.")]
    public void A_plan_in_the_past_perfect_is_the_earlier_figure(string t)
    {
        var fs = Facts(t);
        Assert.True(fs.Any(f => f is { Kind: CapexKind.PriorTarget, CompanyId: "tally" } && f.Amount.Value == 5_000_000_000_000m), Show(fs));
    }

    [Fact]
    public void A_deal_agreed_in_the_past_perfect_is_no_earlier_figure()
    {
        var fs = Facts("Harbrook Telecom said Tallis Data had agreed to buy €6 billion of GPU capacity from it over four years.");
        Assert.DoesNotContain(fs, f => f.Kind == CapexKind.PriorTarget);
    }

    [Fact]
    public void A_part_of_a_whole_dated_by_a_year_is_a_part()
    {
        var fs = Facts("Vesta Mobile will spend €12 billion in fiscal 2026. Of the fiscal 2026 total, about €2.5 billion goes to a packaging line.");
        Assert.True(fs.Any(f => f is { Kind: CapexKind.Commitment, CompanyId: "vesta" } && f.Amount.Value == 2_500_000_000m), Show(fs));
    }

    [Fact]
    public void The_owner_named_before_a_unit_noun_describes_the_unit_named_before()
    {
        var fs = Facts("Vesta Mobile will invest €2 billion in towers. The Harbrook Telecom subsidiary also set aside €300 million for a test lab.");
        Assert.True(fs.Any(f => f is { Kind: CapexKind.Commitment, CompanyId: "vesta" } && f.Amount.Value == 300_000_000m), Show(fs));
        Assert.DoesNotContain(fs, f => f.CompanyId == "harbr");
    }

    [Fact]
    public void An_earlier_figure_a_verb_enlarges_after_a_short_phrase_is_a_prior_target()
    {
        var fs = Facts("Tallis Data will invest up to 50 billion reais in the first phase, enlarging to this value the 35 billion reais presented at the launch.");
        Assert.True(fs.Any(f => f is { Kind: CapexKind.PriorTarget, CompanyId: "tally" } && f.Amount.Value == 35_000_000_000m), Show(fs));
    }

    [Theory]
    [InlineData("Quillon Grid said the campus is being financed through a €27 billion joint venture with a private lender.")]
    [InlineData("Quillon Grid said the campus will be funded by a €27 billion project loan.")]
    public void Money_that_finances_a_project_is_no_spending(string t) =>
        Assert.DoesNotContain(Facts(t), f => f.Amount.Value == 27_000_000_000m);
}
