using CapexRadar.Ingestion.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace CapexRadar.Ingestion.Api.Pipeline;

/// <summary>
/// Re-publishes announcements from their stored state through the outbox: an operator's replay (one id or every
/// failed one) and the re-drive of stuck announcements. Downstream stages are idempotent (stored results are
/// re-sent, missing ones computed), and the stage recorder lets a later success supersede a failure.
/// </summary>
public sealed class AnnouncementReplayer(IngestionDbContext db, OutboxSignal signal)
{
    public const int MaxPerCall = 10_000;

    /// <summary>Queues one announcement; <c>false</c> when the id is unknown.</summary>
    public async Task<bool> ReplayAsync(string announcementId, CancellationToken cancellationToken)
    {
        var announcement = await db.Announcements.AsNoTracking().FirstOrDefaultAsync(a => a.Id == announcementId, cancellationToken);
        if (announcement is null) return false;
        await EnqueueAsync([announcement], cancellationToken);
        ReliabilityTelemetry.Replayed.Add(1);
        return true;
    }

    /// <summary>Queues every announcement whose latest status is failed (at most <see cref="MaxPerCall"/>).</summary>
    public async Task<IReadOnlyList<string>> ReplayFailedAsync(CancellationToken cancellationToken)
    {
        var failed = db.Stages.Where(s => s.Failed).Select(s => s.AnnouncementId);
        var complete = db.Stages.Where(s => s.Stage == StageNames.Complete).Select(s => s.AnnouncementId);
        var announcements = await db.Announcements.AsNoTracking()
            .Where(a => failed.Contains(a.Id) && !complete.Contains(a.Id))
            .OrderBy(a => a.ReceivedAt).Take(MaxPerCall).ToListAsync(cancellationToken);
        await EnqueueAsync(announcements, cancellationToken);
        ReliabilityTelemetry.Replayed.Add(announcements.Count);
        return announcements.Select(a => a.Id).ToList();
    }

    /// <summary>
    /// Re-publishes announcements received between <paramref name="maxAge"/> and <paramref name="after"/> ago that are
    /// neither complete nor failed and have had no stage progress and no outbox row (sent or pending) for
    /// <paramref name="after"/>: their message was lost (a broker that lost its queues, a parked row, …).
    /// </summary>
    public async Task<IReadOnlyList<string>> RedriveStuckAsync(TimeSpan after, TimeSpan maxAge, int limit, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        var cutoff = now - after;
        var oldest = now - maxAge;
        var announcements = await db.Announcements.AsNoTracking()
            .Where(a => a.ReceivedAt < cutoff && a.ReceivedAt > oldest)
            .Where(a => !db.Stages.Any(s => s.AnnouncementId == a.Id && (s.Stage == StageNames.Complete || s.Failed || s.At >= cutoff)))
            .Where(a => !db.Outbox.Any(m => m.AnnouncementId == a.Id && (m.CreatedAt >= cutoff || (m.SentAt == null && m.ParkedAt == null))))
            .OrderBy(a => a.ReceivedAt).Take(limit).ToListAsync(cancellationToken);
        await EnqueueAsync(announcements, cancellationToken);
        ReliabilityTelemetry.Redriven.Add(announcements.Count);
        return announcements.Select(a => a.Id).ToList();
    }

    private async Task EnqueueAsync(IReadOnlyList<Announcement> announcements, CancellationToken cancellationToken)
    {
        if (announcements.Count == 0) return;
        var now = DateTimeOffset.UtcNow;
        foreach (var announcement in announcements) db.Outbox.Add(OutboxWriter.ForAnnouncement(announcement, now));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        signal.Notify();
    }
}

/// <summary>Looks for stuck announcements every <c>Ingestion:Redrive:Interval</c> and re-publishes them.</summary>
public sealed class StuckAnnouncementRedriver(IServiceScopeFactory scopes, Microsoft.Extensions.Options.IOptions<RedriveOptions> options,
    ILogger<StuckAnnouncementRedriver> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        if (!o.Enabled) return;
        using var timer = new PeriodicTimer(o.Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var replayer = scope.ServiceProvider.GetRequiredService<AnnouncementReplayer>();
                var ids = await replayer.RedriveStuckAsync(o.After, o.MaxAge, o.BatchSize, stoppingToken);
                if (ids.Count > 0)
                    logger.LogWarning("Re-drove {Count} announcements stuck for over {After} (first: {First})", ids.Count, o.After, ids[0]);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Re-drive pass failed; trying again in {Interval}", o.Interval);
            }
        }
    }
}
