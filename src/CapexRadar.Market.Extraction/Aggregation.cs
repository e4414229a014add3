using CapexRadar.Domain;

namespace CapexRadar.Market.Extraction;

/// <summary>The announcement a move was reported in.</summary>
/// <param name="AnnouncerId">Company id of the announcer (<see cref="EntitySet.AnnouncerId"/>), if any.</param>
/// <param name="EventId">The event the announcement belongs to (rewrites of one announcement share it), if clustered.</param>
public sealed record AnnouncementInfo(string AnnouncementId, DateTimeOffset PublishedAt, string? AnnouncerId, string? AnnouncerName = null, string? Title = null,
    string? EventId = null)
{
    /// <summary>What aggregates count: the event, or the announcement itself when it is not clustered (yet).</summary>
    public string EventKey => EventId ?? AnnouncementId;
}

/// <summary>A move together with the announcement that triggered it.</summary>
public sealed record AnnouncedMove(AnnouncementInfo Announcement, MarketMove Move)
{
    /// <summary>Signed change in percent: down moves are negative.</summary>
    public double SignedChangePct => Move.Direction == MoveDirection.Down ? -Move.ChangePct : Move.ChangePct;
}

/// <summary>Largest moves in a time window, with the announcement that triggered them.</summary>
public static class MarketMovers
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    /// <summary>
    /// Moves of announcements published in [<paramref name="since"/>, <paramref name="until"/>) (either bound may be
    /// null), optionally of one relation, largest absolute change first (newer first on ties). A mover that is
    /// reported several times in one event (intraday peak and close; rewrites of one announcement) appears once, with its largest move.
    /// </summary>
    /// <param name="relation">Null or <see cref="MoveRelation.Unspecified"/>: all relations.</param>
    /// <param name="limit">At most <see cref="MaxLimit"/>; <see cref="DefaultLimit"/> when zero or negative.</param>
    /// <param name="skip">Ranks skipped before the first returned (paging).</param>
    public static IReadOnlyList<AnnouncedMove> Rank(
        IEnumerable<AnnouncedMove> moves,
        DateTimeOffset? since,
        DateTimeOffset? until,
        MoveRelation? relation = null,
        int limit = DefaultLimit,
        int skip = 0)
    {
        ArgumentNullException.ThrowIfNull(moves);
        if (limit <= 0) limit = DefaultLimit;
        limit = Math.Min(limit, MaxLimit);
        var filtered = moves.Where(m =>
            m is not null
            && (since is null || m.Announcement.PublishedAt >= since)
            && (until is null || m.Announcement.PublishedAt < until)
            && (relation is null or MoveRelation.Unspecified || m.Move.Relation == relation));
        return filtered
            .GroupBy(m => (m.Announcement.EventKey, MoverKey(m.Move)))
            .Select(g => g.OrderByDescending(m => m.Move.ChangePct).ThenBy(m => m.Announcement.PublishedAt).First())
            .OrderByDescending(m => m.Move.ChangePct)
            .ThenByDescending(m => m.Announcement.PublishedAt)
            .ThenBy(m => m.Announcement.AnnouncementId, StringComparer.Ordinal)
            .ThenBy(m => MoverKey(m.Move), StringComparer.Ordinal)
            .Skip(Math.Max(0, skip))
            .Take(limit)
            .ToList();
    }

    /// <summary>Company id, else company name, else index name (case-insensitive key).</summary>
    public static string MoverKey(MarketMove move) =>
        (move.CompanyId ?? move.CompanyName ?? (move.IndexName is null ? "" : "index:" + move.IndexName)).ToLowerInvariant();
}

/// <summary>One company that moved on a company's announcements.</summary>
/// <param name="Moves">Number of the announcer's announcements on which this company moved.</param>
/// <param name="MeanChangePct">Mean signed change in percent (down moves negative), one move per announcement.</param>
public sealed record SpilloverEntry(string CompanyId, string? CompanyName, MoveRelation Relation, int Moves, double MeanChangePct);

/// <param name="Announcements">Events (announcements, rewrites counted once) by the company that reported any move.</param>
public sealed record SpilloverResult(string CompanyId, int Announcements, IReadOnlyList<SpilloverEntry> Entries);

/// <summary>For announcements by one company: which other companies moved, and by how much on average.</summary>
public static class Spillover
{
    /// <summary>
    /// Considers the announcements whose announcer is <paramref name="announcerCompanyId"/> (matched on id,
    /// case-insensitively). Per announcement each other company counts once, with its representative move: the
    /// closing move if reported, else an unqualified one, else the intraday peak. Index moves and the announcer's own
    /// moves are left out. Entries are ordered by number of moves, then by absolute mean change.
    /// </summary>
    public static SpilloverResult Compute(string announcerCompanyId, IEnumerable<AnnouncedMove> moves)
    {
        ArgumentNullException.ThrowIfNull(announcerCompanyId);
        ArgumentNullException.ThrowIfNull(moves);
        var mine = moves.Where(m => m is not null
                && string.Equals(m.Announcement.AnnouncerId, announcerCompanyId, StringComparison.OrdinalIgnoreCase))
            .ToList();
        var announcements = mine.Select(m => m.Announcement.EventKey).Distinct(StringComparer.Ordinal).Count();
        var perAnnouncement = mine
            .Where(m => m.Move.IndexName is null && m.Move.Relation != MoveRelation.Self
                && (m.Move.CompanyId ?? m.Move.CompanyName) is not null
                && !string.Equals(m.Move.CompanyId, announcerCompanyId, StringComparison.OrdinalIgnoreCase))
            .GroupBy(m => (m.Announcement.EventKey, Key: MarketMovers.MoverKey(m.Move)))
            .Select(g => g.OrderBy(m => Preference(m.Move.Qualifier)).First());
        var entries = perAnnouncement
            .GroupBy(m => MarketMovers.MoverKey(m.Move))
            .Select(g =>
            {
                var first = g.First().Move;
                var relation = g.GroupBy(m => m.Move.Relation).OrderByDescending(r => r.Count()).ThenBy(r => r.Key).First().Key;
                return new SpilloverEntry(
                    first.CompanyId ?? first.CompanyName!,
                    first.CompanyName,
                    relation,
                    g.Count(),
                    Math.Round(g.Average(m => m.SignedChangePct), 4));
            })
            .OrderByDescending(e => e.Moves)
            .ThenByDescending(e => Math.Abs(e.MeanChangePct))
            .ThenBy(e => e.CompanyId, StringComparer.Ordinal)
            .ToList();
        return new SpilloverResult(announcerCompanyId, announcements, entries);
    }

    private static int Preference(MoveQualifier q) => q switch
    {
        MoveQualifier.Close => 0,
        MoveQualifier.Unspecified => 1,
        _ => 2,
    };
}
