using System.Text.Json;
using CapexRadar.Contracts;
using CapexRadar.Domain;
using CapexRadar.Ingestion.Api.Data;
using CapexRadar.Ingestion.Api.Pipeline;
using CapexRadar.ServiceHosting;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CapexRadar.Ingestion.Api.Events;

/// <summary>
/// Clusters an announcement into its event once Capex and Market have both stored their facts; run by the stage
/// recorder right after it recorded the later of the two (and again on a redelivery: clustering is idempotent, an
/// announcement already in an event keeps it). The facts come from the two stage messages (kept with the stage rows,
/// see <see cref="StageOutcome"/>) through <see cref="ReceivedFacts"/>; the <see cref="IAnnouncementFactsSource"/>
/// reads them over gRPC only when a message carried none. Publishes <see cref="AnnouncementClustered"/>.
/// </summary>
public sealed class EventClusteringStep(EventsDbContext db, IngestionDbContext ingestion, EventClustering clustering,
    IAnnouncementFactsSource facts, ReceivedFacts received)
{
    /// <param name="capex">The capex facts in hand (the message being consumed), else read from <paramref name="outcome"/>.</param>
    /// <param name="market">The market facts in hand, likewise.</param>
    public async Task RunAsync(ConsumeContext context, string announcementId, StageOutcome outcome, StageFacts? capex, StageFacts? market)
    {
        var cancellationToken = context.CancellationToken;
        try
        {
            capex ??= StageFacts.FromJson(outcome.CapexFactsJson);
            market ??= StageFacts.FromJson(outcome.MarketFactsJson);
            if (capex is not null && market is not null)
                received.Offer(announcementId, new AnnouncementFacts(capex.AnnouncerId ?? market.AnnouncerId, capex.Capex ?? [],
                    capex.Facilities ?? [], market.Market ?? [], capex.Locations ?? market.Locations ?? []));
            if (await clustering.ClusterAsync(announcementId, db, ingestion, facts, cancellationToken) is { } eventId)
            {
                var follows = await db.Events.AsNoTracking().Where(e => e.Id == eventId).Select(e => e.FollowsEventId).FirstOrDefaultAsync(cancellationToken);
                await context.Publish(new AnnouncementClustered(announcementId, eventId, follows), cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // retried like any failure; after the last retry the fault is logged, not recorded as a failed stage
            throw new EventClusteringException(announcementId, ex);
        }
    }
}

/// <summary>Clustering an announcement failed (the stage itself was recorded before).</summary>
public sealed class EventClusteringException(string announcementId, Exception inner)
    : Exception($"event clustering of announcement {announcementId} failed", inner);

/// <summary>
/// What a capex or market stage message carried for event clustering, stored with its stage row until the other stage
/// is done. Capex fills <see cref="Capex"/> and <see cref="Facilities"/>, Market <see cref="Market"/>; both carry the
/// entities clustering compares (announcer, places).
/// </summary>
public sealed record StageFacts(
    IReadOnlyList<CapexFact>? Capex,
    IReadOnlyList<FacilityPlan>? Facilities,
    IReadOnlyList<MarketMove>? Market,
    string? AnnouncerId,
    IReadOnlyList<LocationEntity>? Locations)
{
    public string ToJson() => JsonSerializer.Serialize(this, HostingExtensions.StorageJson);

    public static StageFacts? FromJson(string? json) =>
        json is null ? null : JsonSerializer.Deserialize<StageFacts>(json, HostingExtensions.StorageJson);
}
