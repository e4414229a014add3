using System.Diagnostics;
using System.Text.Json;
using CapexRadar.Contracts;
using CapexRadar.Ingestion.Api.Data;
using CapexRadar.Protos.Ingestion.V1;
using CapexRadar.ServiceHosting;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CapexRadar.Ingestion.Api.Pipeline;

public sealed record IngestOutcome(string AnnouncementId, string? DuplicateOf, string TraceId);

/// <summary>
/// Stores a validated announcement, its first stage and the <see cref="AnnouncementReceived"/> event in one
/// transaction (the outbox relay publishes it), so a crash between commit and publish loses nothing. The write goes
/// through <see cref="IngestionWriter"/> (group commit with concurrent ingests and stage records).
/// The same content ingested again answers with the first announcement's id.
/// </summary>
public sealed class AnnouncementIngestor(
    IngestionDbContext db,
    IngestionWriter writer,
    OutboxSignal outboxSignal,
    StageNotifier notifier,
    IOptions<IngestionOptions> options,
    TimeProvider clock,
    ILogger<AnnouncementIngestor> logger)
{
    public async Task<IngestOutcome> IngestAsync(IngestRequest request, CancellationToken cancellationToken)
    {
        var announcement = AnnouncementValidator.Validate(request, options.Value.MaxBodyBytes, clock);
        using var activity = CapexRadarTelemetry.ActivitySource.StartActivity("ingestion.store");

        var id = announcement.RequestedId ?? Guid.CreateVersion7().ToString("n");
        activity?.SetTag(CapexRadarTelemetry.AnnouncementIdTag, id);
        var traceId = CapexRadarTelemetry.CurrentTraceId;
        var now = clock.GetUtcNow();
        var received = new AnnouncementReceived(id, announcement.Title, announcement.Text, announcement.PublishedAt, now);

        var row = new Announcement
        {
            Id = id,
            ContentHash = announcement.ContentHash,
            Source = announcement.Source,
            Url = announcement.Url,
            Title = announcement.Title,
            PublishedAt = announcement.PublishedAt,
            ReceivedAt = now,
            Text = announcement.Text,
            TraceId = traceId,
        };
        var stage = new StageRecord { AnnouncementId = id, Stage = StageNames.Received, At = now, Detail = $"{announcement.Text.Length} characters" };
        var outbox = new OutboxMessage
        {
            Id = Guid.CreateVersion7(),
            AnnouncementId = id,
            PayloadJson = JsonSerializer.Serialize(received, HostingExtensions.StorageJson),
            TraceParent = Activity.Current?.Id,
            CreatedAt = now,
        };
        // Insert-or-ignore in a transaction shared with concurrent writes; no look-up first (new content is the usual case).
        if (!await writer.IngestAsync(row, stage, outbox, cancellationToken))
        {
            // The id or the content is already stored (a re-ingest, or a concurrent ingest that won the race).
            if (await FindDuplicateAsync(announcement, cancellationToken) is { } first) return Duplicate(first, activity);
            throw new RpcException(new Status(StatusCode.Aborted, "a concurrent ingest of this announcement changed it; retry"));
        }

        CapexRadarTelemetry.AnnouncementsIngested.Add(1);
        logger.LogDebug("Ingested announcement {AnnouncementId} ({Length} characters)", id, announcement.Text.Length);
        outboxSignal.Notify();
        notifier.Publish(StageNames.ToEvent(id, StageNames.Received, now, ""));
        return new IngestOutcome(id, null, traceId);
    }

    private async Task<Announcement?> FindDuplicateAsync(ValidAnnouncement announcement, CancellationToken cancellationToken)
    {
        var byContent = await db.Announcements.AsNoTracking()
            .FirstOrDefaultAsync(a => a.ContentHash == announcement.ContentHash, cancellationToken);
        if (byContent is not null) return byContent;
        if (announcement.RequestedId is { } requested &&
            await db.Announcements.AsNoTracking().AnyAsync(a => a.Id == requested, cancellationToken))
            throw new RpcException(new Status(StatusCode.AlreadyExists, $"announcement '{requested}' exists with different content"));
        return null;
    }

    private static IngestOutcome Duplicate(Announcement first, Activity? activity)
    {
        CapexRadarTelemetry.AnnouncementsDuplicate.Add(1);
        activity?.SetTag(CapexRadarTelemetry.AnnouncementIdTag, first.Id);
        activity?.SetTag("capexradar.duplicate", true);
        return new IngestOutcome(first.Id, first.Id, first.TraceId);
    }
}
