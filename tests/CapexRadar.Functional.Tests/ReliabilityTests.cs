using System.Collections.Concurrent;
using CapexRadar.Capex.Api;
using CapexRadar.Capex.Api.Data;
using CapexRadar.Contracts;
using CapexRadar.Domain;
using CapexRadar.Ingestion.Api;
using CapexRadar.Ingestion.Api.Data;
using CapexRadar.Ingestion.Api.Messaging;
using CapexRadar.Ingestion.Api.Pipeline;
using CapexRadar.Protos.Ingestion.V1;
using CapexRadar.ServiceHosting;
using CapexRadar.Text;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using MassTransit;
using MassTransit.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CapexRadar.Functional.Tests;

/// <summary>Fault paths of issue 11, each shown by injecting the fault.</summary>
public sealed class ReliabilityTests
{
    private static IngestRequest Request(string id, string body) => new()
    {
        AnnouncementId = id,
        Source = "test",
        Title = "t",
        PublishedAt = Timestamp.FromDateTimeOffset(new DateTimeOffset(2025, 9, 24, 6, 0, 0, TimeSpan.Zero)),
        Body = body,
    };

    /// <summary>Writes one unsent outbox row for announcement <paramref name="id"/> (a minimal AnnouncementReceived payload).</summary>
    private static Task<int> AddOutboxRowAsync<TApi>(WebApplicationFactory<TApi> factory, string id) where TApi : class =>
        InScopeAsync(factory, async sp =>
        {
            var db = sp.GetRequiredService<IngestionDbContext>();
            await db.Database.EnsureCreatedAsync();
            db.Outbox.Add(new OutboxMessage
            {
                Id = Guid.CreateVersion7(),
                AnnouncementId = id,
                PayloadJson = $$"""{"announcementId":"{{id}}","title":"","text":"x","publishedAt":null,"receivedAt":"2025-01-01T00:00:00+00:00"}""",
                CreatedAt = DateTimeOffset.UtcNow,
            });
            return await db.SaveChangesAsync();
        });

    private static async Task<T> InScopeAsync<TApi, T>(WebApplicationFactory<TApi> factory, Func<IServiceProvider, Task<T>> work) where TApi : class
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    [Fact]
    public async Task A_failed_stage_is_superseded_by_a_later_success_after_replay_and_keeps_its_attempts()
    {
        await using var factory = new ServiceFactory<IngestionApi>(bus => bus.AddConsumer<FailOnceEntitiesConsumer>());
        await factory.Harness.Start();
        var client = new IngestionService.IngestionServiceClient(factory.Channel());
        var admin = new IngestionAdminService.IngestionAdminServiceClient(factory.Channel());
        var id = (await client.IngestAsync(Request("replay-1", "Contoso will spend $2 billion on data centres."))).AnnouncementId;

        Assert.True(await Samples.EventuallyAsync(async () =>
            (await client.GetStatusAsync(new GetStatusRequest { AnnouncementId = id })).Status.Stage == Stage.Failed));
        var failed = (await client.GetStatusAsync(new GetStatusRequest { AnnouncementId = id })).Status;
        Assert.Equal(Stage.Entities, failed.FailedStage);
        Assert.Equal("extraction failed", failed.FailureReason); // no exception text

        // Replay every failed one: the announcement is re-published from stored state.
        var replayed = await admin.ReplayAnnouncementsAsync(new ReplayAnnouncementsRequest { AllFailed = true });
        Assert.Equal([id], replayed.AnnouncementIds);
        Assert.True(await Samples.EventuallyAsync(() => Task.FromResult(
            factory.Harness.Published.Select<AnnouncementReceived>().Count(m => m.Context.Message.AnnouncementId == id) == 2)));

        // The second delivery succeeds (the stand-in consumer publishes EntitiesExtracted); capex and market follow.
        Assert.True(await factory.Harness.PublishedAsync<EntitiesExtracted>(m => m.AnnouncementId == id));
        await factory.Harness.Bus.Publish(new CapexExtracted(id, 1, 0));
        await factory.Harness.Bus.Publish(new MarketMovesExtracted(id, 0));
        Assert.True(await Samples.EventuallyAsync(async () =>
            (await client.GetStatusAsync(new GetStatusRequest { AnnouncementId = id })).Status.Stage == Stage.Complete));
        var status = (await client.GetStatusAsync(new GetStatusRequest { AnnouncementId = id })).Status;
        var entities = Assert.Single(status.Events, e => e.Stage == Stage.Entities);
        Assert.Equal(2, entities.Attempts);
        Assert.Empty(status.FailureReason);

        // Bad requests get clear statuses.
        var notFound = await Assert.ThrowsAsync<RpcException>(async () =>
            await admin.ReplayAnnouncementsAsync(new ReplayAnnouncementsRequest { AnnouncementId = "nope" }));
        Assert.Equal(StatusCode.NotFound, notFound.StatusCode);
        var neither = await Assert.ThrowsAsync<RpcException>(async () => await admin.ReplayAnnouncementsAsync(new ReplayAnnouncementsRequest()));
        Assert.Equal(StatusCode.InvalidArgument, neither.StatusCode);
        var one = await admin.ReplayAnnouncementsAsync(new ReplayAnnouncementsRequest { AnnouncementId = id });
        Assert.Equal(1, one.Replayed);
    }

    [Fact]
    public async Task A_fault_of_Ingestions_own_recorder_is_not_reported_as_capex_and_market_faults_are_market()
    {
        Assert.Equal("ingestion", StageFaultConsumer.FaultingService(new Uri("rabbitmq://localhost/ingestion-stage-recorder"), new TestFault("CapexRadar.Ingestion.Api")));
        Assert.Equal("ingestion", StageFaultConsumer.FaultingService(null, new TestFault("CapexRadar.Ingestion.Api")));
        Assert.Equal("market", StageFaultConsumer.FaultingService(null, new TestFault("CapexRadar.Market.Api")));
        Assert.Equal("capex", StageFaultConsumer.FaultingService(new Uri("rabbitmq://localhost/capex-entities-extracted"), new TestFault("x")));
        Assert.Equal("status recording failed", StageFaultConsumer.SanitisedReason(new TestFault("CapexRadar.Ingestion.Api"), recorder: true));

        await using var factory = new ServiceFactory<IngestionApi>();
        await factory.Harness.Start();
        var client = new IngestionService.IngestionServiceClient(factory.Channel());
        var id = (await client.IngestAsync(Request("recorder-fault", "Contoso will spend $3 billion."))).AnnouncementId;
        // Ingestion's recorder gave up on EntitiesExtracted: the stage that failed is entities (recording), not capex.
        await factory.Harness.Bus.Publish<Fault<EntitiesExtracted>>(new
        {
            Message = new EntitiesExtracted(id, "t", null, EntitySet.Empty),
            Host = new { Assembly = "CapexRadar.Ingestion.Api" },
            Exceptions = new[] { new { ExceptionType = "Microsoft.Data.Sqlite.SqliteException", Message = "database is locked" } },
        });
        Assert.True(await Samples.EventuallyAsync(async () =>
            (await client.GetStatusAsync(new GetStatusRequest { AnnouncementId = id })).Status.Stage == Stage.Failed));
        var status = (await client.GetStatusAsync(new GetStatusRequest { AnnouncementId = id })).Status;
        Assert.Equal(Stage.Entities, status.FailedStage);
        Assert.Equal("status recording failed", status.FailureReason);
    }

    [Fact]
    public async Task A_row_that_cannot_be_published_is_parked_without_blocking_the_rows_behind_it_and_sent_rows_are_pruned()
    {
        await using var baseFactory = new ServiceFactory<IngestionApi>();
        await using var factory = baseFactory.WithWebHostBuilder(b => b
            .UseSetting("Ingestion:Outbox:MaxAttempts", "2")
            .UseSetting("Ingestion:Outbox:RetryDelay", "00:00:00")
            .UseSetting("Ingestion:Outbox:Retention", "00:00:01")
            .UseSetting("Ingestion:OutboxPollInterval", "00:00:00.100"));
        await factory.Services.GetTestHarness().Start();
        var harness = factory.Services.GetTestHarness();
        var poisonId = Guid.CreateVersion7();
        await InScopeAsync(factory, async sp =>
        {
            var db = sp.GetRequiredService<IngestionDbContext>();
            await db.Database.EnsureCreatedAsync();
            var now = DateTimeOffset.UtcNow;
            db.Outbox.Add(new OutboxMessage { Id = poisonId, AnnouncementId = "poison-row", PayloadJson = "{not json", CreatedAt = now.AddSeconds(-1) });
            for (var i = 0; i < 3; i++)
                db.Outbox.Add(new OutboxMessage
                {
                    Id = Guid.CreateVersion7(),
                    AnnouncementId = $"behind-{i}",
                    PayloadJson = $$"""{"announcementId":"behind-{{i}}","title":"","text":"Contoso will spend $1 billion.","publishedAt":null,"receivedAt":"2025-01-01T00:00:00+00:00"}""",
                    CreatedAt = now,
                });
            return await db.SaveChangesAsync();
        });

        for (var i = 0; i < 3; i++)
            Assert.True(await harness.PublishedAsync<AnnouncementReceived>(m => m.AnnouncementId == $"behind-{i}"));
        Assert.True(await Samples.EventuallyAsync(() => InScopeAsync(factory, async sp =>
            await sp.GetRequiredService<IngestionDbContext>().Outbox.AnyAsync(m => m.Id == poisonId && m.ParkedAt != null))));
        var parked = await InScopeAsync(factory, sp => sp.GetRequiredService<IngestionDbContext>().Outbox.AsNoTracking().SingleAsync(m => m.Id == poisonId));
        Assert.Equal(2, parked.Attempts);
        Assert.Contains("unreadable payload", parked.LastError);

        // Sent rows older than the retention (1 s here) are deleted; the parked row stays for the operator.
        var relay = factory.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<OutboxRelay>().Single();
        Assert.True(await Samples.EventuallyAsync(async () =>
        {
            await relay.PruneAsync(CancellationToken.None);
            return await InScopeAsync(factory, async sp => await sp.GetRequiredService<IngestionDbContext>().Outbox.CountAsync() == 1);
        }));
    }

    [Fact]
    public async Task Several_relays_on_one_outbox_publish_every_row_exactly_once()
    {
        await using var factory = new ServiceFactory<IngestionApi>();
        await factory.Harness.Start();
        const int rows = 300;
        await InScopeAsync(factory, async sp =>
        {
            var db = sp.GetRequiredService<IngestionDbContext>();
            await db.Database.EnsureCreatedAsync();
            for (var i = 0; i < rows; i++)
                db.Outbox.Add(new OutboxMessage
                {
                    Id = Guid.CreateVersion7(),
                    AnnouncementId = $"many-{i}",
                    PayloadJson = $$"""{"announcementId":"many-{{i}}","title":"","text":"x","publishedAt":null,"receivedAt":"2025-01-01T00:00:00+00:00"}""",
                    CreatedAt = DateTimeOffset.UtcNow,
                });
            return await db.SaveChangesAsync();
        });
        // The hosted relay plus three more, all passing at once.
        var extra = Enumerable.Range(0, 3).Select(_ => new OutboxRelay(factory.Services.GetRequiredService<IServiceScopeFactory>(),
            new OutboxSignal(), Options.Create(new OutboxOptions { BatchSize = 20 }), Options.Create(new IngestionOptions()),
            NullLogger<OutboxRelay>.Instance)).ToList();
        await Task.WhenAll(extra.Select(async relay => { while (await relay.PublishPendingAsync(CancellationToken.None) > 0) { } }));

        Assert.True(await Samples.EventuallyAsync(() => InScopeAsync(factory, async sp =>
            await sp.GetRequiredService<IngestionDbContext>().Outbox.AllAsync(m => m.SentAt != null))));
        var counts = factory.Harness.Published.Select<AnnouncementReceived>()
            .GroupBy(m => m.Context.Message.AnnouncementId).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(rows, counts.Count);
        Assert.All(counts, c => Assert.Equal(1, c.Value));
    }

    [Fact]
    public async Task The_relay_publishes_new_rows_while_an_earlier_batch_still_awaits_the_broker()
    {
        await using var factory = new ServiceFactory<IngestionApi>();
        await factory.Harness.Start();
        // The broker's confirm of the first row is held back (RabbitMQ confirms after its periodic disk sync).
        var held = new HoldingPublishObserver("held-row");
        factory.Services.GetRequiredService<IBus>().ConnectPublishObserver(held);
        var signal = factory.Services.GetRequiredService<OutboxSignal>();
        async Task AddRowAsync(string id)
        {
            await AddOutboxRowAsync(factory, id);
            signal.Notify();
        }

        await AddRowAsync("held-row");
        await held.Reached.WaitAsync(TimeSpan.FromSeconds(30));
        await AddRowAsync("next-row");
        // the second row goes out while the first batch still waits (before: it waited for that batch)
        Assert.True(await factory.Harness.PublishedAsync<AnnouncementReceived>(m => m.AnnouncementId == "next-row"));
        Assert.False(held.Released);

        held.Release();
        Assert.True(await Samples.EventuallyAsync(() => InScopeAsync(factory, async sp =>
            await sp.GetRequiredService<IngestionDbContext>().Outbox.CountAsync(m => m.SentAt != null) == 2)));
        var counts = factory.Harness.Published.Select<AnnouncementReceived>()
            .GroupBy(m => m.Context.Message.AnnouncementId).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(new Dictionary<string, int> { ["held-row"] = 1, ["next-row"] = 1 }, counts);
    }

    [Fact]
    public async Task A_publish_that_never_returns_and_ignores_its_token_does_not_hold_up_the_relay()
    {
        // A broker death can leave a publish waiting for a confirm on a dead channel, deaf to its cancellation token.
        // One batch in flight at a time, so before the fix that batch held the relay for ever.
        await using var baseFactory = new ServiceFactory<IngestionApi>();
        var hung = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var factory = baseFactory.WithWebHostBuilder(b => b
            .UseSetting("Ingestion:Outbox:MaxBatchesInFlight", "1")
            .UseSetting("Ingestion:Outbox:PublishTimeout", "00:00:01")
            .UseSetting("Ingestion:Outbox:LeaseDuration", "00:00:02")
            .UseSetting("Ingestion:Outbox:RetryDelay", "00:00:30")
            .ConfigureTestServices(services => services.AddScoped(sp => DeafPublishEndpoint.Create(sp.GetRequiredService<IBus>(), "hung-row", hung))));
        var harness = factory.Services.GetTestHarness();
        await harness.Start();
        foreach (var id in new[] { "hung-row", "next-row" })
        {
            await AddOutboxRowAsync(factory, id);
            if (id == "hung-row")
            {
                factory.Services.GetRequiredService<OutboxSignal>().Notify();
                await hung.Task.WaitAsync(TimeSpan.FromSeconds(30)); // its publish has started (and will never end)
            }
        }
        factory.Services.GetRequiredService<OutboxSignal>().Notify();

        Assert.True(await harness.PublishedAsync<AnnouncementReceived>(m => m.AnnouncementId == "next-row"));
        // the hung row is abandoned after PublishTimeout and retried later, counted as an attempt with its reason
        // and the relay goes on: a row written afterwards goes out too, while the hung row stays unsent (retried later)
        await AddOutboxRowAsync(factory, "later-row");
        factory.Services.GetRequiredService<OutboxSignal>().Notify();
        Assert.True(await harness.PublishedAsync<AnnouncementReceived>(m => m.AnnouncementId == "later-row"));
        Assert.Null(await InScopeAsync(factory, async sp =>
            (await sp.GetRequiredService<IngestionDbContext>().Outbox.AsNoTracking().SingleAsync(m => m.AnnouncementId == "hung-row")).SentAt));
    }

    [Fact]
    public async Task Ingestion_is_unhealthy_and_publishes_nothing_until_the_services_it_feeds_have_been_healthy()
    {
        // Entities' http endpoint as the AppHost's reference gives it; nothing listens there yet (a service still starting)
        var port = FreePort();
        await using var baseFactory = new ServiceFactory<IngestionApi>();
        await using var factory = baseFactory.WithWebHostBuilder(b => b.UseSetting("services:entities:http:0", $"http://127.0.0.1:{port}"));
        await factory.Services.GetTestHarness().Start();
        var harness = factory.Services.GetTestHarness();
        var health = factory.Services.GetRequiredService<Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckService>();
        await InScopeAsync(factory, async sp =>
        {
            var db = sp.GetRequiredService<IngestionDbContext>();
            await db.Database.EnsureCreatedAsync();
            db.Outbox.Add(new OutboxMessage
            {
                Id = Guid.CreateVersion7(),
                AnnouncementId = "early-row",
                PayloadJson = """{"announcementId":"early-row","title":"","text":"x","publishedAt":null,"receivedAt":"2025-01-01T00:00:00+00:00"}""",
                CreatedAt = DateTimeOffset.UtcNow,
            });
            return await db.SaveChangesAsync();
        });
        factory.Services.GetRequiredService<OutboxSignal>().Notify();

        var waiting = await health.CheckHealthAsync(r => r.Name == DownstreamReadiness.HealthCheckName);
        Assert.Equal(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Unhealthy, waiting.Status);
        Assert.Contains("entities", waiting.Entries[DownstreamReadiness.HealthCheckName].Description);
        Assert.Empty(harness.Published.Select<AnnouncementReceived>());

        // Entities comes up: Ingestion turns healthy and the held row goes out
        using var entities = new System.Net.HttpListener();
        entities.Prefixes.Add($"http://127.0.0.1:{port}/");
        entities.Start();
        _ = Task.Run(async () =>
        {
            while (entities.IsListening)
            {
                try
                {
                    var context = await entities.GetContextAsync();
                    context.Response.StatusCode = context.Request.Url?.AbsolutePath == "/health" ? 200 : 404;
                    context.Response.Close();
                }
                catch (Exception) { return; } // stopped
            }
        });
        Assert.True(await harness.PublishedAsync<AnnouncementReceived>(m => m.AnnouncementId == "early-row"));
        Assert.Equal(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy,
            (await health.CheckHealthAsync(r => r.Name == DownstreamReadiness.HealthCheckName)).Status);
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>
    /// A publish endpoint whose publish of one announcement's message never returns and ignores its cancellation token
    /// (a confirm awaited on a dead channel); every other call goes to the bus.
    /// </summary>
    public class DeafPublishEndpoint : System.Reflection.DispatchProxy
    {
        private IBus _bus = null!;
        private string _announcementId = "";
        private TaskCompletionSource _started = null!;

        public static IPublishEndpoint Create(IBus bus, string announcementId, TaskCompletionSource started)
        {
            var proxy = Create<IPublishEndpoint, DeafPublishEndpoint>();
            var deaf = (DeafPublishEndpoint)(object)proxy;
            (deaf._bus, deaf._announcementId, deaf._started) = (bus, announcementId, started);
            return proxy;
        }

        protected override object? Invoke(System.Reflection.MethodInfo? method, object?[]? args)
        {
            if (method!.Name == nameof(IPublishEndpoint.Publish) && args is [AnnouncementReceived m, ..] && m.AnnouncementId == _announcementId)
            {
                _started.TrySetResult();
                return new TaskCompletionSource().Task; // never completes
            }
            return method.Invoke(_bus, args); // the interface's method, invoked on the bus that implements it
        }
    }

    /// <summary>Holds the publish of one announcement's message until released (a slow broker confirm).</summary>
    private sealed class HoldingPublishObserver(string announcementId) : IPublishObserver
    {
        private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Reached => _reached.Task;
        public bool Released => _release.Task.IsCompleted;
        public void Release() => _release.TrySetResult();

        public async Task PrePublish<T>(PublishContext<T> context) where T : class
        {
            if (context.Message is not AnnouncementReceived m || m.AnnouncementId != announcementId) return;
            _reached.TrySetResult();
            await _release.Task;
        }

        public Task PostPublish<T>(PublishContext<T> context) where T : class => Task.CompletedTask;
        public Task PublishFault<T>(PublishContext<T> context, Exception exception) where T : class => Task.CompletedTask;
    }

    [Fact]
    public async Task An_announcement_whose_message_was_lost_is_redriven_from_stored_state()
    {
        await using var factory = new ServiceFactory<IngestionApi>();
        await factory.Harness.Start();
        var client = new IngestionService.IngestionServiceClient(factory.Channel());
        var id = (await client.IngestAsync(Request("lost-1", "Contoso will spend $4 billion."))).AnnouncementId;
        var done = (await client.IngestAsync(Request("done-1", "Fabrikam will spend $5 billion."))).AnnouncementId;
        Assert.True(await factory.Harness.PublishedAsync<AnnouncementReceived>(m => m.AnnouncementId == id));
        await factory.Harness.Bus.Publish(new EntitiesExtracted(done, "t", null, EntitySet.Empty));
        await factory.Harness.Bus.Publish(new CapexExtracted(done, 1, 0));
        await factory.Harness.Bus.Publish(new MarketMovesExtracted(done, 0));
        Assert.True(await Samples.EventuallyAsync(async () =>
            (await client.GetStatusAsync(new GetStatusRequest { AnnouncementId = done })).Status.Stage == Stage.Complete));

        // Nothing reached the services (the broker lost the message): as seen ten minutes later.
        var redriven = await InScopeAsync(factory, async sp =>
        {
            var db = sp.GetRequiredService<IngestionDbContext>();
            await db.Outbox.ExecuteDeleteAsync();
            var past = DateTimeOffset.UtcNow.AddMinutes(-10);
            foreach (var a in await db.Announcements.ToListAsync()) db.Entry(a).Property(x => x.ReceivedAt).CurrentValue = past;
            foreach (var s in await db.Stages.ToListAsync()) s.At = past;
            await db.SaveChangesAsync();
            return await sp.GetRequiredService<AnnouncementReplayer>().RedriveStuckAsync(TimeSpan.FromMinutes(2), TimeSpan.FromDays(1), 100, CancellationToken.None);
        });
        Assert.Equal([id], redriven);
        Assert.True(await Samples.EventuallyAsync(() => Task.FromResult(
            factory.Harness.Published.Select<AnnouncementReceived>().Count(m => m.Context.Message.AnnouncementId == id) == 2)));
        // Not again while the re-published message is fresh.
        var again = await InScopeAsync(factory, sp => sp.GetRequiredService<AnnouncementReplayer>()
            .RedriveStuckAsync(TimeSpan.FromMinutes(2), TimeSpan.FromDays(1), 100, CancellationToken.None));
        Assert.Empty(again);
    }

    [Fact]
    public async Task Concurrent_redeliveries_store_one_result_without_a_fault()
    {
        await using var factory = new ServiceFactory<CapexApi>();
        await factory.Harness.Start();
        var text = TextNormalizer.Normalize("Contoso said on Monday it will invest $10 billion in new data centres over three years.");
        var message = new EntitiesExtracted("dup-1", text, null, EntitySet.Empty);
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => factory.Harness.Bus.Publish(message)));

        var allPublished = await Samples.EventuallyAsync(() => Task.FromResult(
            factory.Harness.Published.Select<CapexExtracted>().Count(m => m.Context.Message.AnnouncementId == "dup-1") == 8));
        Assert.Empty(factory.Harness.Published.Select<Fault<EntitiesExtracted>>().Select(f => f.Context.Message.Exceptions[0].Message));
        Assert.True(allPublished);
        Assert.Equal(1, await InScopeAsync(factory, sp => sp.GetRequiredService<CapexDbContext>().Announcements.CountAsync(a => a.AnnouncementId == "dup-1")));
    }

    [Fact]
    public async Task An_extractor_that_throws_or_hangs_sends_the_message_to_the_error_queue_at_once()
    {
        var faults = Path.Combine(Path.GetTempPath(), $"capexradar-faults-{Guid.NewGuid():n}.txt");
        await File.WriteAllLinesAsync(faults, ["throw capex MARKER-THROW", "hang capex MARKER-HANG"]);
        try
        {
            await using var baseFactory = new ServiceFactory<CapexApi>();
            await using var factory = baseFactory.WithWebHostBuilder(b => b
                .UseSetting(FaultInjection.FileKey, faults)
                .UseSetting("CapexRadar:Extraction:Timeout", "00:00:00.500"));
            var harness = factory.Services.GetTestHarness();
            await harness.Start();
            await harness.Bus.Publish(new EntitiesExtracted("throws-1", "Contoso MARKER-THROW will invest $1 billion.", null, EntitySet.Empty));
            await harness.Bus.Publish(new EntitiesExtracted("hangs-1", "Contoso MARKER-HANG will invest $1 billion.", null, EntitySet.Empty));

            Assert.True(await harness.PublishedAsync<Fault<EntitiesExtracted>>(f => f.Message.AnnouncementId == "throws-1"));
            Assert.True(await harness.PublishedAsync<Fault<EntitiesExtracted>>(f => f.Message.AnnouncementId == "hangs-1"));
            var thrown = harness.Published.Select<Fault<EntitiesExtracted>>().First(f => f.Context.Message.Message.AnnouncementId == "throws-1").Context.Message;
            var hung = harness.Published.Select<Fault<EntitiesExtracted>>().First(f => f.Context.Message.Message.AnnouncementId == "hangs-1").Context.Message;
            Assert.Equal(typeof(ExtractionFailedException).FullName, thrown.Exceptions[0].ExceptionType);
            Assert.Equal("extraction failed", StageFaultConsumer.SanitisedReason(thrown, recorder: false));
            Assert.Equal("extraction timed out", StageFaultConsumer.SanitisedReason(hung, recorder: false));
            // One attempt each: deterministic failures skip the retry rounds.
            Assert.Equal(2, factory.Services.GetRequiredService<FaultInjection>().Injected);

            // The cause removed, the same input goes through.
            File.Delete(faults);
            await harness.Bus.Publish(new EntitiesExtracted("throws-1", "Contoso MARKER-THROW will invest $1 billion.", null, EntitySet.Empty));
            Assert.True(await harness.PublishedAsync<CapexExtracted>(m => m.AnnouncementId == "throws-1"));
        }
        finally
        {
            File.Delete(faults);
        }
    }
}

/// <summary>A stand-in Entities consumer whose first delivery of each announcement fails deterministically.</summary>
public sealed class FailOnceEntitiesConsumer : IConsumer<AnnouncementReceived>
{
    private static readonly ConcurrentDictionary<string, int> Deliveries = new();

    public async Task Consume(ConsumeContext<AnnouncementReceived> context)
    {
        if (Deliveries.AddOrUpdate(context.Message.AnnouncementId, 1, (_, n) => n + 1) == 1)
            throw new ExtractionFailedException("entities", "failed", new InvalidOperationException("secret internals"));
        await context.Publish(new EntitiesExtracted(context.Message.AnnouncementId, context.Message.Text, context.Message.PublishedAt, EntitySet.Empty));
    }
}

internal sealed class TestFault(string assembly) : Fault
{
    public Guid FaultId { get; } = Guid.NewGuid();
    public Guid? FaultedMessageId { get; } = Guid.NewGuid();
    public DateTime Timestamp { get; } = DateTime.UtcNow;
    public ExceptionInfo[] Exceptions { get; } = [];
    public HostInfo Host { get; } = new TestHost(assembly);
    public string[] FaultMessageTypes { get; } = [];

    private sealed class TestHost(string assembly) : HostInfo
    {
        public string MachineName => "m";
        public string ProcessName => "p";
        public int ProcessId => 1;
        public string Assembly => assembly;
        public string AssemblyVersion => "1";
        public string FrameworkVersion => "1";
        public string MassTransitVersion => "8";
        public string OperatingSystemVersion => "l";
    }
}

public sealed class InsertOrIgnoreTests
{
    [Fact]
    public async Task Insert_or_ignore_stores_once_and_reports_the_second_as_ignored()
    {
        await using var factory = new ServiceFactory<CapexApi>();
        await factory.Harness.Start();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CapexDbContext>();
        await db.Database.EnsureCreatedAsync();
        var row = new AnnouncementCapex { AnnouncementId = "ins-1", FactsJson = "[]", FacilitiesJson = "[]", TraceId = "", ExtractedAt = DateTimeOffset.UtcNow };
        Assert.True(await db.InsertOrIgnoreAsync(row, CancellationToken.None));
        Assert.False(await db.InsertOrIgnoreAsync(row, CancellationToken.None));
        var stored = await db.Announcements.AsNoTracking().SingleAsync(a => a.AnnouncementId == "ins-1");
        Assert.True((row.ExtractedAt - stored.ExtractedAt).Duration() < TimeSpan.FromMilliseconds(1)); // the SQLite converter keeps ms
    }
}
