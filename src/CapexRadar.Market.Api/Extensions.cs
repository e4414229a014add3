using MassTransit;
using CapexRadar.Entities.Extraction;
using CapexRadar.Market.Api.Data;
using CapexRadar.Market.Api.Grpc;
using CapexRadar.Market.Api.Messaging;
using CapexRadar.Market.Extraction;
using CapexRadar.ServiceHosting;

namespace CapexRadar.Market.Api;

public static class Extensions
{
    public static IHostApplicationBuilder AddMarketServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<MarketDbContext, SqliteMarketDbContext, PostgresMarketDbContext>("marketdb");
        builder.AddServiceGrpc();
        builder.AddServiceMessaging("market", bus =>
        {
            bus.AddConsumer<EntitiesExtractedConsumer, RetryingConsumerDefinition<EntitiesExtractedConsumer>>();
            bus.AddConsumer<AnnouncementClusteredConsumer, RetryingConsumerDefinition<AnnouncementClusteredConsumer>>();
        });
        builder.AddExtractionGuard();
        builder.Services.AddSingleton<MarketMoveExtractor>();
        // movers roll units and brands up to their top parent, as the Capex leaderboard does (issue 14)
        builder.Services.AddSingleton(_ => CompanyKnowledgeBase.LoadDefault());
        return builder;
    }

    public static WebApplication MapMarketEndpoints(this WebApplication app)
    {
        app.MapGrpcService<MarketGrpcService>();
        app.MapServiceGrpcInfrastructure();
        return app;
    }
}
