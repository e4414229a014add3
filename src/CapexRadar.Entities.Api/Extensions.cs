using MassTransit;
using CapexRadar.Entities.Api.Data;
using CapexRadar.Entities.Api.Grpc;
using CapexRadar.Entities.Api.Messaging;
using CapexRadar.Entities.Extraction;
using CapexRadar.ServiceHosting;

namespace CapexRadar.Entities.Api;

public static class Extensions
{
    public static IHostApplicationBuilder AddEntitiesServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<EntitiesDbContext, SqliteEntitiesDbContext, PostgresEntitiesDbContext>("entitiesdb");
        builder.AddServiceGrpc();
        builder.AddServiceMessaging("entities", bus => bus.AddConsumer<AnnouncementReceivedConsumer, RetryingConsumerDefinition<AnnouncementReceivedConsumer>>());
        builder.AddExtractionGuard();
        builder.Services.AddSingleton(_ => EntityExtractor.CreateDefault());
        builder.Services.AddSingleton(sp => sp.GetRequiredService<EntityExtractor>().KnowledgeBase);
        builder.Services.AddHostedService<CompanyOverridesLoader>();
        return builder;
    }

    public static WebApplication MapEntitiesEndpoints(this WebApplication app)
    {
        app.MapGrpcService<EntitiesGrpcService>();
        app.MapServiceGrpcInfrastructure();
        return app;
    }
}
