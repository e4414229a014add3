using CapexRadar.Capex.Extraction;
using CapexRadar.Domain;

namespace CapexRadar.Capex.Tests;

/// <summary>Error classes seen on unseen stories: forecasters, stakes, past spending, orders won. Sentences written for these tests.</summary>
public sealed class ErrorClassTests
{
    private static readonly DateTimeOffset Published = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly CapexExtractor _x = new();

    private IReadOnlyList<CapexFact> Facts(string text, EntitySet e) => _x.Extract(text, e, Published).Facts;

    private static string Show(IReadOnlyList<CapexFact> fs) => string.Join(" | ", fs.Select(f => $"{f.Kind} {f.CompanyId} {f.Amount} {f.Scope} {f.Speaker}"));

    [Theory]
    [InlineData("Quorra Insights expects spending on AI accelerators to reach $300 billion in 2028.")]
    [InlineData("Quorra Insights said it expects AI infrastructure investment to climb to $250 billion by 2029.")]
    [InlineData("According to Quorra Insights, hyperscaler capex will top $450 billion next year.")]
    [InlineData("Data centre spending is set to hit $900 billion in 2030, research firm Quorra Insights estimates.")]
    public void A_research_firm_projection_is_a_forecast(string t)
    {
        var e = new Ents(t).Org("quorra", "Quorra Insights", "US", []).Org("nimbus", "Nimbus Corp.").Announcer("nimbus");
        var fs = Facts(t, e);
        Assert.True(fs.Count == 1 && fs[0].Kind == CapexKind.Forecast && fs[0].CompanyId is null, Show(fs));
    }

    [Fact]
    public void A_broker_projection_is_a_forecast()
    {
        const string t = "Halden Securities expects spending on AI data centres to reach $2 trillion through 2028.";
        var e = new Ents(t).Org("halden", "Halden Securities", "US", ["bank", "broker"]).Org("nimbus", "Nimbus Corp.").Announcer("nimbus");
        var fs = Facts(t, e);
        Assert.True(fs.Count == 1 && fs[0].Kind == CapexKind.Forecast, Show(fs));
    }

    [Fact]
    public void A_company_plan_reported_by_analysts_stays_a_commitment()
    {
        const string t = "Nimbus Corp. will spend about $12 billion on data centres this year, according to analysts at Quorra Insights.";
        var e = new Ents(t).Org("nimbus", "Nimbus Corp.").Org("quorra", "Quorra Insights", "US", []);
        var fs = Facts(t, e);
        Assert.True(fs.Count == 1 && fs[0].Kind == CapexKind.Commitment && fs[0].CompanyId == "nimbus", Show(fs));
    }

    [Theory]
    [InlineData("Nimbus Corp. will invest up to $5 billion and $10 billion in Zephyr AI and Orbit Labs respectively.")]
    [InlineData("Nimbus Corp. took a $2 billion stake in Zephyr AI.")]
    [InlineData("Nimbus Corp. led a $3 billion funding round in Zephyr AI.")]
    [InlineData("Nimbus Corp. plans to invest $4 billion in Zephyr AI as part of its partnership.")]
    public void Money_put_into_another_company_is_not_capex(string t)
    {
        var e = new Ents(t).Org("nimbus", "Nimbus Corp.").Org("zephyr", "Zephyr AI").Org("orbit", "Orbit Labs");
        var fs = Facts(t, e);
        Assert.True(fs.Count == 0, Show(fs));
    }

    [Theory]
    [InlineData("Nimbus Corp. has already spent $7.3 billion on its AI clusters.")]
    [InlineData("Nimbus Corp. has spent $9 billion on data centres since 2023.")]
    [InlineData("Nimbus Corp. invested $4 billion in new chip lines last year.")]
    [InlineData("Nimbus Corp. has invested more than $20 billion in its cloud network to date.")]
    public void Past_spending_is_not_a_commitment(string t)
    {
        var fs = Facts(t, new Ents(t).Org("nimbus", "Nimbus Corp."));
        Assert.True(fs.Count == 0, Show(fs));
    }

    [Theory]
    [InlineData("Kestrel Grid won a $600 million order from Nimbus Corp. for transformers.")]
    [InlineData("Kestrel Grid signed a $750 million deal to supply cooling systems to Nimbus Corp.")]
    [InlineData("Kestrel Grid landed a contract worth $400 million to supply switchgear for data centres.")]
    public void An_order_won_by_a_supplier_is_not_its_capex(string t)
    {
        var e = new Ents(t).Org("kestrel", "Kestrel Grid").Org("nimbus", "Nimbus Corp.").Announcer("kestrel");
        var fs = Facts(t, e);
        Assert.True(fs.Count == 0, Show(fs));
    }

    [Fact]
    public void Government_funding_to_a_company_is_not_its_capex()
    {
        const string t = "Ottawa will provide C$240 million to Zephyr AI to help build a data centre.";
        var fs = Facts(t, new Ents(t).Org("zephyr", "Zephyr AI"));
        Assert.True(fs.Count == 0, Show(fs));
    }

    [Fact]
    public void An_industry_figure_in_a_company_sentence_is_a_forecast()
    {
        const string t = "IT services firms' AI spending could reach $25 billion by 2027, Nimbus Corp. said.";
        var fs = Facts(t, new Ents(t).Org("nimbus", "Nimbus Corp."));
        Assert.True(fs.Count == 1 && fs[0].Kind == CapexKind.Forecast && fs[0].CompanyId is null, Show(fs));
    }
}
