using System.Text.Json;
using CapexRadar.Capex.Api;
using CapexRadar.Capex.Api.Data;
using CapexRadar.Domain;
using CapexRadar.Protos.Capex.V1;
using CapexRadar.ServiceHosting;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;

namespace CapexRadar.Functional.Tests;

/// <summary>
/// page_size / page_token on the list RPCs: pages put together are the whole list, a token resumes after the last
/// entry even when entries are added before it, and a malformed or foreign token is INVALID_ARGUMENT.
/// </summary>
public sealed class PagingTests
{
    private static readonly DateTimeOffset T0 = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static List<(DateTimeOffset At, string Id)> Items(params (int Day, string Id)[] items) =>
        [.. items.Select(i => (T0.AddDays(i.Day), i.Id))];

    private static List<(DateTimeOffset At, string Id)> ReadAll(Func<List<(DateTimeOffset At, string Id)>> list, int pageSize, string name = "test")
    {
        var result = new List<(DateTimeOffset, string)>();
        var token = "";
        do
        {
            var (page, next) = Paging.AfterKey(list(), x => x, name, pageSize, token);
            Assert.True(page.Count <= pageSize);
            result.AddRange(page);
            token = next;
        } while (token.Length > 0);
        return result;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(100)]
    public void Pages_in_time_order_put_together_are_the_whole_list(int pageSize)
    {
        // two entries of one announcement at one time (ordinals 0 and 1), as a timeline has
        var items = Items((1, "a"), (1, "b"), (1, "b"), (2, "a"), (3, "c"), (3, "c"), (3, "c"));
        Assert.Equal(items, ReadAll(() => items, pageSize));
    }

    [Fact]
    public void A_token_resumes_after_its_entry_when_earlier_entries_are_added()
    {
        var items = Items((1, "a"), (2, "b"), (3, "c"), (4, "d"));
        var (first, token) = Paging.AfterKey(items, x => x, "test", 2, "");
        Assert.Equal(["a", "b"], first.Select(x => x.Id));
        items.Insert(0, (T0, "early")); // a back-dated announcement arrives between the two calls
        var (second, last) = Paging.AfterKey(items, x => x, "test", 2, token);
        Assert.Equal(["c", "d"], second.Select(x => x.Id));
        Assert.Equal("", last);
    }

    [Theory]
    [InlineData("!!not base64!!")]
    [InlineData("cDF8dGVzdA")] // "p1|test": valid base64url, not a token
    [InlineData("")]
    public void Malformed_tokens_are_INVALID_ARGUMENT(string token)
    {
        var items = Items((1, "a"), (2, "b"), (3, "c"));
        if (token.Length == 0) token = Paging.AfterKey(items, x => x, "other-list", 1, "").NextPageToken; // another list's token
        var error = Assert.Throws<RpcException>(() => Paging.AfterKey(items, x => x, "test", 1, token));
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Throws<RpcException>(() => Paging.Offset("test", token));
    }

    [Fact]
    public void Page_sizes_default_cap_and_refuse_negatives()
    {
        Assert.Equal(100, Paging.Size(0, 100, 500));
        Assert.Equal(500, Paging.Size(10_000, 100, 500));
        Assert.Equal(StatusCode.InvalidArgument, Assert.Throws<RpcException>(() => Paging.Size(-1, 100, 500)).StatusCode);
    }

    [Fact]
    public void Ranking_pages_resume_at_their_offset()
    {
        var ranked = Enumerable.Range(0, 7).ToList();
        var seen = new List<int>();
        var token = "";
        do
        {
            var (page, next) = Paging.AtOffset(ranked, "rank", 3, token);
            seen.AddRange(page);
            token = next;
        } while (token.Length > 0);
        Assert.Equal(ranked, seen);
        Assert.Equal(StatusCode.InvalidArgument, Assert.Throws<RpcException>(() => Paging.Offset("rank", Paging.OffsetToken("rank", -1))).StatusCode);
    }

    [Fact]
    public async Task Capex_timeline_and_forecasts_page_over_gRPC()
    {
        await using var factory = new ServiceFactory<CapexApi>();
        var client = new CapexService.CapexServiceClient(factory.Channel());
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CapexDbContext>();
            for (var i = 0; i < 7; i++)
            {
                // each announcement: a commitment of a new amount (a distinct timeline entry) and a global forecast
                var commitment = Fact(CapexKind.Commitment, "acme", 10 + i, "company", 0);
                var forecast = Fact(CapexKind.Forecast, null, 1000 + i, "global", 50);
                db.Announcements.Add(new AnnouncementCapex
                {
                    AnnouncementId = $"page-{i}",
                    PublishedAt = T0.AddDays(i % 3), // several announcements share a day
                    FactsJson = JsonSerializer.Serialize(new List<CapexFact> { commitment, forecast }, HostingExtensions.StorageJson),
                    FacilitiesJson = "[]",
                    TraceId = "",
                    ExtractedAt = T0,
                });
            }
            await db.SaveChangesAsync();
        }

        var whole = await client.GetCompanyTimelineAsync(new GetCompanyTimelineRequest { Company = "acme", PageSize = 500 });
        Assert.Equal(7, whole.Entries.Count);
        Assert.Equal("", whole.NextPageToken);
        var paged = new List<TimelineEntry>();
        var request = new GetCompanyTimelineRequest { Company = "acme", PageSize = 2 };
        do
        {
            var page = await client.GetCompanyTimelineAsync(request);
            Assert.InRange(page.Entries.Count, 1, 2);
            paged.AddRange(page.Entries);
            request.PageToken = page.NextPageToken;
        } while (request.PageToken.Length > 0);
        Assert.Equal(whole.Entries, paged);

        var forecasts = new List<ForecastEntry>();
        var forecastRequest = new ListForecastsRequest { Scope = "global", PageSize = 3 };
        do
        {
            var page = await client.ListForecastsAsync(forecastRequest);
            forecasts.AddRange(page.Forecasts);
            forecastRequest.PageToken = page.NextPageToken;
        } while (forecastRequest.PageToken.Length > 0);
        Assert.Equal(7, forecasts.Count);
        Assert.Equal(7, forecasts.Select(f => f.AnnouncementId).Distinct().Count());

        var leaderboard = await client.GetLeaderboardAsync(new GetLeaderboardRequest { Limit = 1 });
        Assert.Single(leaderboard.Totals);
        Assert.Equal("", leaderboard.NextPageToken); // one company: nothing more to rank

        var foreign = await Assert.ThrowsAsync<RpcException>(async () =>
            await client.ListForecastsAsync(new ListForecastsRequest { PageToken = (await client.GetCompanyTimelineAsync(new GetCompanyTimelineRequest { Company = "acme", PageSize = 1 })).NextPageToken }));
        Assert.Equal(StatusCode.InvalidArgument, foreign.StatusCode);
    }

    private static CapexFact Fact(CapexKind kind, string? company, decimal billions, string scope, int start) =>
        new(kind, company, company, new MoneyAmount("USD", billions * 1_000_000_000m), null, new MoneyAmount("USD", billions * 1_000_000_000m), true,
            null, null, AmountQualifier.Exact, scope, [], null, new TextSpan(start, start + 10));
}
