using CapexRadar.Capex.Extraction;
using CapexRadar.Domain;

namespace CapexRadar.Capex.Tests;

/// <summary>
/// The period of a fact (capex_full, issue 10): a part of a pledge takes the whole's window, a milestone's year or a
/// year in another clause is no spending window, an earlier plan dated by its own clause keeps no multi-year window.
/// Sentences written for these tests.
/// </summary>
public sealed class PeriodRuleTests
{
    private static readonly DateTimeOffset Published = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly CapexExtractor _x = new();

    private IReadOnlyList<CapexFact> Facts(string text) =>
        _x.Extract(text, new Ents(text).Org("tamarind", "Tamarind Cloud", "Tamarind Cloud", "Tamarind").Announcer("tamarind"), Published).Facts;

    private static string Show(IReadOnlyList<CapexFact> fs) =>
        string.Join(" | ", fs.Select(f => $"{f.Kind} {f.CompanyId} {f.Amount} p={f.PeriodYears}"));

    private static CapexFact? Of(IReadOnlyList<CapexFact> fs, decimal value) => fs.FirstOrDefault(f => f.Amount.Value == value);

    [Theory]
    [InlineData("Tamarind Cloud will invest $8 billion over four years in new campuses. Of the total, $3 billion is earmarked for a site in Ohio.")]
    [InlineData("Tamarind Cloud will invest $8 billion over four years in new campuses. Roughly $3 billion of that will go to a site in Ohio.")]
    [InlineData("Tamarind Cloud will invest $8 billion over four years in new campuses. The spending includes $3 billion for a site in Ohio.")]
    [InlineData("Tamarind Cloud will invest $8 billion over four years in new campuses. Within the plan, Tamarind will also spend $3 billion on a site in Ohio.")]
    [InlineData("Tamarind Cloud will invest $8 billion over four years, split between $5 billion for new campuses and $3 billion for a site in Ohio.")]
    public void A_part_of_a_pledge_takes_the_period_of_the_whole(string t)
    {
        var fs = Facts(t);
        Assert.True(Of(fs, 3_000_000_000) is { Kind: CapexKind.Commitment, CompanyId: "tamarind", PeriodYears: 4 }, Show(fs));
    }

    [Fact]
    public void A_part_introduced_by_of_which_takes_the_year_of_the_whole()
    {
        const string t = "Tamarind Cloud said that in 2026 the company plans capital expenditure of 90 billion yuan, of which investment in computing power will be 30 billion yuan.";
        var fs = Facts(t);
        Assert.True(Of(fs, 30_000_000_000) is { Kind: CapexKind.Commitment, CompanyId: "tamarind", PeriodYears: 1 }, Show(fs));
    }

    [Fact]
    public void A_part_that_states_its_own_period_keeps_it()
    {
        const string t = "Tamarind Cloud will invest $8 billion over four years in new campuses. Of the total, $3 billion will be spent over the next two years in Ohio.";
        var fs = Facts(t);
        Assert.True(Of(fs, 3_000_000_000) is { PeriodYears: 2 }, Show(fs));
    }

    [Theory]
    [InlineData("Tamarind Cloud will spend $2 billion on a campus in Ohio that is scheduled for completion in 2028.")]
    [InlineData("Tamarind Cloud will spend $2 billion on a campus in Ohio, which is due to come online in 2028.")]
    [InlineData("Of the total, Tamarind Cloud will spend $2 billion on a third hall, which is expected to start production in 2028.")]
    public void The_year_of_a_milestone_is_not_the_spending_window(string t)
    {
        var fs = Facts(t);
        Assert.True(Of(fs, 2_000_000_000) is { Kind: CapexKind.Commitment, PeriodYears: null }, Show(fs));
    }

    [Theory]
    [InlineData("Tamarind Cloud will invest $9 billion over the next five years, up on the $6 billion it outlined in 2024.")]
    [InlineData("Tamarind Cloud will invest $9 billion from 2026 to 2030, revising the $6 billion plan it set out when it bought the site.")]
    [InlineData("Tamarind Cloud will invest between $2 billion and $3 billion a year through 2030, replacing the $6 billion programme it unveiled last June.")]
    public void An_earlier_plan_dated_on_its_own_has_no_period(string t)
    {
        var fs = Facts(t);
        Assert.True(Of(fs, 6_000_000_000) is { Kind: CapexKind.PriorTarget, CompanyId: "tamarind", PeriodYears: null }, Show(fs));
    }

    [Theory]
    [InlineData("Tamarind Cloud will raise its capital spending this year to about $9 billion, up from the $6 billion it had budgeted in January.")]
    [InlineData("Tamarind Cloud now expects capital expenditure of $9 billion for fiscal 2026, an increase from the $6 billion it guided in December.")]
    public void An_earlier_figure_for_the_same_year_keeps_the_year(string t)
    {
        var fs = Facts(t);
        Assert.True(Of(fs, 6_000_000_000) is { Kind: CapexKind.PriorTarget, PeriodYears: 1 }, Show(fs));
    }

    [Fact]
    public void An_earlier_plan_that_states_its_own_window_keeps_it()
    {
        const string t = "Tamarind Cloud will invest $9 billion over the next five years, enlarging a five-year plan of $6 billion it had announced in 2024.";
        var fs = Facts(t);
        Assert.True(Of(fs, 6_000_000_000) is { Kind: CapexKind.PriorTarget, PeriodYears: 5 }, Show(fs));
    }

    [Theory]
    [InlineData("Tamarind Cloud is budgeting ¥480 billion for grid work in the fiscal year starting April 2026.", 1)]
    [InlineData("Tamarind Cloud said it is budgeting ¥480 billion for graphics processors this year and next.", 2)]
    public void Year_phrases_give_the_period(string t, int years)
    {
        var fs = Facts(t);
        Assert.True(Of(fs, 480_000_000_000) is { Kind: CapexKind.Commitment } f && f.PeriodYears == years, Show(fs));
    }
}
