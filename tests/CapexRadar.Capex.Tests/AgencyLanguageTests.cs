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
}
