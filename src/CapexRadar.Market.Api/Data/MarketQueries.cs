using System.Text.Json;
using CapexRadar.Domain;
using CapexRadar.ServiceHosting;
using Microsoft.EntityFrameworkCore;

namespace CapexRadar.Market.Api.Data;

public static class MarketQueries
{
    public static IReadOnlyList<MarketMove> Moves(this AnnouncementMoves row) =>
        JsonSerializer.Deserialize<List<MarketMove>>(row.MovesJson, HostingExtensions.StorageJson) ?? [];

    /// <summary>
    /// Every stored announcement with its moves. Moves are kept as JSON per announcement, so cross-announcement
    /// queries read them all and aggregate in memory — fine at this scale; a move table would be the next step.
    /// </summary>
    public static async Task<List<AnnouncementMoves>> AllAsync(this MarketDbContext db, CancellationToken cancellationToken) =>
        await db.Announcements.AsNoTracking().ToListAsync(cancellationToken);
}
