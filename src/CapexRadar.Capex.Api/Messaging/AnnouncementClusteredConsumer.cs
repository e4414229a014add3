using CapexRadar.Capex.Api.Data;
using CapexRadar.Contracts;
using MassTransit;
using CapexRadar.ServiceHosting;

namespace CapexRadar.Capex.Api.Messaging;

/// <summary>Remembers each announcement's event so the timeline and leaderboard count events. Idempotent (one row per announcement).</summary>
public sealed class AnnouncementClusteredConsumer(CapexDbContext db) : IConsumer<AnnouncementClustered>
{
    public async Task Consume(ConsumeContext<AnnouncementClustered> context)
    {
        var m = context.Message;
        // one statement: a redelivery (concurrent or not) finds the row there and changes nothing
        await db.InsertOrIgnoreAsync(new AnnouncementEvent { AnnouncementId = m.AnnouncementId, EventId = m.EventId }, context.CancellationToken);
    }
}
