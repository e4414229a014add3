using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text.Json;
using CapexRadar.Contracts;
using CapexRadar.Ingestion.Api.Data;
using CapexRadar.ServiceHosting;

namespace CapexRadar.Ingestion.Api.Pipeline;

/// <summary>Outbox rows from an announcement's stored state (ingest, replay and re-drive all publish this way).</summary>
public static class OutboxWriter
{
    public static OutboxMessage ForAnnouncement(Announcement announcement, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        AnnouncementId = announcement.Id,
        PayloadJson = JsonSerializer.Serialize(
            new AnnouncementReceived(announcement.Id, announcement.Title, announcement.Text, announcement.PublishedAt, announcement.ReceivedAt),
            HostingExtensions.StorageJson),
        TraceParent = Activity.Current?.Id,
        CreatedAt = now,
    };
}

/// <summary>Counters of the reliability machinery (meter <c>CapexRadar</c>).</summary>
public static class ReliabilityTelemetry
{
    public static readonly Counter<long> OutboxParked = CapexRadarTelemetry.Meter.CreateCounter<long>(
        "capexradar.outbox.parked", description: "Outbox rows parked after failing Ingestion:Outbox:MaxAttempts times.");

    public static readonly Counter<long> OutboxPublished = CapexRadarTelemetry.Meter.CreateCounter<long>(
        "capexradar.outbox.published", description: "Outbox rows published.");

    public static readonly Counter<long> Redriven = CapexRadarTelemetry.Meter.CreateCounter<long>(
        "capexradar.announcements.redriven", description: "Announcements re-published because they were stuck short of a terminal stage.");

    public static readonly Counter<long> Replayed = CapexRadarTelemetry.Meter.CreateCounter<long>(
        "capexradar.announcements.replayed", description: "Announcements re-published by an operator (replay).");
}
