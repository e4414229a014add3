using CapexRadar.ServiceHosting;
using Microsoft.EntityFrameworkCore;

namespace CapexRadar.Capex.Api.Data;

/// <remarks>Abstract: the service gets <see cref="SqliteCapexDbContext"/> or <see cref="PostgresCapexDbContext"/>, each with its own migrations.</remarks>
public abstract class CapexDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<AnnouncementCapex> Announcements => Set<AnnouncementCapex>();
    public DbSet<AnnouncementEvent> AnnouncementEvents => Set<AnnouncementEvent>();

    protected override void ConfigureConventions(ModelConfigurationBuilder conventions) =>
        conventions.UseSortableTimestamps(Database);

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<AnnouncementCapex>().HasKey(a => a.AnnouncementId);
        model.Entity<AnnouncementCapex>().HasIndex(a => a.PublishedAt);
        model.Entity<AnnouncementEvent>().HasKey(a => a.AnnouncementId);
    }
}

/// <summary>The capex facts and facility plans of one announcement, with the trace that produced them.</summary>
public sealed class AnnouncementCapex
{
    public required string AnnouncementId { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }
    public required string FactsJson { get; init; }
    public required string FacilitiesJson { get; init; }
    public int FactCount { get; init; }
    public int FacilityCount { get; init; }
    public required string TraceId { get; init; }
    public DateTimeOffset ExtractedAt { get; init; }
}
