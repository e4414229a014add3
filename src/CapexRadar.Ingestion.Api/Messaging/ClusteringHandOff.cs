using System.Threading.Channels;
using CapexRadar.Contracts;
using CapexRadar.Ingestion.Api.Data;
using CapexRadar.Ingestion.Api.Events;
using CapexRadar.ServiceHosting;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CapexRadar.Ingestion.Api.Messaging;

/// <summary>
/// Hands an announcement whose capex and market stages are both recorded to event clustering in this process (was a
/// message to itself through the broker, <see cref="AnnouncementReadyToCluster"/>: a persistent publish, a confirm, a
/// delivery and a deserialisation per announcement). At least once without the broker: the stage message that completed
/// the announcement is acknowledged only after clustering is done (or given up), so a process that dies in between gets
/// that message again, records it again (an attempt counted) and clusters again — clustering is idempotent (an
/// announcement already in an event keeps it). One loop clusters what is queued, a batch in one DI scope (clustering lets
/// one announcement through at a time anyway); a batch's failed item gets a fresh scope for the rest.
/// Clustering itself (<see cref="EventClustering.ClusterAsync"/>, <see cref="IAnnouncementFactsSource"/>) is unchanged.
/// </summary>
public sealed class ClusteringHandOff : IAsyncDisposable
{
    /// <summary>Most announcements clustered with one DI scope.</summary>
    public const int MaxBatch = 64;

    private readonly IServiceScopeFactory _scopes;
    private readonly IServiceProvider _services;
    private readonly ILogger<ClusteringHandOff> _logger;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Channel<Request> _queue = Channel.CreateBounded<Request>(new BoundedChannelOptions(10_000)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });
    private readonly Task _loop;

    /// <remarks>
    /// <see cref="EventClustering"/> (which loads the knowledge base: seconds on a busy machine) is resolved by the loop,
    /// which starts with the host (<see cref="ClusteringWarmUp"/>), not by the stage recorder that depends on this.
    /// </remarks>
    public ClusteringHandOff(IServiceScopeFactory scopes, IServiceProvider services, ILogger<ClusteringHandOff> logger)
    {
        _scopes = scopes;
        _services = services;
        _logger = logger;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Clusters once: the message to publish, or null when Ingestion does not know the announcement. Throws what clustering threw.</summary>
    /// <param name="facts">What the stage messages carried; null = clustering reads them from the services.</param>
    public async Task<AnnouncementClustered?> ClusterAsync(string announcementId, AnnouncementFacts? facts, CancellationToken cancellationToken)
    {
        var request = new Request(announcementId, facts);
        await _queue.Writer.WriteAsync(request, cancellationToken);
        return await request.Done.Task.WaitAsync(cancellationToken);
    }

    /// <summary>
    /// Clusters and publishes <see cref="AnnouncementClustered"/> on <paramref name="context"/> (held by its in-memory
    /// outbox until the consumer succeeds). A failure is retried here with every consumer's waits
    /// (<see cref="ConsumerRetry.Intervals"/>), then logged and given up — it fails no stage and not the stage message,
    /// as before (the clustering message's fault was only logged). Cancellation (shutdown) propagates: the stage message
    /// is then delivered again.
    /// </summary>
    public async Task ClusterAndAnnounceAsync(ConsumeContext context, string announcementId, AnnouncementFacts? facts)
    {
        var cancellationToken = context.CancellationToken;
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                if (await ClusterAsync(announcementId, facts, cancellationToken) is { } clustered)
                    await context.Publish(clustered, cancellationToken);
                return;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                if (attempt >= ConsumerRetry.Intervals.Count)
                {
                    ClusteringTelemetry.GaveUp.Add(1);
                    _logger.LogWarning(ex, "Event clustering gave up on announcement {AnnouncementId} after {Attempts} attempts: {ExceptionType}: {ExceptionMessage}",
                        announcementId, attempt + 1, ex.GetType().FullName, ex.Message);
                    return;
                }
                _logger.LogDebug(ex, "Event clustering of {AnnouncementId} failed (attempt {Attempt}); retrying", announcementId, attempt + 1);
                await Task.Delay(ConsumerRetry.Intervals[attempt], cancellationToken);
            }
        }
    }

    private async Task RunAsync()
    {
        var clustering = _services.GetRequiredService<EventClustering>();
        var batch = new List<Request>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var request)) batch.Add(request);
            AsyncServiceScope? scope = null;
            try
            {
                foreach (var request in batch)
                {
                    if (_stopping.IsCancellationRequested)
                    {
                        request.Done.TrySetCanceled(_stopping.Token);
                        continue;
                    }
                    scope ??= _scopes.CreateAsyncScope();
                    try
                    {
                        request.Done.TrySetResult(await ClusterOneAsync(clustering, scope.Value.ServiceProvider, request));
                    }
                    catch (Exception ex)
                    {
                        request.Done.TrySetException(ex);
                        await scope.Value.DisposeAsync(); // the contexts may hold the failed attempt's state
                        scope = null;
                    }
                }
            }
            finally
            {
                if (scope is { } s) await s.DisposeAsync();
            }
        }
    }

    private async Task<AnnouncementClustered?> ClusterOneAsync(EventClustering clustering, IServiceProvider services, Request request)
    {
        var db = services.GetRequiredService<EventsDbContext>();
        if (request.Facts is not null) services.GetRequiredService<ReceivedFacts>().Offer(request.AnnouncementId, request.Facts);
        var eventId = await clustering.ClusterAsync(request.AnnouncementId, db, services.GetRequiredService<IngestionDbContext>(),
            services.GetRequiredService<IAnnouncementFactsSource>(), _stopping.Token);
        if (eventId is null) return null;
        var follows = await db.Events.AsNoTracking().Where(e => e.Id == eventId).Select(e => e.FollowsEventId).FirstOrDefaultAsync(_stopping.Token);
        return new AnnouncementClustered(request.AnnouncementId, eventId, follows);
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _stopping.CancelAsync();
        try { await _loop; }
        catch (OperationCanceledException) { }
        _stopping.Dispose();
    }

    private sealed class Request(string announcementId, AnnouncementFacts? facts)
    {
        public string AnnouncementId { get; } = announcementId;
        public AnnouncementFacts? Facts { get; } = facts;
        public TaskCompletionSource<AnnouncementClustered?> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}

/// <summary>Starts <see cref="ClusteringHandOff"/>'s loop (and so the knowledge-base load) with the host, without waiting for it.</summary>
public sealed class ClusteringWarmUp(ClusteringHandOff handOff) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        GC.KeepAlive(handOff);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>Counter <c>capexradar.clustering.gave_up</c>: announcements clustering gave up on after its retries.</summary>
public static class ClusteringTelemetry
{
    public static readonly System.Diagnostics.Metrics.Counter<long> GaveUp =
        CapexRadarTelemetry.Meter.CreateCounter<long>("capexradar.clustering.gave_up", description: "announcements event clustering gave up on after its retries");
}
