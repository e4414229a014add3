using CapexRadar.ServiceHosting;
using Microsoft.EntityFrameworkCore;

namespace CapexRadar.Market.Api.Data;

/// <remarks>Abstract: the service gets <see cref="SqliteMarketDbContext"/> or <see cref="PostgresMarketDbContext"/>, each with its own migrations.</remarks>
public abstract class MarketDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<AnnouncementMoves> Announcements => Set<AnnouncementMoves>();
    public DbSet<AnnouncementEvent> AnnouncementEvents => Set<AnnouncementEvent>();

    protected override void ConfigureConventions(ModelConfigurationBuilder conventions) =>
        conventions.UseSortableTimestamps(Database);

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<AnnouncementMoves>().HasKey(a => a.AnnouncementId);
        model.Entity<AnnouncementMoves>().HasIndex(a => a.PublishedAt);
        model.Entity<AnnouncementMoves>().HasIndex(a => a.AnnouncerId);
        model.Entity<AnnouncementEvent>().HasKey(a => a.AnnouncementId);
    }
}

/// <summary>The share-price moves reported in one announcement, with its announcer and the trace that produced them.</summary>
public sealed class AnnouncementMoves
{
    public required string AnnouncementId { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }
    public string? AnnouncerId { get; init; }
    public string? AnnouncerName { get; init; }
    public required string MovesJson { get; init; }
    public int MoveCount { get; init; }
    public required string TraceId { get; init; }
    public DateTimeOffset ExtractedAt { get; init; }
}
