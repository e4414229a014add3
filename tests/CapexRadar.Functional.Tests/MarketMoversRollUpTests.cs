using System.Text.Json;
using CapexRadar.Market.Api;
using CapexRadar.Market.Api.Data;
using CapexRadar.Protos.Market.V1;
using CapexRadar.ServiceHosting;
using Microsoft.Extensions.DependencyInjection;
using D = CapexRadar.Domain;

namespace CapexRadar.Functional.Tests;

/// <summary>
/// The Market service's movers roll business units and brands up to their top parent, under the knowledge base's name,
/// as the Capex leaderboard does (issue 14). Moves are stored directly (hand-made), so the test checks the aggregation,
/// not the extractor.
/// </summary>
public sealed class MarketMoversRollUpTests
{
    private static readonly DateTimeOffset Day = new(2025, 3, 3, 6, 0, 0, TimeSpan.Zero);

    private static D.MarketMove Move(string? company, string name, double pct) =>
        new(company, name, null, pct, D.MoveDirection.Up, D.MoveQualifier.Unspecified, null, D.MoveRelation.Self, new D.TextSpan(0, 10));

    [Fact]
    public async Task A_units_move_shows_as_its_top_parent_and_an_unknown_company_keeps_its_name()
    {
        await using var factory = new ServiceFactory<MarketApi>();
        await factory.Harness.Start();
        var client = new MarketService.MarketServiceClient(factory.Channel());
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MarketDbContext>();
            // an alias of its parent in the knowledge base ("Oracle Cloud Infrastructure"), a unit with a parent
            // (Kunlunxin under Baidu), and a company the knowledge base does not know
            Store(db, "oci", Move("oracle", "Oracle Cloud Infrastructure", 43));
            Store(db, "chip", Move("kunlunxin", "Kunlunxin", 12));
            Store(db, "other", Move("x-orbital-compute", "Orbital Compute", 5));
            await db.SaveChangesAsync();
        }

        var movers = await client.ListMoversAsync(new ListMoversRequest { Limit = 10 });
        Assert.Equal([("oracle", "Oracle Corp."), ("baidu", "Baidu Inc."), ("x-orbital-compute", "Orbital Compute")],
            movers.Movers.Select(m => (m.Move.CompanyId, m.Move.CompanyName)));
        // one announcement's own moves keep the story's names
        var own = await client.GetMovesAsync(new GetMovesRequest { AnnouncementId = "oci" });
        Assert.Equal("Oracle Cloud Infrastructure", Assert.Single(own.Moves).CompanyName);
    }

    private static void Store(MarketDbContext db, string id, params D.MarketMove[] moves) =>
        db.Announcements.Add(new AnnouncementMoves
        {
            AnnouncementId = id, PublishedAt = Day, MovesJson = JsonSerializer.Serialize(moves.ToList(), HostingExtensions.StorageJson),
            MoveCount = moves.Length, TraceId = "t", ExtractedAt = Day,
        });
}
