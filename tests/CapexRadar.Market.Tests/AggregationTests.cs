using CapexRadar.Domain;
using CapexRadar.Market.Extraction;

namespace CapexRadar.Market.Tests;

public class AggregationTests
{
    private static readonly DateTimeOffset T0 = new(2025, 3, 1, 0, 0, 0, TimeSpan.Zero);

    private static AnnouncedMove M(string ann, int day, string? announcer, string? company, double pct, MoveDirection dir,
        MoveRelation rel, MoveQualifier q = MoveQualifier.Unspecified, string? index = null) =>
        new(new AnnouncementInfo(ann, T0.AddDays(day), announcer),
            new MarketMove(company, company is null ? null : company.ToUpperInvariant(), index, pct, dir, q, null, rel, default));

    private static readonly AnnouncedMove[] Moves =
    [
        M("a1", 0, "amazon", "amazon", 4, MoveDirection.Up, MoveRelation.Self, MoveQualifier.UpTo),
        M("a1", 0, "amazon", "amazon", 2.5, MoveDirection.Up, MoveRelation.Self, MoveQualifier.Close),
        M("a1", 0, "amazon", "coherent", 9, MoveDirection.Up, MoveRelation.Supplier),
        M("a1", 0, "amazon", "eaton", 3, MoveDirection.Up, MoveRelation.Supplier, MoveQualifier.UpTo),
        M("a1", 0, "amazon", "eaton", 2, MoveDirection.Up, MoveRelation.Supplier, MoveQualifier.Close),
        M("a1", 0, "amazon", null, 1, MoveDirection.Up, MoveRelation.Index, index: "Nasdaq Composite"),
        M("a2", 10, "amazon", "coherent", 3, MoveDirection.Down, MoveRelation.Supplier),
        M("a2", 10, "amazon", "alphabet", 1, MoveDirection.Down, MoveRelation.Peer),
        M("a3", 20, "micron", "applied-materials", 12, MoveDirection.Down, MoveRelation.Supplier),
    ];

    [Fact]
    public void Rank_largest_first_one_row_per_mover_and_announcement()
    {
        var ranked = MarketMovers.Rank(Moves, null, null);
        Assert.Equal(
            ["a3/applied-materials/12", "a1/coherent/9", "a1/amazon/4", "a2/coherent/3", "a1/eaton/3", "a2/alphabet/1", "a1//1"],
            ranked.Select(r => $"{r.Announcement.AnnouncementId}/{r.Move.CompanyId}/{r.Move.ChangePct}").ToArray());
    }

    [Fact]
    public void Rank_filters_window_and_relation_and_limits()
    {
        var ranked = MarketMovers.Rank(Moves, T0, T0.AddDays(15), MoveRelation.Supplier, limit: 2);
        Assert.Equal(["coherent/9", "coherent/3"], ranked.Select(r => $"{r.Move.CompanyId}/{r.Move.ChangePct}").ToArray());
        Assert.Empty(MarketMovers.Rank(Moves, T0.AddDays(30), null));
        Assert.Equal(6, MarketMovers.Rank(Moves, null, null, MoveRelation.Unspecified, limit: 6).Count);
    }

    [Fact]
    public void Spillover_for_an_announcer()
    {
        var result = Spillover.Compute("amazon", Moves);
        Assert.Equal(2, result.Announcements);
        Assert.Equal(
            ["coherent/Supplier/2/3", "eaton/Supplier/1/2", "alphabet/Peer/1/-1"],
            result.Entries.Select(e => $"{e.CompanyId}/{e.Relation}/{e.Moves}/{e.MeanChangePct}").ToArray());
    }

    [Fact]
    public void Spillover_unknown_company_is_empty()
    {
        var result = Spillover.Compute("nobody", Moves);
        Assert.Equal(0, result.Announcements);
        Assert.Empty(result.Entries);
    }
}
