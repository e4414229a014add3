using CapexRadar.ServiceHosting;
using Microsoft.EntityFrameworkCore;

namespace CapexRadar.Entities.Api.Data;

/// <remarks>Abstract: the service gets <see cref="SqliteEntitiesDbContext"/> or <see cref="PostgresEntitiesDbContext"/>, each with its own migrations.</remarks>
public abstract class EntitiesDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<AnnouncementEntities> Announcements => Set<AnnouncementEntities>();
    public DbSet<CompanyOverride> CompanyOverrides => Set<CompanyOverride>();
    public DbSet<CompanyChange> CompanyChanges => Set<CompanyChange>();

    protected override void ConfigureConventions(ModelConfigurationBuilder conventions) =>
        conventions.UseSortableTimestamps(Database);

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<AnnouncementEntities>().HasKey(a => a.AnnouncementId);
        model.Entity<CompanyOverride>().HasKey(c => c.CompanyId);
        model.Entity<CompanyChange>().HasKey(c => c.Id);
    }
}

/// <summary>The entities found in one announcement, stored as JSON with the trace that produced them.</summary>
public sealed class AnnouncementEntities
{
    public required string AnnouncementId { get; init; }
    public required string Text { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }
    public required string EntitiesJson { get; init; }
    public required string TraceId { get; init; }
    public DateTimeOffset ExtractedAt { get; init; }
}

/// <summary>A company added or corrected by an operator at run time; applied over the shipped knowledge base.</summary>
public sealed class CompanyOverride
{
    public required string CompanyId { get; init; }
    public required string RecordJson { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>Audit of knowledge-base writes: who (token subject) changed which company, when, and to what.</summary>
public sealed class CompanyChange
{
    public required string Id { get; init; }
    public required string CompanyId { get; init; }
    public required string ChangedBy { get; init; }
    /// <summary>ISO 8601 UTC (text, so the table has the same shape in SQLite and PostgreSQL).</summary>
    public required string ChangedAt { get; init; }
    /// <summary>created, updated, override-shipped.</summary>
    public required string Action { get; init; }
    public required string RecordJson { get; init; }
}
