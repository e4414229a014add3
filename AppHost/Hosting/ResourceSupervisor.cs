using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CapexRadar.AppHost.Hosting;

/// <summary>Which resources the AppHost restarts when they exit unexpectedly, and how fast.</summary>
public sealed record SupervisorOptions(IReadOnlySet<string> Resources, TimeSpan FirstDelay, TimeSpan MaxDelay, TimeSpan StableAfter);

/// <summary>
/// Self-healing, as an orchestrator does in production: watches the resources' states and, when a supervised
/// resource goes from running to exited without being asked to stop (kill -9, a crash — no <c>Stopping</c> state
/// before it), starts it again through the orchestrator's start command, with exponential back-off (1 s, 2 s, 4 s …
/// up to 30 s; reset once it has run for a minute). Going through the orchestrator matters for the broker: DCP's
/// endpoint proxy only forwards again once the resource itself is started again. Stops through the dashboard, and
/// the AppHost's own shutdown, are left alone.
/// </summary>
internal sealed class ResourceSupervisor(
    ResourceNotificationService notifications,
    IServiceProvider services,
    IHostApplicationLifetime lifetime,
    SupervisorOptions options,
    ILogger<ResourceSupervisor> logger) : BackgroundService
{
    private readonly Dictionary<string, string?> _lastState = [];
    private readonly Dictionary<string, (int Failures, DateTime RunningSince)> _history = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var e in notifications.WatchAsync(stoppingToken))
            {
                if (!options.Resources.Contains(e.Resource.Name)) continue;
                var state = e.Snapshot.State?.Text;
                _lastState.TryGetValue(e.ResourceId, out var previous);
                _lastState[e.ResourceId] = state;
                if (state == previous) continue;

                if (state == KnownResourceStates.Running)
                {
                    var h = _history.GetValueOrDefault(e.ResourceId);
                    _history[e.ResourceId] = (h.Failures, DateTime.UtcNow);
                    continue;
                }

                var exitedUnexpectedly = (state == KnownResourceStates.Exited || state == KnownResourceStates.Finished ||
                                          state == KnownResourceStates.FailedToStart) &&
                                         previous == KnownResourceStates.Running;
                if (!exitedUnexpectedly || lifetime.ApplicationStopping.IsCancellationRequested) continue;

                var (failures, since) = _history.GetValueOrDefault(e.ResourceId);
                if (since != default && DateTime.UtcNow - since > options.StableAfter) failures = 0;
                failures++;
                _history[e.ResourceId] = (failures, default);
                var delay = TimeSpan.FromTicks(Math.Min(options.MaxDelay.Ticks, options.FirstDelay.Ticks << Math.Min(failures - 1, 16)));
                logger.LogWarning("Resource {Resource} exited unexpectedly (exit code {ExitCode}); restarting in {Delay} s (restart {Count})",
                    e.Resource.Name, e.Snapshot.ExitCode, delay.TotalSeconds, failures);
                _ = RestartAsync(e.ResourceId, e.Resource.Name, delay, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>
    /// Starts the resource again after <paramref name="delay"/>; when the start fails (e.g. a dependency it waits
    /// for is itself restarting) tries again with doubled delay until it succeeds or the AppHost stops.
    /// </summary>
    private async Task RestartAsync(string resourceId, string name, TimeSpan delay, CancellationToken stoppingToken)
    {
        var commands = services.GetRequiredService<ResourceCommandService>();
        while (!stoppingToken.IsCancellationRequested && !lifetime.ApplicationStopping.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(delay, stoppingToken);
                if (lifetime.ApplicationStopping.IsCancellationRequested) return;
                var result = await commands.ExecuteCommandAsync(resourceId, KnownResourceCommands.StartCommand, stoppingToken);
                if (result.Success)
                {
                    logger.LogInformation("Resource {Resource} started again", name);
                    return;
                }
                logger.LogWarning("Resource {Resource} could not be started again ({Error}); next try in {Delay} s", name, result.Message, delay.TotalSeconds * 2);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning("Restarting {Resource} failed ({Error}); next try in {Delay} s", name, ex.Message, delay.TotalSeconds * 2);
            }
            delay = TimeSpan.FromTicks(Math.Min(options.MaxDelay.Ticks, delay.Ticks * 2));
        }
    }
}

public static class SupervisorExtensions
{
    /// <summary>
    /// Restarts the named resources when they exit unexpectedly (<c>CapexRadar:RestartOnExit</c>, default true).
    /// </summary>
    public static IDistributedApplicationBuilder AddResourceSupervisor(this IDistributedApplicationBuilder builder, params string[] resources)
    {
        if (!builder.ExecutionContext.IsRunMode || !builder.Configuration.GetValue("CapexRadar:RestartOnExit", true)) return builder;
        builder.Services.AddSingleton(new SupervisorOptions(new HashSet<string>(resources, StringComparer.Ordinal),
            TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(1)));
        builder.Services.AddHostedService<ResourceSupervisor>();
        return builder;
    }
}
