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
/// Idempotent by announcement id: a redelivered message republishes the stored result instead of extracting again.
/// </summary>
public sealed class AnnouncementReceivedConsumer(EntitiesDbContext db, EntityExtractor extractor, ILogger<AnnouncementReceivedConsumer> logger)
    : IConsumer<AnnouncementReceived>
{
    public async Task Consume(ConsumeContext<AnnouncementReceived> context)
    {
        var message = context.Message;
        var stored = await db.Announcements.AsNoTracking()
            .FirstOrDefaultAsync(a => a.AnnouncementId == message.AnnouncementId, context.CancellationToken);
        EntitySet entities;
        if (stored is not null)
        {
            logger.LogInformation("Announcement {AnnouncementId} already has entities; republishing", message.AnnouncementId);
            entities = JsonSerializer.Deserialize<EntitySet>(stored.EntitiesJson, HostingExtensions.StorageJson) ?? EntitySet.Empty;
        }
        else
        {
            var started = Stopwatch.GetTimestamp();
            using (var activity = CapexRadarTelemetry.StartStage("entities.extract", message.AnnouncementId))
            {
                entities = extractor.Extract(message.Text);
                activity?.SetTag("capexradar.entities.organizations", entities.Organizations.Count);
                activity?.SetTag("capexradar.entities.people", entities.People.Count);
                activity?.SetTag("capexradar.entities.locations", entities.Locations.Count);
            }
            db.Announcements.Add(new AnnouncementEntities
            {
                AnnouncementId = message.AnnouncementId,
                Text = message.Text,
                PublishedAt = message.PublishedAt,
                EntitiesJson = JsonSerializer.Serialize(entities, HostingExtensions.StorageJson),
                TraceId = CapexRadarTelemetry.CurrentTraceId,
                ExtractedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync(context.CancellationToken);
            CapexRadarTelemetry.StageLatency.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                new KeyValuePair<string, object?>("stage", PipelineStages.Entities));
        }
        await context.Publish(new EntitiesExtracted(message.AnnouncementId, message.Text, message.PublishedAt, entities), context.CancellationToken);
    }
}
