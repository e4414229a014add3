using System.Diagnostics;
using System.Text.Json;
using CapexRadar.Contracts;
using CapexRadar.Domain;
using CapexRadar.Entities.Api.Data;
using CapexRadar.Entities.Extraction;
using CapexRadar.ServiceHosting;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CapexRadar.Entities.Api.Messaging;

/// <summary>
/// Finds the entities of a new announcement, stores them and publishes <see cref="EntitiesExtracted"/>.
/// Idempotent by announcement id: the result is inserted with insert-or-ignore (a concurrent or later redelivery
/// keeps the first result, with no exception), and what is published is always the stored result.
/// </summary>
public sealed class AnnouncementReceivedConsumer(EntitiesDbContext db, EntityExtractor extractor, ExtractionGuard guard,
    ILogger<AnnouncementReceivedConsumer> logger) : IConsumer<AnnouncementReceived>
{
    public async Task Consume(ConsumeContext<AnnouncementReceived> context)
    {
        var message = context.Message;
        var stored = await FindAsync(message.AnnouncementId, context.CancellationToken);
        EntitySet? entities = null;
        if (stored is not null)
        {
            logger.LogInformation("Announcement {AnnouncementId} already has entities; republishing", message.AnnouncementId);
        }
        else
        {
            var started = Stopwatch.GetTimestamp();
            using (var activity = CapexRadarTelemetry.StartStage("entities.extract", message.AnnouncementId))
            {
                entities = await guard.RunAsync(PipelineStages.Entities, message.Text, () => extractor.Extract(message.Text), context.CancellationToken);
                activity?.SetTag("capexradar.entities.organizations", entities.Organizations.Count);
                activity?.SetTag("capexradar.entities.people", entities.People.Count);
                activity?.SetTag("capexradar.entities.locations", entities.Locations.Count);
            }
            var row = new AnnouncementEntities
            {
                AnnouncementId = message.AnnouncementId,
                Text = message.Text,
                PublishedAt = message.PublishedAt,
                EntitiesJson = JsonSerializer.Serialize(entities, HostingExtensions.StorageJson),
                TraceId = CapexRadarTelemetry.CurrentTraceId,
                ExtractedAt = DateTimeOffset.UtcNow,
            };
            if (!await db.InsertOrIgnoreAsync(row, context.CancellationToken))
            {
                entities = null; // a concurrent delivery stored its result first: publish that one
                stored = await FindAsync(message.AnnouncementId, context.CancellationToken);
            }
            CapexRadarTelemetry.StageLatency.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                new KeyValuePair<string, object?>("stage", PipelineStages.Entities));
        }
        var result = entities
            ?? (stored is null ? null : JsonSerializer.Deserialize<EntitySet>(stored.EntitiesJson, HostingExtensions.StorageJson))
            ?? EntitySet.Empty;
        await context.Publish(new EntitiesExtracted(message.AnnouncementId, message.Text, message.PublishedAt, result), context.CancellationToken);
    }

    private Task<AnnouncementEntities?> FindAsync(string id, CancellationToken cancellationToken) =>
        db.Announcements.AsNoTracking().FirstOrDefaultAsync(a => a.AnnouncementId == id, cancellationToken);
}
