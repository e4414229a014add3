using CapexRadar.Contracts;
using CapexRadar.Ingestion.Api.Data;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CapexRadar.Ingestion.Api.Events;

/// <summary>
/// Clusters an announcement into its event once Capex and Market have both stored their facts. Idempotent: each
/// stage is recorded once per announcement, and clustering skips announcements already in an event.
/// </summary>
public sealed class EventClusteringConsumer(EventsDbContext db, IngestionDbContext ingestion, EventClustering clustering,
    IAnnouncementFactsSource facts) : IConsumer<CapexExtracted>, IConsumer<MarketMovesExtracted>
{
    public Task Consume(ConsumeContext<CapexExtracted> context) =>
        ReadyAsync(context, context.Message.AnnouncementId, PipelineStages.Capex);

    public Task Consume(ConsumeContext<MarketMovesExtracted> context) =>
        ReadyAsync(context, context.Message.AnnouncementId, PipelineStages.Market);

    private async Task ReadyAsync(ConsumeContext context, string announcementId, string stage)
    {
        var cancellationToken = context.CancellationToken;
        if (!await db.Readiness.AnyAsync(r => r.AnnouncementId == announcementId && r.Stage == stage, cancellationToken))
        {
            db.Readiness.Add(new ClusterReadiness { AnnouncementId = announcementId, Stage = stage });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear(); // recorded concurrently by a redelivery
            }
        }
        // counted after our own commit: of two stages finishing together, the later one sees both
        if (await db.Readiness.CountAsync(r => r.AnnouncementId == announcementId, cancellationToken) >= 2)
            if (await clustering.ClusterAsync(announcementId, db, ingestion, facts, cancellationToken) is { } eventId)
            {
                var follows = await db.Events.AsNoTracking().Where(e => e.Id == eventId).Select(e => e.FollowsEventId).FirstOrDefaultAsync(cancellationToken);
                await context.Publish(new AnnouncementClustered(announcementId, eventId, follows), cancellationToken);
            }
    }
}
