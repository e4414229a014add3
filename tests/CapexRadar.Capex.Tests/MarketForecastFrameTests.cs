using CapexRadar.Capex.Extraction;
using CapexRadar.Domain;

namespace CapexRadar.Capex.Tests;

/// <summary>
/// Forecasts in reported clauses (issue 10): a market's spending projected by whoever speaks, and a figure projected for
/// a named set of companies — never the commitment of the company named nearby. Sentences written for these tests.
/// </summary>
public sealed class MarketForecastFrameTests
{
    private static readonly DateTimeOffset Published = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly CapexExtractor _x = new();

    private static string Show(IReadOnlyList<CapexFact> fs) =>
        string.Join(" | ", fs.Select(f => $"{f.Kind} {f.CompanyId} {f.Amount} scope={f.Scope}"));

    private IReadOnlyList<CapexFact> Facts(string t, EntitySet e) => _x.Extract(t, e, Published).Facts;

    [Theory]
    [InlineData("Halden chief executive Mara Lind said spending on AI data centres in the kingdom could exceed $30 billion by 2030.")]
    [InlineData("Mara Lind of Halden said Norway's spending on grid equipment would hold at around $12 billion this year.")]
    [InlineData("Halden expects data-centre investment in Norway to reach about $9 billion a year by 2028.")]
    [InlineData("Halden's Mara Lind said that investment in cloud capacity across the region will likely top $20 billion.")]
    public void A_markets_spending_in_a_reported_clause_is_a_forecast(string t)
    {
        var fs = Facts(t, new Ents(t).Org("halden", "Halden", "NO", ["datacenter"]).Person("Mara Lind", "chief executive", "halden").Place("Norway", "NO"));
        Assert.True(fs.Count == 1 && fs[0] is { Kind: CapexKind.Forecast, CompanyId: null }, Show(fs));
    }

    [Theory]
    [InlineData("Halden said its spending on data centres in Norway would exceed $3 billion this year.")]
    [InlineData("Halden said spending on the Oslo campus would reach $3 billion.")]
    [InlineData("Halden said capital spending would reach $3 billion this year.")]
    [InlineData("Halden said the company's investment in Norway would exceed $3 billion.")]
    public void A_companys_own_spending_stays_its_commitment(string t)
    {
        var fs = Facts(t, new Ents(t).Org("halden", "Halden", "NO", ["datacenter"]).Place("Norway", "NO").Place("Oslo", "NO", LocationKind.City));
        Assert.True(fs.Count == 1 && fs[0] is { Kind: CapexKind.Commitment, CompanyId: "halden" }, Show(fs));
    }

    [Theory]
    [InlineData("We now model combined 2027 capex of about $500 billion for Northwind, Contoso, Fabrikam and Tailspin.")]
    [InlineData("Analysts see a combined $300 billion of capital spending for Northwind and Contoso next year.")]
    public void A_figure_projected_for_a_named_set_of_companies_is_a_peer_forecast(string t)
    {
        var fs = Facts(t, new Ents(t).Org("northwind", "Northwind").Org("contoso", "Contoso").Org("fabrikam", "Fabrikam").Org("tailspin", "Tailspin"));
        Assert.True(fs.Count == 1 && fs[0] is { Kind: CapexKind.Forecast, CompanyId: null } && fs[0].Scope.StartsWith("peer:Northwind", StringComparison.Ordinal), Show(fs));
    }

    [Fact]
    public void A_company_spending_for_its_customers_is_still_its_commitment()
    {
        const string t = "Northwind will spend $5 billion on new data halls for Contoso and Fabrikam.";
        var fs = Facts(t, new Ents(t).Org("northwind", "Northwind").Org("contoso", "Contoso").Org("fabrikam", "Fabrikam"));
        Assert.True(fs.Count == 1 && fs[0] is { Kind: CapexKind.Commitment, CompanyId: "northwind" }, Show(fs));
    }
}
