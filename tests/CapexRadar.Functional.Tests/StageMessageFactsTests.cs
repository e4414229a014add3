using CapexRadar.Contracts;
using CapexRadar.Domain;
using CapexRadar.Ingestion.Api;
using CapexRadar.Ingestion.Api.Events;
using CapexRadar.Ingestion.Api.Messaging;
using CapexRadar.Protos.Events.V1;
using CapexRadar.Protos.Ingestion.V1;
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

        Assert.True(await factory.Harness.Published.Any<AnnouncementClustered>(m => m.Context.Message.AnnouncementId == id));
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
    public async Task A_clustering_failure_is_retried_on_its_own_endpoint_then_faulted_without_failing_a_stage()
    {
        await using var baseFactory = new ServiceFactory<IngestionApi>();
        await using var factory = baseFactory.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.AddScoped<IAnnouncementFactsSource, ThrowingFactsSource>()));
        var harness = factory.Services.GetTestHarness();
        await harness.Start();
        var channel = TestTokens.Channel(factory);
        var id = (await new IngestionService.IngestionServiceClient(channel).IngestAsync(Request("cluster-fault-1"))).AnnouncementId;

        await harness.Bus.Publish(new CapexExtracted(id, 1, 0, [Fact], [], "contoso", [Place]));
        await harness.Bus.Publish(new MarketMovesExtracted(id, 0, [], "contoso", [Place]));

        // the stage recorder recorded both stages and complete, and asked for clustering once; clustering is retried on its
        // own endpoint, then faults, and the fault consumer leaves every stage as it was
        Assert.True(await Samples.EventuallyAsync(() => Task.FromResult(harness.Published.Select<Fault<AnnouncementReadyToCluster>>().Any()),
            TimeSpan.FromSeconds(60)));
        var fault = harness.Published.Select<Fault<AnnouncementReadyToCluster>>().First().Context.Message;
        Assert.Equal(id, fault.Message.AnnouncementId);
        Assert.Equal(new[] { 7_000_000_000m }, fault.Message.Facts!.Capex.Select(f => f.Amount.Value));
        Assert.Equal(typeof(InvalidOperationException).FullName, fault.Exceptions[0].ExceptionType);
        Assert.True(await harness.Consumed.Any<Fault<AnnouncementReadyToCluster>>());
        Assert.Equal(1, harness.Published.Select<AnnouncementReadyToCluster>().Count(m => m.Context.Message.AnnouncementId == id));
        var status = (await new IngestionService.IngestionServiceClient(channel).GetStatusAsync(new GetStatusRequest { AnnouncementId = id })).Status;
        Assert.Equal(Stage.Complete, status.Stage);
        Assert.Empty(status.FailureReason);
        Assert.Empty(harness.Published.Select<Fault<CapexExtracted>>());
        Assert.Empty(harness.Published.Select<Fault<MarketMovesExtracted>>());
    }

    private sealed class ThrowingFactsSource : IAnnouncementFactsSource
    {
        public Task<AnnouncementFacts> GetAsync(string announcementId, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("injected: the facts cannot be read");
    }
}
