using CapexRadar.ServiceHosting;
using Microsoft.EntityFrameworkCore;

namespace CapexRadar.Entities.Api.Data;

public sealed class EntitiesDbContext(DbContextOptions<EntitiesDbContext> options) : DbContext(options)
{
    public DbSet<AnnouncementEntities> Announcements => Set<AnnouncementEntities>();
    public DbSet<CompanyOverride> CompanyOverrides => Set<CompanyOverride>();

    protected override void ConfigureConventions(ModelConfigurationBuilder conventions) =>
        conventions.UseSortableTimestamps(Database);

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<AnnouncementEntities>().HasKey(a => a.AnnouncementId);
        model.Entity<CompanyOverride>().HasKey(c => c.CompanyId);
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
