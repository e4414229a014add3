using CapexRadar.Domain;
using CapexRadar.Market.Extraction;

namespace CapexRadar.Market.Tests;

/// <summary>Rewrites of one announcement (one event) count once in movers and spillover.</summary>
public class EventCountingTests
{
    private static readonly DateTimeOffset T0 = new(2025, 5, 1, 0, 0, 0, TimeSpan.Zero);

    private static AnnouncedMove M(string ann, string? eventId, int hour, string company, double pct, MoveRelation rel) =>
        new(new AnnouncementInfo(ann, T0.AddHours(hour), "harbor", EventId: eventId),
            new MarketMove(company, company.ToUpperInvariant(), null, pct, MoveDirection.Up, MoveQualifier.Unspecified, null, rel, default));

    private static readonly AnnouncedMove[] Moves =
    [
        M("wire", "ev-1", 0, "gearco", 6, MoveRelation.Supplier),
        M("brief", "ev-1", 2, "gearco", 6, MoveRelation.Supplier),
        M("release", "ev-1", 3, "gearco", 5.5, MoveRelation.Supplier),
        M("later", "ev-2", 200, "gearco", 2, MoveRelation.Supplier),
        M("unclustered", null, 300, "gearco", 1, MoveRelation.Supplier),
    ];

    [Fact]
    public void A_mover_appears_once_per_event()
    {
        var ranked = MarketMovers.Rank(Moves, null, null);
        Assert.Equal(3, ranked.Count); // ev-1 once (its largest move, first reported), ev-2, and the unclustered announcement
        Assert.Equal("wire", ranked[0].Announcement.AnnouncementId);
    }

    [Fact]
    public void Spillover_counts_events_not_rewrites()
    {
        var result = Spillover.Compute("harbor", Moves);
        Assert.Equal(3, result.Announcements);
        var gear = Assert.Single(result.Entries);
        Assert.Equal(3, gear.Moves);
    }
}
