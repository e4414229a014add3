using MassTransit;
using CapexRadar.Capex.Api.Data;
using CapexRadar.Capex.Api.Grpc;
using CapexRadar.Capex.Api.Messaging;
using CapexRadar.Capex.Extraction;
using CapexRadar.Entities.Extraction;
using CapexRadar.ServiceHosting;

namespace CapexRadar.Capex.Api;

public static class Extensions
{
    public static IHostApplicationBuilder AddCapexServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<CapexDbContext, SqliteCapexDbContext, PostgresCapexDbContext>("capexdb");
        builder.AddServiceGrpc();
        builder.AddServiceMessaging("capex", bus =>
        {
            bus.AddConsumer<EntitiesExtractedConsumer, RetryingConsumerDefinition<EntitiesExtractedConsumer>>();
            // each announcement's event, so the timeline and leaderboard count events
            bus.AddConsumer<AnnouncementClusteredConsumer, RetryingConsumerDefinition<AnnouncementClusteredConsumer>>();
        });
        builder.AddExtractionGuard();
        builder.Services.AddSingleton<CapexExtractor>();
        // parents of business units and brands, for the leaderboard's roll-up
        builder.Services.AddSingleton(_ => CompanyKnowledgeBase.LoadDefault());
        return builder;
    }

    public static WebApplication MapCapexEndpoints(this WebApplication app)
    {
        app.MapGrpcService<CapexGrpcService>();
        app.MapServiceGrpcInfrastructure();
        return app;
    }
}
