using System.Diagnostics;
using System.Text.Json;
using CapexRadar.Contracts;
using CapexRadar.Market.Api.Data;
using CapexRadar.Market.Extraction;
using CapexRadar.ServiceHosting;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CapexRadar.Market.Api.Messaging;

/// <summary>
/// Extracts share-price moves and their relation to the announcer. Idempotent by announcement id: insert-or-ignore
/// keeps the first result (a redelivery takes no exception path) and the stored count is what is published.
/// </summary>
public sealed class EntitiesExtractedConsumer(MarketDbContext db, MarketMoveExtractor extractor, ExtractionGuard guard) : IConsumer<EntitiesExtracted>
{
    public async Task Consume(ConsumeContext<EntitiesExtracted> context)
    {
        var message = context.Message;
        var stored = await FindAsync(message.AnnouncementId, context.CancellationToken);
        IReadOnlyList<CapexRadar.Domain.MarketMove>? extracted = null;
        if (stored is null)
        {
            var started = Stopwatch.GetTimestamp();
            IReadOnlyList<CapexRadar.Domain.MarketMove> moves;
            using (var activity = CapexRadarTelemetry.StartStage("market.extract", message.AnnouncementId))
            {
                moves = await guard.RunAsync(PipelineStages.Market, message.Text,
                    () => extractor.Extract(message.Text, message.Entities), context.CancellationToken);
                activity?.SetTag("capexradar.market.moves", moves.Count);
            }
            var announcer = message.Entities.FindOrganization(message.Entities.AnnouncerId);
            var row = new AnnouncementMoves
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
            if (await db.InsertOrIgnoreAsync(row, context.CancellationToken))
            {
                stored = row;
                extracted = moves;
            }
            else stored = await FindAsync(message.AnnouncementId, context.CancellationToken) ?? row; // a concurrent delivery won
            CapexRadarTelemetry.StageLatency.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                new KeyValuePair<string, object?>("stage", PipelineStages.Market));
        }
        // what is published is always the stored result (a redelivery reads it back), with the moves clustering needs
        var published = extracted ?? JsonSerializer.Deserialize<List<CapexRadar.Domain.MarketMove>>(stored.MovesJson, HostingExtensions.StorageJson) ?? [];
        await context.Publish(new MarketMovesExtracted(message.AnnouncementId, stored.MoveCount, published,
            message.Entities.AnnouncerId, message.Entities.Locations), context.CancellationToken);
    }

    private Task<AnnouncementMoves?> FindAsync(string id, CancellationToken cancellationToken) =>
        db.Announcements.AsNoTracking().FirstOrDefaultAsync(a => a.AnnouncementId == id, cancellationToken);
}
