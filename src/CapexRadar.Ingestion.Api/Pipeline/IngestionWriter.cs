using System.Threading.Channels;
using CapexRadar.Ingestion.Api.Data;
using CapexRadar.Protos.Ingestion.V1;
using CapexRadar.ServiceHosting;
using Microsoft.EntityFrameworkCore;

namespace CapexRadar.Ingestion.Api.Pipeline;

/// <summary>
/// The one writer of Ingestion's per-announcement rows (group commit). Ingest calls and stage-recording consumers
/// queue their writes here; one loop writes everything queued so far in one transaction and one save, then completes
/// each caller's task. Callers only return (a consumer acks its message, an Ingest call answers) after the commit,
/// so nothing is acknowledged that is not stored: at-least-once as before, with one SQLite write lock and one commit
/// per batch instead of per message (the profile showed Ingestion's threads queueing on SQLite's write lock and on
/// its connection pool). A batch that fails is written again one item at a time, so one bad item (a duplicate that
/// raced in, an unknown row) fails alone and its caller takes its usual path (duplicate answer, message retry).
/// </summary>
public sealed class IngestionWriter : IAsyncDisposable
{
    /// <summary>Most items written in one transaction.</summary>
    public const int MaxBatch = 256;

    private readonly IServiceScopeFactory _scopes;
    private readonly StageNotifier _notifier;
    private readonly ILogger<IngestionWriter> _logger;
    private readonly Channel<WriteItem> _queue = Channel.CreateBounded<WriteItem>(new BoundedChannelOptions(10_000)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });
    private readonly Task _loop;

    public IngestionWriter(IServiceScopeFactory scopes, StageNotifier notifier, ILogger<IngestionWriter> logger)
    {
        _scopes = scopes;
        _notifier = notifier;
        _logger = logger;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>
    /// Stores a new announcement with its first stage row and outbox row. Returns <c>false</c> (and stores nothing)
    /// when its id or content is already stored — insert-or-ignore, so a duplicate fails no batch; the caller then
    /// looks the stored one up (no look-up before the write: new announcements, the usual case, need none).
    /// </summary>
    public Task<bool> IngestAsync(Announcement announcement, StageRecord received, OutboxMessage outbox, CancellationToken cancellationToken) =>
        EnqueueAsync(new IngestItem(announcement, received, outbox), cancellationToken);

    /// <summary>
    /// Records one outcome of a stage: the stage row (created, or its attempts counted; a success supersedes a
    /// failure, a failure never overwrites a success) and, when capex and market are both done, <c>complete</c>, in
    /// one transaction; then tells watchers. Unknown announcements (not ours) are ignored.
    /// </summary>
    /// <param name="factsJson">What the stage's message carried for event clustering, kept with the stage row.</param>
    /// <returns>For a capex or market success whose other stage is done too: both rows' facts (clustering can run).</returns>
    public async Task<StageOutcome> RecordStageAsync(string announcementId, string stage, string detail, bool failed,
        CancellationToken cancellationToken, string? factsJson = null)
    {
        var item = new StageItem(announcementId, stage, detail, failed, factsJson);
        await EnqueueAsync(item, cancellationToken);
        return item.Outcome;
    }

    private async Task<bool> EnqueueAsync(WriteItem item, CancellationToken cancellationToken)
    {
        await _queue.Writer.WriteAsync(item, cancellationToken);
        // The write goes ahead even if the caller stops waiting: it is idempotent, and a redelivery finds it stored.
        return await item.Done.Task.WaitAsync(cancellationToken);
    }

    private async Task RunAsync()
    {
        var batch = new List<WriteItem>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var item)) batch.Add(item);
            try
            {
                await WriteAsync(batch);
            }
            catch (Exception ex) when (batch.Count > 1)
            {
                _logger.LogDebug(ex, "A batch of {Count} writes failed; writing them one by one", batch.Count);
                foreach (var item in batch)
                {
                    try { await WriteAsync([item]); }
                    catch (Exception single) { item.Done.TrySetException(single); }
                }
            }
            catch (Exception ex)
            {
                batch[0].Done.TrySetException(ex);
            }
        }
    }

    private async Task WriteAsync(IReadOnlyList<WriteItem> items)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IngestionDbContext>();
        var events = new List<StageEvent>();
        var stored = new HashSet<WriteItem>();
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            events.Clear();
            db.ChangeTracker.Clear();
            stored.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync();
            foreach (var ingest in items.OfType<IngestItem>())
            {
                if (!await db.InsertOrIgnoreAsync(ingest.Announcement, CancellationToken.None)) continue; // id or content known
                stored.Add(ingest);
                db.Stages.Add(ingest.Received);
                db.Outbox.Add(ingest.Outbox);
            }
            var stages = items.OfType<StageItem>().ToList();
            if (stages.Count > 0) await ApplyStagesAsync(db, stages, events);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        });
        foreach (var e in events) _notifier.Publish(e);
        foreach (var item in items) item.Done.TrySetResult(item is not IngestItem || stored.Contains(item));
    }

    /// <summary>The stage rules of one batch, in arrival order, against the rows as stored plus those added here.</summary>
    private static async Task ApplyStagesAsync(IngestionDbContext db, List<StageItem> items, List<StageEvent> events)
    {
        var ids = items.Select(i => i.AnnouncementId).Distinct(StringComparer.Ordinal).ToList();
        // Announcement rows first: on PostgreSQL the update takes their row locks, so concurrent writers (replicas)
        // of one announcement's stages serialise. SQLite needs none: the transaction (BEGIN IMMEDIATE) already holds the
        // database's write lock, and the update rewrote each announcement's page (body included) once per stage batch.
        if (!db.Database.IsSqlite())
            await db.Announcements.Where(a => ids.Contains(a.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.StageVersion, a => a.StageVersion + 1));
        var known = (await db.Announcements.Where(a => ids.Contains(a.Id)).Select(a => a.Id).ToListAsync()).ToHashSet(StringComparer.Ordinal);
        var rows = (await db.Stages.Where(s => ids.Contains(s.AnnouncementId)).ToListAsync())
            .ToDictionary(s => (s.AnnouncementId, s.Stage));
        var now = DateTimeOffset.UtcNow;
        foreach (var item in items)
        {
            item.Outcome = StageOutcome.NotDone; // (again: a batch that failed is written once more)
            if (!known.Contains(item.AnnouncementId)) continue;
            var mine = Apply(item.AnnouncementId, item.Stage, item.Detail, item.Failed, item.FactsJson);
            if (item.Failed || item.Stage is not (StageNames.Capex or StageNames.Market)) continue;
            var other = item.Stage == StageNames.Capex ? StageNames.Market : StageNames.Capex;
            if (!rows.TryGetValue((item.AnnouncementId, other), out var otherRow) || otherRow.Failed || mine.Failed) continue;
            if (!rows.ContainsKey((item.AnnouncementId, StageNames.Complete)))
                Apply(item.AnnouncementId, StageNames.Complete, "entities, capex and market done", false, null);
            // both done: the later of the two (and any redelivery after) hands clustering both stages' facts
            item.Outcome = item.Stage == StageNames.Capex
                ? new StageOutcome(true, mine.FactsJson, otherRow.FactsJson)
                : new StageOutcome(true, otherRow.FactsJson, mine.FactsJson);
        }

        StageRecord Apply(string announcementId, string stage, string detail, bool failed, string? factsJson)
        {
            if (!rows.TryGetValue((announcementId, stage), out var row))
            {
                row = new StageRecord
                {
                    AnnouncementId = announcementId, Stage = stage, At = now, Detail = detail, Failed = failed, Attempts = 1, FactsJson = factsJson,
                };
                rows[(announcementId, stage)] = row;
                db.Stages.Add(row);
                events.Add(StageNames.ToEvent(announcementId, stage, now, detail, failed, 1));
                return row;
            }
            row.Attempts++;
            if (row.FactsJson is null && factsJson is not null) row.FactsJson = factsJson;
            if (!row.Failed) return row; // a success stays: a redelivery or a late fault of another copy changes nothing
            row.Failed = failed;
            row.At = now;
            row.Detail = detail;
            events.Add(StageNames.ToEvent(announcementId, stage, now, detail, failed, row.Attempts));
            return row;
        }
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop;
    }

    private abstract class WriteItem
    {
        /// <summary>Completed after the commit: <c>false</c> for an ingest whose id or content was already stored.</summary>
        public TaskCompletionSource<bool> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed class IngestItem(Announcement announcement, StageRecord received, OutboxMessage outbox) : WriteItem
    {
        public Announcement Announcement { get; } = announcement;
        public StageRecord Received { get; } = received;
        public OutboxMessage Outbox { get; } = outbox;
    }

    private sealed class StageItem(string announcementId, string stage, string detail, bool failed, string? factsJson) : WriteItem
    {
        public string AnnouncementId { get; } = announcementId;
        public string Stage { get; } = stage;
        public string Detail { get; } = detail;
        public bool Failed { get; } = failed;
        public string? FactsJson { get; } = factsJson;
        /// <summary>Set by the write, read by the caller after <see cref="WriteItem.Done"/>.</summary>
        public StageOutcome Outcome { get; set; } = StageOutcome.NotDone;
    }
}

/// <summary>What recording a stage found: whether capex and market are both done, and the facts their messages carried.</summary>
/// <param name="CapexFactsJson">The capex stage's <c>StageFacts</c> JSON (null when its message carried none).</param>
/// <param name="MarketFactsJson">The market stage's, likewise.</param>
public sealed record StageOutcome(bool CapexAndMarketDone, string? CapexFactsJson, string? MarketFactsJson)
{
    public static StageOutcome NotDone { get; } = new(false, null, null);
}
