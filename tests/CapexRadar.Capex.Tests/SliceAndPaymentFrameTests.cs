using CapexRadar.Capex.Extraction;
using CapexRadar.Domain;

namespace CapexRadar.Capex.Tests;

/// <summary>
/// Frames of issue 10 (ninth session): a slice "of it" whatever its verb, a whole dated by a year ("of the 2027 budget"), a
/// market named as the place of spending, pesos named by country, capacity bought with "pay up to … for", a revised
/// guidance of profit, and an earlier plan "pencilled in". Sentences written for these tests.
/// </summary>
public sealed class SliceAndPaymentFrameTests
{
    private static readonly DateTimeOffset Published = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly CapexExtractor _x = new();

    private IReadOnlyList<CapexFact> Facts(string text) =>
        _x.Extract(text, new Ents(text).Org("quillon", "Quillon Networks", "Quillon Networks", "Quillon")
                                       .Org("vantor", "Vantor Cloud", "Vantor Cloud", "Vantor").Announcer("quillon"), Published).Facts;

    private static string Show(IReadOnlyList<CapexFact> fs) =>
        string.Join(" | ", fs.Select(f => $"{f.Kind} {f.CompanyId} {f.Amount} p={f.PeriodYears} {f.Scope}"));

    private static CapexFact? Of(IReadOnlyList<CapexFact> fs, decimal value) => fs.FirstOrDefault(f => f.Amount.Value == value);

    [Theory]
    [InlineData("Quillon Networks will plough 30 billion riyals into its cloud arm over the next five years. Roughly SAR 9 billion of it will fund a campus in Dammam.")]
    [InlineData("Quillon Networks will plough 30 billion riyals into its cloud arm over the next five years. About SAR 9 billion of that will finance a campus in Dammam.")]
    public void A_slice_of_it_is_a_part_whatever_its_verb(string t)
    {
        var fs = Facts(t);
        Assert.True(Of(fs, 9_000_000_000) is { Kind: CapexKind.Commitment, CompanyId: "quillon", PeriodYears: 5 }, Show(fs));
    }

    [Fact]
    public void A_whole_dated_by_a_year_is_still_the_whole()
    {
        const string t = "Quillon Networks expects to spend about $40 billion on capital projects this year. Some $6 billion of the 2026 budget is earmarked for a campus in Ohio.";
        var fs = Facts(t);
        Assert.True(Of(fs, 6_000_000_000) is { Kind: CapexKind.Commitment, CompanyId: "quillon", PeriodYears: 1 }, Show(fs));
    }

    [Fact]
    public void A_market_named_as_the_place_of_spending_is_a_forecast_not_a_blocker()
    {
        const string t = "Consultancy Brightwater estimates that investment in Vietnam's data-centre market will reach $3 billion a year by 2029.";
        var fs = Facts(t);
        Assert.True(fs.Count == 1 && fs[0] is { Kind: CapexKind.Forecast, PeriodYears: 1 }, Show(fs));
    }

    [Fact]
    public void A_market_value_still_blocks()
    {
        const string t = "Quillon Networks, whose investment arm lifted its market value to $30 billion, said it was pleased.";
        var fs = Facts(t);
        Assert.True(fs.Count == 0, Show(fs));
    }

    [Theory]
    [InlineData("Quillon Networks will invest 900 billion Chilean pesos in a cloud region near Santiago.", "CLP")]
    [InlineData("Quillon Networks will invest 4 trillion Colombian pesos in a cloud region near Bogotá.", "COP")]
    [InlineData("Quillon Networks will invest 900 billion Argentine pesos in a cloud region near Córdoba.", "ARS")]
    public void Pesos_named_by_their_country_have_its_currency(string t, string iso)
    {
        var fs = Facts(t);
        Assert.True(fs.Count == 1 && fs[0].Amount.CurrencyCode == iso, Show(fs));
    }

    [Theory]
    [InlineData("Vantor Cloud's backlog swelled after Quillon Networks agreed to pay up to $12 billion for additional capacity through 2031.")]
    [InlineData("Quillon Networks will pay as much as $12 billion for cloud computing capacity over six years.")]
    public void Capacity_bought_with_pay_up_to_is_the_buyers_commitment(string t)
    {
        var fs = Facts(t);
        Assert.True(Of(fs, 12_000_000_000) is { Kind: CapexKind.Commitment, CompanyId: "quillon" }, Show(fs));
    }

    [Fact]
    public void Electricity_bought_is_no_capacity()
    {
        const string t = "Quillon Networks will pay up to $2 billion for power from a wind farm over ten years.";
        var fs = Facts(t);
        Assert.True(fs.Count == 0, Show(fs));
    }

    [Fact]
    public void A_guidance_of_profit_raised_to_an_amount_is_no_plan()
    {
        const string t = "Quillon Networks will invest €3 billion in new halls. Quillon raised its full-year guidance for adjusted core profit to about €40 billion.";
        var fs = Facts(t);
        Assert.True(fs.Count == 1 && fs[0].Amount.Value == 3_000_000_000, Show(fs));
    }

    [Fact]
    public void A_capex_guidance_raised_to_an_amount_is_still_a_plan()
    {
        const string t = "Quillon Networks raised its full-year guidance for capital spending to about €4 billion.";
        var fs = Facts(t);
        Assert.True(fs.Count == 1 && fs[0] is { Kind: CapexKind.Commitment, CompanyId: "quillon" }, Show(fs));
    }

    [Fact]
    public void A_plan_pencilled_in_before_is_the_earlier_target_and_its_date_is_no_window()
    {
        const string t = "Quillon Networks will spend 900 billion yen on data centres over the next four years. "
                         + "When its chief executive first floated the project in 2025, Quillon had pencilled in 600 billion yen.";
        var fs = Facts(t);
        Assert.True(Of(fs, 600_000_000_000) is { Kind: CapexKind.PriorTarget, CompanyId: "quillon", PeriodYears: null }, Show(fs));
    }

    [Fact]
    public void A_plan_pencilled_in_now_is_a_commitment()
    {
        const string t = "Quillon Networks has pencilled in $2 billion for a new campus in Ohio.";
        var fs = Facts(t);
        Assert.True(fs.Count == 1 && fs[0] is { Kind: CapexKind.Commitment, CompanyId: "quillon" }, Show(fs));
    }
}
