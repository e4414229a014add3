using CapexRadar.Protos.Analysis.V1;
using CapexRadar.Protos.Capex.V1;
using CapexRadar.Protos.Events.V1;
using CapexRadar.Protos.Ingestion.V1;
using CapexRadar.Protos.Market.V1;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Xunit.Abstractions;

namespace CapexRadar.EndToEnd.Tests;

/// <summary>
/// Events through the running system, with a client that uses only the types generated from protos/: three rewrites
/// of the seed story become one event with three sources and one CNY 380 bn commitment (and one leaderboard row);
/// the WatchFacts feed delivers each fact once and, after a disconnect, resumes from its cursor without gaps.
/// </summary>
/// <remarks>Abstract: runs once per storage mode (<see cref="EventsTestsOnSqlite"/>, <see cref="EventsTestsOnPostgres"/> in StorageModes.cs).</remarks>
public abstract class EventsTests(CapexRadarAppFixture fixture, ITestOutputHelper output)
{
    private static string Family(string file) =>
        File.ReadAllText(Path.Combine(SeedStory.RepositoryRoot(), "tests", "CapexRadar.Events.Tests", "Families", file));

    private async Task<string> IngestAsync(string id, string source, string title, string body, DateTimeOffset at)
    {
        var response = await fixture.Ingestion.IngestAsync(new IngestRequest
        {
            AnnouncementId = id, Source = source, Url = $"https://{source}.example/{id}", Title = title, Body = body,
            PublishedAt = Timestamp.FromDateTimeOffset(at),
        }, deadline: DateTime.UtcNow.AddSeconds(60));
        return response.AnnouncementId;
    }

    private async Task<Event> WaitForEventAsync(EventsService.EventsServiceClient events, string announcementId, Func<Event, bool> ready)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        Event? last = null;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                last = (await events.GetEventAsync(new GetEventRequest { AnnouncementId = announcementId })).Event;
                if (ready(last)) return last;
            }
            catch (RpcException ex) when (ex.StatusCode == StatusCode.NotFound) { }
            await Task.Delay(200);
        }
        Assert.Fail($"event of {announcementId} not ready: {last}\n{fixture.RecentLogs("ingestion")}");
        return null!;
    }

    [Fact]
    public async Task Three_rewrites_are_one_event_and_the_feed_resumes_from_its_cursor()
    {
        var seed = await fixture.SeedAsync();
        var events = new EventsService.EventsServiceClient(fixture.Channel("ingestion"));
        await IngestAsync("e2e-baba-wire", "wire", "Alibaba to ramp up AI spending", Family("alibaba-wire.txt"), SeedStory.PublishedAt.AddHours(2));
        // Members are listed in the order they were clustered: let the wire story join before the brief is sent.
        await WaitForEventAsync(events, "e2e-baba-wire", x => x.Members.Count >= 2);
        await IngestAsync("e2e-baba-brief", "brief", "Alibaba to step up AI spending", Family("alibaba-brief.txt"), SeedStory.PublishedAt.AddHours(3));

        var e = await WaitForEventAsync(events, "e2e-baba-brief", x => x.Members.Count >= 3);
        output.WriteLine(e.ToString());
        // members in publication order (they may be clustered in any order)
        Assert.Equal([seed.Id, "e2e-baba-wire", "e2e-baba-brief"], e.Members.Select(m => m.AnnouncementId));
        Assert.Equal(3, e.Members.Select(m => m.Source).Distinct().Count());
        var commitment = Assert.Single(e.Facts, f => f.Capex is { Kind: CapexKind.Commitment });
        Assert.Equal(("CNY", 380_000_000_000L), (commitment.Capex.Amount.CurrencyCode, commitment.Capex.Amount.Units));
        Assert.Equal(3, commitment.SupportingAnnouncementIds.Count);
        var analysis = (await fixture.Ingestion.GetAnalysisAsync(new GetAnalysisRequest { AnnouncementId = "e2e-baba-wire" })).Analysis;
        Assert.Equal(e.EventId, analysis.EventId);

        // the leaderboard and the timeline count the event once, with its three sources (once Capex has stored the
        // announcements' event from AnnouncementClustered)
        var until = DateTime.UtcNow.AddSeconds(60);
        Protos.Capex.V1.LeaderboardEntry alibaba;
        do
        {
            var board = await fixture.Capex.GetLeaderboardAsync(new GetLeaderboardRequest());
            alibaba = Assert.Single(board.Entries.Concat(board.Totals), x => x.CompanyId == commitment.CompanyId);
            if (alibaba.Sources == 3) break;
            await Task.Delay(200);
        } while (DateTime.UtcNow < until);
        Assert.Equal(("CNY", 380_000_000_000L), (alibaba.Latest.Amount.CurrencyCode, alibaba.Latest.Amount.Units));
        Assert.Equal((e.EventId, 3), (alibaba.EventId, alibaba.Sources));
        var timeline = await fixture.Capex.GetCompanyTimelineAsync(new GetCompanyTimelineRequest { Company = commitment.CompanyId });
        var pledge = Assert.Single(timeline.Entries, x => x.Fact.Kind == CapexKind.Commitment && x.Fact.Amount.Units == 380_000_000_000L);
        Assert.Equal((e.EventId, 3), (pledge.EventId, pledge.Sources));

        // movers count events: the supplier that moved on the story appears once, for the event
        var deadline = DateTime.UtcNow.AddSeconds(60);
        List<Mover> acm;
        do
        {
            var movers = await fixture.Market.ListMoversAsync(new ListMoversRequest { Limit = 100 });
            acm = movers.Movers.Where(m => m.Move.CompanyName.Contains("ACM", StringComparison.Ordinal)).ToList();
            if (acm.Count == 1 && acm[0].EventId == e.EventId) break;
            await Task.Delay(200);
        } while (DateTime.UtcNow < deadline);
        Assert.Equal(e.EventId, Assert.Single(acm).EventId);

        // the feed from the start: the commitment once
        var request = new WatchFactsRequest { FactTypes = { FactType.Capex }, Kind = CapexKind.Commitment, MinUsd = 1e9 };
        var first = await ReadAsync(events, request, r => r.Fact.Capex.Amount.Units == 380_000_000_000L);
        Assert.Single(first, r => r.EventId == e.EventId);
        Assert.Equal(first.Count, first.Select(r => r.Sequence).Distinct().Count());

        // disconnected; a revision lands; resuming from the cursor brings it, once, and nothing already seen
        await IngestAsync("e2e-baba-raise", "wire", "Alibaba raises AI investment plan to 480 billion yuan",
            "Alibaba Group Holding Ltd. raised its three-year investment plan for artificial intelligence and cloud infrastructure to " +
            "480 billion yuan, up from the 380 billion yuan it announced in February, Chief Executive Eddie Wu said on Tuesday.",
            SeedStory.PublishedAt.AddDays(60));
        request.AfterSequence = first.Max(r => r.Sequence);
        var resumed = await ReadAsync(events, request, r => r.Fact.Capex.Amount.Units == 480_000_000_000L);
        Assert.All(resumed, r => Assert.True(r.Sequence > request.AfterSequence));
        var raise = Assert.Single(resumed, r => r.Fact.Capex.Amount.Units == 480_000_000_000L);
        Assert.Equal(e.EventId, raise.FollowsEventId);

        // nothing missed: the resumed stream holds exactly what a reader from the start sees after the cursor
        var all = await ReadAsync(events, new WatchFactsRequest { FactTypes = { FactType.Capex }, Kind = CapexKind.Commitment, MinUsd = 1e9 },
            r => r.Fact.Capex.Amount.Units == 480_000_000_000L);
        Assert.Equal(all.Where(r => r.Sequence > request.AfterSequence).Select(r => r.Sequence), resumed.Select(r => r.Sequence));
    }

    /// <summary>Reads until <paramref name="until"/> matched, then half a second more (a repeat would show), then hangs up.</summary>
    private static async Task<List<WatchFactsResponse>> ReadAsync(EventsService.EventsServiceClient client, WatchFactsRequest request,
        Func<WatchFactsResponse, bool> until)
    {
        var result = new List<WatchFactsResponse>();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        using var call = client.WatchFacts(request, cancellationToken: cts.Token);
        try
        {
            while (await call.ResponseStream.MoveNext(cts.Token))
            {
                result.Add(call.ResponseStream.Current);
                if (until(call.ResponseStream.Current)) cts.CancelAfter(TimeSpan.FromMilliseconds(500));
            }
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.Cancelled) { }
        catch (OperationCanceledException) { }
        return result;
    }
}
