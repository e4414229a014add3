using CapexRadar.Capex.Extraction;
using CapexRadar.Domain;

namespace CapexRadar.Capex.Tests;

/// <summary>
/// Who spends, decided on clause structure (issue 10): the antecedent of a ", which …" clause, the clause a relative
/// clause interrupted, an organisation with its listing in brackets; money reported as already spent. Sentences written
/// for these tests.
/// </summary>
public sealed class AttributionFrameTests
{
    private static readonly DateTimeOffset Published = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly CapexExtractor _x = new();

    private IReadOnlyList<CapexFact> Facts(string text, EntitySet e) => _x.Extract(text, e, Published).Facts;

    private static string Show(IReadOnlyList<CapexFact> fs) =>
        string.Join(" | ", fs.Select(f => $"{f.Kind} {f.CompanyId} {f.Amount} p={f.PeriodYears} {f.Scope}"));

    private static CapexFact? Of(IReadOnlyList<CapexFact> fs, decimal value) => fs.FirstOrDefault(f => f.Amount.Value == value);

    [Fact]
    public void The_antecedent_of_a_which_clause_spends()
    {
        const string t = "Most of the money goes to halls for Lumen Labs, which has contracted about $90 billion of computing capacity from Tamarind Cloud over five years, "
                         + "and for Orbit Media, which agreed last month to buy $8 billion of cloud capacity from Tamarind Cloud.";
        var fs = Facts(t, new Ents(t).Org("tamarind", "Tamarind Cloud").Org("lumen", "Lumen Labs").Org("orbit", "Orbit Media").Announcer("tamarind"));
        Assert.True(Of(fs, 90_000_000_000) is { Kind: CapexKind.Commitment, CompanyId: "lumen" }, Show(fs));
        Assert.True(Of(fs, 8_000_000_000) is { Kind: CapexKind.Commitment, CompanyId: "orbit" }, Show(fs));
    }

    [Fact]
    public void A_listed_organisation_before_a_that_clause_is_no_antecedent()
    {
        const string t = "Tamarind Cloud builds for Polaris, the venture of Lumen Labs, Orbit Media and Tamarind Cloud that aims to invest up to $50 billion in AI campuses.";
        var fs = Facts(t, new Ents(t).Org("tamarind", "Tamarind Cloud").Org("lumen", "Lumen Labs").Org("orbit", "Orbit Media").Org("polaris", "Polaris").Announcer("tamarind"));
        Assert.True(Of(fs, 50_000_000_000) is { CompanyId: "polaris" }, Show(fs));
    }

    [Fact]
    public void The_clause_a_which_clause_interrupts_keeps_its_subject()
    {
        const string t = "Lumen Labs, which counts Tamarind Cloud and Orbit Media among its biggest customers, now expects capital expenditures of $5 billion to $6 billion in 2026.";
        var fs = Facts(t, new Ents(t).Org("tamarind", "Tamarind Cloud").Org("lumen", "Lumen Labs").Org("orbit", "Orbit Media").Announcer("lumen"));
        Assert.True(Of(fs, 5_000_000_000) is { Kind: CapexKind.Commitment, CompanyId: "lumen" }, Show(fs));
    }

    [Fact]
    public void An_organisation_with_its_listing_in_brackets_heads_the_apposition()
    {
        const string t = "FRANKFURT -- Lumen Labs, Inc. (Nasdaq: LUML), the global digital infrastructure company, today announced a €2 billion investment programme over the next three years.";
        var fs = Facts(t, new Ents(t).Org("lumen", "Lumen Labs, Inc.").Announcer("lumen"));
        Assert.True(Of(fs, 2_000_000_000) is { Kind: CapexKind.Commitment, CompanyId: "lumen", PeriodYears: 3 }, Show(fs));
    }

    [Theory]
    [InlineData("Tamarind Cloud will spend $9 billion this year. Capital spending in the quarter alone was $2.5 billion.")]
    [InlineData("Tamarind Cloud will spend $9 billion this year. In 2025 the company completed capital expenditure of $2.5 billion.")]
    public void Money_reported_as_spent_is_no_commitment(string t)
    {
        var fs = Facts(t, new Ents(t).Org("tamarind", "Tamarind Cloud").Announcer("tamarind"));
        Assert.True(Of(fs, 2_500_000_000) is null && Of(fs, 9_000_000_000) is not null, Show(fs));
    }

    [Fact]
    public void A_budget_stated_with_a_past_copula_is_still_a_plan()
    {
        const string t = "Tamarind Cloud said its capital budget for 2026 was $9 billion.";
        var fs = Facts(t, new Ents(t).Org("tamarind", "Tamarind Cloud").Announcer("tamarind"));
        Assert.True(Of(fs, 9_000_000_000) is { Kind: CapexKind.Commitment, CompanyId: "tamarind" }, Show(fs));
    }

    [Fact]
    public void The_research_part_of_an_investment_pledge_is_a_part()
    {
        const string t = "Tamarind Cloud will spend about $80 billion on plants and research over the next ten years, including $20 billion for research and development and roughly $40 billion for a new fab.";
        var fs = Facts(t, new Ents(t).Org("tamarind", "Tamarind Cloud").Announcer("tamarind"));
        Assert.True(Of(fs, 20_000_000_000) is { Kind: CapexKind.Commitment, CompanyId: "tamarind", PeriodYears: 10 }, Show(fs));
        Assert.True(Of(fs, 40_000_000_000) is { Kind: CapexKind.Commitment, CompanyId: "tamarind", PeriodYears: 10 }, Show(fs));
    }

    [Fact]
    public void Research_spending_on_its_own_is_no_capex()
    {
        const string t = "Tamarind Cloud will spend $20 billion on research and development next year.";
        var fs = Facts(t, new Ents(t).Org("tamarind", "Tamarind Cloud").Announcer("tamarind"));
        Assert.True(Of(fs, 20_000_000_000) is null, Show(fs));
    }

    [Fact]
    public void A_gapped_part_shares_the_verb_of_the_part_before_it()
    {
        const string t = "Tamarind Cloud plans to invest €1.2 billion over three years. As part of it, €400 million goes to a new plant in Austin, Texas, and about €150 million to a blade line in Turin.";
        var fs = Facts(t, new Ents(t).Org("tamarind", "Tamarind Cloud").Announcer("tamarind"));
        Assert.True(Of(fs, 150_000_000) is { Kind: CapexKind.Commitment, CompanyId: "tamarind", PeriodYears: 3 }, Show(fs));
    }

    [Fact]
    public void Up_on_an_earlier_figure_makes_it_a_prior_target_without_a_period()
    {
        const string t = "Tamarind Cloud said it had raised the budget for its second fab to $8 billion, up on the $6 billion earmarked when the project was approved in 2024.";
        var fs = Facts(t, new Ents(t).Org("tamarind", "Tamarind Cloud").Announcer("tamarind"));
        Assert.True(Of(fs, 6_000_000_000) is { Kind: CapexKind.PriorTarget, CompanyId: "tamarind", PeriodYears: null }, Show(fs));
    }

    [Fact]
    public void A_riyal_amount_written_SR_is_the_fact_and_its_dollar_equivalent_is_stated()
    {
        const string t = "Tamarind Cloud will invest SR15 billion ($4 billion) over five years in data centres.";
        var fs = Facts(t, new Ents(t).Org("tamarind", "Tamarind Cloud").Announcer("tamarind"));
        Assert.True(fs.Count == 1 && fs[0] is { Kind: CapexKind.Commitment, UsdStated: true } && fs[0].Amount.CurrencyCode == "SAR" && fs[0].Amount.Value == 15_000_000_000, Show(fs));
    }
}
