using MassTransit;
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
        return builder;
    }

    public static WebApplication MapMarketEndpoints(this WebApplication app)
    {
        app.MapGrpcService<MarketGrpcService>();
        app.MapServiceGrpcInfrastructure();
        return app;
    }
}
