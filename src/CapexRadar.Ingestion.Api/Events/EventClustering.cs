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
    private readonly EventStore _store = new();

    /// <summary>Events read from the database by the in-memory store since start (its cache misses).</summary>
    public long EventsRead => _store.EventsRead;

    public static readonly JsonSerializerOptions Json = HostingExtensions.StorageJson;

    /// <summary>Clusters the announcement; returns its event id, or null when Ingestion does not know it.</summary>
    public async Task<string?> ClusterAsync(string announcementId, EventsDbContext db, IngestionDbContext ingestion,
        IAnnouncementFactsSource facts, CancellationToken cancellationToken)
    {
        if (await db.Memberships.AsNoTracking().Where(m => m.AnnouncementId == announcementId).Select(m => m.EventId)
                .FirstOrDefaultAsync(cancellationToken) is { } known)
            return known;
        var announcement = await ingestion.Announcements.AsNoTracking().FirstOrDefaultAsync(a => a.Id == announcementId, cancellationToken);
        if (announcement is null) return null;
        var found = await facts.GetAsync(announcementId, cancellationToken);
        var at = announcement.PublishedAt ?? announcement.ReceivedAt;
        var input = new EventInput(announcementId, announcement.Title + "\n" + announcement.Text, at, announcement.Source,
            announcement.Url, found.AnnouncerId, found.Capex, found.Facilities, found.Market) { Locations = found.Locations ?? [] };

        await _gate.WaitAsync(cancellationToken);
        try
        {
            // With several Ingestion replicas (PostgreSQL) the gate spans processes: an advisory lock held by the
            // transaction that reads the candidate events and writes the result.
            await using var crossReplica = db.Database.IsNpgsql() ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
            if (crossReplica is not null)
                await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(7305218420139183361)", cancellationToken);
            if (await db.Memberships.AsNoTracking().Where(m => m.AnnouncementId == announcementId).Select(m => m.EventId)
                    .FirstOrDefaultAsync(cancellationToken) is { } raced)
                return raced;
            var candidates = await _store.CandidatesAsync(db, clusterer.CandidatesFor(input), cancellationToken);
            var result = clusterer.Add(input, candidates, () => "ev-" + announcementId);

            var now = DateTimeOffset.UtcNow;
            _store.Stage(db, result, announcementId, now);
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
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                if (crossReplica is not null) await crossReplica.CommitAsync(cancellationToken);
            }
            catch
            {
                _store.Forget(result.Event.Id); // read again from the database on the next attempt
                db.ChangeTracker.Clear();
                throw;
            }
            _store.Committed(result.Event);
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
    /// The stored events the clusterer can pick, as heads (id, time span, version; <see cref="EventRow.StateJson"/> left
    /// empty): those overlapping the join window (a few days), and only for a possible revision the older ones that name
    /// the lead's top company — a quoted id in the stored facts, or a member row of that announcer (a superset of
    /// <see cref="CandidateWindow.Includes"/>, filtered by the database, never all events of the revision window).
    /// </summary>
    public static async Task<List<EventRow>> CandidateRowsAsync(EventsDbContext db, CandidateWindow window, CancellationToken cancellationToken)
    {
        var (joinFrom, joinTo) = (window.JoinFrom, window.JoinTo);
        var rows = await Heads(db.Events.AsNoTracking().Where(e => e.LastSeen >= joinFrom && e.FirstSeen <= joinTo)).ToListAsync(cancellationToken);
        if (window.RevisionFrom is not { } revisionFrom) return rows;
        var seen = rows.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var company in window.RevisionCompanies)
        {
            var older = db.Events.AsNoTracking().Where(e => e.LastSeen >= revisionFrom && e.LastSeen < joinFrom && e.FirstSeen <= joinTo);
            // ids are slugs; one that needs JSON escaping or holds LIKE wildcards is not narrowed (still correct)
            if (company.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.'))
            {
                var pattern = "%\"" + company + "\"%";
                older = older.Where(e => EF.Functions.Like(e.StateJson, pattern) ||
                                         db.Memberships.Any(m => m.EventId == e.Id && m.AnnouncerId == company));
            }
            foreach (var row in await Heads(older).ToListAsync(cancellationToken))
                if (seen.Add(row.Id)) rows.Add(row);
        }
        return rows;
    }

    private static IQueryable<EventRow> Heads(IQueryable<EventRow> events) =>
        events.Select(e => new EventRow
        {
            Id = e.Id, FirstSeen = e.FirstSeen, LastSeen = e.LastSeen, FollowsEventId = e.FollowsEventId, Version = e.Version,
            StateJson = "",
        });
}
