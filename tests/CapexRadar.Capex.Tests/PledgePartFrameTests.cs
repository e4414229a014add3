using CapexRadar.Capex.Extraction;
using CapexRadar.Domain;

namespace CapexRadar.Capex.Tests;

/// <summary>
/// A stated part of a pledge in the next sentence, opened by a noun for the whole ("Of this envelope, …", "The total
/// includes …", "The €2 billion includes …"): a commitment of the same owner and period (corpus README). Sentences written
/// for these tests.
/// </summary>
public sealed class PledgePartFrameTests
{
    private static readonly DateTimeOffset Published = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly CapexExtractor _x = new();

    private static string Show(IReadOnlyList<CapexFact> fs) =>
        string.Join(" | ", fs.Select(f => $"{f.Kind} {f.CompanyId} {f.Amount} p={f.PeriodYears}"));

    [Theory]
    [InlineData("Of this envelope, €700 million will pay for a grid connection.")]
    [InlineData("Of the sum, €700 million will pay for a grid connection.")]
    [InlineData("The total includes €700 million for a grid connection.")]
    [InlineData("The amount includes about €700 million for a grid connection.")]
    [InlineData("The €4 billion includes €700 million for a grid connection.")]
    [InlineData("Of the €4 billion, roughly €700 million will pay for a grid connection.")]
    public void A_part_named_after_the_pledge_is_a_commitment_of_its_owner(string second)
    {
        var t = "Norvik Data will invest €4 billion over four years in a campus near Lyon. " + second;
        var fs = _x.Extract(t, new Ents(t).Org("norvik", "Norvik Data"), Published).Facts;
        Assert.True(fs.Count == 2 && fs.All(f => f is { Kind: CapexKind.Commitment, CompanyId: "norvik", PeriodYears: 4 })
                    && fs.Any(f => f.Amount.Value == 700_000_000m), Show(fs));
    }

    [Fact]
    public void A_part_in_yen_after_a_whole_in_yen_is_a_part_not_a_conversion()
    {
        const string t = "Hokuto Chips expects to invest ¥3 trillion over five years. Of the ¥3 trillion, about ¥800 billion will go to a second fab.";
        var fs = _x.Extract(t, new Ents(t).Org("hokuto", "Hokuto Chips"), Published).Facts;
        Assert.True(fs.Count == 2 && fs.Any(f => f is { CompanyId: "hokuto", Amount.Value: 800_000_000_000m, Amount.CurrencyCode: "JPY", PeriodYears: 5 }), Show(fs));
    }

    [Fact]
    public void An_organisation_subject_that_includes_money_is_not_a_part()
    {
        const string t = "Norvik Data will invest €4 billion over four years in a campus near Lyon. Its rival Baltra includes €700 million of debt in its offer.";
        var fs = _x.Extract(t, new Ents(t).Org("norvik", "Norvik Data").Org("baltra", "Baltra"), Published).Facts;
        Assert.DoesNotContain(fs, f => f.Amount.Value == 700_000_000m);
    }
}
