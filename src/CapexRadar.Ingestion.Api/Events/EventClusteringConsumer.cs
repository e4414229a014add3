using System.Text.Json;
using CapexRadar.Contracts;
using CapexRadar.Domain;
using CapexRadar.Ingestion.Api.Data;
using CapexRadar.ServiceHosting;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CapexRadar.Ingestion.Api.Events;

/// <summary>
/// Ingestion's own message to itself, published by earlier versions when Capex and Market were both done for an
/// announcement. Clustering is now handed over in process (<see cref="Messaging.ClusteringHandOff"/>); this record and
/// its consumer stay so that such messages still queued on a durable broker are clustered after an upgrade.
/// </summary>
public sealed record AnnouncementReadyToCluster(string AnnouncementId, AnnouncementFacts? Facts);

/// <summary>
/// Clusters an announcement named by an <see cref="AnnouncementReadyToCluster"/> of an earlier version (see there), through
/// the same in-process hand-off as the stage recorder. Idempotent: an announcement already in an event keeps it (and
/// <see cref="AnnouncementClustered"/> is published again). A failure goes through the endpoint's retries to a fault.
/// </summary>
public sealed class EventClusteringConsumer(Messaging.ClusteringHandOff clustering) : IConsumer<AnnouncementReadyToCluster>
{
    public async Task Consume(ConsumeContext<AnnouncementReadyToCluster> context)
    {
        if (await clustering.ClusterAsync(context.Message.AnnouncementId, context.Message.Facts, context.CancellationToken) is { } clustered)
            await context.Publish(clustered, context.CancellationToken);
    }
}

/// <summary>
/// A few messages at once (the hand-off clusters one at a time). The retry policy is every consumer's (<see cref="ConsumerRetry"/>).
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
