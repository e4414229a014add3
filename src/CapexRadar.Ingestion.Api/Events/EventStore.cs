using System.Text.Json;
using CapexRadar.Events;
using Microsoft.EntityFrameworkCore;

namespace CapexRadar.Ingestion.Api.Events;

/// <summary>
/// How events are stored and read. The database is the truth: an event row holds the merged facts (and the members
/// stored before member rows existed), each later member is in its own membership row, and every write raises the
/// row's <see cref="EventRow.Version"/>. Adding a member writes that member and the event's facts, never the whole
/// event again, so the cost of an announcement does not grow with the size of its event.
/// <para>
/// The clusterer's candidates come from an in-memory copy of the events (<see cref="CandidatesAsync"/>): the store reads
/// the candidates' ids and versions (no state), and reads the state only of an event it does not hold at that version
/// (at start, or written by another replica). Not thread-safe: used only under the clustering gate.
/// </para>
/// </summary>
public sealed class EventStore
{
    /// <summary>Events held in memory at most; beyond it, all but the current candidates are dropped.</summary>
    public const int Capacity = 4_096;

    private static JsonSerializerOptions Json => EventClustering.Json;

    private readonly Dictionary<string, Held> _held = new(StringComparer.Ordinal);

    /// <param name="Legacy">Members kept inside the stored state (written before member rows existed).</param>
    private sealed record Held(long Version, NewsEvent Event, IReadOnlyList<EventMember> Legacy);

    /// <summary>Events read from the database since start (a count of cache misses, for tests and diagnostics).</summary>
    public long EventsRead { get; private set; }

    /// <summary>The candidate events of <paramref name="window"/>, current as of this read.</summary>
    public async Task<List<NewsEvent>> CandidatesAsync(EventsDbContext db, CandidateWindow window, CancellationToken cancellationToken)
    {
        var heads = await EventClustering.CandidateRowsAsync(db, window, cancellationToken);
        var stale = heads.Where(h => !_held.TryGetValue(h.Id, out var held) || held.Version != h.Version).Select(h => h.Id).ToList();
        if (stale.Count > 0)
        {
            foreach (var (id, loaded) in await ReadAsync(db, stale, cancellationToken))
                _held[id] = new Held(loaded.Version, loaded.Event, loaded.Legacy);
            EventsRead += stale.Count;
        }
        if (_held.Count > Capacity)
        {
            var keep = heads.Select(h => h.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var id in _held.Keys.Where(id => !keep.Contains(id)).ToList()) _held.Remove(id);
        }
        // an event deleted between the two reads is simply not offered
        return heads.Where(h => _held.ContainsKey(h.Id)).Select(h => _held[h.Id].Event).ToList();
    }

    /// <summary>
    /// Adds the writes of <paramref name="result"/> to <paramref name="db"/> (not saved): the event row (inserted, or its
    /// facts, time span and version updated — the version is a concurrency token, so a stale copy fails the save) and
    /// the member's membership row. Call <see cref="Committed"/> after the save, <see cref="Forget"/> if it fails.
    /// </summary>
    public void Stage(EventsDbContext db, AddResult result, string announcementId, DateTimeOffset now)
    {
        var e = result.Event;
        var member = e.Members.Count > 0 && e.Members[^1].AnnouncementId == announcementId
            ? e.Members[^1]
            : e.Members.First(m => m.AnnouncementId == announcementId);
        if (_held.TryGetValue(e.Id, out var held))
        {
            var row = new EventRow
            {
                Id = e.Id, FirstSeen = e.FirstSeen, LastSeen = e.LastSeen, FollowsEventId = e.FollowsEventId,
                StateJson = State(e, held.Legacy), Version = held.Version,
            };
            db.Events.Attach(row);
            row.Version = held.Version + 1;
            var entry = db.Entry(row);
            entry.Property(r => r.StateJson).IsModified = true;
            entry.Property(r => r.FirstSeen).IsModified = true;
            entry.Property(r => r.LastSeen).IsModified = true;
        }
        else
            db.Events.Add(new EventRow
            {
                Id = e.Id, FirstSeen = e.FirstSeen, LastSeen = e.LastSeen, FollowsEventId = e.FollowsEventId,
                StateJson = State(e, []), Version = 1,
            });
        db.Memberships.Add(new EventMembership
        {
            AnnouncementId = announcementId, EventId = e.Id, At = now,
            MemberJson = JsonSerializer.Serialize(member, Json), AnnouncerId = member.AnnouncerId,
        });
    }

    /// <summary>Takes the event as saved by <see cref="Stage"/> as the in-memory copy.</summary>
    public void Committed(NewsEvent e) =>
        _held[e.Id] = _held.TryGetValue(e.Id, out var held) ? new Held(held.Version + 1, e, held.Legacy) : new Held(1, e, []);

    /// <summary>Drops the in-memory copy of an event (after a failed save: it is read again next time).</summary>
    public void Forget(string eventId) => _held.Remove(eventId);

    /// <summary>The stored state of an event: its facts and its legacy members (the others are membership rows).</summary>
    private static string State(NewsEvent e, IReadOnlyList<EventMember> legacy) =>
        JsonSerializer.Serialize(e with { Members = legacy }, Json);

    /// <summary>Reads whole events (state plus member rows, members in the order they joined).</summary>
    public static async Task<Dictionary<string, (long Version, NewsEvent Event, IReadOnlyList<EventMember> Legacy)>> ReadAsync(
        EventsDbContext db, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var rows = await db.Events.AsNoTracking().Where(e => ids.Contains(e.Id))
            .Select(e => new { e.Id, e.Version, e.StateJson }).ToListAsync(cancellationToken);
        var members = (await db.Memberships.AsNoTracking().Where(m => ids.Contains(m.EventId) && m.MemberJson != null)
                .OrderBy(m => m.At).ThenBy(m => m.AnnouncementId).Select(m => new { m.EventId, m.MemberJson }).ToListAsync(cancellationToken))
            .ToLookup(m => m.EventId, m => JsonSerializer.Deserialize<EventMember>(m.MemberJson!, Json)!, StringComparer.Ordinal);
        var result = new Dictionary<string, (long, NewsEvent, IReadOnlyList<EventMember>)>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var state = JsonSerializer.Deserialize<NewsEvent>(row.StateJson, Json)!;
            var legacy = state.Members;
            result[row.Id] = (row.Version, state with { Members = [.. legacy, .. members[row.Id]] }, legacy);
        }
        return result;
    }

    /// <summary>One whole event as stored, or null.</summary>
    public static async Task<NewsEvent?> ReadAsync(EventsDbContext db, string id, CancellationToken cancellationToken) =>
        (await ReadAsync(db, [id], cancellationToken)).TryGetValue(id, out var e) ? e.Event : null;
}
