using CapexRadar.Contracts;
using CapexRadar.Ingestion.Api.Data;
using CapexRadar.Ingestion.Api.Events;
using CapexRadar.Ingestion.Api.Pipeline;
using CapexRadar.Protos.Ingestion.V1;
using CapexRadar.ServiceHosting;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CapexRadar.Ingestion.Api.Messaging;

/// <summary>
/// Records each stage an announcement reaches; when both Capex and Market are done, records <c>complete</c> in the
/// same transaction and publishes <see cref="AnnouncementReadyToCluster"/> with the facts the two stage messages carried
/// (the other one's kept with its stage row), so Ingestion receives each stage message once and reads no service back.
/// Idempotent: a redelivery only counts another attempt (and asks for clustering again, which keeps the event).
/// </summary>
public sealed class StageRecorderConsumer(IngestionWriter writer) :
    IConsumer<EntitiesExtracted>, IConsumer<CapexExtracted>, IConsumer<MarketMovesExtracted>
{
    public Task Consume(ConsumeContext<EntitiesExtracted> context)
    {
        var e = context.Message.Entities;
        return writer.RecordStageAsync(context.Message.AnnouncementId, StageNames.Entities,
            $"{e.Organizations.Count} organizations, {e.People.Count} people, {e.Locations.Count} locations", failed: false, context.CancellationToken);
    }

    public async Task Consume(ConsumeContext<CapexExtracted> context)
    {
        var m = context.Message;
        var facts = m.Facts is null ? null : new StageFacts(m.Facts, m.Facilities ?? [], null, m.AnnouncerId, m.Locations ?? []);
        var outcome = await writer.RecordStageAsync(m.AnnouncementId, StageNames.Capex,
            $"{m.FactCount} capex facts, {m.FacilityCount} facility plans", failed: false, context.CancellationToken, facts?.ToJson());
        if (outcome.CapexAndMarketDone)
            await context.Publish(new AnnouncementReadyToCluster(m.AnnouncementId,
                StageFacts.Combine(facts, StageFacts.FromJson(outcome.MarketFactsJson))), context.CancellationToken);
    }

    public async Task Consume(ConsumeContext<MarketMovesExtracted> context)
    {
        var m = context.Message;
        var facts = m.Moves is null ? null : new StageFacts(null, null, m.Moves, m.AnnouncerId, m.Locations ?? []);
        var outcome = await writer.RecordStageAsync(m.AnnouncementId, StageNames.Market,
            $"{m.MoveCount} market moves", failed: false, context.CancellationToken, facts?.ToJson());
        if (outcome.CapexAndMarketDone)
            await context.Publish(new AnnouncementReadyToCluster(m.AnnouncementId,
                StageFacts.Combine(StageFacts.FromJson(outcome.CapexFactsJson), facts)), context.CancellationToken);
    }
}

/// <summary>
/// Marks a stage failed when a consumer gave up on a message (MassTransit publishes <see cref="Fault{T}"/> and moves
/// the message to that queue's <c>_error</c> queue). The stage is the one that really failed: the faulting service
/// is read from the fault's source address (its queues carry the service's name) or its host. Clients see a short
/// reason; the exception itself is logged here (and is in the faulting service's logs and trace).
/// </summary>
public sealed class StageFaultConsumer(IngestionWriter writer, ILogger<StageFaultConsumer> logger) :
    IConsumer<Fault<AnnouncementReceived>>, IConsumer<Fault<EntitiesExtracted>>,
    IConsumer<Fault<CapexExtracted>>, IConsumer<Fault<MarketMovesExtracted>>, IConsumer<Fault<AnnouncementReadyToCluster>>
{
    public Task Consume(ConsumeContext<Fault<AnnouncementReceived>> context) =>
        RecordAsync(context, context.Message.Message.AnnouncementId, StageNames.Entities, context.Message, recorder: false);

    public Task Consume(ConsumeContext<Fault<EntitiesExtracted>> context)
    {
        // Capex, Market and Ingestion's own recorder consume EntitiesExtracted: the faulting service tells which failed.
        var stage = FaultingService(context.SourceAddress, context.Message) switch
        {
            "market" => StageNames.Market,
            "capex" => StageNames.Capex,
            _ => StageNames.Entities, // Ingestion could not record the entities stage
        };
        return RecordAsync(context, context.Message.Message.AnnouncementId, stage, context.Message, recorder: stage == StageNames.Entities);
    }

    /// <summary>Clustering gave up on an announcement: no pipeline stage failed (they are all recorded), so only logged.</summary>
    public Task Consume(ConsumeContext<Fault<AnnouncementReadyToCluster>> context) =>
        LogOnlyAsync(context.Message.Message.AnnouncementId, context.Message);

    public Task Consume(ConsumeContext<Fault<CapexExtracted>> context) => IsEventClustering(context.SourceAddress, context.Message)
        ? LogOnlyAsync(context.Message.Message.AnnouncementId, context.Message)
        : RecordAsync(context, context.Message.Message.AnnouncementId, StageNames.Capex, context.Message, recorder: true);

    public Task Consume(ConsumeContext<Fault<MarketMovesExtracted>> context) => IsEventClustering(context.SourceAddress, context.Message)
        ? LogOnlyAsync(context.Message.Message.AnnouncementId, context.Message)
        : RecordAsync(context, context.Message.Message.AnnouncementId, StageNames.Market, context.Message, recorder: true);

    /// <summary>
    /// Before clustering took <see cref="AnnouncementReadyToCluster"/>, its endpoint consumed the stage messages too:
    /// such a fault (from a message of then) is no pipeline stage's failure.
    /// </summary>
    public static bool IsEventClustering(Uri? sourceAddress, Fault fault) =>
        sourceAddress?.AbsolutePath.Contains("event-clustering", StringComparison.OrdinalIgnoreCase) == true;

    private Task LogOnlyAsync(string announcementId, Fault fault)
    {
        logger.LogWarning("Event clustering gave up on announcement {AnnouncementId}: {ExceptionType}: {ExceptionMessage}",
            announcementId, fault.Exceptions.FirstOrDefault()?.ExceptionType, fault.Exceptions.FirstOrDefault()?.Message);
        return Task.CompletedTask;
    }

    /// <summary>"capex", "market", "entities", "ingestion" or "" from the fault's source queue, else its host assembly.</summary>
    public static string FaultingService(Uri? sourceAddress, Fault fault)
    {
        string[] services = ["ingestion", "entities", "capex", "market"];
        var source = sourceAddress?.AbsolutePath.Trim('/') ?? "";
        foreach (var name in services)
            if (source.StartsWith(name + "-", StringComparison.OrdinalIgnoreCase)) return name;
        var assembly = "." + (fault.Host?.Assembly ?? "") + "."; // CapexRadar.Market.Api
        foreach (var name in services)
            if (assembly.Contains("." + name + ".", StringComparison.OrdinalIgnoreCase)) return name;
        return "";
    }

    /// <summary>A short reason for clients: never exception text (it may carry input or internals).</summary>
    public static string SanitisedReason(Fault fault, bool recorder)
    {
        var first = fault.Exceptions.FirstOrDefault();
        if (recorder) return "status recording failed";
        if (first is not null && first.ExceptionType == typeof(ExtractionFailedException).FullName)
        {
            var inner = first.InnerException;
            return inner?.ExceptionType is { } t && (t.EndsWith(nameof(OperationCanceledException), StringComparison.Ordinal) ||
                                                    t.EndsWith(nameof(TaskCanceledException), StringComparison.Ordinal))
                ? "extraction timed out"
                : "extraction failed";
        }
        return "processing failed after retries";
    }

    /// <param name="recorder">The fault is Ingestion's own stage recorder giving up on a stage message.</param>
    private async Task RecordAsync(ConsumeContext context, string announcementId, string stage, Fault fault, bool recorder)
    {
        var service = recorder ? "ingestion" : FaultingService(context.SourceAddress, fault);
        var reason = SanitisedReason(fault, recorder);
        var first = fault.Exceptions.FirstOrDefault();
        logger.LogWarning("Stage {Stage} of announcement {AnnouncementId} failed in {Service}: {ExceptionType}: {ExceptionMessage}{Inner}",
            stage, announcementId, service.Length > 0 ? service : "?", first?.ExceptionType, first?.Message,
            first?.InnerException is { } inner ? $" <- {inner.ExceptionType}: {inner.Message}" : "");
        CapexRadarTelemetry.StageFailures.Add(1, new KeyValuePair<string, object?>("stage", stage));
        await writer.RecordStageAsync(announcementId, stage, reason, failed: true, context.CancellationToken);
    }
}

/// <summary>
/// The recorder's endpoint takes many messages at once: each only queues a write for <see cref="IngestionWriter"/>,
/// which commits them together, so more messages in flight means fewer, larger transactions (MassTransit's default
/// on two cores is a handful). The retry policy is every consumer's (<see cref="ConsumerRetry"/>).
/// </summary>
public sealed class StageRecorderDefinition : ConsumerDefinition<StageRecorderConsumer>
{
    public const int InFlight = 128;

    public StageRecorderDefinition() => ConcurrentMessageLimit = InFlight;

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<StageRecorderConsumer> consumerConfigurator, IRegistrationContext context)
    {
        if (endpointConfigurator is IRabbitMqReceiveEndpointConfigurator rabbit) rabbit.PrefetchCount = InFlight;
        ConsumerRetry.Apply(endpointConfigurator, context);
    }
}
