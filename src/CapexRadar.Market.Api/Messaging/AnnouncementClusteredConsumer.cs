using CapexRadar.Contracts;
using CapexRadar.Market.Api.Data;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CapexRadar.Market.Api.Messaging;

/// <summary>Remembers each announcement's event so movers and spillover count events. Idempotent (one row per announcement).</summary>
public sealed class AnnouncementClusteredConsumer(MarketDbContext db) : IConsumer<AnnouncementClustered>
{
    public async Task Consume(ConsumeContext<AnnouncementClustered> context)
    {
        var m = context.Message;
        if (await db.AnnouncementEvents.AnyAsync(e => e.AnnouncementId == m.AnnouncementId, context.CancellationToken)) return;
        db.AnnouncementEvents.Add(new AnnouncementEvent { AnnouncementId = m.AnnouncementId, EventId = m.EventId });
        try
        {
            await db.SaveChangesAsync(context.CancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            // stored concurrently by a redelivery: done; anything else is retried
            if (!await db.AnnouncementEvents.AnyAsync(e => e.AnnouncementId == m.AnnouncementId, context.CancellationToken)) throw;
        }
    }
}
