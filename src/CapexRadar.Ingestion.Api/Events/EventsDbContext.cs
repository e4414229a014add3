using CapexRadar.ServiceHosting;
using Microsoft.EntityFrameworkCore;

namespace CapexRadar.Ingestion.Api.Events;

/// <summary>
/// The events store, a database of its own (<c>eventsdb</c>: SQLite file or PostgreSQL like the others): events,
/// which announcement belongs to which, the stages each announcement reached for clustering, and the fact feed.
/// </summary>
/// <remarks>Abstract: the service gets <see cref="SqliteEventsDbContext"/> or <see cref="PostgresEventsDbContext"/>, each with its own migrations.</remarks>
public abstract class EventsDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<EventRow> Events => Set<EventRow>();
    public DbSet<EventMembership> Memberships => Set<EventMembership>();
    public DbSet<ClusterReadiness> Readiness => Set<ClusterReadiness>();
    public DbSet<FeedEntry> Feed => Set<FeedEntry>();

    protected override void ConfigureConventions(ModelConfigurationBuilder conventions) =>
        conventions.UseSortableTimestamps(Database);

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<EventRow>(e =>
        {
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.LastSeen);
            e.Property(x => x.Version).IsConcurrencyToken();
        });
        model.Entity<EventMembership>(m =>
        {
            m.HasKey(x => x.AnnouncementId);
            m.HasIndex(x => x.EventId);
        });
        model.Entity<ClusterReadiness>(r => r.HasKey(x => new { x.AnnouncementId, x.Stage }));
        model.Entity<FeedEntry>(f =>
        {
            f.HasKey(x => x.Sequence);
            f.Property(x => x.Sequence).ValueGeneratedOnAdd();
        });
    }
}

/// <summary>
/// One event. <see cref="StateJson"/> is the <c>NewsEvent</c> (merged facts) with only the members stored before member
/// rows existed; every later member is in its <see cref="EventMembership.MemberJson"/>, so adding a member writes one
/// member, not the whole event again (see <see cref="EventStore"/>).
/// </summary>
public sealed class EventRow
{
    public required string Id { get; init; }
    public DateTimeOffset FirstSeen { get; set; }
    public DateTimeOffset LastSeen { get; set; }
    public string? FollowsEventId { get; init; }
    public required string StateJson { get; set; }
    /// <summary>Raised by every write of the event: a replica's in-memory copy is current while its version matches.</summary>
    public long Version { get; set; }
}

/// <summary>Which event an announcement belongs to (written with the event, so a redelivery finds it and stops).</summary>
public sealed class EventMembership
{
    public required string AnnouncementId { get; init; }
    public required string EventId { get; init; }
    public DateTimeOffset At { get; init; }
    /// <summary>The <c>EventMember</c> as stored JSON (null for members stored inside the event's state before this column).</summary>
    public string? MemberJson { get; init; }
    /// <summary>The member's announcer (top parent): the older events of a company are found by it.</summary>
    public string? AnnouncerId { get; init; }
}

/// <summary>A stage (capex, market) an announcement reached; clustering runs once both are there.</summary>
public sealed class ClusterReadiness
{
    public required string AnnouncementId { get; init; }
    public required string Stage { get; init; }
}

/// <summary>One new or revised fact, in feed order.</summary>
public sealed class FeedEntry
{
    public long Sequence { get; init; }
    public required string EventId { get; init; }
    public required string AnnouncementId { get; init; }
    public string? FollowsEventId { get; init; }
    /// <summary>capex, market or facility.</summary>
    public required string FactType { get; init; }
    /// <summary>The <c>EventFact</c> as stored JSON (domain record).</summary>
    public required string FactJson { get; init; }
    public DateTimeOffset At { get; init; }
}
