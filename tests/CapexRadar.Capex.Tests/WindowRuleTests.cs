using CapexRadar.Capex.Extraction;
using CapexRadar.Domain;

namespace CapexRadar.Capex.Tests;

/// <summary>
/// The window and stated equivalent of a fact found otherwise (capex_full, issue 10, ninth session): a rate right after the
/// amount, a stretch of two fiscal years, an approximate duration, a window or a conversion stated in a sentence of its own,
/// an earlier target "for the same period", every part of a sentence opened by "Of this,", a whole named by its currency, a
/// slice frame some sentences after its plan, and a year in a coordinated clause. Sentences written for these tests.
/// </summary>
public sealed class WindowRuleTests
{
    private static readonly DateTimeOffset Published = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly CapexExtractor _x = new();

    private IReadOnlyList<CapexFact> Facts(string text) =>
        _x.Extract(text, new Ents(text).Org("quillon", "Quillon Networks", "Quillon Networks", "Quillon").Announcer("quillon"), Published).Facts;

    private static string Show(IReadOnlyList<CapexFact> fs) =>
        string.Join(" | ", fs.Select(f => $"{f.Kind} {f.CompanyId} {f.Amount} p={f.PeriodYears} usd={f.AmountUsd}/{f.UsdStated}"));

    private static CapexFact? Of(IReadOnlyList<CapexFact> fs, decimal value) => fs.FirstOrDefault(f => f.Amount.Value == value);

    [Theory]
    [InlineData("Quillon Networks will spend at least 9,000 crore rupees a year on edge computing sites in smaller towns.")]
    [InlineData("Quillon Networks said it would invest between 2 trillion won and 2.5 trillion won a year on servers through 2029.")]
    [InlineData("Quillon Networks will spend $4 billion a year on new halls over the next decade.")]
    public void A_rate_right_after_the_amount_is_a_yearly_window(string t)
    {
        var fs = Facts(t);
        Assert.True(fs.Count == 1 && fs[0] is { Kind: CapexKind.Commitment, PeriodYears: 1 }, Show(fs));
    }

    [Fact]
    public void A_year_after_the_amount_that_shifts_time_is_no_rate()
    {
        const string t = "Quillon Networks will invest $3 billion in 2027, up from $2 billion a year earlier.";
        var fs = Facts(t);
        Assert.True(Of(fs, 3_000_000_000) is { PeriodYears: 1 } && Of(fs, 2_000_000_000) is null, Show(fs));
    }

    [Theory]
    [InlineData("Quillon Networks will invest ₹40,000 crore in fibre between fiscal 2027 and fiscal 2030.", 4)]
    [InlineData("Quillon Networks will invest ₹40,000 crore in fibre from fiscal 2027 to fiscal 2029.", 3)]
    public void Two_fiscal_years_joined_by_a_stretch_word_are_one_window(string t, int years)
    {
        var fs = Facts(t);
        Assert.True(fs.Count == 1 && fs[0].PeriodYears == years, Show(fs));
    }

    [Theory]
    [InlineData("Quillon Networks has agreed to buy about $40 billion of cloud capacity over about five years.")]
    [InlineData("Quillon Networks will spend $40 billion on new campuses over roughly five years.")]
    public void An_approximate_count_of_years_is_still_the_window(string t)
    {
        var fs = Facts(t);
        Assert.True(fs.Count == 1 && fs[0].PeriodYears == 5, Show(fs));
    }

    [Theory]
    [InlineData("Quillon Networks will invest up to €6 billion in a cable landing hub in Marseille. Its chief executive said the investment will be made over seven years.")]
    [InlineData("Quillon Networks will invest up to €6 billion in the second stage of its Marseille campus. The chairman said the new stage, to be completed over seven years, would double capacity.")]
    public void A_later_sentence_naming_the_plan_states_its_window(string t)
    {
        var fs = Facts(t);
        Assert.True(fs.Count == 1 && fs[0] is { Kind: CapexKind.Commitment, PeriodYears: 7 }, Show(fs));
    }

    [Fact]
    public void A_later_duration_of_past_work_or_of_another_thing_says_nothing_of_the_plan()
    {
        const string t = "Quillon Networks will invest up to €6 billion in a cable landing hub in Marseille. Its engineers have worked on the design over the past seven years.";
        var fs = Facts(t);
        Assert.True(fs.Count == 1 && fs[0].PeriodYears is null, Show(fs));
    }

    [Theory]
    [InlineData("Quillon Networks will spend 45 billion yuan on computing clusters over three years. The sum is equivalent to about $6.2 billion.")]
    [InlineData("Quillon Networks will spend 45 billion yuan on computing clusters over three years. That equals roughly $6.2 billion.")]
    public void A_conversion_stated_in_a_sentence_of_its_own_is_the_stated_dollar_figure(string t)
    {
        var fs = Facts(t);
        Assert.True(fs.Count == 1 && fs[0] is { UsdStated: true, AmountUsd.Value: 6_200_000_000 }, Show(fs));
    }

    [Fact]
    public void An_earlier_target_for_the_same_period_keeps_the_plans_window()
    {
        const string t = "Quillon Networks will invest 150 billion yen in GPU servers over the five years to March 2031. "
                         + "The new figure replaces the 90 billion yen target for the same period in its previous mid-term plan.";
        var fs = Facts(t);
        Assert.True(Of(fs, 90_000_000_000) is { Kind: CapexKind.PriorTarget, PeriodYears: 5 }, Show(fs));
    }

    [Fact]
    public void An_earlier_target_without_the_same_period_keeps_none()
    {
        const string t = "Quillon Networks will invest 150 billion yen in GPU servers over the five years to March 2031. "
                         + "The new figure replaces the 90 billion yen target in its previous mid-term plan.";
        var fs = Facts(t);
        Assert.True(Of(fs, 90_000_000_000) is { Kind: CapexKind.PriorTarget, PeriodYears: null }, Show(fs));
    }

    [Theory]
    [InlineData("Quillon Networks will invest about ₹9,000 crore over the next four years. Of this, ₹3,000 crore will be spent in Pune and ₹1,500 crore in Nagpur.")]
    [InlineData("Quillon Networks will invest about ₹9,000 crore over the next four years. Of the total, ₹3,000 crore is earmarked for Pune, and around ₹1,500 crore will fund a site in Nagpur.")]
    public void Every_part_of_a_sentence_opened_by_of_this_takes_the_window_of_the_whole(string t)
    {
        var fs = Facts(t);
        Assert.True(Of(fs, 15_000_000_000) is { Kind: CapexKind.Commitment, CompanyId: "quillon", PeriodYears: 4 }, Show(fs));
    }

    [Fact]
    public void A_whole_named_by_its_currency_is_the_plan_in_that_currency()
    {
        const string t = "Quillon Networks will earmark 20 billion Mexican pesos over 2026-2028 for new halls, within an overall budget of about $4 billion for this year. "
                         + "Of the peso amount, 5 billion Mexican pesos will go to a campus near Monterrey.";
        var fs = Facts(t);
        Assert.True(Of(fs, 5_000_000_000) is { Kind: CapexKind.Commitment, PeriodYears: 3 }, Show(fs));
    }

    [Fact]
    public void A_slice_frame_reaches_a_plan_stated_several_sentences_before()
    {
        const string t = "Quillon Networks resolved to carry out capital investment of up to 80 billion yen over the next three years. "
                         + "1. Purpose. Demand keeps rising. Customers want more capacity. The company will add two halls. "
                         + "2. Breakdown. Of the total amount, 6 billion yen will be allocated to cooling research.";
        var fs = Facts(t);
        Assert.True(Of(fs, 6_000_000_000) is { Kind: CapexKind.Commitment, CompanyId: "quillon", PeriodYears: 3 }, Show(fs));
    }

    [Fact]
    public void A_year_in_a_coordinated_clause_with_its_own_predicate_is_no_window()
    {
        const string t = "Quillon Networks will invest ₹30,000 crore over the next six years in its cloud unit. "
                         + "The first hall will take about ₹8,000 crore of that amount and is expected to start serving customers in 2028.";
        var fs = Facts(t);
        Assert.True(Of(fs, 80_000_000_000) is { Kind: CapexKind.Commitment, PeriodYears: 6 }, Show(fs));
    }
}
