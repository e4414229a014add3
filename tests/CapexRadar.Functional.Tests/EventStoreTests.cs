using System.Text.Json;
using CapexRadar.Events;
using CapexRadar.Ingestion.Api;
using CapexRadar.Ingestion.Api.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CapexRadar.Functional.Tests;

/// <summary>
/// The events store (Ingestion's events database): members in rows of their own, the in-memory copy of each event kept
/// current by the row version (another replica's write is read again, a stale write is refused), and events stored
/// before member rows existed (members inside the state) read and extended without rewriting them.
/// </summary>
public sealed class EventStoreTests : IAsyncLifetime
{
    private readonly ServiceFactory<IngestionApi> _factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private static readonly DateTimeOffset At = new(2025, 9, 24, 6, 0, 0, TimeSpan.Zero);
    private static readonly CandidateWindow Window = new(At.AddDays(-4), At.AddDays(4), null, []);
    private static readonly string Signature = TextSignature.Compute("Northwind will invest ten billion dollars in data centres").Serialize();

    private static EventMember Member(string id) => new(id, "wire", $"https://wire.example/{id}", At, "northwind", Signature);

    private static NewsEvent Joined(NewsEvent e, string id) => e with { Members = [.. e.Members, Member(id)] };

    private static AddResult Result(NewsEvent e) => new(e, new Assignment(Decision.Join, e.Id, "test", 1), []);

    private AsyncServiceScope Scope(out EventsDbContext db)
    {
        var scope = _factory.Services.CreateAsyncScope();
        db = scope.ServiceProvider.GetRequiredService<EventsDbContext>();
        return scope;
    }

    private static async Task SaveAsync(EventStore store, EventsDbContext db, NewsEvent e, string announcementId)
    {
        store.Stage(db, Result(e), announcementId, DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        store.Committed(e);
    }

    [Fact]
    public async Task Members_are_rows_of_their_own_and_another_replicas_write_is_read_again()
    {
        await using var scope = Scope(out var db);
        var (a, b) = (new EventStore(), new EventStore()); // two replicas' in-memory copies over one database
        var first = new NewsEvent("ev-a1", At, At, null, [Member("a1")], []);
        Assert.Empty(await a.CandidatesAsync(db, Window, default));
        await SaveAsync(a, db, first, "a1");

        // the other replica reads the event once, then adds a member
        var seenByB = Assert.Single(await b.CandidatesAsync(db, Window, default));
        Assert.Equal(["a1"], seenByB.Members.Select(m => m.AnnouncementId));
        await SaveAsync(b, db, Joined(seenByB, "a2"), "a2");
        Assert.Equal(1, b.EventsRead);

        // the first replica's copy is stale (version 1, the row is at 2): read again, with both members
        var seenByA = Assert.Single(await a.CandidatesAsync(db, Window, default));
        Assert.Equal(["a1", "a2"], seenByA.Members.Select(m => m.AnnouncementId));
        Assert.Equal(1, a.EventsRead);
        await SaveAsync(a, db, Joined(seenByA, "a3"), "a3");
        // a current copy is not read again
        Assert.Single(await a.CandidatesAsync(db, Window, default));
        Assert.Equal(1, a.EventsRead);

        // the stored state holds the facts, not the members; GetEvent's read gives every member in order
        var row = await db.Events.AsNoTracking().SingleAsync();
        Assert.Equal(3, row.Version);
        Assert.Empty(JsonSerializer.Deserialize<NewsEvent>(row.StateJson, EventClustering.Json)!.Members);
        var stored = await EventStore.ReadAsync(db, "ev-a1", default);
        Assert.Equal(["a1", "a2", "a3"], stored!.Members.Select(m => m.AnnouncementId));
        Assert.Equal(Signature, stored.Members[2].Signature);
    }

    [Fact]
    public async Task A_write_from_a_stale_copy_is_refused_and_the_copy_read_again()
    {
        await using var scope = Scope(out var db);
        var (a, b) = (new EventStore(), new EventStore());
        await SaveAsync(a, db, new NewsEvent("ev-s1", At, At, null, [Member("s1")], []), "s1");
        var seenByB = Assert.Single(await b.CandidatesAsync(db, Window, default));
        await SaveAsync(b, db, Joined(seenByB, "s2"), "s2");

        // replica a writes from its copy at version 1 without reading: the version check refuses it
        var stale = Joined(new NewsEvent("ev-s1", At, At, null, [Member("s1")], []), "s3");
        a.Stage(db, Result(stale), "s3", DateTimeOffset.UtcNow);
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();
        a.Forget("ev-s1");
        var current = Assert.Single(await a.CandidatesAsync(db, Window, default));
        Assert.Equal(["s1", "s2"], current.Members.Select(m => m.AnnouncementId));
    }

    [Fact]
    public async Task An_event_stored_with_its_members_inside_is_read_and_extended_without_rewriting_them()
    {
        await using var scope = Scope(out var db);
        // as stored before member rows: version 0, members in the state, membership rows without a member
        var legacy = new NewsEvent("ev-l1", At, At, null, [Member("l1"), Member("l2")], []);
        db.Events.Add(new EventRow
        {
            Id = legacy.Id, FirstSeen = At, LastSeen = At, StateJson = JsonSerializer.Serialize(legacy, EventClustering.Json),
        });
        db.Memberships.AddRange(new EventMembership { AnnouncementId = "l1", EventId = legacy.Id, At = At },
            new EventMembership { AnnouncementId = "l2", EventId = legacy.Id, At = At });
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var store = new EventStore();
        var seen = Assert.Single(await store.CandidatesAsync(db, Window, default));
        Assert.Equal(["l1", "l2"], seen.Members.Select(m => m.AnnouncementId));
        await SaveAsync(store, db, Joined(seen, "l3"), "l3");

        var row = await db.Events.AsNoTracking().SingleAsync();
        Assert.Equal(["l1", "l2"], JsonSerializer.Deserialize<NewsEvent>(row.StateJson, EventClustering.Json)!.Members.Select(m => m.AnnouncementId));
        Assert.Equal(["l1", "l2", "l3"], (await EventStore.ReadAsync(db, legacy.Id, default))!.Members.Select(m => m.AnnouncementId));
        Assert.Equal(["l1", "l2", "l3"], Assert.Single(await new EventStore().CandidatesAsync(db, Window, default)).Members.Select(m => m.AnnouncementId));
    }

    [Fact]
    public async Task Older_events_of_a_company_are_found_by_a_member_announcer_as_well_as_by_a_stored_fact()
    {
        await using var scope = Scope(out var db);
        var old = At.AddDays(-90);
        var byMember = new NewsEvent("ev-m1", old, old, null, [Member("m1") with { At = old }], []);
        var store = new EventStore();
        store.Stage(db, new AddResult(byMember, new Assignment(Decision.NewEvent, null, "test", 0), []), "m1", old);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var revision = new CandidateWindow(At.AddDays(-4), At.AddDays(4), At.AddDays(-400), ["northwind"]);
        Assert.Equal(["ev-m1"], (await EventClustering.CandidateRowsAsync(db, revision, default)).Select(r => r.Id));
        var other = revision with { RevisionCompanies = ["kestrel"] };
        Assert.Empty(await EventClustering.CandidateRowsAsync(db, other, default));
    }
}
