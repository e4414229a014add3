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

    /// <summary>
    /// Messages the broker may deliver ahead of acknowledgement, per endpoint (0 = MassTransit's default, 16). Default
    /// 64: a consumer acknowledges only after the broker confirmed what it published, and RabbitMQ confirms persistent
    /// messages on classic queues after its periodic disk sync (up to ~200 ms under steady load), so each message holds
    /// a slot for that long — 16 slots capped an endpoint near 16 / 0.2 s ≈ 80–150 messages a second.
    /// Endpoints with a definition of their own (Ingestion's stage recorder and clustering) keep theirs.
    /// </summary>
    [Range(0, 10_000)]
    public int PrefetchCount { get; set; } = DefaultPrefetchCount;

    public const int DefaultPrefetchCount = 64;

    /// <summary>Messages an endpoint processes at once (0 = MassTransit's default, which follows the prefetch count).</summary>
    [Range(0, 10_000)]
    public int ConcurrentMessageLimit { get; set; }
}
