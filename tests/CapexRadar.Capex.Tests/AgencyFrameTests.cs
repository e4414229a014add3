using CapexRadar.Capex.Extraction;
using CapexRadar.Domain;

namespace CapexRadar.Capex.Tests;

/// <summary>
/// Frames of agency and wire copy (issue 10): a figure confirmed "as earlier announced", the giver of an investment set
/// off by commas, a named group's joint figure, a brand spending a slice of its parent's plan. Sentences written for these tests.
/// </summary>
public sealed class AgencyFrameTests
{
    private static readonly DateTimeOffset Published = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly CapexExtractor _x = new();

    private static string Show(IReadOnlyList<CapexFact> fs) =>
        string.Join(" | ", fs.Select(f => $"{f.Kind} {f.CompanyId} {f.Amount} scope={f.Scope}"));

    private IReadOnlyList<CapexFact> Facts(string t, EntitySet e) => _x.Extract(t, e, Published).Facts;

    [Theory]
    [InlineData("Korpela expects its annual capital expenditure to be EUR 300 million , as earlier announced .")]
    [InlineData("Korpela will invest EUR 300 million in two mills, as previously guided.")]
    public void A_figure_confirmed_as_earlier_announced_is_a_commitment(string t)
    {
        var fs = Facts(t, new Ents(t).Org("korpela", "Korpela"));
        Assert.True(fs.Count == 1 && fs[0] is { Kind: CapexKind.Commitment, CompanyId: "korpela" }, Show(fs));
    }

    [Fact]
    public void A_figure_said_to_replace_an_earlier_one_is_still_a_prior_target()
    {
        const string t = "Korpela will invest EUR 400 million, up from EUR 300 million previously.";
        var fs = Facts(t, new Ents(t).Org("korpela", "Korpela"));
        Assert.Contains(fs, f => f is { Kind: CapexKind.PriorTarget, Amount.Value: 300_000_000m });
    }

    [Fact]
    public void The_giver_of_an_investment_set_off_by_commas_spends_not_its_partner()
    {
        const string t = "Under its supply deal with Halla , Korpela will provide an up-front investment , up to $ 40 million , to cover the cost of a new kiln .";
        var fs = Facts(t, new Ents(t).Org("korpela", "Korpela").Org("halla", "Halla"));
        Assert.True(fs.Count == 1 && fs[0].CompanyId == "korpela", Show(fs));
    }

    [Fact]
    public void An_investment_received_set_off_by_commas_is_no_capex_of_either()
    {
        const string t = "Under the supply deal with Halla , Korpela will receive an up-front investment , up to $ 40 million , to cover the cost of a new kiln .";
        var fs = Facts(t, new Ents(t).Org("korpela", "Korpela").Org("halla", "Halla"));
        Assert.True(fs.Count == 0, Show(fs));
    }

    [Fact]
    public void Together_they_after_a_named_pair_is_a_group_forecast()
    {
        const string t = "Two suppliers of Korpela , Halla Oyj and Vesta , plan plants at the site . Together , they will invest EUR 50 million .";
        var fs = Facts(t, new Ents(t).Org("korpela", "Korpela").Org("halla", "Halla Oyj").Org("vesta", "Vesta"));
        Assert.True(fs.Count == 1 && fs[0] is { Kind: CapexKind.Forecast, CompanyId: null }, Show(fs));
    }

    [Fact]
    public void A_name_no_list_knows_spending_a_slice_of_a_known_companys_plan_is_its_unit()
    {
        const string t = "Korpela will set aside EUR 900 million next year for Nordvault, the data-centre business it launched in May. "
                         + "Nordvault will put EUR 300 million of that into its first campus near Oulu.";
        var known = new OrganizationEntity("korpela", "Korpela", [], "FI", [], CapexRadar.TestSupport.Mentions.Find(t, ["Korpela"]), true);
        var unit = new OrganizationEntity("x-nordvault", "Nordvault", [], null, [], CapexRadar.TestSupport.Mentions.Find(t, ["Nordvault"]), false);
        var fs = Facts(t, new EntitySet([known, unit], [], [], "korpela"));
        Assert.True(fs.Count == 2 && fs.All(f => f.CompanyId == "korpela"), Show(fs));
    }

    [Theory]
    [InlineData("Korpela reported capital spending of EUR 600 million across its three mills last year .")]
    [InlineData("Managing director Aino Halla says the company 's investments in the upgrade of its mills surpass EUR 90 million in the past years .")]
    [InlineData("Korpela 's capital expenditure totalled EUR 600 million in 2024 .")]
    public void A_spending_noun_measured_over_a_past_period_is_realised_not_a_commitment(string t)
    {
        var fs = Facts(t, new Ents(t).Org("korpela", "Korpela").Person("Aino Halla", "managing director", "korpela"));
        Assert.True(fs.Count == 0, Show(fs));
    }

    [Theory]
    [InlineData("Korpela announced an investment of EUR 600 million last year in three mills over five years , and the plan is on track .")]
    [InlineData("Korpela expects capital spending of EUR 600 million next year , after last year's slowdown .")]
    public void A_plan_stated_with_a_past_date_nearby_stays_a_commitment(string t)
    {
        var fs = Facts(t, new Ents(t).Org("korpela", "Korpela"));
        Assert.True(fs.Count == 1 && fs[0] is { Kind: CapexKind.Commitment, CompanyId: "korpela" }, Show(fs));
    }
}
