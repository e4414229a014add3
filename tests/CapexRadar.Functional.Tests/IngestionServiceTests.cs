using System.Diagnostics;
using CapexRadar.Contracts;
using CapexRadar.Domain;
using CapexRadar.Ingestion.Api;
using CapexRadar.Ingestion.Api.Data;
using CapexRadar.Protos.Ingestion.V1;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CapexRadar.Functional.Tests;

public sealed class IngestionServiceTests : IAsyncLifetime
{
    private readonly ServiceFactory<IngestionApi> _factory = new();
    private IngestionService.IngestionServiceClient _client = null!;

    public async Task InitializeAsync()
    {
        _client = new IngestionService.IngestionServiceClient(_factory.Channel());
        await _factory.Harness.Start();
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private static IngestRequest Seed(string id = "") => new()
    {
        AnnouncementId = id,
        Source = "test",
        Title = "Alibaba lifts AI spending",
        PublishedAt = Timestamp.FromDateTimeOffset(new DateTimeOffset(2025, 9, 24, 6, 0, 0, TimeSpan.Zero)),
        Body = Samples.Seed,
    };

    [Fact]
    public async Task Ingest_publishes_AnnouncementReceived_from_the_outbox_with_normalised_text()
    {
        var response = await _client.IngestAsync(Seed());

        Assert.NotEmpty(response.AnnouncementId);
        Assert.Empty(response.DuplicateOf);
        Assert.Equal(32, response.TraceId.Length);
        Assert.True(await _factory.Harness.PublishedAsync<AnnouncementReceived>(m => m.AnnouncementId == response.AnnouncementId));
        var published = _factory.Harness.Published.Select<AnnouncementReceived>().First(m => m.Context.Message.AnnouncementId == response.AnnouncementId);
        Assert.StartsWith("Alibaba Group Holding Ltd.", published.Context.Message.Text);
    }

    [Fact]
    public async Task Same_content_twice_returns_the_first_id_as_duplicate_of()
    {
        var first = await _client.IngestAsync(Seed());
        var second = await _client.IngestAsync(Seed());
        var html = await _client.IngestAsync(new IngestRequest { Body = "<p>" + Samples.Seed.Replace("\n", "\n\n") + "</p>" });

        Assert.Equal(first.AnnouncementId, second.AnnouncementId);
        Assert.Equal(first.AnnouncementId, second.DuplicateOf);
        Assert.Equal(first.AnnouncementId, html.DuplicateOf);
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IngestionDbContext>();
        Assert.Equal(1, await db.Announcements.CountAsync());
        Assert.Equal(1, await db.Outbox.CountAsync());
    }

    [Theory]
    [InlineData("", StatusCode.InvalidArgument)]
    [InlineData("   \n\t ", StatusCode.InvalidArgument)]
    [InlineData("bad \u0007 bell", StatusCode.InvalidArgument)]
    [InlineData("broken \uFFFD utf8", StatusCode.InvalidArgument)]
    [InlineData("lone \uD800 surrogate", StatusCode.InvalidArgument)]
    public async Task Bad_bodies_are_rejected_with_a_clear_status(string body, StatusCode expected)
    {
        var ex = await Assert.ThrowsAsync<RpcException>(async () => await _client.IngestAsync(new IngestRequest { Body = body }));
        Assert.Equal(expected, ex.StatusCode);
        Assert.Contains("body", ex.Status.Detail);
    }

    [Fact]
    public async Task Oversized_body_is_resource_exhausted_and_bad_fields_are_invalid()
    {
        var big = await Assert.ThrowsAsync<RpcException>(async () => await _client.IngestAsync(new IngestRequest { Body = new string('x', 1024 * 1024 + 1) }));
        Assert.Equal(StatusCode.ResourceExhausted, big.StatusCode);

        var future = await Assert.ThrowsAsync<RpcException>(async () => await _client.IngestAsync(new IngestRequest
        {
            Body = "Acme will spend $1 billion.",
            PublishedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddYears(3)),
        }));
        Assert.Equal(StatusCode.InvalidArgument, future.StatusCode);

        var badId = await Assert.ThrowsAsync<RpcException>(async () => await _client.IngestAsync(new IngestRequest { AnnouncementId = "no spaces/allowed", Body = "x" }));
        Assert.Equal(StatusCode.InvalidArgument, badId.StatusCode);

        var missing = await Assert.ThrowsAsync<RpcException>(async () => await _client.GetStatusAsync(new GetStatusRequest { AnnouncementId = "nope" }));
        Assert.Equal(StatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task IngestStream_answers_per_item()
    {
        using var call = _client.IngestStream();
        await call.RequestStream.WriteAsync(new IngestStreamRequest { Announcement = new IngestRequest { Body = "Contoso will invest $2 billion in data centres." } });
        await call.RequestStream.WriteAsync(new IngestStreamRequest { Announcement = new IngestRequest { Body = "" } });
        await call.RequestStream.WriteAsync(new IngestStreamRequest { Announcement = new IngestRequest { Body = "Contoso will invest $2 billion in data centres." } });
        await call.RequestStream.CompleteAsync();
        var response = await call;

        Assert.Equal(3, response.Results.Count);
        Assert.Equal((1, 1, 1), (response.Accepted, response.Rejected, response.Duplicates));
        Assert.Equal("InvalidArgument", response.Results[1].ErrorCode);
        Assert.Equal(response.Results[0].AnnouncementId, response.Results[2].DuplicateOf);
    }

    [Fact]
    public async Task Stages_reported_by_the_other_services_complete_the_announcement_and_reach_watchers()
    {
        var id = (await _client.IngestAsync(Seed("seed-1"))).AnnouncementId;
        using var watch = _client.WatchAnnouncement(new WatchAnnouncementRequest { AnnouncementId = id });

        await _factory.Harness.Bus.Publish(new EntitiesExtracted(id, "text", null, EntitySet.Empty));
        await _factory.Harness.Bus.Publish(new CapexExtracted(id, 3, 1));
        await _factory.Harness.Bus.Publish(new MarketMovesExtracted(id, 3));
        await _factory.Harness.Bus.Publish(new MarketMovesExtracted(id, 3)); // redelivery: no second record

        var stages = new List<Stage>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await foreach (var e in watch.ResponseStream.ReadAllAsync(timeout.Token)) stages.Add(e.Event.Stage);

        Assert.Equal(Stage.Received, stages[0]);
        Assert.Equal(Stage.Complete, stages[^1]);
        Assert.Contains(Stage.Entities, stages);
        var status = (await _client.GetStatusAsync(new GetStatusRequest { AnnouncementId = id })).Status;
        Assert.Equal(Stage.Complete, status.Stage);
        Assert.Equal(5, status.Events.Count);

        var page = await _client.ListAnnouncementsAsync(new ListAnnouncementsRequest { PageSize = 10 });
        Assert.Contains(page.Announcements, a => a.AnnouncementId == id && a.Stage == Stage.Complete);
    }

    [Fact]
    public async Task A_consumer_fault_marks_the_stage_failed_with_its_reason()
    {
        // A stand-in Entities consumer that always throws: MassTransit publishes Fault<AnnouncementReceived>.
        await using var factory = new ServiceFactory<IngestionApi>(bus => bus.AddConsumer<ExplodingEntitiesConsumer>());
        await factory.Harness.Start();
        var client = new IngestionService.IngestionServiceClient(factory.Channel());

        var id = (await client.IngestAsync(Seed("seed-fault"))).AnnouncementId;

        Assert.True(await Samples.EventuallyAsync(async () =>
            (await client.GetStatusAsync(new GetStatusRequest { AnnouncementId = id })).Status.Stage == Stage.Failed));
        var status = (await client.GetStatusAsync(new GetStatusRequest { AnnouncementId = id })).Status;
        Assert.Equal(Stage.Entities, status.FailedStage);
        // Clients get a short reason; the exception text stays in logs and traces.
        Assert.Equal("processing failed after retries", status.FailureReason);
        Assert.DoesNotContain("exploded", status.FailureReason);
        var ex = await Assert.ThrowsAsync<RpcException>(async () => await client.GetAnalysisAsync(new GetAnalysisRequest { AnnouncementId = id }));
        Assert.Equal(StatusCode.FailedPrecondition, ex.StatusCode);
    }

    [Fact]
    public async Task Unsent_outbox_rows_left_by_a_crash_are_published_on_the_next_pass()
    {
        // Simulate a crash after commit and before publish: a row written but never sent.
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IngestionDbContext>();
            await db.Database.EnsureCreatedAsync();
            db.Outbox.Add(new OutboxMessage
            {
                Id = Guid.NewGuid(),
                AnnouncementId = "crashed-1",
                PayloadJson = """{"announcementId":"crashed-1","title":"","text":"Contoso will spend $1 billion.","publishedAt":null,"receivedAt":"2025-01-01T00:00:00+00:00"}""",
                CreatedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        Assert.True(await _factory.Harness.PublishedAsync<AnnouncementReceived>(m => m.AnnouncementId == "crashed-1"));
        Assert.True(await Samples.EventuallyAsync(async () =>
        {
            await using var scope = _factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<IngestionDbContext>();
            return await db.Outbox.AllAsync(m => m.SentAt != null);
        }));
    }

    [Fact]
    public async Task The_outbox_publish_continues_the_ingest_calls_trace()
    {
        var response = await _client.IngestAsync(Seed("traced-1"));
        Assert.True(await _factory.Harness.PublishedAsync<AnnouncementReceived>(m => m.AnnouncementId == "traced-1"));
        Assert.True(await Samples.EventuallyAsync(() => Task.FromResult(
            _factory.Spans.ToArray().Any(s => s.OperationName == "outbox.publish" && s.TraceId.ToHexString() == response.TraceId))));
        var traceSpans = _factory.Spans.ToArray().Where(s => s.TraceId.ToHexString() == response.TraceId).Select(s => s.Source.Name).ToHashSet();
        Assert.Contains("CapexRadar", traceSpans);
        Assert.Contains("MassTransit", traceSpans);
        Assert.Contains("Microsoft.AspNetCore", traceSpans);
    }
}

public sealed class ExplodingEntitiesConsumer : IConsumer<AnnouncementReceived>
{
    public Task Consume(ConsumeContext<AnnouncementReceived> context) => throw new InvalidOperationException("extractor exploded");
}
