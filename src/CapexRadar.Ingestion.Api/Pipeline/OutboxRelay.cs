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
/// Publishes the events the ingest transaction wrote to the outbox, oldest first, and marks them sent.
/// MassTransit's EF outbox package is not served here, so this small relay does the job: at-least-once (a crash
/// after publish and before marking re-publishes; consumers are idempotent by announcement id).
/// </summary>
public sealed class OutboxRelay(
    IServiceScopeFactory scopes,
    OutboxSignal signal,
    IOptions<IngestionOptions> options,
    ILogger<OutboxRelay> logger) : BackgroundService
{
    private const int BatchSize = 50;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var published = 0;
            try
            {
                published = await PublishPendingAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Outbox relay could not publish; will retry");
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
            if (published < BatchSize) await signal.WaitAsync(options.Value.OutboxPollInterval, stoppingToken);
        }
    }

    /// <summary>Publishes one batch; returns how many were sent.</summary>
    public async Task<int> PublishPendingAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IngestionDbContext>();
        var publisher = scope.ServiceProvider.GetRequiredService<IPublishEndpoint>();
        var pending = await db.Outbox.Where(m => m.SentAt == null).OrderBy(m => m.CreatedAt).Take(BatchSize).ToListAsync(cancellationToken);
        foreach (var message in pending)
        {
            message.Attempts++;
            var received = JsonSerializer.Deserialize<AnnouncementReceived>(message.PayloadJson, HostingExtensions.StorageJson)
                ?? throw new InvalidOperationException($"outbox message {message.Id} has no payload");
            // Continue the trace of the ingest call that wrote this message.
            ActivityContext.TryParse(message.TraceParent, null, out var parent);
            using (var activity = CapexRadarTelemetry.ActivitySource.StartActivity("outbox.publish", ActivityKind.Internal, parent))
            {
                activity?.SetTag(CapexRadarTelemetry.AnnouncementIdTag, message.AnnouncementId);
                await publisher.Publish(received, cancellationToken);
            }
            message.SentAt = DateTimeOffset.UtcNow;
            await db.SaveChangesAsync(cancellationToken);
        }
        return pending.Count;
    }
}
