using CapexRadar.Capex.Extraction;
using CapexRadar.Domain;

namespace CapexRadar.Capex.Tests;

/// <summary>
/// The language of agency copy (issue 10, real agency sentences): money that is not capex in their usual frames, and
/// spenders named in their usual ways. Sentences written for these tests.
/// </summary>
public sealed class AgencyLanguageTests
{
    private static readonly DateTimeOffset Published = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly CapexExtractor _x = new();

    private IReadOnlyList<CapexFact> Facts(string text, EntitySet e) => _x.Extract(text, e, Published).Facts;

    private static string Show(IReadOnlyList<CapexFact> fs) =>
        string.Join(" | ", fs.Select(f => $"{f.Kind} {f.CompanyId} {f.Amount} p={f.PeriodYears} q={f.Qualifier}"));

    [Theory]
    [InlineData("The total investment in the company will be EUR 60m, of which Korpela 's share will be EUR 30m.")]
    [InlineData("Korpela said its investment in the venture would reach EUR 40 million.")]
    public void Money_put_into_a_company_named_by_a_noun_is_a_stake(string t)
    {
        var fs = Facts(t, new Ents(t).Org("korpela", "Korpela"));
        Assert.True(fs.Count == 0, Show(fs));
    }

    [Theory]
    [InlineData("Korpela said today it will invest EUR22 .5 m in the construction of a second office building.", 22_500_000)]
    [InlineData("Korpela will invest EUR 1 .2 billion in a new mill.", 1_200_000_000)]
    public void A_decimal_point_split_off_by_tokenisation_is_read(string t, long value)
    {
        var fs = Facts(t, new Ents(t).Org("korpela", "Korpela"));
        Assert.True(fs.Count == 1 && fs[0] is { Kind: CapexKind.Commitment, CompanyId: "korpela" } && fs[0].Amount.Value == value, Show(fs));
    }

    [Fact]
    public void A_commitment_already_made_is_no_new_commitment()
    {
        const string t = "Korpela said that it had already made a USD 5 mn investment commitment in a Baltic fund in July 2005.";
        var fs = Facts(t, new Ents(t).Org("korpela", "Korpela"));
        Assert.True(fs.Count == 0, Show(fs));
    }

    [Fact]
    public void An_unknown_possessor_of_an_investment_owns_it()
    {
        const string t = "The store will have 8,000 square metres and Korpela 's investment in the project will have a price tag of about EUR 12 million.";
        var fs = Facts(t, new Ents(t).Org("korpela", "Korpela"));
        Assert.True(fs.Count == 1 && fs[0] is { Kind: CapexKind.Commitment, CompanyId: "korpela" }, Show(fs));
    }
}
