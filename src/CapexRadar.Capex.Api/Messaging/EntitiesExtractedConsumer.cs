using System.Diagnostics;
using System.Text.Json;
using CapexRadar.Capex.Api.Data;
using CapexRadar.Capex.Extraction;
using CapexRadar.Contracts;
using CapexRadar.Domain;
using CapexRadar.ServiceHosting;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CapexRadar.Capex.Api.Messaging;

/// <summary>
/// Extracts capex facts and facility plans. Idempotent by announcement id: insert-or-ignore keeps the first result
/// (a redelivery, concurrent or not, takes no exception path) and the stored counts are what is published.
/// </summary>
public sealed class EntitiesExtractedConsumer(CapexDbContext db, CapexExtractor extractor, ExtractionGuard guard) : IConsumer<EntitiesExtracted>
{
    public async Task Consume(ConsumeContext<EntitiesExtracted> context)
    {
        var message = context.Message;
        var stored = await FindAsync(message.AnnouncementId, context.CancellationToken);
        CapexExtraction? extracted = null;
        if (stored is null)
        {
            var started = Stopwatch.GetTimestamp();
            CapexExtraction extraction;
            using (var activity = CapexRadarTelemetry.StartStage("capex.extract", message.AnnouncementId))
            {
                extraction = await guard.RunAsync(PipelineStages.Capex, message.Text,
                    () => extractor.Extract(message.Text, message.Entities, message.PublishedAt), context.CancellationToken);
                activity?.SetTag("capexradar.capex.facts", extraction.Facts.Count);
                activity?.SetTag("capexradar.capex.facilities", extraction.Facilities.Count);
            }
            var row = new AnnouncementCapex
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
            if (await db.InsertOrIgnoreAsync(row, context.CancellationToken))
            {
                stored = row;
                extracted = extraction;
            }
            else stored = await FindAsync(message.AnnouncementId, context.CancellationToken) ?? row; // a concurrent delivery won
            CapexRadarTelemetry.StageLatency.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                new KeyValuePair<string, object?>("stage", PipelineStages.Capex));
        }
        // what is published is always the stored result (a redelivery reads it back), with the facts clustering needs
        var facts = extracted?.Facts ?? JsonSerializer.Deserialize<List<CapexFact>>(stored.FactsJson, HostingExtensions.StorageJson) ?? [];
        var facilities = extracted?.Facilities ?? JsonSerializer.Deserialize<List<FacilityPlan>>(stored.FacilitiesJson, HostingExtensions.StorageJson) ?? [];
        await context.Publish(new CapexExtracted(message.AnnouncementId, stored.FactCount, stored.FacilityCount, facts, facilities,
            message.Entities.AnnouncerId, message.Entities.Locations), context.CancellationToken);
    }

    private Task<AnnouncementCapex?> FindAsync(string id, CancellationToken cancellationToken) =>
        db.Announcements.AsNoTracking().FirstOrDefaultAsync(a => a.AnnouncementId == id, cancellationToken);
}
