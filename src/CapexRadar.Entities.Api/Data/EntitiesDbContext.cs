using CapexRadar.ServiceHosting;
using Microsoft.EntityFrameworkCore;

namespace CapexRadar.Entities.Api.Data;

public sealed class EntitiesDbContext(DbContextOptions<EntitiesDbContext> options) : DbContext(options)
{
    public DbSet<AnnouncementEntities> Announcements => Set<AnnouncementEntities>();
    public DbSet<CompanyOverride> CompanyOverrides => Set<CompanyOverride>();
    public DbSet<CompanyChange> CompanyChanges => Set<CompanyChange>();

    /// <summary>
    /// Creates the audit table in a database made before it existed (EnsureCreated only creates whole databases).
    /// Plain SQL both SQLite and PostgreSQL accept; the same shape EF gives it in a new database.
    /// </summary>
    public const string CreateCompanyChangesSql =
        "CREATE TABLE IF NOT EXISTS \"CompanyChanges\" (\"Id\" TEXT NOT NULL PRIMARY KEY, \"CompanyId\" TEXT NOT NULL, " +
        "\"ChangedBy\" TEXT NOT NULL, \"ChangedAt\" TEXT NOT NULL, \"Action\" TEXT NOT NULL, \"RecordJson\" TEXT NOT NULL)";

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
