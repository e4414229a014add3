using System.Text.Json;
using CapexRadar.Entities.Extraction;
using CapexRadar.ServiceHosting;
using Microsoft.EntityFrameworkCore;

namespace CapexRadar.Entities.Api.Data;

/// <summary>Replays operator corrections stored in the database into the knowledge base at start (after the schema is migrated).</summary>
public sealed class CompanyOverridesLoader(IServiceProvider services, CompanyKnowledgeBase knowledgeBase, ILogger<CompanyOverridesLoader> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EntitiesDbContext>();
        var overrides = await db.CompanyOverrides.AsNoTracking().ToListAsync(cancellationToken);
        foreach (var row in overrides)
        {
            var record = JsonSerializer.Deserialize<CompanyRecord>(row.RecordJson, HostingExtensions.StorageJson);
            if (record is not null) knowledgeBase.Upsert(record);
        }
        logger.LogInformation("Applied {Count} company overrides to the knowledge base", overrides.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
