using System.Text.Json;
using CapexRadar.Events;
using CapexRadar.Ingestion.Api.Data;
using CapexRadar.ServiceHosting;
using Microsoft.EntityFrameworkCore;

namespace CapexRadar.Ingestion.Api.Events;

/// <summary>
/// Puts an analysed announcement into its event and writes the facts it added to the feed, in one transaction.
/// One announcement at a time (a process-wide gate: the Ingestion service is a single instance), so two rewrites
/// arriving together never start two events, and feed sequence numbers are committed in order.
/// Idempotent: an announcement already in an event is left alone.
/// </summary>
public sealed class EventClustering(EventClusterer clusterer, FeedNotifier notifier, ILogger<EventClustering> logger)
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public static readonly JsonSerializerOptions Json = HostingExtensions.StorageJson;

    /// <summary>Clusters the announcement; returns its event id, or null when Ingestion does not know it.</summary>
    public async Task<string?> ClusterAsync(string announcementId, EventsDbContext db, IngestionDbContext ingestion,
        IAnnouncementFactsSource facts, CancellationToken cancellationToken)
    {
        if (await db.Memberships.AsNoTracking().FirstOrDefaultAsync(m => m.AnnouncementId == announcementId, cancellationToken) is { } known)
            return known.EventId;
        var announcement = await ingestion.Announcements.AsNoTracking().FirstOrDefaultAsync(a => a.Id == announcementId, cancellationToken);
        if (announcement is null) return null;
        var found = await facts.GetAsync(announcementId, cancellationToken);
        var at = announcement.PublishedAt ?? announcement.ReceivedAt;
        var input = new EventInput(announcementId, announcement.Title + "\n" + announcement.Text, at, announcement.Source,
            announcement.Url, found.AnnouncerId, found.Capex, found.Facilities, found.Market) { Locations = found.Locations ?? [] };

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (await db.Memberships.AsNoTracking().FirstOrDefaultAsync(m => m.AnnouncementId == announcementId, cancellationToken) is { } raced)
                return raced.EventId;
            var rows = await CandidateRowsAsync(db, clusterer.CandidatesFor(input), cancellationToken);
            var candidates = rows.Select(r => JsonSerializer.Deserialize<NewsEvent>(r.StateJson, Json)!).ToList();
            var result = clusterer.Add(input, candidates, () => "ev-" + announcementId);

            var row = rows.FirstOrDefault(r => r.Id == result.Event.Id);
            var state = JsonSerializer.Serialize(result.Event, Json);
            if (row is null)
                db.Events.Add(new EventRow
                {
                    Id = result.Event.Id, FirstSeen = result.Event.FirstSeen, LastSeen = result.Event.LastSeen,
                    FollowsEventId = result.Event.FollowsEventId, StateJson = state,
                });
            else
            {
                row.FirstSeen = result.Event.FirstSeen;
                row.LastSeen = result.Event.LastSeen;
                row.StateJson = state;
            }
            var now = DateTimeOffset.UtcNow;
            db.Memberships.Add(new EventMembership { AnnouncementId = announcementId, EventId = result.Event.Id, At = now });
            var entries = result.NewFacts.Select(f => new FeedEntry
            {
                EventId = result.Event.Id,
                AnnouncementId = announcementId,
                FollowsEventId = result.Event.FollowsEventId,
                FactType = f.Type.ToString().ToLowerInvariant(),
                FactJson = JsonSerializer.Serialize(f, Json),
                At = now,
            }).ToList();
            db.Feed.AddRange(entries);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            notifier.Publish(entries);
            logger.LogDebug("announcement {AnnouncementId} → event {EventId} ({Decision}: {Reason}); {Facts} new facts",
                announcementId, result.Event.Id, result.Assignment.Decision, result.Assignment.Reason, entries.Count);
            return result.Event.Id;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// The stored events the clusterer can pick: those overlapping the join window (a few days), and only for a possible
    /// revision the older ones whose stored state names the lead's top company (a quoted id in the JSON: a superset of
    /// <see cref="CandidateWindow.Includes"/>, filtered by the database, never all events of the revision window).
    /// </summary>
    public static async Task<List<EventRow>> CandidateRowsAsync(EventsDbContext db, CandidateWindow window, CancellationToken cancellationToken)
    {
        var (joinFrom, joinTo) = (window.JoinFrom, window.JoinTo);
        var rows = await db.Events.Where(e => e.LastSeen >= joinFrom && e.FirstSeen <= joinTo).ToListAsync(cancellationToken);
        if (window.RevisionFrom is not { } revisionFrom) return rows;
        var seen = rows.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var company in window.RevisionCompanies)
        {
            var older = db.Events.Where(e => e.LastSeen >= revisionFrom && e.LastSeen < joinFrom && e.FirstSeen <= joinTo);
            // ids are slugs; one that needs JSON escaping or holds LIKE wildcards is not narrowed (still correct)
            if (company.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.'))
            {
                var pattern = "%\"" + company + "\"%";
                older = older.Where(e => EF.Functions.Like(e.StateJson, pattern));
            }
            foreach (var row in await older.ToListAsync(cancellationToken))
                if (seen.Add(row.Id)) rows.Add(row);
        }
        return rows;
    }
}
