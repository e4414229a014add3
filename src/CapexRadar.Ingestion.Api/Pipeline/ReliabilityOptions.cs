using System.ComponentModel.DataAnnotations;

namespace CapexRadar.Ingestion.Api.Pipeline;

/// <summary><c>Ingestion:Outbox</c>: the relay that publishes what the ingest transaction wrote (validated at start).</summary>
public sealed class OutboxOptions : IValidatableObject
{
    public const string Section = "Ingestion:Outbox";

    /// <summary>Rows claimed and published per pass (publishes run concurrently, then are marked sent together).</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 100;

    /// <summary>
    /// Claimed batches awaiting the broker's confirms at once. Rows committed while a batch waits are claimed and
    /// published at once instead of after that batch; at the limit the relay waits and the next claim takes more rows.
    /// </summary>
    [Range(1, 64)]
    public int MaxBatchesInFlight { get; set; } = 4;

    /// <summary>How long a claim holds its rows: a relay that dies mid-batch releases them when it expires.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest one publish may wait for the broker's confirmation.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>A row that fails this many times (for a reason of its own, not an unreachable broker) is parked.</summary>
    [Range(1, 1000)]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Wait before a failed row is tried again (times its attempt count).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Sent rows are deleted this long after they were sent.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "365.00:00:00")]
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How often sent rows past <see cref="Retention"/> are deleted.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan PruneInterval { get; set; } = TimeSpan.FromMinutes(5);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (LeaseDuration <= PublishTimeout)
            yield return new ValidationResult("Ingestion:Outbox:LeaseDuration must be longer than PublishTimeout (a lease must outlive the publishes it covers)",
                [nameof(LeaseDuration), nameof(PublishTimeout)]);
    }
}

/// <summary><c>Ingestion:Redrive</c>: re-publishing announcements stuck short of a terminal stage (validated at start).</summary>
public sealed class RedriveOptions
{
    public const string Section = "Ingestion:Redrive";

    public bool Enabled { get; set; } = true;

    /// <summary>An announcement with no stage progress and no publish for this long is re-published.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan After { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often stuck announcements are looked for.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Announcements received longer ago than this are left alone (replay them by hand).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "365.00:00:00")]
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Most announcements re-published per pass.</summary>
    [Range(1, 100_000)]
    public int BatchSize { get; set; } = 1000;
}
