using System.Diagnostics;
using System.Text.Json;
using CapexRadar.Contracts;
using CapexRadar.Ingestion.Api.Data;
using CapexRadar.ServiceHosting;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CapexRadar.Ingestion.Api.Pipeline;

/// <summary>
/// Publishes the events the ingest transaction wrote to the outbox (claim, deliver, mark, prune):
/// <list type="bullet">
/// <item>claims up to <c>BatchSize</c> unsent rows with a lease (one conditional UPDATE, re-checked row by row, so any
/// number of relays on SQLite or PostgreSQL never publish a row twice within a lease);</item>
/// <item>publishes them concurrently (the broker confirms each), then marks the sent ones in one save;</item>
/// <item>a row that fails for a reason of its own is retried later and parked after <c>MaxAttempts</c> (logged,
/// counted in <c>capexradar.outbox.parked</c>) without holding back the rows behind it; when the broker is
/// unreachable nothing is counted against the rows — the relay backs off;</item>
/// <item>deletes sent rows after <c>Retention</c>.</item>
/// </list>
/// At-least-once: a crash after publishing and before marking publishes again; consumers are idempotent.
/// </summary>
public sealed class OutboxRelay(
    IServiceScopeFactory scopes,
    OutboxSignal signal,
    IOptions<OutboxOptions> outboxOptions,
    IOptions<IngestionOptions> options,
    ILogger<OutboxRelay> logger,
    DownstreamReadiness? readiness = null) : BackgroundService
{
    private DateTimeOffset _nextPrune = DateTimeOffset.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Batches in flight: a batch waits for the broker's confirms (RabbitMQ confirms persistent messages on classic
        // queues only after its periodic disk sync, up to ~200 ms under steady load), and rows committed meanwhile must
        // not wait for that batch to finish. Each batch holds its own lease, so batches never overlap.
        var inFlight = new List<Task<int>>();
        var backoff = TimeSpan.Zero;
        // Nothing is published before the consumers' queues are bound (see DownstreamReadiness); rows wait in the outbox.
        if (readiness is not null) await readiness.Ready.WaitAsync(stoppingToken);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var claimed = 0;
                try
                {
                    // a finished batch that found the broker unreachable throws here: back off
                    foreach (var done in inFlight.Where(t => t.IsCompleted).ToList())
                    {
                        inFlight.Remove(done);
                        await done;
                    }
                    var batch = await ClaimAsync(stoppingToken);
                    if (batch is not null)
                    {
                        claimed = batch.Rows.Count;
                        inFlight.Add(DeliverAsync(batch, stoppingToken));
                    }
                    backoff = TimeSpan.Zero;
                    if (DateTimeOffset.UtcNow >= _nextPrune)
                    {
                        await PruneAsync(stoppingToken);
                        _nextPrune = DateTimeOffset.UtcNow + outboxOptions.Value.PruneInterval;
                    }
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    await DrainAsync(inFlight);
                    backoff = TimeSpan.FromMilliseconds(Math.Min(10_000, Math.Max(500, backoff.TotalMilliseconds * 2)));
                    logger.LogWarning("Outbox relay could not publish ({Error}); retrying in {Delay} ms", ex.Message, backoff.TotalMilliseconds);
                    await Task.Delay(backoff, stoppingToken);
                    continue;
                }
                if (inFlight.Count >= outboxOptions.Value.MaxBatchesInFlight)
                    await Task.WhenAny(inFlight); // rows keep accumulating meanwhile: the next claim takes them together
                else if (claimed < outboxOptions.Value.BatchSize)
                    await signal.WaitAsync(options.Value.OutboxPollInterval, stoppingToken);
            }
        }
        finally
        {
            await DrainAsync(inFlight); // claimed rows are published and marked (or released by their lease)
        }
    }

    private static async Task DrainAsync(List<Task<int>> inFlight)
    {
        try { await Task.WhenAll(inFlight); }
        catch (Exception) { /* reported by the batch itself or retried after the back-off */ }
        inFlight.Clear();
    }

    /// <summary>Claims and publishes one batch; returns how many rows were claimed.</summary>
    public async Task<int> PublishPendingAsync(CancellationToken cancellationToken)
    {
        var batch = await ClaimAsync(cancellationToken);
        return batch is null ? 0 : await DeliverAsync(batch, cancellationToken);
    }

    /// <summary>Rows claimed under one lease, tracked by the batch's own context (disposed after delivery).</summary>
    private sealed record ClaimedBatch(AsyncServiceScope Scope, IngestionDbContext Db, List<OutboxMessage> Rows);

    /// <summary>Claims up to <c>BatchSize</c> unsent rows with a lease; <c>null</c> when there are none.</summary>
    private async Task<ClaimedBatch?> ClaimAsync(CancellationToken cancellationToken)
    {
        var o = outboxOptions.Value;
        var scope = scopes.CreateAsyncScope();
        try
        {
            var db = scope.ServiceProvider.GetRequiredService<IngestionDbContext>();
            var now = DateTimeOffset.UtcNow;
            var claim = Guid.NewGuid().ToString("N");
            var leaseEnd = now + o.LeaseDuration;
            var claimable = db.Outbox.Where(m => m.SentAt == null && m.ParkedAt == null && (m.LockedUntil == null || m.LockedUntil < now));
            var candidates = claimable.OrderBy(m => m.CreatedAt).Take(o.BatchSize).Select(m => m.Id);
            // The conditions are repeated outside the sub-query: PostgreSQL re-checks them on a row another relay just
            // claimed (READ COMMITTED), so it is skipped instead of claimed twice; SQLite serialises writers anyway.
            var claimed = await claimable.Where(m => candidates.Contains(m.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedBy, claim).SetProperty(m => m.LockedUntil, leaseEnd), cancellationToken);
            if (claimed == 0)
            {
                await scope.DisposeAsync();
                return null;
            }
            var rows = await db.Outbox.Where(m => m.LockedBy == claim && m.SentAt == null).OrderBy(m => m.CreatedAt).ToListAsync(cancellationToken);
            return new ClaimedBatch(scope, db, rows);
        }
        catch
        {
            await scope.DisposeAsync();
            throw;
        }
    }

    /// <summary>Publishes a claimed batch concurrently, then marks the sent rows in one save; returns how many rows it held.</summary>
    private async Task<int> DeliverAsync(ClaimedBatch batch, CancellationToken cancellationToken)
    {
        await using var scope = batch.Scope;
        var o = outboxOptions.Value;
        var db = batch.Db;
        var rows = batch.Rows;
        var publisher = scope.ServiceProvider.GetRequiredService<IPublishEndpoint>();
        var outcomes = await Task.WhenAll(rows.Select(row => PublishOneAsync(publisher, row, o.PublishTimeout, cancellationToken)));

        var sentAt = DateTimeOffset.UtcNow;
        var published = outcomes.Count(e => e is null);
        // Nothing got through and no row is to blame: the broker is unreachable. Release the rows untouched.
        var brokerDown = published == 0 && outcomes.All(e => e is not null and not OutboxPayloadException);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var error = outcomes[i];
            if (error is null)
            {
                row.SentAt = sentAt;
                row.LockedUntil = null;
            }
            else if (brokerDown)
            {
                row.LockedUntil = null;
            }
            else
            {
                row.Attempts++;
                row.LastError = Truncate($"{error.GetType().Name}: {error.Message}", 500);
                if (row.Attempts >= o.MaxAttempts)
                {
                    row.ParkedAt = sentAt;
                    row.LockedUntil = null;
                    ReliabilityTelemetry.OutboxParked.Add(1);
                    logger.LogError(error, "Outbox row {OutboxId} of announcement {AnnouncementId} parked after {Attempts} failed publishes; replay the announcement once fixed",
                        row.Id, row.AnnouncementId, row.Attempts);
                }
                else
                {
                    row.LockedUntil = sentAt + o.RetryDelay * row.Attempts;
                    logger.LogWarning("Outbox row {OutboxId} of announcement {AnnouncementId} failed to publish (attempt {Attempts}): {Error}",
                        row.Id, row.AnnouncementId, row.Attempts, row.LastError);
                }
            }
        }
        await db.SaveChangesAsync(CancellationToken.None); // published rows must be marked even when stopping
        ReliabilityTelemetry.OutboxPublished.Add(published);
        if (brokerDown) throw new InvalidOperationException($"broker unreachable: {outcomes[0]!.Message}");
        return rows.Count;
    }

    /// <summary>Deletes rows sent longer ago than the retention period; returns how many.</summary>
    public async Task<int> PruneAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IngestionDbContext>();
        var cutoff = DateTimeOffset.UtcNow - outboxOptions.Value.Retention;
        var pruned = await db.Outbox.Where(m => m.SentAt != null && m.SentAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        if (pruned > 0) logger.LogInformation("Pruned {Count} sent outbox rows older than {Retention}", pruned, outboxOptions.Value.Retention);
        return pruned;
    }

    private static async Task<Exception?> PublishOneAsync(IPublishEndpoint publisher, OutboxMessage message, TimeSpan timeout, CancellationToken cancellationToken)
    {
        AnnouncementReceived received;
        try
        {
            received = JsonSerializer.Deserialize<AnnouncementReceived>(message.PayloadJson, HostingExtensions.StorageJson)
                ?? throw new JsonException("empty payload");
        }
        catch (JsonException ex)
        {
            return new OutboxPayloadException($"outbox row {message.Id} has an unreadable payload: {ex.Message}");
        }
        // Continue the trace of the call that wrote this message.
        ActivityContext.TryParse(message.TraceParent, null, out var parent);
        using var activity = CapexRadarTelemetry.ActivitySource.StartActivity("outbox.publish", ActivityKind.Internal, parent);
        activity?.SetTag(CapexRadarTelemetry.AnnouncementIdTag, message.AnnouncementId);
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            // WaitAsync as well as the token: a publish caught by a broker death can wait for a confirm that never comes
            // and ignore its token (a fault run's dump showed MassTransit's send pipe waiting on a dead channel), and one
            // such publish would hold its batch, then the whole relay (DrainAsync), for ever. The abandoned publish may
            // still go out later: a duplicate, which consumers take idempotently.
            await publisher.Publish(received, timeoutSource.Token).WaitAsync(timeout, cancellationToken);
            return null;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.Message);
            return ex;
        }
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}

/// <summary>The row itself cannot be published (its payload does not deserialize): counted towards parking.</summary>
public sealed class OutboxPayloadException(string message) : Exception(message);
