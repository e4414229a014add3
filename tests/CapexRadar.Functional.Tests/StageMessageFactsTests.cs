using CapexRadar.Contracts;
using CapexRadar.Domain;
using CapexRadar.Ingestion.Api;
using CapexRadar.Ingestion.Api.Events;
using CapexRadar.Ingestion.Api.Messaging;
using CapexRadar.Protos.Events.V1;
using CapexRadar.Protos.Ingestion.V1;
using CapexRadar.ServiceHosting;
using Google.Protobuf.WellKnownTypes;
using MassTransit;
using MassTransit.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CapexRadar.Functional.Tests;

/// <summary>
/// Issue 13: Capex and Market carry their facts in their messages, and Ingestion receives each stage message once,
/// records the stage and clusters from those facts, reading no service back.
/// </summary>
public sealed class StageMessageFactsTests
{
    private static readonly DateTimeOffset Published = new(2025, 9, 24, 6, 0, 0, TimeSpan.Zero);

    private static IngestRequest Request(string id) => new()
    {
        AnnouncementId = id, Source = "test", Title = "Contoso to spend on data centres", Body = $"Contoso will build data centres ({id}).",
        PublishedAt = Timestamp.FromDateTimeOffset(Published),
    };

    private static readonly CapexFact Fact = new(CapexKind.Commitment, "contoso", "Contoso", new MoneyAmount("USD", 7_000_000_000m), null,
        new MoneyAmount("USD", 7_000_000_000m), true, null, 2026, AmountQualifier.Exact, "company", ["data centres"], null, new TextSpan(0, 10));

    private static readonly LocationEntity Place = new("Ohio", "US", LocationKind.Region, [new TextSpan(20, 24)]);

    [Fact]
    public async Task Clustering_takes_the_facts_the_stage_messages_carry_and_each_is_received_once()
    {
        // No Entities/Capex/Market services exist here: reading the facts over gRPC would fail, so an event proves
        // that the messages' facts were used.
        await using var factory = new ServiceFactory<IngestionApi>();
        await factory.Harness.Start();
        var channel = factory.Channel();
        var id = (await new IngestionService.IngestionServiceClient(channel).IngestAsync(Request("carry-1"))).AnnouncementId;

        var move = new MarketMove("contoso", "Contoso", null, 4.5, MoveDirection.Up, MoveQualifier.Unspecified, "Nasdaq",
            MoveRelation.Self, new TextSpan(30, 40));
        await factory.Harness.Bus.Publish(new MarketMovesExtracted(id, 1, [move], "contoso", [Place]));
        await factory.Harness.Bus.Publish(new CapexExtracted(id, 1, 0, [Fact], [], "contoso", [Place]));

        // (the first clustering waits for the knowledge base, seconds on a busy machine: longer than the harness's inactivity)
        Assert.True(await Samples.EventuallyAsync(() => Task.FromResult(
            factory.Harness.Published.Select<AnnouncementClustered>().Any(m => m.Context.Message.AnnouncementId == id)), TimeSpan.FromSeconds(60)));
        var e = (await new EventsService.EventsServiceClient(channel).GetEventAsync(new GetEventRequest { AnnouncementId = id })).Event;
        Assert.Contains(e.Facts, f => f.Capex is { } c && c.Amount.CurrencyCode == "USD" && c.Amount.Units == 7_000_000_000L);
        Assert.Contains(e.Facts, f => f.Market is { } m && Math.Abs(m.ChangePct - 4.5) < 1e-9);

        // one receive of each stage message by Ingestion (stage recording and clustering on one endpoint)
        Assert.Equal(1, factory.Harness.Consumed.Select<CapexExtracted>().Count(m => m.Context.Message.AnnouncementId == id));
        Assert.Equal(1, factory.Harness.Consumed.Select<MarketMovesExtracted>().Count(m => m.Context.Message.AnnouncementId == id));
        var status = (await new IngestionService.IngestionServiceClient(channel).GetStatusAsync(new GetStatusRequest { AnnouncementId = id })).Status;
        Assert.Equal(Stage.Complete, status.Stage);

        // a redelivery of either finds the announcement in its event and publishes the same event again
        await factory.Harness.Bus.Publish(new CapexExtracted(id, 1, 0, [Fact], [], "contoso", [Place]));
        Assert.True(await Samples.EventuallyAsync(() => Task.FromResult(
            factory.Harness.Published.Select<AnnouncementClustered>().Count(m => m.Context.Message.AnnouncementId == id) == 2)));
        Assert.Single(factory.Harness.Published.Select<AnnouncementClustered>().Where(m => m.Context.Message.AnnouncementId == id)
            .Select(m => m.Context.Message.EventId).Distinct());
    }

    [Fact]
    public async Task A_clustering_failure_is_retried_in_process_then_given_up_without_failing_a_stage_or_the_message()
    {
        var source = new ThrowingFactsSource();
        await using var baseFactory = new ServiceFactory<IngestionApi>();
        await using var factory = baseFactory.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.AddScoped<IAnnouncementFactsSource>(_ => source)));
        var harness = factory.Services.GetTestHarness();
        await harness.Start();
        var channel = TestTokens.Channel(factory);
        var id = (await new IngestionService.IngestionServiceClient(channel).IngestAsync(Request("cluster-fault-1"))).AnnouncementId;

        await harness.Bus.Publish(new CapexExtracted(id, 1, 0, [Fact], [], "contoso", [Place]));
        await harness.Bus.Publish(new MarketMovesExtracted(id, 0, [], "contoso", [Place]));

        // The message that completed the announcement is acknowledged only after clustering was tried once and retried
        // with every consumer's waits (200 ms, 1 s, 3 s, 10 s): five attempts, then given up.
        Assert.True(await Samples.EventuallyAsync(() => Task.FromResult(
                harness.Consumed.Select<CapexExtracted>().Any(m => m.Context.Message.AnnouncementId == id) &&
                harness.Consumed.Select<MarketMovesExtracted>().Any(m => m.Context.Message.AnnouncementId == id)),
            TimeSpan.FromSeconds(60)));
        Assert.Equal(1 + ConsumerRetry.Intervals.Count, source.Calls);
        Assert.All(harness.Consumed.Select<CapexExtracted>().Concat<IReceivedMessage>(harness.Consumed.Select<MarketMovesExtracted>()),
            m => Assert.Null(m.Exception));
        // nothing went through the broker for clustering, no stage failed, no message faulted
        Assert.Empty(harness.Published.Select<AnnouncementReadyToCluster>());
        Assert.Empty(harness.Published.Select<AnnouncementClustered>());
        var status = (await new IngestionService.IngestionServiceClient(channel).GetStatusAsync(new GetStatusRequest { AnnouncementId = id })).Status;
        Assert.Equal(Stage.Complete, status.Stage);
        Assert.Empty(status.FailureReason);
        Assert.Empty(harness.Published.Select<Fault<CapexExtracted>>());
        Assert.Empty(harness.Published.Select<Fault<MarketMovesExtracted>>());
    }

    [Fact]
    public async Task The_stage_message_that_completes_an_announcement_is_acknowledged_only_after_it_is_clustered()
    {
        // At least once without a broker hop: until clustering is done, the completing message is not acknowledged, so
        // a process that died here would get it again and cluster again.
        var source = new GatedFactsSource();
        await using var baseFactory = new ServiceFactory<IngestionApi>();
        await using var factory = baseFactory.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.AddScoped<IAnnouncementFactsSource>(_ => source)));
        var harness = factory.Services.GetTestHarness();
        await harness.Start();
        var channel = TestTokens.Channel(factory);
        var client = new IngestionService.IngestionServiceClient(channel);
        var id = (await client.IngestAsync(Request("cluster-ack-1"))).AnnouncementId;

        await harness.Bus.Publish(new CapexExtracted(id, 1, 0, [Fact], [], "contoso", [Place]));
        Assert.True(await harness.Consumed.Any<CapexExtracted>(m => m.Context.Message.AnnouncementId == id));
        await harness.Bus.Publish(new MarketMovesExtracted(id, 0, [], "contoso", [Place]));
        await source.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30));

        // complete is recorded (and watchers told) before clustering; the message is still held
        Assert.Equal(Stage.Complete, (await client.GetStatusAsync(new GetStatusRequest { AnnouncementId = id })).Status.Stage);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.DoesNotContain(harness.Consumed.Select<MarketMovesExtracted>(), m => m.Context.Message.AnnouncementId == id);
        Assert.Empty(harness.Published.Select<AnnouncementClustered>());

        source.Release.SetResult();
        Assert.True(await Samples.EventuallyAsync(() => Task.FromResult(
            harness.Consumed.Select<MarketMovesExtracted>().Any(m => m.Context.Message.AnnouncementId == id) &&
            harness.Published.Select<AnnouncementClustered>().Any(m => m.Context.Message.AnnouncementId == id)), TimeSpan.FromSeconds(60)));
        Assert.Empty(harness.Published.Select<AnnouncementReadyToCluster>());
    }

    [Fact]
    public async Task The_entities_stage_is_recorded_once_from_the_capex_and_market_messages_and_EntitiesExtracted_is_not_received()
    {
        await using var factory = new ServiceFactory<IngestionApi>();
        await factory.Harness.Start();
        var client = new IngestionService.IngestionServiceClient(factory.Channel());
        var id = (await client.IngestAsync(Request("entities-from-capex"))).AnnouncementId;

        await factory.Harness.Bus.Publish(new CapexExtracted(id, 1, 0, [Fact], [], "contoso", [Place], new EntityCounts(2, 1, 3)));
        Assert.True(await Samples.EventuallyAsync(async () =>
            (await client.GetStatusAsync(new GetStatusRequest { AnnouncementId = id })).Status.Events.Any(e => e.Stage == Stage.Entities)));
        await factory.Harness.Bus.Publish(new MarketMovesExtracted(id, 0, [], "contoso", [Place], new EntityCounts(2, 1, 3)));
        await factory.Harness.Bus.Publish(new EntitiesExtracted(id, "the whole text", null, EntitySet.Empty));
        Assert.True(await Samples.EventuallyAsync(async () =>
            (await client.GetStatusAsync(new GetStatusRequest { AnnouncementId = id })).Status.Stage == Stage.Complete));

        var status = (await client.GetStatusAsync(new GetStatusRequest { AnnouncementId = id })).Status;
        var entities = Assert.Single(status.Events, e => e.Stage == Stage.Entities);
        Assert.Equal("2 organizations, 1 people, 3 locations", entities.Detail);
        Assert.Equal(1, entities.Attempts);
        Assert.Equal([Stage.Received, Stage.Entities, Stage.Capex, Stage.Market, Stage.Complete], status.Events.Select(e => e.Stage));
        Assert.False(await factory.Harness.Consumed.Any<EntitiesExtracted>());
    }

    [Fact]
    public async Task A_capex_fault_records_the_entities_stage_its_message_proves_done_and_the_capex_failure()
    {
        await using var factory = new ServiceFactory<IngestionApi>();
        await factory.Harness.Start();
        var client = new IngestionService.IngestionServiceClient(factory.Channel());
        var id = (await client.IngestAsync(Request("capex-fault-entities"))).AnnouncementId;
        var found = new EntitySet([], [], [Place], null);

        await factory.Harness.Bus.Publish<Fault<EntitiesExtracted>>(new
        {
            Message = new EntitiesExtracted(id, "t", null, found),
            Host = new { Assembly = "CapexRadar.Capex.Api" },
            Exceptions = new[] { new { ExceptionType = typeof(CapexRadar.ServiceHosting.ExtractionFailedException).FullName, Message = "boom" } },
        });
        Assert.True(await Samples.EventuallyAsync(async () =>
            (await client.GetStatusAsync(new GetStatusRequest { AnnouncementId = id })).Status.Stage == Stage.Failed));
        var status = (await client.GetStatusAsync(new GetStatusRequest { AnnouncementId = id })).Status;
        Assert.Equal(Stage.Capex, status.FailedStage);
        var entities = Assert.Single(status.Events, e => e.Stage == Stage.Entities);
        Assert.Equal("0 organizations, 0 people, 1 locations", entities.Detail);
    }

    private sealed class ThrowingFactsSource : IAnnouncementFactsSource
    {
        private int _calls;
        public int Calls => Volatile.Read(ref _calls);

        public Task<AnnouncementFacts> GetAsync(string announcementId, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            throw new InvalidOperationException("injected: the facts cannot be read");
        }
    }

    /// <summary>Holds clustering inside the facts read until released, then gives the facts the messages carried.</summary>
    private sealed class GatedFactsSource : IAnnouncementFactsSource
    {
        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task<AnnouncementFacts> GetAsync(string announcementId, CancellationToken cancellationToken)
        {
            Entered.TrySetResult();
            await Release.Task.WaitAsync(cancellationToken);
            return new AnnouncementFacts("contoso", [Fact], [], [], [Place]);
        }
    }
}
