using System.Text.Json;
using CapexRadar.Capex.Api;
using CapexRadar.Capex.Api.Data;
using CapexRadar.Contracts;
using CapexRadar.Domain;
using CapexRadar.Protos.Capex.V1;
using CapexRadar.ServiceHosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using D = CapexRadar.Domain;

namespace CapexRadar.Functional.Tests;

/// <summary>
/// The Capex service's aggregates count events (issue 14): rewrites of one announcement — the same commitment in won
/// and in dollars — are one timeline entry and one leaderboard row with three sources once <c>AnnouncementClustered</c>
/// says they are one event; yearly rates are ranked apart from totals of unknown period; units roll up to their parents.
/// Facts are stored directly (hand-made), so the test checks the aggregation, not the extractor.
/// </summary>
public sealed class EventAggregatesTests
{
    private static readonly DateTimeOffset Day = new(2025, 3, 3, 6, 0, 0, TimeSpan.Zero);

    private static D.CapexFact Commit(string company, string name, string currency, decimal amount, decimal usd, int? years = null) =>
        new(D.CapexKind.Commitment, company, name, new MoneyAmount(currency, amount), null, new MoneyAmount("USD", usd), currency != "USD",
            years, null, AmountQualifier.Exact, "", [], null, new TextSpan(0, 10));

    private static D.CapexFact Forecast(decimal usd) =>
        new(D.CapexKind.Forecast, null, null, new MoneyAmount("USD", usd), null, new MoneyAmount("USD", usd), false,
            null, 2028, AmountQualifier.Exact, "global", [], null, new TextSpan(20, 30));

    private static async Task StoreAsync(CapexDbContext db, string id, DateTimeOffset at, params D.CapexFact[] facts)
    {
        db.Announcements.Add(new AnnouncementCapex
        {
            AnnouncementId = id, PublishedAt = at, FactsJson = JsonSerializer.Serialize(facts.ToList(), HostingExtensions.StorageJson),
            FacilitiesJson = "[]", FactCount = facts.Length, TraceId = "t", ExtractedAt = at,
        });
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Rewrites_of_one_announcement_are_one_timeline_entry_and_one_leaderboard_row_with_their_sources()
    {
        await using var factory = new ServiceFactory<CapexApi>();
        await factory.Harness.Start();
        var client = new CapexService.CapexServiceClient(factory.Channel());
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CapexDbContext>();
            // a unit (SK Siltron, parent SK Inc.) reported three times: won, dollars (converted), won again; no period
            // each quotes the same industry forecast
            await StoreAsync(db, "siltron-release", Day, Commit("sk-siltron", "SK Siltron", "KRW", 3_000_000_000_000m, 2_200_000_000m),
                Forecast(1_000_000_000_000m));
            await StoreAsync(db, "siltron-wire", Day.AddHours(3), Commit("sk-siltron", "SK Siltron", "USD", 2_200_000_000m, 2_200_000_000m),
                Forecast(1_000_000_000_000m));
            await StoreAsync(db, "siltron-paper", Day.AddHours(20), Commit("sk-siltron", "SK Siltron Co.", "KRW", 3_000_000_000_000m, 2_200_000_000m),
                Forecast(1_000_000_000_000m));
            // a unit's plan with a period: a yearly rate, counted for its parent (T-Systems → Deutsche Telekom)
            await StoreAsync(db, "tsystems", Day, Commit("t-systems", "T-Systems", "EUR", 2_000_000_000m, 2_160_000_000m, years: 4));
            // a bigger total of unknown period: ranked apart, never as a yearly rate
            await StoreAsync(db, "orbital", Day, Commit("x-orbital-compute", "Orbital Compute", "USD", 100_000_000_000m, 100_000_000_000m));
        }

        // before clustering: each announcement is its own event, so the won and dollar versions are separate entries
        var before = await client.GetCompanyTimelineAsync(new GetCompanyTimelineRequest { Company = "SK Siltron" });
        Assert.Equal(3, before.Entries.Count);
        Assert.Equal(3, (await client.ListForecastsAsync(new ListForecastsRequest { Scope = "global" })).Forecasts.Count);

        foreach (var id in new[] { "siltron-release", "siltron-wire", "siltron-paper" })
        {
            await factory.Harness.Bus.Publish(new AnnouncementClustered(id, "ev-siltron-release", null));
            await factory.Harness.Bus.Publish(new AnnouncementClustered(id, "ev-siltron-release", null)); // redelivery
        }
        // wait for the condition itself — all six deliveries consumed (the harness records a message once its consumer
        // has finished) — not for a read model to change within a time; the bound only stops a hang
        Assert.True(await Samples.EventuallyAsync(() => Task.FromResult(
            factory.Harness.Consumed.Select<AnnouncementClustered>().Count() == 6), TimeSpan.FromMinutes(5)));

        var timeline = await client.GetCompanyTimelineAsync(new GetCompanyTimelineRequest { Company = "SK Siltron" });
        var entry = Assert.Single(timeline.Entries);
        Assert.Equal(("ev-siltron-release", 3), (entry.EventId, entry.Sources));
        Assert.Equal(("KRW", 3_000_000_000_000L), (entry.Fact.Amount.CurrencyCode, entry.Fact.Amount.Units)); // the version most sources state
        Assert.Equal(Day, entry.PublishedAt.ToDateTimeOffset()); // when the event was first seen
        Assert.False(entry.HasChangeUsd);
        Assert.Equal("siltron-release", entry.AnnouncementId);

        var forecast = Assert.Single((await client.ListForecastsAsync(new ListForecastsRequest { Scope = "global" })).Forecasts);
        Assert.Equal(("ev-siltron-release", 3, "siltron-release"), (forecast.EventId, forecast.Sources, forecast.AnnouncementId));

        var board = await client.GetLeaderboardAsync(new GetLeaderboardRequest());
        // yearly rates: Deutsche Telekom (for its unit), EUR 2 bn over 4 years = USD 540 m a year
        var telekom = Assert.Single(board.Entries);
        Assert.Equal("deutsche-telekom", telekom.CompanyId);
        Assert.Equal(540_000_000L, telekom.AnnualisedUsd.Units);
        // totals of unknown period, ranked by amount: Orbital, then SK Inc. (for its unit) once, with three sources
        Assert.Equal(["x-orbital-compute", "sk-inc"], board.Totals.Select(t => t.CompanyId));
        var sk = board.Totals[1];
        Assert.Equal(("ev-siltron-release", 3, 2), (sk.EventId, sk.Sources, sk.Rank));
        Assert.DoesNotContain(board.Entries.Concat(board.Totals), e => e.CompanyId is "t-systems" or "sk-siltron");

        await using var check = factory.Services.CreateAsyncScope();
        Assert.Equal(3, await check.ServiceProvider.GetRequiredService<CapexDbContext>().AnnouncementEvents.CountAsync());
    }

    [Fact]
    public async Task A_unit_written_as_its_parent_shows_as_the_parent_and_a_rate_recalled_without_its_period_is_no_total()
    {
        await using var factory = new ServiceFactory<CapexApi>();
        await factory.Harness.Start();
        var client = new CapexService.CapexServiceClient(factory.Channel());
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CapexDbContext>();
            // the knowledge base resolves the unit's name to its parent (an alias): the row is the parent's, under its name
            // beside a plant's total of no period in the same story: a total of its own
            await StoreAsync(db, "oci-budget", Day, Commit("oracle", "Oracle Cloud Infrastructure", "USD", 35_000_000_000m, 35_000_000_000m, years: 1),
                Commit("oracle", "Oracle", "USD", 5_000_000_000m, 5_000_000_000m));
            // three weeks later another story recalls the same figure without its period: the same commitment, no total
            await StoreAsync(db, "recall", Day.AddDays(21), Commit("oracle", "Oracle", "USD", 35_000_000_000m, 35_000_000_000m));
            // an earlier figure of the same company: a total too, but not the latest
            await StoreAsync(db, "campus", Day.AddDays(-2), Commit("oracle", "Oracle", "USD", 1_000_000_000m, 1_000_000_000m));
            // another company with the same figure and no period: a total of its own
            await StoreAsync(db, "other", Day.AddDays(21), Commit("x-orbital-compute", "Orbital Compute", "USD", 35_000_000_000m, 35_000_000_000m));
        }

        var board = await client.GetLeaderboardAsync(new GetLeaderboardRequest());
        var oracle = Assert.Single(board.Entries);
        Assert.Equal(("oracle", "Oracle Corp.", 35_000_000_000L), (oracle.CompanyId, oracle.CompanyName, oracle.AnnualisedUsd.Units));
        Assert.Equal(["x-orbital-compute", "oracle"], board.Totals.Select(t => t.CompanyId));
        // the latest total that is not the recalled rate: the plant's, not the three-week-later recall's USD 35 billion
        Assert.Equal(("oci-budget", "Oracle Corp.", 5_000_000_000L), (board.Totals[1].AnnouncementId, board.Totals[1].CompanyName, board.Totals[1].AnnualisedUsd.Units));
    }
}
