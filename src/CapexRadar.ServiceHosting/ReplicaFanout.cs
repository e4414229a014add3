using MassTransit;
using Microsoft.Extensions.Configuration;

namespace CapexRadar.ServiceHosting;

/// <summary>
/// Fan-out between the replicas of one service over the broker: state a replica keeps in memory (watch streams, the
/// knowledge base) learns what another replica wrote. On when <c>Messaging:FanOut</c> is true (the AppHost sets it
/// when <c>CapexRadar:Replicas</c> &gt; 1; set it on every replica of a cluster); off, nothing is published.
/// Each replica consumes on a temporary queue of its own (auto-delete, named with <see cref="InstanceId"/>) bound to
/// the message type, so every replica gets every message; a replica ignores its own (<c>Origin</c>).
/// </summary>
public static class ReplicaFanout
{
    /// <summary>This process: the origin of what it fans out, and the suffix of its temporary queues.</summary>
    public static string InstanceId { get; } = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("n")[..8]}".ToLowerInvariant();

    public static bool Enabled(IConfiguration configuration) => configuration.GetValue<bool>("Messaging:FanOut");

    /// <summary>Registers <typeparamref name="TConsumer"/> on this instance's own temporary endpoint.</summary>
    public static void AddFanoutConsumer<TConsumer>(this IBusRegistrationConfigurator bus) where TConsumer : class, IConsumer =>
        bus.AddConsumer<TConsumer>().Endpoint(e =>
        {
            e.InstanceId = InstanceId;
            e.Temporary = true;
        });

    /// <summary>True for an endpoint created by <see cref="AddFanoutConsumer{TConsumer}"/> (never a quorum queue).</summary>
    public static bool IsFanoutEndpoint(string endpointName) => endpointName.Contains(InstanceId, StringComparison.OrdinalIgnoreCase);
}
