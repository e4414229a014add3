using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CapexRadar.AppHost.Hosting;

/// <summary>Health check for a broker whose address is known only once DCP has allocated its endpoint.</summary>
public sealed class AmqpHealthCheck(Func<CancellationToken, Task<(string Host, int Port)?>> address) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var target = await address(cancellationToken).ConfigureAwait(false);
        if (target is not { } t)
        {
            return HealthCheckResult.Unhealthy("broker endpoint not allocated yet");
        }

        var (ok, detail) = await AmqpProbe.ProbeAsync(t.Host, t.Port, TimeSpan.FromSeconds(3), cancellationToken).ConfigureAwait(false);
        return ok ? HealthCheckResult.Healthy(detail) : HealthCheckResult.Unhealthy(detail);
    }
}
