using CapexRadar.Capex.Extraction;
using CapexRadar.Domain;

namespace CapexRadar.Capex.Tests;

/// <summary>
/// Frames of buying capacity and equipment and of the cost of a plan's stage (issue 10, ninth session): an agreement whose
/// buyer a relative clause names, an agreement signed with a supplier for equipment, the value of GPUs bought ("worth"), a
/// company's share of a project, a stage "costing" an amount, a part "including roughly" an amount for research. Sentences
/// written for these tests.
/// </summary>
public sealed class DealAndStageFrameTests
{
    private static readonly DateTimeOffset Published = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly CapexExtractor _x = new();

    private IReadOnlyList<CapexFact> Facts(string text) =>
        _x.Extract(text, new Ents(text).Org("quillon", "Quillon Networks", "Quillon Networks", "Quillon")
                                       .Org("vantor", "Vantor Cloud", "Vantor Cloud", "Vantor")
                                       .Org("halberd", "Halberd Power", "Halberd Power", "Halberd").Announcer("vantor"), Published).Facts;

    private static string Show(IReadOnlyList<CapexFact> fs) =>
        string.Join(" | ", fs.Select(f => $"{f.Kind} {f.CompanyId} {f.Amount} p={f.PeriodYears}"));

    private static CapexFact? Of(IReadOnlyList<CapexFact> fs, decimal value) => fs.FirstOrDefault(f => f.Amount.Value == value);

    [Theory]
    [InlineData("Vantor Cloud lifted its outlook after signing a five-year, $4 billion agreement under which Quillon Networks will buy GPU capacity from the company.")]
    [InlineData("The deal follows a five-year, $4 billion agreement that Quillon Networks signed with Vantor Cloud last year for capacity at its campus in Texas.")]
    public void An_agreement_to_buy_capacity_is_the_commitment_of_the_buyer_its_relative_clause_names(string t)
    {
        var fs = Facts(t);
        Assert.True(Of(fs, 4_000_000_000) is { Kind: CapexKind.Commitment, CompanyId: "quillon", PeriodYears: 5 }, Show(fs));
    }

    [Fact]
    public void An_agreement_signed_with_a_supplier_for_equipment_is_the_signers_commitment()
    {
        const string t = "Halberd Power has also signed a $900 million agreement with Vantor Cloud for steam turbines and generators to be delivered over three years.";
        var fs = Facts(t);
        Assert.True(Of(fs, 900_000_000) is { Kind: CapexKind.Commitment, CompanyId: "halberd" }, Show(fs));
    }

    [Fact]
    public void An_agreement_that_buys_nothing_is_no_spending()
    {
        const string t = "Halberd Power has signed a $900 million agreement with Vantor Cloud to market its software in Europe.";
        var fs = Facts(t);
        Assert.True(fs.Count == 0, Show(fs));
    }

    [Fact]
    public void The_value_of_GPUs_bought_is_the_buyers_commitment()
    {
        const string t = "Quillon Networks for its part has agreed to buy roughly 50,000 Nvidia GPUs for the site, worth around $2 billion.";
        var fs = Facts(t);
        Assert.True(Of(fs, 2_000_000_000) is { Kind: CapexKind.Commitment, CompanyId: "quillon" }, Show(fs));
    }

    [Fact]
    public void The_value_of_GPUs_already_bought_is_not_a_plan()
    {
        const string t = "Quillon Networks bought roughly 50,000 Nvidia GPUs last year, worth around $2 billion.";
        var fs = Facts(t);
        Assert.True(fs.Count == 0, Show(fs));
    }

    [Fact]
    public void A_companys_share_of_a_project_is_spending_not_equity()
    {
        const string t = "Halberd Power said it would invest at least NOK 8 billion in its share of the second phase of the Narvik site.";
        var fs = Facts(t);
        Assert.True(fs.Count == 1 && fs[0] is { Kind: CapexKind.Commitment, CompanyId: "halberd" }, Show(fs));
    }

    [Fact]
    public void A_share_of_a_company_is_still_a_stake()
    {
        const string t = "Halberd Power said it would invest NOK 8 billion in its share of Vantor Cloud.";
        var fs = Facts(t);
        Assert.True(fs.Count == 0, Show(fs));
    }

    [Theory]
    [InlineData("Quillon Networks plans to invest R$9 billion by 2030 to build a campus in Ceará. The first 100-megawatt phase, costing about R$2.5 billion and powered by wind farms, is expected to open in 2028.")]
    [InlineData("Quillon Networks plans to invest R$9 billion by 2030 to build a campus in Ceará. Its first stage, which will cost R$2.5 billion, is expected to open in 2028.")]
    public void The_cost_of_a_stage_of_the_plan_is_a_part_of_it(string t)
    {
        var fs = Facts(t);
        Assert.True(Of(fs, 2_500_000_000) is { Kind: CapexKind.Commitment, CompanyId: "quillon" }, Show(fs));
    }

    [Fact]
    public void A_part_including_roughly_an_amount_for_research_counts()
    {
        const string t = "Quillon Networks reiterated its plan to invest about $90 billion in manufacturing and research in the United States, including roughly $20 billion for research and development.";
        var fs = Facts(t);
        Assert.True(Of(fs, 20_000_000_000) is { Kind: CapexKind.Commitment, CompanyId: "quillon" }, Show(fs));
    }
}
