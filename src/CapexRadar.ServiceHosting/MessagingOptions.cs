using System.ComponentModel.DataAnnotations;

namespace CapexRadar.ServiceHosting;

/// <summary>
/// Broker-side settings of every service's receive endpoints (section <c>Messaging</c>), applied to all consumers.
/// Leave them unset to keep MassTransit's defaults.
/// </summary>
public sealed class MessagingOptions
{
    public const string Section = "Messaging";

    /// <summary>Declare the receive queues as quorum queues (replicated across a RabbitMQ cluster). A queue that
    /// exists as a classic queue must be deleted first: RabbitMQ refuses to change a queue's type.</summary>
    public bool QuorumQueues { get; set; }

    /// <summary>Messages the broker may deliver ahead of acknowledgement, per endpoint (0 = MassTransit's default).</summary>
    [Range(0, 10_000)]
    public int PrefetchCount { get; set; }

    /// <summary>Messages an endpoint processes at once (0 = MassTransit's default, which follows the prefetch count).</summary>
    [Range(0, 10_000)]
    public int ConcurrentMessageLimit { get; set; }
}
