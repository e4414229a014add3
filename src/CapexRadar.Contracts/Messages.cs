using CapexRadar.Domain;

namespace CapexRadar.Contracts;

/// <summary>Published by Ingestion (from its outbox) when a new announcement has been stored.</summary>
/// <param name="Text">The normalised body every span refers to.</param>
public sealed record AnnouncementReceived(
    string AnnouncementId,
    string Title,
    string Text,
    DateTimeOffset? PublishedAt,
    DateTimeOffset ReceivedAt);

/// <summary>Published by Entities: the normalised text and the resolved entities with spans.</summary>
public sealed record EntitiesExtracted(
    string AnnouncementId,
    string Text,
    DateTimeOffset? PublishedAt,
    EntitySet Entities);

/// <summary>
/// Published by Capex once its facts for an announcement are stored, with those facts and what event clustering needs
/// of the announcement's entities, so Ingestion clusters from the messages without reading the services back.
/// </summary>
/// <param name="Facts">The stored capex facts (null from a publisher that sends only counts: clustering then reads them over gRPC).</param>
/// <param name="Facilities">The stored facility plans (null as <paramref name="Facts"/>).</param>
/// <param name="AnnouncerId">The announcement's announcer (<see cref="EntitySet.AnnouncerId"/>) as Entities found it.</param>
/// <param name="Locations">The places Entities found (<see cref="EntitySet.Locations"/>); null as <paramref name="Facts"/>.</param>
public sealed record CapexExtracted(
    string AnnouncementId,
    int FactCount,
    int FacilityCount,
    IReadOnlyList<CapexFact>? Facts = null,
    IReadOnlyList<FacilityPlan>? Facilities = null,
    string? AnnouncerId = null,
    IReadOnlyList<LocationEntity>? Locations = null);

/// <summary>Published by Market once its moves for an announcement are stored, with those moves (see <see cref="CapexExtracted"/>).</summary>
/// <param name="Moves">The stored moves (null from a publisher that sends only the count).</param>
public sealed record MarketMovesExtracted(
    string AnnouncementId,
    int MoveCount,
    IReadOnlyList<MarketMove>? Moves = null,
    string? AnnouncerId = null,
    IReadOnlyList<LocationEntity>? Locations = null);

/// <summary>Pipeline stage names shared by every service (they match the Ingestion status API).</summary>
public static class PipelineStages
{
    public const string Entities = "entities";
    public const string Capex = "capex";
    public const string Market = "market";
}
