namespace CapexRadar.Capex.Api.Data;

/// <summary>The event an announcement belongs to (from Ingestion's <c>AnnouncementClustered</c>): aggregates count events.</summary>
public sealed class AnnouncementEvent
{
    public required string AnnouncementId { get; init; }
    public required string EventId { get; init; }
}
