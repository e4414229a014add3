using System.Text.Json;
using CapexRadar.Domain;
using CapexRadar.ServiceHosting;
using Microsoft.EntityFrameworkCore;

namespace CapexRadar.Capex.Api.Data;

/// <summary>A stored fact with the announcement it came from.</summary>
public sealed record StoredCapexFact(string AnnouncementId, DateTimeOffset? PublishedAt, DateTimeOffset StoredAt, CapexFact Fact);

public static class CapexQueries
{
    public static IReadOnlyList<CapexFact> Facts(this AnnouncementCapex row) =>
        JsonSerializer.Deserialize<List<CapexFact>>(row.FactsJson, HostingExtensions.StorageJson) ?? [];

    public static IReadOnlyList<FacilityPlan> Facilities(this AnnouncementCapex row) =>
        JsonSerializer.Deserialize<List<FacilityPlan>>(row.FacilitiesJson, HostingExtensions.StorageJson) ?? [];

    /// <summary>
    /// Every stored fact. Facts are kept as JSON per announcement, so queries across announcements read them all
    /// and aggregate in memory — fine for tens of thousands of announcements; a fact table would be the next step.
    /// </summary>
    public static async Task<List<StoredCapexFact>> AllFactsAsync(this CapexDbContext db, CancellationToken cancellationToken) =>
        (await db.Announcements.AsNoTracking().ToListAsync(cancellationToken))
            .SelectMany(row => row.Facts().Select(f => new StoredCapexFact(row.AnnouncementId, row.PublishedAt, row.ExtractedAt, f)))
            .ToList();
}
