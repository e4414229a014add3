using CapexRadar.Capex.Extraction;
using CapexRadar.Domain;

namespace CapexRadar.Capex.Tests;

/// <summary>Amounts written in words, and past figures quoted only for comparison. Sentences written for these tests.</summary>
public sealed class WordsAndComparisonTests
{
    private static readonly DateTimeOffset Published = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly CapexExtractor _x = new();

    private IReadOnlyList<CapexFact> Facts(string text, EntitySet e) => _x.Extract(text, e, Published).Facts;

    private static string Show(IReadOnlyList<CapexFact> fs) => string.Join(" | ", fs.Select(f => $"{f.Kind} {f.CompanyId} {f.Amount}"));

    [Theory]
    [InlineData("Brightline Telecom plans to spend one and a half billion pounds on data centres.", "GBP", "1500000000")]
    [InlineData("Brightline Telecom will invest two and a quarter billion euros in fibre and AI hosting.", "EUR", "2250000000")]
    [InlineData("Brightline Telecom will invest seven hundred million dollars in a cable landing station.", "USD", "700000000")]
    public void Amounts_in_words_are_read_whole(string t, string currency, string amount)
    {
        var fs = Facts(t, new Ents(t).Org("brightline", "Brightline Telecom"));
        Assert.True(fs.Count == 1 && fs[0].Amount.CurrencyCode == currency && fs[0].Amount.Value == decimal.Parse(amount), Show(fs));
    }

    [Theory]
    [InlineData("Hollis Cloud will spend $9 billion on data centres this year, compared with about $6 billion last year.")]
    [InlineData("Hollis Cloud will spend $9 billion on data centres this year, versus $6 billion in 2024.")]
    [InlineData("Hollis Cloud will spend $9 billion on data centres this year, more than the $6 billion a year earlier.")]
    [InlineData("Hollis Cloud will spend $9 billion on data centres in fiscal 2026, compared with $6 billion in fiscal 2024.")]
    public void A_past_figure_quoted_for_comparison_is_no_fact(string t)
    {
        var fs = Facts(t, new Ents(t).Org("hollis", "Hollis Cloud"));
        Assert.True(fs.Count == 1 && fs[0].Amount.Value == 9_000_000_000m && fs[0].Kind == CapexKind.Commitment, Show(fs));
    }

    [Fact]
    public void A_plan_earmarked_last_year_is_still_a_prior_target()
    {
        const string t = "Hollis Cloud will invest about $9 billion over two years, up from the $6 billion it had earmarked last year.";
        var fs = Facts(t, new Ents(t).Org("hollis", "Hollis Cloud"));
        Assert.True(fs.Count == 2 && fs[1].Kind == CapexKind.PriorTarget && fs[1].Amount.Value == 6_000_000_000m, Show(fs));
    }

    [Fact]
    public void Industry_spending_compared_with_last_year_keeps_only_the_projection()
    {
        const string t = "Analysts at Halden Securities estimate that cloud providers will spend more than $500 billion in 2026, compared with about $380 billion last year.";
        var e = new Ents(t).Org("halden", "Halden Securities", "US", ["bank", "broker"]);
        var fs = Facts(t, e);
        Assert.True(fs.Count == 1 && fs[0].Kind == CapexKind.Forecast && fs[0].Amount.Value == 500_000_000_000m, Show(fs));
    }

    [Fact]
    public void A_hyphenated_investment_noun_after_the_amount_is_a_trigger()
    {
        const string t = "Halvorsen & Co. estimates that Chile will attract between $4 billion and $6 billion of data-centre investment by 2030.";
        var e = new Ents(t).Org("halvorsen", "Halvorsen & Co.").Place("Chile", "CL");
        var fs = Facts(t, e);
        Assert.True(fs.Count == 1 && fs[0].Kind == CapexKind.Forecast && fs[0].AmountHigh is { Value: 6_000_000_000m }, Show(fs));
    }

    [Fact]
    public void Two_modifiers_of_one_programme_keep_the_project_head()
    {
        const string t = "The new fab is part of a roughly $50 billion chip manufacturing and research programme, finance chief Lena Ortiz of Hollis Semiconductor said.";
        var e = new Ents(t).Org("hollis", "Hollis Semiconductor").Person("Lena Ortiz", "finance chief", "hollis");
        var fs = Facts(t, e);
        Assert.True(fs.Count == 1 && fs[0].Kind == CapexKind.Commitment && fs[0].CompanyId == "hollis", Show(fs));
    }

    [Theory]
    [InlineData("Brightline Telecom will invest a quarter of a trillion yen over a decade.", "JPY", "250000000000")]
    [InlineData("Brightline Telecom will invest half of a billion dollars in subsea cables.", "USD", "500000000")]
    public void Fractions_of_a_scale_in_words(string t, string currency, string amount)
    {
        var fs = Facts(t, new Ents(t).Org("brightline", "Brightline Telecom"));
        Assert.True(fs.Count == 1 && fs[0].Amount.CurrencyCode == currency && fs[0].Amount.Value == decimal.Parse(amount), Show(fs));
    }

    [Theory]
    [InlineData("Hollis Semiconductor will spend $4 billion on research and development over three years.")]
    [InlineData("Hollis Semiconductor will spend $4 billion on R&D over three years.")]
    public void Research_and_development_spending_is_not_capex(string t)
    {
        var fs = Facts(t, new Ents(t).Org("hollis", "Hollis Semiconductor"));
        Assert.True(fs.Count == 0, Show(fs));
    }

    [Theory]
    [InlineData("Hollis Cloud budgeted $3 billion for servers in 2025. The company now plans to raise that to $4.2 billion in 2026.", 4_200_000_000)]
    [InlineData("Hollis Cloud lifted its 2026 budget to $4.2 billion.", 4_200_000_000)]
    [InlineData("Hollis Cloud trimmed its capital spending plan to about $2.5 billion from $3 billion.", 2_500_000_000)]
    public void A_plan_revised_to_a_new_level_is_a_commitment(string t, long amount)
    {
        var fs = Facts(t, new Ents(t).Org("hollis", "Hollis Cloud"));
        Assert.Contains(fs, f => f.Kind == CapexKind.Commitment && f.CompanyId == "hollis" && f.Amount.Value == amount);
    }

    [Theory]
    [InlineData("Hollis Cloud raised its revenue forecast to $50 billion.")]
    [InlineData("Hollis Cloud cut its dividend to $200 million.")]
    [InlineData("Hollis Cloud raised its stake in Orbit Labs to $3 billion.")]
    [InlineData("Hollis Cloud raised its full-year forecast to $52 billion.")]
    [InlineData("Hollis Cloud said sales would be $3 billion. It later raised that to $3.4 billion.")]
    public void A_revision_of_something_else_is_no_capex(string t)
    {
        var fs = Facts(t, new Ents(t).Org("hollis", "Hollis Cloud").Org("orbit", "Orbit Labs"));
        Assert.True(fs.Count == 0, Show(fs));
    }

    [Theory]
    [InlineData("Hollis Cloud will invest $3 billion in Spain over two years, bringing its total investment in the country to $11 billion.")]
    [InlineData("Hollis Cloud will invest a further $3 billion in Spain, taking its cumulative commitment there to $11 billion since 2019.")]
    [InlineData("Hollis Cloud will invest $3 billion in Spain, on top of the $8 billion it has already committed.")]
    public void Running_totals_and_money_already_committed_are_not_new_facts(string t)
    {
        var fs = Facts(t, new Ents(t).Org("hollis", "Hollis Cloud"));
        Assert.True(fs.Count == 1 && fs[0].Amount.Value == 3_000_000_000m, Show(fs));
    }

    [Fact]
    public void Raising_a_total_budget_is_a_revision()
    {
        const string t = "Hollis Cloud is raising its total capex budget to $9 billion.";
        var fs = Facts(t, new Ents(t).Org("hollis", "Hollis Cloud"));
        Assert.True(fs.Count == 1 && fs[0].Amount.Value == 9_000_000_000m, Show(fs));
    }
}
