using System.Text.Json;
using CapexRadar.Contracts;
using CapexRadar.Domain;
using CapexRadar.Ingestion.Api.Data;
using CapexRadar.ServiceHosting;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CapexRadar.Ingestion.Api.Events;

/// <summary>
/// Ingestion's own message to itself: Capex and Market are both done for an announcement (published by the stage
/// recorder after it recorded <c>complete</c>, again on a redelivery of either stage message), with the facts the two
/// stage messages carried — null when one carried none, and clustering then reads them over gRPC.
/// </summary>
public sealed record AnnouncementReadyToCluster(string AnnouncementId, AnnouncementFacts? Facts);

/// <summary>
/// Clusters an announcement into its event once Capex and Market have both stored their facts, on an endpoint of its
/// own so a clustering backlog never holds up stage recording. The facts come from the message through
/// <see cref="ReceivedFacts"/> (the <see cref="IAnnouncementFactsSource"/> reads the services only when it has none).
/// Idempotent: an announcement already in an event keeps it (and <see cref="AnnouncementClustered"/> is published again).
/// </summary>
public sealed class EventClusteringConsumer(EventsDbContext db, IngestionDbContext ingestion, EventClustering clustering,
    IAnnouncementFactsSource facts, ReceivedFacts received) : IConsumer<AnnouncementReadyToCluster>
{
    public async Task Consume(ConsumeContext<AnnouncementReadyToCluster> context)
    {
        var (announcementId, carried) = (context.Message.AnnouncementId, context.Message.Facts);
        var cancellationToken = context.CancellationToken;
        if (carried is not null) received.Offer(announcementId, carried);
        if (await clustering.ClusterAsync(announcementId, db, ingestion, facts, cancellationToken) is { } eventId)
        {
            var follows = await db.Events.AsNoTracking().Where(e => e.Id == eventId).Select(e => e.FollowsEventId).FirstOrDefaultAsync(cancellationToken);
            await context.Publish(new AnnouncementClustered(announcementId, eventId, follows), cancellationToken);
        }
    }
}

/// <summary>
/// A few messages at once: each reads its announcement outside the clustering gate while another is clustered inside
/// it (the gate lets one through at a time). The retry policy is every consumer's (<see cref="ConsumerRetry"/>).
/// </summary>
public sealed class EventClusteringDefinition : ConsumerDefinition<EventClusteringConsumer>
{
    public const int InFlight = 8;

    public EventClusteringDefinition() => ConcurrentMessageLimit = InFlight;

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<EventClusteringConsumer> consumerConfigurator, IRegistrationContext context)
    {
        if (endpointConfigurator is IRabbitMqReceiveEndpointConfigurator rabbit) rabbit.PrefetchCount = InFlight * 2;
        ConsumerRetry.Apply(endpointConfigurator, context);
    }
}

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

    /// <summary>Both stages' facts as clustering takes them; null unless both messages carried theirs.</summary>
    public static AnnouncementFacts? Combine(StageFacts? capex, StageFacts? market) =>
        capex is null || market is null
            ? null
            : new AnnouncementFacts(capex.AnnouncerId ?? market.AnnouncerId, capex.Capex ?? [], capex.Facilities ?? [], market.Market ?? [],
                capex.Locations ?? market.Locations ?? []);
}
