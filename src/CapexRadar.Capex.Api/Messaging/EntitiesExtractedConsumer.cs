using System.Diagnostics;
using System.Text.Json;
using CapexRadar.Capex.Api.Data;
using CapexRadar.Capex.Extraction;
using CapexRadar.Contracts;
using CapexRadar.ServiceHosting;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CapexRadar.Capex.Api.Messaging;

/// <summary>Extracts capex facts and facility plans; idempotent by announcement id.</summary>
public sealed class EntitiesExtractedConsumer(CapexDbContext db, CapexExtractor extractor) : IConsumer<EntitiesExtracted>
{
    public async Task Consume(ConsumeContext<EntitiesExtracted> context)
    {
        var message = context.Message;
        var stored = await db.Announcements.AsNoTracking()
            .FirstOrDefaultAsync(a => a.AnnouncementId == message.AnnouncementId, context.CancellationToken);
        if (stored is null)
        {
            var started = Stopwatch.GetTimestamp();
            CapexExtraction extraction;
            using (var activity = CapexRadarTelemetry.StartStage("capex.extract", message.AnnouncementId))
            {
                extraction = extractor.Extract(message.Text, message.Entities, message.PublishedAt);
                activity?.SetTag("capexradar.capex.facts", extraction.Facts.Count);
                activity?.SetTag("capexradar.capex.facilities", extraction.Facilities.Count);
            }
            stored = new AnnouncementCapex
            {
                AnnouncementId = message.AnnouncementId,
                PublishedAt = message.PublishedAt,
                FactsJson = JsonSerializer.Serialize(extraction.Facts, HostingExtensions.StorageJson),
                FacilitiesJson = JsonSerializer.Serialize(extraction.Facilities, HostingExtensions.StorageJson),
                FactCount = extraction.Facts.Count,
                FacilityCount = extraction.Facilities.Count,
                TraceId = CapexRadarTelemetry.CurrentTraceId,
                ExtractedAt = DateTimeOffset.UtcNow,
            };
            db.Announcements.Add(stored);
            await db.SaveChangesAsync(context.CancellationToken);
            CapexRadarTelemetry.StageLatency.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                new KeyValuePair<string, object?>("stage", PipelineStages.Capex));
        }
        await context.Publish(new CapexExtracted(message.AnnouncementId, stored.FactCount, stored.FacilityCount), context.CancellationToken);
    }
}
