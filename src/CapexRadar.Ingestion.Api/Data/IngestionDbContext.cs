using CapexRadar.ServiceHosting;
using Microsoft.EntityFrameworkCore;

namespace CapexRadar.Ingestion.Api.Data;

/// <remarks>Abstract: the service gets <see cref="SqliteIngestionDbContext"/> or <see cref="PostgresIngestionDbContext"/>, each with its own migrations.</remarks>
public abstract class IngestionDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Announcement> Announcements => Set<Announcement>();
    public DbSet<StageRecord> Stages => Set<StageRecord>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    protected override void ConfigureConventions(ModelConfigurationBuilder conventions) =>
        conventions.UseSortableTimestamps(Database);

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<Announcement>(a =>
        {
            a.HasKey(x => x.Id);
            a.HasIndex(x => x.ContentHash).IsUnique();
            a.HasIndex(x => new { x.ReceivedAt, x.Id });
        });
        model.Entity<StageRecord>(s =>
        {
            s.HasKey(x => x.Id);
            s.HasIndex(x => new { x.AnnouncementId, x.Stage }).IsUnique();
        });
        model.Entity<OutboxMessage>(o =>
        {
            o.HasKey(x => x.Id);
            o.HasIndex(x => x.SentAt);
            o.HasIndex(x => x.AnnouncementId);
            o.HasIndex(x => new { x.SentAt, x.ParkedAt, x.CreatedAt });
        });
    }
}

public sealed class Announcement
{
    public required string Id { get; init; }
    public required string ContentHash { get; init; }
    public string Source { get; init; } = "";
    public string Url { get; init; } = "";
    public string Title { get; init; } = "";
    public DateTimeOffset? PublishedAt { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }
    /// <summary>Normalised body: every span in the analysis refers to it.</summary>
    public required string Text { get; init; }
    public required string TraceId { get; init; }
    /// <summary>Bumped by every stage record: the row lock that serialises one announcement's stage updates.</summary>
    public long StageVersion { get; set; }
}

/// <summary>
/// The latest outcome of one pipeline stage of an announcement; unique per (announcement, stage). A later success
/// supersedes a failure (a failure never overwrites a success); <see cref="Attempts"/> counts every outcome recorded.
/// </summary>
public sealed class StageRecord
{
    public long Id { get; init; }
    public required string AnnouncementId { get; init; }
    public required string Stage { get; init; }
    public DateTimeOffset At { get; set; }
    public string Detail { get; set; } = "";
    public bool Failed { get; set; }
    public int Attempts { get; set; } = 1;
    /// <summary>
    /// The facts the stage's message carried (capex and market: a <c>StageFacts</c> as JSON), kept until the other
    /// stage is done so event clustering reads both from here, not from the services; null for other stages.
    /// </summary>
    public string? FactsJson { get; set; }
}

/// <summary>An event to publish, written in the same transaction as the announcement (transactional outbox).</summary>
public sealed class OutboxMessage
{
    public Guid Id { get; init; }
    public required string AnnouncementId { get; init; }
    public required string PayloadJson { get; init; }
    /// <summary>W3C traceparent of the ingest call, so the publish continues its trace.</summary>
    public string? TraceParent { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? SentAt { get; set; }
    /// <summary>Publish attempts that failed because of this row (not because the broker was unreachable).</summary>
    public int Attempts { get; set; }
    /// <summary>The relay claim holding this row (lease), and until when; an expired lease may be claimed again.</summary>
    public string? LockedBy { get; set; }
    public DateTimeOffset? LockedUntil { get; set; }
    /// <summary>Set once the row failed <c>Ingestion:Outbox:MaxAttempts</c> times: no longer published, reported.</summary>
    public DateTimeOffset? ParkedAt { get; set; }
    public string? LastError { get; set; }
}
