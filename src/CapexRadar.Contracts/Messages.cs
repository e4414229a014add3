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

/// <summary>Published by Capex once its facts for an announcement are stored.</summary>
public sealed record CapexExtracted(
    string AnnouncementId,
    int FactCount,
    int FacilityCount);

/// <summary>Published by Market once its moves for an announcement are stored.</summary>
public sealed record MarketMovesExtracted(
    string AnnouncementId,
    int MoveCount);

/// <summary>Pipeline stage names shared by every service (they match the Ingestion status API).</summary>
public static class PipelineStages
{
    public const string Entities = "entities";
    public const string Capex = "capex";
    public const string Market = "market";
}
