using CapexRadar.Analysis;
using CapexRadar.Capex.Api;
using CapexRadar.Contracts;
using CapexRadar.Entities.Api;
using CapexRadar.Entities.Api.Data;
using CapexRadar.Market.Api;
using CapexRadar.Protos.Analysis.V1;
using CapexRadar.Protos.Capex.V1;
using CapexRadar.Protos.Entities.V1;
using CapexRadar.Protos.Market.V1;
using CapexRadar.Text;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CapexRadar.Functional.Tests;

/// <summary>Entities, Capex and Market services over the test harness: consume, store, publish, answer over gRPC.</summary>
public sealed class PipelineServiceTests
{
    private static readonly string SeedText = TextNormalizer.Normalize(Samples.Seed);
    private static readonly DateTimeOffset SeedPublished = new(2025, 9, 24, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Entities_consumer_stores_publishes_and_is_idempotent()
    {
        await using var factory = new ServiceFactory<EntitiesApi>();
        await factory.Harness.Start();
        var client = new EntitiesService.EntitiesServiceClient(factory.Channel());
        var message = new AnnouncementReceived("ent-1", "t", SeedText, SeedPublished, DateTimeOffset.UtcNow);

        await factory.Harness.Bus.Publish(message);
        await factory.Harness.Bus.Publish(message); // redelivery

        Assert.True(await Samples.EventuallyAsync(() => Task.FromResult(
            factory.Harness.Published.Select<EntitiesExtracted>().Count(m => m.Context.Message.AnnouncementId == "ent-1") == 2)));
        var published = factory.Harness.Published.Select<EntitiesExtracted>().First().Context.Message;
        Assert.Contains(published.Entities.Organizations, o => o.Listings.Any(l => l.Symbol == "9988" && l.Mic == "XHKG"));
        Assert.Equal(SeedText, published.Text);

        var entities = await client.GetEntitiesAsync(new GetEntitiesRequest { AnnouncementId = "ent-1" });
        Assert.Equal(published.Entities.Organizations.Count, entities.Organizations.Count);
        Assert.Contains(entities.People, p => p.Name == "Eddie Wu");
        Assert.NotEmpty(entities.AnnouncerId);
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<EntitiesDbContext>().Announcements.CountAsync());

        var missing = await Assert.ThrowsAsync<RpcException>(async () => await client.GetEntitiesAsync(new GetEntitiesRequest { AnnouncementId = "nope" }));
        Assert.Equal(StatusCode.NotFound, missing.StatusCode);
        var empty = await Assert.ThrowsAsync<RpcException>(async () => await client.GetEntitiesAsync(new GetEntitiesRequest()));
        Assert.Equal(StatusCode.InvalidArgument, empty.StatusCode);
    }

    [Fact]
    public async Task Knowledge_base_upserts_persist_and_are_recognised_in_later_announcements()
    {
        await using var factory = new ServiceFactory<EntitiesApi>();
        await factory.Harness.Start();
        var client = new EntitiesService.EntitiesServiceClient(factory.Channel());

        var resolved = await client.ResolveCompanyAsync(new ResolveCompanyRequest { Query = "BABA" });
        Assert.Contains(resolved.Company.Listings, l => l is { Symbol: "9988", Mic: "XHKG" });

        var company = new Company { CompanyId = "zyphron-compute", Name = "Zyphron Compute Systems", CountryCode = "SE" };
        company.Aliases.Add("Zyphron");
        company.Listings.Add(new Listing { Symbol = "ZYPH", Mic = "XSTO" });
        company.Tags.Add("datacenter");
        var upsert = await client.UpsertCompanyAsync(new UpsertCompanyRequest { Company = company });
        Assert.True(upsert.Created);

        var found = await client.ResolveCompanyAsync(new ResolveCompanyRequest { Query = "Zyphron" });
        Assert.Equal("zyphron-compute", found.Company.CompanyId);
        var search = await client.SearchCompaniesAsync(new SearchCompaniesRequest { Query = "zyphron" });
        Assert.Contains(search.Companies, c => c.CompanyId == "zyphron-compute");

        await factory.Harness.Bus.Publish(new AnnouncementReceived("ent-2", "", "Zyphron said on Monday it would build a data centre in Lulea.", null, DateTimeOffset.UtcNow));
        Assert.True(await factory.Harness.PublishedAsync<EntitiesExtracted>(m => m.AnnouncementId == "ent-2"));
        var entities = await client.GetEntitiesAsync(new GetEntitiesRequest { AnnouncementId = "ent-2" });
        Assert.Contains(entities.Organizations, o => o.CompanyId == "zyphron-compute" && o.Listings.Any(l => l.Symbol == "ZYPH"));

        await using var scope = factory.Services.CreateAsyncScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<EntitiesDbContext>().CompanyOverrides.AnyAsync(c => c.CompanyId == "zyphron-compute"));

        var invalid = await Assert.ThrowsAsync<RpcException>(async () => await client.UpsertCompanyAsync(new UpsertCompanyRequest
        {
            Company = new Company { CompanyId = "Bad Id", Name = "x" },
        }));
        Assert.Equal(StatusCode.InvalidArgument, invalid.StatusCode);
        var unknown = await Assert.ThrowsAsync<RpcException>(async () => await client.GetCompanyAsync(new GetCompanyRequest { CompanyId = "no-such-company" }));
        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Capex_service_stores_the_extractors_facts_and_answers_timeline_leaderboard_and_forecasts()
    {
        await using var factory = new ServiceFactory<CapexApi>();
        await factory.Harness.Start();
        var client = new CapexService.CapexServiceClient(factory.Channel());
        var expected = AnnouncementAnalyzer.CreateDefault().Analyze(SeedText, SeedPublished);

        var message = new EntitiesExtracted("cap-1", SeedText, SeedPublished, expected.Entities);
        await factory.Harness.Bus.Publish(message);
        await factory.Harness.Bus.Publish(message);
        Assert.True(await Samples.EventuallyAsync(() => Task.FromResult(
            factory.Harness.Published.Select<CapexExtracted>().Count(m => m.Context.Message.AnnouncementId == "cap-1") == 2)));
        // both the first delivery and the redelivery (read back from the store) carry the facts clustering needs
        Assert.All(factory.Harness.Published.Select<CapexExtracted>().Where(m => m.Context.Message.AnnouncementId == "cap-1"), m =>
        {
            Assert.Equal(expected.Capex.Count, m.Context.Message.Facts?.Count);
            Assert.Equal(expected.Facilities.Count, m.Context.Message.Facilities?.Count);
            Assert.Equal(expected.Entities.AnnouncerId, m.Context.Message.AnnouncerId);
            Assert.Equal(expected.Entities.Locations.Count, m.Context.Message.Locations?.Count);
        });

        var capex = await client.GetCapexAsync(new GetCapexRequest { AnnouncementId = "cap-1" });
        Assert.Equal(expected.Capex.Count, capex.Capex.Count);
        Assert.Contains(capex.Capex, f => f.Kind == CapexKind.Commitment && f.Amount.CurrencyCode == "CNY" && f.Amount.Units == 380_000_000_000);
        Assert.Equal(expected.Facilities.Count, capex.Facilities.Count);

        var timeline = await client.GetCompanyTimelineAsync(new GetCompanyTimelineRequest { Company = "Alibaba" });
        Assert.NotEmpty(timeline.Entries);
        var leaderboard = await client.GetLeaderboardAsync(new GetLeaderboardRequest());
        Assert.Equal(1, leaderboard.Entries[0].Rank);
        Assert.True(leaderboard.Entries[0].AnnualisedUsd.Units > 0);
        var forecasts = await client.ListForecastsAsync(new ListForecastsRequest { Scope = "global" });
        Assert.Contains(forecasts.Forecasts, f => f.Fact.Amount.CurrencyCode == "USD");

        var quantities = await client.RecognizeQuantitiesAsync(new RecognizeQuantitiesRequest { Text = "It will spend RMB120 billion, up 7.8%." });
        Assert.Contains(quantities.Quantities, q => q.Money?.CurrencyCode == "CNY" && q.Money.Units == 120_000_000_000);
        var tooBig = await Assert.ThrowsAsync<RpcException>(async () =>
            await client.RecognizeQuantitiesAsync(new RecognizeQuantitiesRequest { Text = new string('9', 1024 * 1024 + 1) }));
        Assert.Equal(StatusCode.ResourceExhausted, tooBig.StatusCode);
        var none = await Assert.ThrowsAsync<RpcException>(async () => await client.GetCompanyTimelineAsync(new GetCompanyTimelineRequest { Company = "Nonexistent Widgets" }));
        Assert.Equal(StatusCode.NotFound, none.StatusCode);
    }

    [Fact]
    public async Task Market_service_stores_moves_with_relations_and_answers_movers_and_spillover()
    {
        await using var factory = new ServiceFactory<MarketApi>();
        await factory.Harness.Start();
        var client = new MarketService.MarketServiceClient(factory.Channel());
        var expected = AnnouncementAnalyzer.CreateDefault().Analyze(SeedText, SeedPublished);

        await factory.Harness.Bus.Publish(new EntitiesExtracted("mkt-1", SeedText, SeedPublished, expected.Entities));
        Assert.True(await factory.Harness.PublishedAsync<MarketMovesExtracted>(m => m.AnnouncementId == "mkt-1" &&
            m.Moves != null && m.Moves.Count == expected.Market.Count && m.AnnouncerId == expected.Entities.AnnouncerId));

        var moves = await client.GetMovesAsync(new GetMovesRequest { AnnouncementId = "mkt-1" });
        Assert.Equal(expected.Market.Count, moves.Moves.Count);
        Assert.Contains(moves.Moves, m => m.Relation == Relation.Self && Math.Abs(m.ChangePct - 7.8) < 1e-9 && m.Qualifier == MoveQualifier.UpTo);
        Assert.Equal(2, moves.Moves.Count(m => m.Relation == Relation.Supplier));

        var movers = await client.ListMoversAsync(new ListMoversRequest { Relation = Relation.Supplier });
        Assert.Equal(15, movers.Movers[0].Move.ChangePct, 3);
        Assert.Equal("mkt-1", movers.Movers[0].AnnouncementId);

        var spillover = await client.GetSpilloverAsync(new GetSpilloverRequest { Company = "Alibaba" });
        Assert.Equal(1, spillover.Announcements);
        Assert.Equal(2, spillover.Entries.Count);
        Assert.All(spillover.Entries, e => Assert.Equal(Relation.Supplier, e.Relation));
    }
}
