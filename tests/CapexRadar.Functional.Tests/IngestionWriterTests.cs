using CapexRadar.Ingestion.Api;
using CapexRadar.Ingestion.Api.Data;
using CapexRadar.Ingestion.Api.Pipeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CapexRadar.Functional.Tests;

/// <summary>
/// Ingestion's group-commit writer: many concurrent writes share transactions, yet each keeps the rules it had alone
/// (one <c>complete</c> per announcement, attempts counted, a duplicate fails alone).
/// </summary>
public sealed class IngestionWriterTests : IAsyncLifetime
{
    private readonly ServiceFactory<IngestionApi> _factory = new();

    public async Task InitializeAsync() => await _factory.Harness.Start();

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private static (Announcement, StageRecord, OutboxMessage) Rows(string id, string text)
    {
        var now = DateTimeOffset.UtcNow;
        return (new Announcement { Id = id, ContentHash = "hash-" + text, Text = text, TraceId = "", ReceivedAt = now },
            new StageRecord { AnnouncementId = id, Stage = StageNames.Received, At = now },
            new OutboxMessage { Id = Guid.NewGuid(), AnnouncementId = id, PayloadJson = "{}", CreatedAt = now, SentAt = now });
    }

    private static Task<bool> IngestAsync(IngestionWriter writer, string id, string text)
    {
        var (a, s, o) = Rows(id, text);
        return writer.IngestAsync(a, s, o, CancellationToken.None);
    }

    [Fact]
    public async Task Concurrent_and_redelivered_stage_records_complete_each_announcement_once()
    {
        var writer = _factory.Services.GetRequiredService<IngestionWriter>();
        var ids = Enumerable.Range(0, 40).Select(i => $"gc-{i}").ToList();
        await Task.WhenAll(ids.Select(id => IngestAsync(writer, id, "text of " + id)));

        // Every stage of every announcement at once, capex and market twice (redeliveries), plus a late fault of
        // capex that must not overwrite its success, and a record for an announcement that is not ours.
        var writes = ids.SelectMany(id => new[]
        {
            writer.RecordStageAsync(id, StageNames.Entities, "e", false, CancellationToken.None),
            writer.RecordStageAsync(id, StageNames.Capex, "c", false, CancellationToken.None),
            writer.RecordStageAsync(id, StageNames.Market, "m", false, CancellationToken.None),
            writer.RecordStageAsync(id, StageNames.Capex, "c", false, CancellationToken.None),
            writer.RecordStageAsync(id, StageNames.Market, "m", false, CancellationToken.None),
        }).Append(writer.RecordStageAsync("not-ours", StageNames.Capex, "c", false, CancellationToken.None)).ToList();
        await Task.WhenAll(writes);
        await Task.WhenAll(ids.Select(id => writer.RecordStageAsync(id, StageNames.Capex, "failed late", true, CancellationToken.None)));

        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IngestionDbContext>();
        var rows = await db.Stages.AsNoTracking().Where(s => s.AnnouncementId.StartsWith("gc-")).ToListAsync();
        foreach (var id in ids)
        {
            var mine = rows.Where(r => r.AnnouncementId == id).ToList();
            Assert.Single(mine, r => r.Stage == StageNames.Complete);
            Assert.Equal(5, mine.Count); // received, entities, capex, market, complete
            var capex = Assert.Single(mine, r => r.Stage == StageNames.Capex);
            Assert.False(capex.Failed);
            Assert.Equal(3, capex.Attempts);
            Assert.Equal(2, Assert.Single(mine, r => r.Stage == StageNames.Market).Attempts);
        }
        Assert.False(await db.Stages.AnyAsync(s => s.AnnouncementId == "not-ours"));
    }

    [Fact]
    public async Task A_duplicate_in_a_batch_is_refused_alone_and_the_others_are_stored()
    {
        var writer = _factory.Services.GetRequiredService<IngestionWriter>();
        var writes = Enumerable.Range(0, 30).Select(i => IngestAsync(writer, $"dup-{i}", $"body {i}")).ToList();
        writes.Add(IngestAsync(writer, "dup-copy", "body 7")); // same content as dup-7
        writes.Add(IngestAsync(writer, "dup-3", "other body")); // same id as dup-3
        var stored = await Task.WhenAll(writes);

        Assert.Equal(30, stored.Count(s => s));
        Assert.False(stored[^1]); // dup-3 was queued first
        Assert.False(stored[^2]); // dup-7 was queued first
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IngestionDbContext>();
        Assert.Equal(30, await db.Announcements.CountAsync(a => a.Id.StartsWith("dup-")));
        Assert.Equal(30, await db.Outbox.CountAsync(m => m.AnnouncementId.StartsWith("dup-")));
        Assert.Equal(30, await db.Stages.CountAsync(m => m.AnnouncementId.StartsWith("dup-")));
        Assert.Equal("body 3", (await db.Announcements.SingleAsync(a => a.Id == "dup-3")).Text);
    }
}
