using CapexRadar.Contracts;
using CapexRadar.Ingestion.Api.Data;
using CapexRadar.Ingestion.Api.Pipeline;
using CapexRadar.ServiceHosting;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CapexRadar.Ingestion.Api.Messaging;

/// <summary>
/// Records each stage an announcement reaches; when both Capex and Market are done, records <c>complete</c>.
/// Idempotent: a stage is stored once per announcement (unique index), redeliveries are no-ops.
/// </summary>
public sealed class StageRecorderConsumer(IngestionDbContext db, StageNotifier notifier) :
    IConsumer<EntitiesExtracted>, IConsumer<CapexExtracted>, IConsumer<MarketMovesExtracted>
{
    public Task Consume(ConsumeContext<EntitiesExtracted> context)
    {
        var e = context.Message.Entities;
        return RecordAsync(context.Message.AnnouncementId, StageNames.Entities,
            $"{e.Organizations.Count} organizations, {e.People.Count} people, {e.Locations.Count} locations", context.CancellationToken);
    }

    public Task Consume(ConsumeContext<CapexExtracted> context) =>
        RecordAsync(context.Message.AnnouncementId, StageNames.Capex,
            $"{context.Message.FactCount} capex facts, {context.Message.FacilityCount} facility plans", context.CancellationToken);

    public Task Consume(ConsumeContext<MarketMovesExtracted> context) =>
        RecordAsync(context.Message.AnnouncementId, StageNames.Market, $"{context.Message.MoveCount} market moves", context.CancellationToken);

    private async Task RecordAsync(string announcementId, string stage, string detail, CancellationToken cancellationToken)
    {
        if (!await db.Announcements.AnyAsync(a => a.Id == announcementId, cancellationToken)) return; // not ours
        if (await StageStore.TryAddAsync(db, notifier, announcementId, stage, detail, failed: false, cancellationToken) &&
            stage is StageNames.Capex or StageNames.Market)
        {
            var done = await db.Stages.Where(s => s.AnnouncementId == announcementId && !s.Failed &&
                                                  (s.Stage == StageNames.Capex || s.Stage == StageNames.Market))
                .CountAsync(cancellationToken);
            if (done == 2)
                await StageStore.TryAddAsync(db, notifier, announcementId, StageNames.Complete, "entities, capex and market done", false, cancellationToken);
        }
    }
}

/// <summary>
/// Marks the stage failed when a consumer exhausted its retries (MassTransit publishes <see cref="Fault{T}"/>
/// and moves the message to that queue's <c>_error</c> queue).
/// </summary>
public sealed class StageFaultConsumer(IngestionDbContext db, StageNotifier notifier) :
    IConsumer<Fault<AnnouncementReceived>>, IConsumer<Fault<EntitiesExtracted>>
{
    public Task Consume(ConsumeContext<Fault<AnnouncementReceived>> context) =>
        RecordAsync(context.Message.Message.AnnouncementId, StageNames.Entities, context.Message, context.CancellationToken);

    public Task Consume(ConsumeContext<Fault<EntitiesExtracted>> context)
    {
        // Capex and Market both consume EntitiesExtracted: the faulting host tells which one failed.
        var host = context.Message.Host?.Assembly ?? "";
        var stage = host.Contains("Market", StringComparison.OrdinalIgnoreCase) ? StageNames.Market : StageNames.Capex;
        return RecordAsync(context.Message.Message.AnnouncementId, stage, context.Message, context.CancellationToken);
    }

    private async Task RecordAsync(string announcementId, string stage, Fault fault, CancellationToken cancellationToken)
    {
        CapexRadarTelemetry.StageFailures.Add(1, new KeyValuePair<string, object?>("stage", stage));
        var reason = fault.Exceptions.FirstOrDefault() is { } ex ? $"{ex.ExceptionType}: {ex.Message}" : "consumer faulted";
        await StageStore.TryAddAsync(db, notifier, announcementId, stage, reason, failed: true, cancellationToken);
    }
}

internal static class StageStore
{
    /// <summary>Adds a stage record unless one exists; returns whether this call added it.</summary>
    public static async Task<bool> TryAddAsync(IngestionDbContext db, StageNotifier notifier, string announcementId, string stage,
        string detail, bool failed, CancellationToken cancellationToken)
    {
        if (await db.Stages.AnyAsync(s => s.AnnouncementId == announcementId && s.Stage == stage, cancellationToken)) return false;
        var at = DateTimeOffset.UtcNow;
        db.Stages.Add(new StageRecord { AnnouncementId = announcementId, Stage = stage, At = at, Detail = detail, Failed = failed });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear(); // recorded concurrently by a redelivery
            return false;
        }
        notifier.Publish(StageNames.ToEvent(announcementId, stage, at, detail, failed));
        return true;
    }
}
