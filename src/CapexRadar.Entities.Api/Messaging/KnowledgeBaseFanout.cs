using System.Text.Json;
using CapexRadar.Contracts;
using CapexRadar.Entities.Extraction;
using CapexRadar.ServiceHosting;
using MassTransit;

namespace CapexRadar.Entities.Api.Messaging;

/// <summary>
/// With several Entities replicas (<c>Messaging:FanOut</c>): a knowledge-base write stored by one replica is published
/// so every other replica applies it to its in-memory knowledge base too (a replica that starts later reads the
/// stored overrides, <see cref="Data.CompanyOverridesLoader"/>).
/// </summary>
public sealed class KnowledgeBaseFanout(IBus bus)
{
    public Task PublishAsync(string recordJson, CancellationToken cancellationToken) =>
        bus.Publish(new CompanyUpserted(ReplicaFanout.InstanceId, recordJson), cancellationToken);
}

/// <summary>Another replica's knowledge-base write (this replica's own are skipped: already applied).</summary>
public sealed class CompanyUpsertedConsumer(CompanyKnowledgeBase knowledgeBase, ILogger<CompanyUpsertedConsumer> logger) : IConsumer<CompanyUpserted>
{
    public Task Consume(ConsumeContext<CompanyUpserted> context)
    {
        if (context.Message.Origin == ReplicaFanout.InstanceId) return Task.CompletedTask;
        var record = JsonSerializer.Deserialize<CompanyRecord>(context.Message.RecordJson, HostingExtensions.StorageJson);
        if (record is null) return Task.CompletedTask;
        knowledgeBase.Upsert(record);
        logger.LogInformation("Knowledge base: company {CompanyId} applied from another replica", record.Id);
        return Task.CompletedTask;
    }
}
