using System.Diagnostics;
using System.Text.Json;
using CapexRadar.Contracts;
using CapexRadar.Market.Api.Data;
using CapexRadar.Market.Extraction;
using CapexRadar.ServiceHosting;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CapexRadar.Market.Api.Messaging;

/// <summary>Extracts share-price moves and their relation to the announcer; idempotent by announcement id.</summary>
public sealed class EntitiesExtractedConsumer(MarketDbContext db, MarketMoveExtractor extractor) : IConsumer<EntitiesExtracted>
{
    public async Task Consume(ConsumeContext<EntitiesExtracted> context)
    {
        var message = context.Message;
        var stored = await db.Announcements.AsNoTracking()
            .FirstOrDefaultAsync(a => a.AnnouncementId == message.AnnouncementId, context.CancellationToken);
        if (stored is null)
        {
            var started = Stopwatch.GetTimestamp();
            IReadOnlyList<CapexRadar.Domain.MarketMove> moves;
            using (var activity = CapexRadarTelemetry.StartStage("market.extract", message.AnnouncementId))
            {
                moves = extractor.Extract(message.Text, message.Entities);
                activity?.SetTag("capexradar.market.moves", moves.Count);
            }
            var announcer = message.Entities.FindOrganization(message.Entities.AnnouncerId);
            stored = new AnnouncementMoves
            {
                AnnouncementId = message.AnnouncementId,
                PublishedAt = message.PublishedAt,
                AnnouncerId = announcer?.CompanyId,
                AnnouncerName = announcer?.Name,
                MovesJson = JsonSerializer.Serialize(moves, HostingExtensions.StorageJson),
                MoveCount = moves.Count,
                TraceId = CapexRadarTelemetry.CurrentTraceId,
                ExtractedAt = DateTimeOffset.UtcNow,
            };
            db.Announcements.Add(stored);
            await db.SaveChangesAsync(context.CancellationToken);
            CapexRadarTelemetry.StageLatency.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                new KeyValuePair<string, object?>("stage", PipelineStages.Market));
        }
        await context.Publish(new MarketMovesExtracted(message.AnnouncementId, stored.MoveCount), context.CancellationToken);
    }
}
