using MassTransit;
using CapexRadar.Ingestion.Api.Data;
using CapexRadar.Ingestion.Api.Events;
using CapexRadar.Ingestion.Api.Grpc;
using CapexRadar.Ingestion.Api.Messaging;
using CapexRadar.Ingestion.Api.Pipeline;
using CapexRadar.Protos.Capex.V1;
using CapexRadar.Protos.Entities.V1;
using CapexRadar.Protos.Market.V1;
using CapexRadar.ServiceHosting;
using CapexRadar.ServiceHosting.Auth;

namespace CapexRadar.Ingestion.Api;

public static class Extensions
{
    public static IHostApplicationBuilder AddIngestionServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<IngestionDbContext, SqliteIngestionDbContext, PostgresIngestionDbContext>("ingestiondb");
        builder.AddServiceGrpc();
        builder.AddServiceMessaging("ingestion", bus =>
        {
            bus.AddConsumer<StageRecorderConsumer, StageRecorderDefinition>();
            bus.AddConsumer<StageFaultConsumer, RetryingConsumerDefinition<StageFaultConsumer>>();
            bus.AddConsumer<EventClusteringConsumer, EventClusteringDefinition>();
            if (ReplicaFanout.Enabled(builder.Configuration))
            {
                bus.AddFanoutConsumer<StageEventsRecordedConsumer>();
                bus.AddFanoutConsumer<FeedEntriesAppendedConsumer>();
            }
        });
        if (ReplicaFanout.Enabled(builder.Configuration))
        {
            // watch streams and the fact feed of every replica see what any replica recorded
            builder.Services.AddSingleton<ReplicaFanoutPublisher>();
            builder.Services.AddHostedService(sp => sp.GetRequiredService<ReplicaFanoutPublisher>());
        }
        builder.Services.Configure<IngestionOptions>(builder.Configuration.GetSection(IngestionOptions.Section));
        builder.Services.AddSingleton<PipelineMetrics>();
        builder.Services.AddOptions<OutboxOptions>().Bind(builder.Configuration.GetSection(OutboxOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<RedriveOptions>().Bind(builder.Configuration.GetSection(RedriveOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<StreamLimitsOptions>().Bind(builder.Configuration.GetSection(StreamLimitsOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<AnnouncementReplayer>();
        builder.Services.AddHostedService<StuckAnnouncementRedriver>();
        builder.Services.AddSingleton<StageNotifier>();
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<IngestionWriter>();
        builder.Services.AddScoped<AnnouncementIngestor>();
        builder.Services.AddScoped<StatusReader>();
        builder.Services.AddSingleton<DownstreamReadiness>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DownstreamReadiness>());
        builder.Services.AddHealthChecks().AddCheck<DownstreamReadiness>(DownstreamReadiness.HealthCheckName);
        builder.Services.AddHostedService<OutboxRelay>();
        builder.AddIngestionEvents();

        // Downstream services, addressed through Aspire service discovery (their "grpc" endpoint, h2c), called with
        // this service's own token (scope read).
        builder.Services.AddGrpcClient<EntitiesService.EntitiesServiceClient>(o => o.Address = DownstreamAddress(builder, "entities")).WithServiceToken();
        builder.Services.AddGrpcClient<CapexService.CapexServiceClient>(o => o.Address = DownstreamAddress(builder, "capex")).WithServiceToken();
        builder.Services.AddGrpcClient<MarketService.MarketServiceClient>(o => o.Address = DownstreamAddress(builder, "market")).WithServiceToken();
        return builder;
    }

    public static WebApplication MapIngestionEndpoints(this WebApplication app)
    {
        app.MapGrpcService<IngestionGrpcService>();
        app.MapGrpcService<IngestionAdminGrpcService>();
        app.MapGrpcService<EventsGrpcService>();
        app.MapServiceGrpcInfrastructure();
        return app;
    }

    /// <summary><c>Downstream:{name}</c> when configured (e.g. outside Aspire), else <c>http://_grpc.{name}</c>.</summary>
    private static Uri DownstreamAddress(IHostApplicationBuilder builder, string name) =>
        new(builder.Configuration[$"Downstream:{name}"] is { Length: > 0 } configured ? configured : $"http://_grpc.{name}");
}
