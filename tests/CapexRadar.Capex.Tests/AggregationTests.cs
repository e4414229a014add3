using CapexRadar.Capex.Extraction;
using CapexRadar.Domain;

namespace CapexRadar.Capex.Tests;

public sealed class AggregationTests
{
    private static DatedCapexFact Fact(string company, CapexKind kind, decimal usd, int? years, string date, decimal? high = null, string? id = null, int at = 0) =>
        new(new CapexFact(kind, company, company.ToUpperInvariant(), new MoneyAmount("USD", usd), high is null ? null : new MoneyAmount("USD", high.Value),
                new MoneyAmount("USD", usd), true, years, null, high is null ? AmountQualifier.Exact : AmountQualifier.Range, string.Empty, [], null,
                new TextSpan(at, at + 10)),
            DateTimeOffset.Parse(date + "T00:00:00Z"), id ?? date);

    [Fact]
    public void Timeline_orders_by_date_puts_priors_first_and_compares_like_with_like()
    {
        var facts = new[]
        {
            Fact("acme", CapexKind.Commitment, 85e9m, 1, "2025-07-01", at: 0),
            Fact("acme", CapexKind.PriorTarget, 75e9m, 1, "2025-07-01", at: 40),
            Fact("acme", CapexKind.Commitment, 60e9m, 1, "2025-01-15"),
            Fact("acme", CapexKind.Commitment, 300e9m, 5, "2025-03-01"),
            Fact("other", CapexKind.Commitment, 10e9m, 1, "2025-02-01"),
            Fact("acme", CapexKind.Forecast, 1e12m, 1, "2025-02-01"),
        };
        var t = CapexTimeline.Build(facts, "acme");
        Assert.Equal([60e9m, 300e9m, 75e9m, 85e9m], t.Select(e => e.AmountUsd!.Value));
        Assert.Null(t[0].ChangeUsd);
        Assert.Null(t[1].ChangeUsd); // a five-year plan is not compared with an annual budget
        Assert.Equal(15e9m, t[2].ChangeUsd);
        Assert.Equal(10e9m, t[3].ChangeUsd);
        Assert.Equal(13.33, t[3].ChangePct!.Value, 2);
        Assert.Equal(60e9m, t[1].AnnualisedUsd);
    }

    [Fact]
    public void Timeline_collapses_restated_figures()
    {
        var facts = new[]
        {
            Fact("acme", CapexKind.Commitment, 80e9m, 1, "2025-01-04"),
            Fact("acme", CapexKind.Commitment, 80e9m, 1, "2025-01-28"),
        };
        var entry = Assert.Single(CapexTimeline.Build(facts));
        Assert.Equal(1, entry.Restatements);
    }

    [Fact]
    public void Leaderboard_ranks_latest_annualised_commitment_in_window()
    {
        var facts = new[]
        {
            Fact("acme", CapexKind.Commitment, 60e9m, 1, "2025-01-15"),
            Fact("acme", CapexKind.Commitment, 85e9m, 1, "2025-07-01"),
            Fact("bolt", CapexKind.Commitment, 300e9m, 5, "2025-03-01"),
            Fact("core", CapexKind.Commitment, 66e9m, 1, "2025-06-30", high: 72e9m),
            Fact("dyne", CapexKind.Commitment, 20e9m, null, "2025-05-01"),
            Fact("dyne", CapexKind.PriorTarget, 90e9m, 1, "2025-05-01"),
            Fact("late", CapexKind.Commitment, 500e9m, 1, "2026-01-01"),
        };
        var board = CapexLeaderboard.Rank(facts, DateTimeOffset.Parse("2025-01-01T00:00:00Z"), DateTimeOffset.Parse("2025-12-31T00:00:00Z"));
        Assert.Equal(["acme", "core", "bolt", "dyne"], board.Select(e => e.CompanyId));
        Assert.Equal(85e9m, board[0].AnnualisedUsd);
        Assert.Equal(69e9m, board[1].AnnualisedUsd); // midpoint of the range
        Assert.Equal(60e9m, board[2].AnnualisedUsd);
        Assert.False(board[3].PeriodKnown);
        Assert.Equal([1, 2, 3, 4], board.Select(e => e.Rank));
    }
}
