namespace CapexRadar.Contracts;

/// <summary>
/// Published by Ingestion once an analysed announcement is put into an event (again on redelivery: consumers store
/// it idempotently). Aggregates use it to count events, not announcements.
/// </summary>
/// <param name="FollowsEventId">The earlier event this one revises, when the announcement started a revision.</param>
public sealed record AnnouncementClustered(string AnnouncementId, string EventId, string? FollowsEventId);
