using CapexRadar.Ingestion.Api;
using CapexRadar.Ingestion.Api.Events;
using CapexRadar.Ingestion.Api.Pipeline;
using CapexRadar.Protos.Events.V1;
using CapexRadar.Protos.Ingestion.V1;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CapexRadar.Functional.Tests;

/// <summary>
/// Limits of Ingestion's streaming RPCs (<c>Ingestion:Streams</c>): subscriber caps, bounded per-subscriber buffers that
/// end a slow stream with RESOURCE_EXHAUSTED instead of dropping events, and the IngestStream byte budget.
/// </summary>
public sealed class StreamLimitsTests : IAsyncLifetime
{
    private readonly ServiceFactory<IngestionApi> _factory = new();

    public async Task InitializeAsync() => await _factory.Harness.Start();

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private WebApplicationFactory<IngestionApi> With(params (string Key, string Value)[] settings) =>
        _factory.WithWebHostBuilder(b => { foreach (var (key, value) in settings) b.UseSetting(key, value); });

    [Fact]
    public async Task WatchAnnouncement_beyond_the_subscriber_cap_is_RESOURCE_EXHAUSTED_and_a_freed_slot_is_reused()
    {
        var factory = With(("Ingestion:Streams:MaxWatchSubscribers", "2"));
        var client = new IngestionService.IngestionServiceClient(TestTokens.Channel(factory));
        using var first = client.WatchAnnouncement(new WatchAnnouncementRequest());
        using var second = client.WatchAnnouncement(new WatchAnnouncementRequest());
        await first.ResponseHeadersAsync; // headers are sent once the stream is subscribed
        await second.ResponseHeadersAsync;

        var refused = await Assert.ThrowsAsync<RpcException>(async () =>
        {
            using var third = client.WatchAnnouncement(new WatchAnnouncementRequest());
            await third.ResponseStream.MoveNext();
        });
        Assert.Equal(StatusCode.ResourceExhausted, refused.StatusCode);
        Assert.Contains("MaxWatchSubscribers", refused.Status.Detail);

        first.Dispose(); // the server releases the slot when it sees the cancellation
        var notifier = factory.Services.GetRequiredService<StageNotifier>();
        Assert.True(await Samples.EventuallyAsync(() => Task.FromResult(notifier.Subscribers == 1)));
        using var again = client.WatchAnnouncement(new WatchAnnouncementRequest());
        await again.ResponseHeadersAsync;
        Assert.Equal(2, notifier.Subscribers);
    }

    [Fact]
    public async Task A_watcher_that_stops_reading_is_ended_with_RESOURCE_EXHAUSTED_not_skipped()
    {
        var factory = With(("Ingestion:Streams:WatchBufferSize", "16"));
        var client = new IngestionService.IngestionServiceClient(TestTokens.Channel(factory));
        using var call = client.WatchAnnouncement(new WatchAnnouncementRequest());
        await call.ResponseHeadersAsync;

        // The client reads nothing: the server's writes stop once the transport's buffer is full, then its 16-event
        // buffer fills. 20,000 events are far more than both, whatever the scheduling.
        var notifier = factory.Services.GetRequiredService<StageNotifier>();
        const int published = 20_000;
        for (var i = 0; i < published; i++)
            notifier.Publish(StageNames.ToEvent($"slow-{i}", StageNames.Received, DateTimeOffset.UtcNow, ""));

        var received = new List<string>();
        var ended = await Assert.ThrowsAsync<RpcException>(async () =>
        {
            while (await call.ResponseStream.MoveNext()) received.Add(call.ResponseStream.Current.Event.AnnouncementId);
        });
        Assert.Equal(StatusCode.ResourceExhausted, ended.StatusCode);
        Assert.Contains("GetStatus", ended.Status.Detail);
        Assert.InRange(received.Count, 16, published - 1);
        // what was delivered is a gap-free prefix: nothing was dropped from the middle
        Assert.Equal(Enumerable.Range(0, received.Count).Select(i => $"slow-{i}"), received);
        Assert.Equal(0, notifier.Subscribers);
    }

    [Fact]
    public void A_full_watch_buffer_ends_the_subscriber_with_an_exception_and_keeps_what_was_buffered()
    {
        var notifier = new StageNotifier(Options.Create(new StreamLimitsOptions { WatchBufferSize = 16 }));
        using var subscription = notifier.Subscribe(null, out var reader);
        for (var i = 0; i < 17; i++) notifier.Publish(StageNames.ToEvent($"a-{i}", StageNames.Received, DateTimeOffset.UtcNow, ""));

        for (var i = 0; i < 16; i++)
        {
            Assert.True(reader.TryRead(out var e));
            Assert.Equal($"a-{i}", e.AnnouncementId);
        }
        Assert.True(reader.Completion.IsFaulted);
        Assert.IsType<WatcherTooSlowException>(reader.Completion.Exception!.InnerException);
    }

    [Fact]
    public void WatchFacts_beyond_its_subscriber_cap_is_RESOURCE_EXHAUSTED()
    {
        var notifier = new FeedNotifier(Options.Create(new StreamLimitsOptions { MaxFeedSubscribers = 1 }));
        var first = notifier.Subscribe(out _);
        var refused = Assert.Throws<RpcException>(() => notifier.Subscribe(out _));
        Assert.Equal(StatusCode.ResourceExhausted, refused.StatusCode);
        first.Dispose();
        first.Dispose(); // a second dispose frees nothing more
        using var again = notifier.Subscribe(out _);
        Assert.Throws<RpcException>(() => notifier.Subscribe(out _));
    }

    [Fact]
    public async Task WatchFacts_over_gRPC_beyond_the_cap_is_RESOURCE_EXHAUSTED()
    {
        var factory = With(("Ingestion:Streams:MaxFeedSubscribers", "1"));
        var events = new EventsService.EventsServiceClient(TestTokens.Channel(factory));
        using var first = events.WatchFacts(new WatchFactsRequest { FromNow = true });
        await first.ResponseHeadersAsync;
        var refused = await Assert.ThrowsAsync<RpcException>(async () =>
        {
            using var second = events.WatchFacts(new WatchFactsRequest { FromNow = true });
            await second.ResponseStream.MoveNext();
        });
        Assert.Equal(StatusCode.ResourceExhausted, refused.StatusCode);
    }

    [Fact]
    public async Task IngestStream_past_its_byte_budget_is_RESOURCE_EXHAUSTED_and_keeps_what_came_before()
    {
        var factory = With(("Ingestion:Streams:MaxStreamBytes", "1000"));
        var client = new IngestionService.IngestionServiceClient(TestTokens.Channel(factory));
        var items = Enumerable.Range(0, 10).Select(i => new IngestStreamRequest
        {
            Announcement = new IngestRequest { AnnouncementId = $"budget-{i}", Body = $"Contoso number {i} will invest ${i + 1} billion in data centres. " + new string('x', 200) },
        }).ToList();
        var fitting = 0;
        for (var sum = 0L; sum + items[fitting].CalculateSize() <= 1000; fitting++) sum += items[fitting].CalculateSize();
        Assert.InRange(fitting, 1, 9);

        var refused = await Assert.ThrowsAsync<RpcException>(async () =>
        {
            using var call = client.IngestStream();
            foreach (var item in items) await call.RequestStream.WriteAsync(item);
            await call.RequestStream.CompleteAsync();
            await call;
        });
        Assert.Equal(StatusCode.ResourceExhausted, refused.StatusCode);
        Assert.Contains("1000 bytes per stream", refused.Status.Detail);
        Assert.Contains($"item {fitting} goes past it; {fitting} accepted", refused.Status.Detail);

        for (var i = 0; i < fitting; i++)
            Assert.Equal(Stage.Received, (await client.GetStatusAsync(new GetStatusRequest { AnnouncementId = $"budget-{i}" })).Status.Stage);
    }

    [Fact]
    public void Invalid_stream_limits_stop_the_service_at_start()
    {
        var factory = With(("Ingestion:Streams:MaxWatchSubscribers", "0"));
        var error = Assert.ThrowsAny<Exception>(() => factory.Services.GetRequiredService<StageNotifier>());
        Assert.Contains("MaxWatchSubscribers", error.ToString());
    }
}
