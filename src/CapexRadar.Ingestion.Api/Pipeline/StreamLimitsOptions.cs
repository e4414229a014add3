using System.ComponentModel.DataAnnotations;

namespace CapexRadar.Ingestion.Api.Pipeline;

/// <summary>
/// <c>Ingestion:Streams</c>: limits of Ingestion's streaming RPCs (validated at start). Beyond a subscriber cap a new
/// stream gets RESOURCE_EXHAUSTED; a subscriber that falls further behind than its buffer is ended with
/// RESOURCE_EXHAUSTED (never silently skipped); an IngestStream past its byte budget ends with RESOURCE_EXHAUSTED.
/// </summary>
public sealed class StreamLimitsOptions
{
    public const string Section = "Ingestion:Streams";

    /// <summary>Concurrent WatchAnnouncement streams this process serves.</summary>
    [Range(1, 100_000)]
    public int MaxWatchSubscribers { get; set; } = 100;

    /// <summary>Stage events buffered per WatchAnnouncement stream before it is ended as too slow.</summary>
    [Range(16, 1_000_000)]
    public int WatchBufferSize { get; set; } = 4096;

    /// <summary>Concurrent WatchFacts streams this process serves.</summary>
    [Range(1, 100_000)]
    public int MaxFeedSubscribers { get; set; } = 100;

    /// <summary>Bytes of requests (protobuf size) one IngestStream may send: 256 MiB.</summary>
    [Range(1L, 64L * 1024 * 1024 * 1024)]
    public long MaxStreamBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>Announcements one IngestStream may send.</summary>
    [Range(1, 1_000_000)]
    public int MaxStreamItems { get; set; } = 10_000;
}
