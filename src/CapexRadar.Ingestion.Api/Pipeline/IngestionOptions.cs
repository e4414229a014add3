namespace CapexRadar.Ingestion.Api.Pipeline;

public sealed class IngestionOptions
{
    public const string Section = "Ingestion";

    /// <summary>Largest accepted body, in bytes of UTF-8 (documented limit: 1 MiB). Larger bodies get RESOURCE_EXHAUSTED.</summary>
    public int MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>How often the outbox relay looks for unsent events when nothing signalled it.</summary>
    public TimeSpan OutboxPollInterval { get; set; } = TimeSpan.FromSeconds(2);
}
