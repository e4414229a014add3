using CapexRadar.Capex.Extraction;
using CapexRadar.Domain;

namespace CapexRadar.Capex.Tests;

/// <summary>
/// Who spends when the subject stands far from its verb, and a market of building projected (issue 10, ninth session): the
/// organisation opening a sentence before a long apposition that names its owners, the company of a speaker's role ("chief
/// executive of X, …, said the company would invest"), and "the … construction market will reach X". Sentences written for
/// these tests.
/// </summary>
public sealed class DistantSubjectTests
{
    private static readonly DateTimeOffset Published = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly CapexExtractor _x = new();

    private IReadOnlyList<CapexFact> Facts(string text, Func<Ents, Ents>? more = null)
    {
        var e = new Ents(text).Org("lumera", "Lumera Foundry", "Lumera Foundry", "Lumera")
                              .Org("quillon", "Quillon Networks", "Quillon Networks", "Quillon")
                              .Org("vantor", "Vantor Cloud", "Vantor Cloud", "Vantor")
                              .Person("Dana Whitfield", "Chief Executive", null);
        return _x.Extract(text, (more?.Invoke(e) ?? e).Announcer("quillon"), Published).Facts;
    }

    private static string Show(IReadOnlyList<CapexFact> fs) =>
        string.Join(" | ", fs.Select(f => $"{f.Kind} {f.CompanyId} {f.Amount}"));

    [Theory]
    [InlineData("LYON — Lumera Foundry, the chipmaking joint venture in which Quillon Networks holds 60% and Vantor Cloud holds the rest, will invest more than €4 billion in its plant.")]
    [InlineData("Lumera Foundry, a venture in which Quillon Networks holds 60%, plans to spend €4 billion on a second fab.")]
    public void The_organisation_before_a_long_apposition_is_the_spender(string t)
    {
        var fs = Facts(t);
        Assert.True(fs.Count == 1 && fs[0] is { Kind: CapexKind.Commitment, CompanyId: "lumera" }, Show(fs));
    }

    [Fact]
    public void An_apposition_without_a_determiner_is_not_read_as_one()
    {
        const string t = "Quillon Networks said on Monday that Vantor Cloud, Lumera Foundry and two banks will invest €4 billion in a new plant.";
        var fs = Facts(t);
        Assert.True(fs.All(f => f.CompanyId != "quillon"), Show(fs));
    }

    [Fact]
    public void The_company_of_a_speakers_role_is_the_spender()
    {
        const string t = "Quillon Networks will spend $3 billion on data centres. "
                         + "Dana Whitfield, chief executive of Vantor Cloud, a maker of cooling systems, said the company would invest $150 million to double output at its plant.";
        var fs = Facts(t);
        Assert.True(fs.Any(f => f is { CompanyId: "vantor", Amount.Value: 150_000_000 }), Show(fs));
    }

    [Fact]
    public void The_company_of_a_speakers_role_may_be_one_no_list_knows()
    {
        const string t = "Quillon Networks will spend $3 billion on data centres. "
                         + "Dana Whitfield, managing director of Harrow Thermal Systems, a maker of chillers, said the company would invest $150 million in a new plant.";
        var fs = Facts(t);
        Assert.True(fs.Any(f => f is { Amount.Value: 150_000_000, CompanyName: "Harrow Thermal Systems" }), Show(fs));
    }

    [Fact]
    public void The_group_a_speaker_of_a_unit_speaks_of_is_not_the_unit()
    {
        const string t = "Quillon Networks will spend $3 billion on data centres. "
                         + "Dana Whitfield, chairman of Vantor Cloud, said the group would also spend at least $150 million a year on edge sites.";
        var fs = Facts(t);
        Assert.True(fs.Any(f => f is { CompanyId: "quillon", Amount.Value: 150_000_000 }), Show(fs));
    }

    [Theory]
    [InlineData("Research firm Tallis projects that the domestic data-centre construction market will reach 900 billion yen a year by 2029.")]
    [InlineData("Research firm Tallis expects the country's digital infrastructure market to grow to 900 billion yen by 2029.")]
    public void A_market_of_building_projected_is_a_forecast(string t)
    {
        var fs = Facts(t);
        Assert.True(fs.Count == 1 && fs[0] is { Kind: CapexKind.Forecast, CompanyId: null }, Show(fs));
    }

    [Fact]
    public void A_market_of_selling_projected_is_no_capex()
    {
        const string t = "Quillon Networks said the serviceable market for its custom accelerators would reach $60 billion in 2028.";
        var fs = Facts(t);
        Assert.True(fs.Count == 0, Show(fs));
    }
}
