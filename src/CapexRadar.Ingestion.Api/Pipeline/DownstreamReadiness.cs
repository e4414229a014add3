using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CapexRadar.Ingestion.Api.Pipeline;

/// <summary>
/// Start-up gate that lets the AppHost start Ingestion beside Entities, Capex and Market instead of after them (start-up
/// to healthy was the sum of the two). Until each of the three has answered its <c>/health</c> once — healthy there
/// means its bus is connected and its queues are bound — Ingestion reports itself unhealthy and the outbox relay holds
/// its rows: RabbitMQ drops a message published to an exchange no queue is bound to yet, so publishing earlier on a fresh
/// broker could lose the first announcements (until the re-drive). Afterwards the gate stays open: a service that
/// restarts later keeps its queues, which hold the messages meanwhile.
/// A service whose address Ingestion is not given (<c>services:{name}:http:0</c>, set by the AppHost's references;
/// absent outside Aspire and in tests) is not waited for.
/// </summary>
public sealed class DownstreamReadiness(IConfiguration configuration, ILogger<DownstreamReadiness> logger) : BackgroundService, IHealthCheck
{
    public const string HealthCheckName = "downstream";
    public static readonly IReadOnlyList<string> Services = ["entities", "capex", "market"];
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile string _waitingFor = string.Join(", ", Services);

    /// <summary>Completes once every configured downstream service has been healthy once.</summary>
    public Task Ready => _ready.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var pending = Services
            .Select(name => (Name: name, Url: configuration[$"services:{name}:http:0"]))
            .Where(s => !string.IsNullOrWhiteSpace(s.Url))
            .ToList();
        // A plain client: no retry or circuit-breaker delays between polls (the resilience handler of ServiceDefaults).
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        while (pending.Count > 0)
        {
            _waitingFor = string.Join(", ", pending.Select(s => s.Name));
            foreach (var service in pending.ToList())
            {
                try
                {
                    using var response = await client.GetAsync(new Uri(new Uri(service.Url!), "/health"), stoppingToken);
                    if (response.IsSuccessStatusCode) pending.Remove(service);
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !stoppingToken.IsCancellationRequested)
                {
                    // not listening yet
                }
            }
            if (pending.Count > 0) await Task.Delay(PollInterval, stoppingToken);
        }
        _waitingFor = "";
        logger.LogDebug("Downstream services healthy; publishing starts");
        _ready.TrySetResult();
    }

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(Ready.IsCompleted
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"waiting for {_waitingFor} to be healthy"));
}
