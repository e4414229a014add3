using CapexRadar.Analysis;
using CapexRadar.Contracts;
using CandidateWindow = CapexRadar.Events.CandidateWindow;
using CapexRadar.Ingestion.Api;
using CapexRadar.Ingestion.Api.Data;
using CapexRadar.Ingestion.Api.Events;
using CapexRadar.Protos.Events.V1;
using CapexRadar.Protos.Ingestion.V1;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Grpc.Net.Client;
using MassTransit.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using P = CapexRadar.Protos.Analysis.V1;

namespace CapexRadar.Functional.Tests;

/// <summary>
/// Ingestion's events module over the test harness: Capex/Market completion messages trigger clustering (the facts
/// come from the in-process extractors instead of the three services), GetEvent and the WatchFacts feed over gRPC.
/// </summary>
public sealed class EventsServiceTests : IAsyncLifetime
{
    private readonly ServiceFactory<IngestionApi> _base = new();
    private WebApplicationFactory<IngestionApi> _factory = null!;
    private GrpcChannel _channel = null!;

    public async Task InitializeAsync()
    {
        _factory = _base.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddScoped<IAnnouncementFactsSource, AnalyzerFactsSource>()));
        _channel = TestTokens.Channel(_factory);
        await _factory.Services.GetTestHarness().Start();
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _base.DisposeAsync();
    }

    [Fact]
    public async Task Event_options_are_bound_from_configuration_and_validated_at_start()
    {
        await using var tuned = _base.WithWebHostBuilder(b => b
            .UseSetting("CapexRadar:Events:JoinWindow", "2.00:00:00")
            .UseSetting("CapexRadar:Events:MinSimilarityUncertainCompany", "0.4"));
        var options = tuned.Services.GetRequiredService<CapexRadar.Events.EventClusterer>().Options;
        Assert.Equal(TimeSpan.FromDays(2), options.JoinWindow);
        Assert.Equal(0.4, options.MinSimilarityUncertainCompany);
        Assert.Equal(new CapexRadar.Events.EventOptions().MinSimilarityWithSharedFact, options.MinSimilarityWithSharedFact);

        foreach (var (key, value, named) in new[]
                 {
                     ("MinSimilarityWithSharedFact", "1.5", "MinSimilarityWithSharedFact"),
                     ("JoinWindow", "00:00:00", "JoinWindow"),
                     ("LooseSameCurrencyTolerance", "0.01", "LooseSameCurrencyTolerance"), // below SameCurrencyTolerance
                 })
        {
            await using var bad = _base.WithWebHostBuilder(b => b.UseSetting("CapexRadar:Events:" + key, value));
            var error = Assert.ThrowsAny<Exception>(() => bad.Services.GetRequiredService<CapexRadar.Events.EventClusterer>());
            Assert.Contains(named, error.ToString());
        }
    }

    private static string Family(string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "families", file));

    private static readonly DateTimeOffset Published = new(2025, 9, 24, 6, 0, 0, TimeSpan.Zero);

    private async Task IngestAnalysedAsync(string id, string source, string title, string body, DateTimeOffset at)
    {
        var ingestion = new IngestionService.IngestionServiceClient(_channel);
        await ingestion.IngestAsync(new IngestRequest
        {
            AnnouncementId = id, Source = source, Url = $"https://{source}.example/{id}", Title = title, Body = body,
            PublishedAt = Timestamp.FromDateTimeOffset(at),
        });
        // what the Capex and Market services publish once their facts are stored
        var bus = _factory.Services.GetTestHarness().Bus;
        await bus.Publish(new CapexExtracted(id, 1, 1));
        await bus.Publish(new MarketMovesExtracted(id, 1));
    }

    private async Task<int> MembershipsAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EventsDbContext>().Memberships.CountAsync();
    }

    [Fact]
    public async Task Three_rewrites_make_one_event_and_the_feed_resumes_from_its_cursor_without_gaps_or_repeats()
    {
        await IngestAnalysedAsync("baba-1", "agency", "Alibaba shares surge on plans to boost AI spending", Samples.Seed, Published);
        await IngestAnalysedAsync("baba-2", "wire", "Alibaba to ramp up AI spending", Family("alibaba-wire.txt"), Published.AddHours(2));
        await IngestAnalysedAsync("baba-3", "brief", "Alibaba to step up AI spending", Family("alibaba-brief.txt"), Published.AddHours(3));
        Assert.True(await Samples.EventuallyAsync(async () => await MembershipsAsync() == 3, TimeSpan.FromSeconds(30)));
        Assert.True(await _factory.Services.GetTestHarness().PublishedAsync<AnnouncementClustered>(m => m.AnnouncementId == "baba-3"));
        // a redelivery changes nothing
        await _factory.Services.GetTestHarness().Bus.Publish(new CapexExtracted("baba-2", 1, 1));

        var events = new EventsService.EventsServiceClient(_channel);
        var e = (await events.GetEventAsync(new GetEventRequest { AnnouncementId = "baba-3" })).Event;
        Assert.Equal(["agency", "wire", "brief"], e.Members.Select(m => m.Source));
        Assert.Equal("https://wire.example/baba-2", e.Members[1].Url);
        Assert.Equal(Published, e.FirstSeen.ToDateTimeOffset());
        var commitment = Assert.Single(e.Facts, f => f.Capex is { Kind: P.CapexKind.Commitment });
        Assert.Equal(("CNY", 380_000_000_000L), (commitment.Capex.Amount.CurrencyCode, commitment.Capex.Amount.Units));
        Assert.Equal(["baba-1", "baba-2", "baba-3"], commitment.SupportingAnnouncementIds.Order());
        Assert.Equal(e.EventId, (await events.GetEventAsync(new GetEventRequest { EventId = e.EventId })).Event.EventId);

        // the feed from the start: each capex fact of at least $1 bn once, in sequence order
        var request = new WatchFactsRequest { FactTypes = { FactType.Capex }, MinUsd = 1e9 };
        var expected = e.Facts.Count(f => f.Capex is not null && f.Capex.AmountUsd is { } usd && usd.Units >= 1_000_000_000);
        var first = await ReadAsync(events, request, expected);
        Assert.Equal(expected, first.Count);
        Assert.Equal(first.Select(r => r.Sequence).Distinct().Count(), first.Count);
        Assert.All(first, r => Assert.Equal(e.EventId, r.EventId));
        Assert.Contains(first, r => r.Fact.Capex.Amount.CurrencyCode == "CNY" && r.Fact.Capex.Amount.Units == 380_000_000_000L);

        // disconnected; meanwhile a revision arrives; resuming from the cursor gives only the new facts
        await IngestAnalysedAsync("baba-4", "wire", "Alibaba raises AI investment plan to 480 billion yuan",
            "Alibaba Group Holding Ltd. raised its three-year investment plan for artificial intelligence and cloud infrastructure to " +
            "480 billion yuan, up from the 380 billion yuan it announced in February, Chief Executive Eddie Wu said on Tuesday.",
            Published.AddDays(60));
        Assert.True(await Samples.EventuallyAsync(async () => await MembershipsAsync() == 4, TimeSpan.FromSeconds(30)));
        request.AfterSequence = first[^1].Sequence;
        request.Kind = P.CapexKind.Commitment;
        var resumed = await ReadAsync(events, request, 1);
        var raise = Assert.Single(resumed);
        Assert.True(raise.Sequence > first[^1].Sequence);
        Assert.Equal(480_000_000_000L, raise.Fact.Capex.Amount.Units);
        Assert.Equal(e.EventId, raise.FollowsEventId);
        Assert.NotEqual(e.EventId, raise.EventId);
    }

    [Fact]
    public async Task Clustering_loads_recent_events_and_only_the_older_events_of_a_possible_revisions_company()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EventsDbContext>();
        EventRow Row(string id, string company, int daysAgo) => new()
        {
            Id = id, FirstSeen = Published.AddDays(-daysAgo), LastSeen = Published.AddDays(-daysAgo),
            StateJson = $$"""{"id":"{{id}}","facts":[{"key":"k","type":"Capex","companyId":"{{company}}"}],"members":[]}""",
        };
        db.Events.AddRange(Row("old-northwind", "northwind", 90), Row("old-kestrel", "kestrel", 90), Row("recent-kestrel", "kestrel", 1),
            Row("ancient-northwind", "northwind", 500), Row("old-northwind-energy", "northwind-energy", 90));
        await db.SaveChangesAsync();

        var join = (Published.AddDays(-4), Published.AddDays(4));
        var plain = await EventClustering.CandidateRowsAsync(db, new(join.Item1, join.Item2, null, []), CancellationToken.None);
        Assert.Equal(["recent-kestrel"], plain.Select(r => r.Id));
        var revision = await EventClustering.CandidateRowsAsync(db, new(join.Item1, join.Item2, Published.AddDays(-400), ["northwind"]),
            CancellationToken.None);
        Assert.Equal(["old-northwind", "recent-kestrel"], revision.Select(r => r.Id).Order());
    }

    /// <summary>Reads <paramref name="count"/> responses, then waits briefly for any extra (there must be none) and hangs up.</summary>
    private static async Task<List<WatchFactsResponse>> ReadAsync(EventsService.EventsServiceClient client, WatchFactsRequest request, int count)
    {
        var result = new List<WatchFactsResponse>();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var call = client.WatchFacts(request, cancellationToken: cts.Token);
        try
        {
            while (await call.ResponseStream.MoveNext(cts.Token))
            {
                result.Add(call.ResponseStream.Current);
                if (result.Count == count) cts.CancelAfter(TimeSpan.FromMilliseconds(500)); // a repeat would arrive in this grace period
            }
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.Cancelled) { }
        catch (OperationCanceledException) { }
        return result;
    }

    [Fact]
    public async Task Unknown_events_and_bad_filters_get_clear_statuses()
    {
        var events = new EventsService.EventsServiceClient(_channel);
        var missing = await Assert.ThrowsAsync<RpcException>(async () => await events.GetEventAsync(new GetEventRequest { EventId = "nope" }));
        Assert.Equal(StatusCode.NotFound, missing.StatusCode);
        var empty = await Assert.ThrowsAsync<RpcException>(async () => await events.GetEventAsync(new GetEventRequest()));
        Assert.Equal(StatusCode.InvalidArgument, empty.StatusCode);
        var bad = await Assert.ThrowsAsync<RpcException>(async () =>
        {
            using var call = events.WatchFacts(new WatchFactsRequest { MinUsd = -1 });
            await call.ResponseStream.MoveNext();
        });
        Assert.Equal(StatusCode.InvalidArgument, bad.StatusCode);
    }

    [Fact]
    public async Task A_subscriber_whose_buffer_is_full_is_ended_not_skipped()
    {
        var notifier = new FeedNotifier();
        using var subscription = notifier.Subscribe(out var reader, capacity: 2);
        FeedEntry Entry(long seq) => new() { Sequence = seq, EventId = "e", AnnouncementId = "a", FactType = "capex", FactJson = "{}" };
        notifier.Publish([Entry(1), Entry(2), Entry(3)]);

        Assert.Equal(1, (await reader.ReadAsync()).Sequence);
        Assert.Equal(2, (await reader.ReadAsync()).Sequence);
        await Assert.ThrowsAsync<SubscriberTooSlowException>(async () => await reader.WaitToReadAsync()); // how ReadAllAsync ends
        Assert.Equal(0, notifier.Subscribers);
    }
}

/// <summary>The facts of a stored announcement from the in-process extractors (what Entities, Capex and Market would store).</summary>
internal sealed class AnalyzerFactsSource(IngestionDbContext db) : IAnnouncementFactsSource
{
    private static readonly AnnouncementAnalyzer Analyzer = AnnouncementAnalyzer.CreateDefault();

    public async Task<AnnouncementFacts> GetAsync(string announcementId, CancellationToken cancellationToken)
    {
        var a = await db.Announcements.AsNoTracking().FirstAsync(x => x.Id == announcementId, cancellationToken);
        var result = Analyzer.Analyze(a.Text, a.PublishedAt);
        return new AnnouncementFacts(result.Entities.AnnouncerId, result.Capex, result.Facilities, result.Market, result.Entities.Locations);
    }
}
