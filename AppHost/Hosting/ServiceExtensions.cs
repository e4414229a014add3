using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Configuration;

namespace CapexRadar.AppHost.Hosting;

public static class ServiceExtensions
{
    public const string HttpEndpointName = "http";
    public const string GrpcEndpointName = "grpc";
    public const int DefaultIngestionGrpcPort = 5171;
    public const int DefaultEntitiesGrpcPort = 5181;
    public const int DefaultCapexGrpcPort = 5191;
    public const int DefaultMarketGrpcPort = 5201;

    /// <summary>New traces recorded per second per service unless <c>CapexRadar:TracesPerSecond</c> says otherwise: 0 = every
    /// trace (the product traces every announcement by default).</summary>
    public const string DefaultTracesPerSecond = "0";

    /// <summary>
    /// Metric export period given to every service, ms, unless the AppHost's environment sets <c>OTEL_METRIC_EXPORT_INTERVAL</c>
    /// (Aspire's own is 1000: each service's instruments and exemplars stored by the dashboard every second).
    /// </summary>
    public const string DefaultMetricExportInterval = "5000";

    /// <summary>Gen-0 budget of each service's GC, hex bytes (DOTNET_GCgen0size): 4 MB.</summary>
    public const string DefaultGcGen0Size = "0x400000";

    /// <summary>
    /// <c>CapexRadar:DataDirectory</c> (relative paths are taken from the repository root), default <c>{repo}/.data</c>.
    /// </summary>
    public static string ResolveDataDirectory(this IDistributedApplicationBuilder builder)
    {
        var repoRoot = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, ".."));
        var configured = builder.Configuration["CapexRadar:DataDirectory"];
        var dataDirectory = string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(repoRoot, ".data")
            : Path.GetFullPath(configured, repoRoot);
        if (builder.ExecutionContext.IsRunMode)
        {
            Directory.CreateDirectory(dataDirectory);
        }

        return dataDirectory;
    }

    /// <summary>
    /// The four services, each a separate process with its own SQLite files under <paramref name="dataDirectory"/>,
    /// all on the broker, started side by side (Ingestion calls the other three over gRPC via service discovery).
    /// Ingestion's gRPC endpoint is published on <c>CapexRadar:IngestionGrpcPort</c> (default 5171; 0 = any free port).
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddCapexRadarServices(
        this IDistributedApplicationBuilder builder, IResourceBuilder<IResourceWithConnectionString> messaging, string dataDirectory,
        CapexRadarStorage storage)
    {
        int? Port(string key, int fallback) => (builder.Configuration.GetValue<int?>(key) ?? fallback) is > 0 and var port ? port : null;
        var replicas = Replicas(builder.Configuration, storage);

        var entities = builder.AddCapexRadarService<Projects.CapexRadar_Entities_Api>("entities", messaging, dataDirectory, storage, replicas,
            grpcPort: Port("CapexRadar:EntitiesGrpcPort", DefaultEntitiesGrpcPort));
        // Every service has a fixed, documented gRPC port (Ingestion 5171, Entities 5181, Capex 5191, Market 5201) so the
        // CLI and clients in other languages reach them.
        var capex = builder.AddCapexRadarService<Projects.CapexRadar_Capex_Api>("capex", messaging, dataDirectory, storage, replicas,
            grpcPort: Port("CapexRadar:CapexGrpcPort", DefaultCapexGrpcPort));
        var market = builder.AddCapexRadarService<Projects.CapexRadar_Market_Api>("market", messaging, dataDirectory, storage, replicas,
            grpcPort: Port("CapexRadar:MarketGrpcPort", DefaultMarketGrpcPort));

        // Ingestion starts beside the other three, not after them (start-up to healthy was the sum of the two): it is
        // healthy, and its outbox publishes, only once all three have been healthy (their queues bound; see
        // DownstreamReadiness in Ingestion), which it learns from these references' http endpoints.
        return builder.AddCapexRadarService<Projects.CapexRadar_Ingestion_Api>(
                "ingestion", messaging, dataDirectory, storage, replicas, grpcPort: Port("CapexRadar:IngestionGrpcPort", DefaultIngestionGrpcPort))
            .WithReplayCommand()
            .WithReference(entities)
            .WithReference(capex)
            .WithReference(market);
    }

    /// <summary>
    /// <c>CapexRadar:Replicas</c> (default 1, at most 8): instances of each service. More than one needs every database
    /// on PostgreSQL (SQLite files are one process's): refused at start otherwise.
    /// </summary>
    public static int Replicas(IConfiguration configuration, CapexRadarStorage storage)
    {
        var replicas = configuration.GetValue<int?>("CapexRadar:Replicas") ?? 1;
        if (replicas is < 1 or > 8)
            throw new StorageUnavailableException($"CapexRadar:Replicas must be between 1 and 8, not {replicas}");
        if (replicas > 1 && !storage.AllPostgres)
            throw new StorageUnavailableException(
                $"CapexRadar:Replicas={replicas} needs PostgreSQL: replicas cannot share SQLite files. Set Storage:Mode=postgres " +
                "(env Storage__Mode=postgres) or give every ConnectionStrings__<database> of a PostgreSQL server.");
        if (replicas > 1) Console.WriteLine($"CapexRadar: {replicas} replicas of each service");
        return replicas;
    }

    private static IResourceBuilder<ProjectResource> AddCapexRadarService<TProject>(
        this IDistributedApplicationBuilder builder, string name, IResourceBuilder<IResourceWithConnectionString> messaging,
        string dataDirectory, CapexRadarStorage storage, int replicas, int? grpcPort = null)
        where TProject : IProjectMetadata, new()
    {
        var service = builder.AddProject<TProject>(name)
            .WithGrpcAndHttpEndpoints(grpcPort)
            .WithEnvironment("CapexRadar__DataDirectory", dataDirectory)
            .WithReference(messaging)
            .WaitFor(messaging)
            .WithHttpHealthCheck("/health", endpointName: HttpEndpointName);
        // ConnectionStrings:{name}db given to the AppHost (e.g. an external PostgreSQL) goes to that service; otherwise
        // Storage:Mode decides: the AppHost's PostgreSQL server, or the service's embedded SQLite files.
        storage.Apply(service, name);
        // Replicas share the service's queues (competing consumers) and its PostgreSQL databases; what each keeps in
        // memory (watch streams, the fact feed, the knowledge base) is fanned out between them over the broker.
        if (replicas > 1) service.WithReplicas(replicas).WithEnvironment("Messaging__FanOut", "true");
        // A 4 MB gen-0 budget (the runtime derives ~16 MB from this machine kind's 32 MB L3 cache): with four services on
        // two cores, measured by `capexradar load` (README, Throughput: memory), it left 10-40 MB less RSS per service
        // after the load, for more but smaller gen-0 collections. The runtime reads this knob only from the environment
        // (not from runtimeconfig.json), hence here. CapexRadar:GcGen0Size (hex bytes; "0" = the runtime's own) changes it.
        var gen0 = builder.Configuration["CapexRadar:GcGen0Size"] is { Length: > 0 } configured ? configured : DefaultGcGen0Size;
        if (gen0 != "0") service.WithEnvironment("DOTNET_GCgen0size", gen0);
        // Trace sampling. By default every announcement is traced (CapexRadar:TracesPerSecond = 0): the product promises a
        // trace per announcement. An operator who would rather bound the spans, their export and the dashboard's SQLite
        // store under load sets CapexRadar:TracesPerSecond=N: each service then records at most N new traces a second, each
        // whole across the services (RateLimitedRootSampler in ServiceDefaults; README, "Load"). OpenTelemetry's standard
        // OTEL_TRACES_SAMPLER (+ _ARG) in the AppHost's environment replaces ours.
        if (builder.Configuration["OTEL_TRACES_SAMPLER"] is { Length: > 0 })
        {
            foreach (var key in (string[])["OTEL_TRACES_SAMPLER", "OTEL_TRACES_SAMPLER_ARG"])
                if (builder.Configuration[key] is { Length: > 0 } value) service.WithEnvironment(key, value);
        }
        else
        {
            service.WithEnvironment("CapexRadar__Telemetry__TracesPerSecond",
                builder.Configuration["CapexRadar:TracesPerSecond"] is { Length: > 0 } perSecond ? perSecond : DefaultTracesPerSecond);
        }
        // Which MassTransit spans each service records: Lean (default) leaves out the "process" span that repeats each
        // delivery's "receive" span, All keeps it (ServiceDefaults' MessagingSpanSampler; README, "Dashboard and telemetry").
        if (builder.Configuration["CapexRadar:MessagingSpans"] is { Length: > 0 } messagingSpans)
            service.WithEnvironment("CapexRadar__Telemetry__MessagingSpans", messagingSpans);
        // The dashboard stores every metric point and exemplar it receives in its SQLite run database (Aspire 13.6): with
        // four services exporting each second that is a steady cost on two cores (README, "Load").
        service.WithEnvironment("OTEL_METRIC_EXPORT_INTERVAL",
            builder.Configuration["OTEL_METRIC_EXPORT_INTERVAL"] is { Length: > 0 } interval ? interval : DefaultMetricExportInterval);
        return service;
    }

    /// <summary>
    /// Two Kestrel endpoints per service: <c>http</c> (HTTP/1.1: /health, /alive) and <c>grpc</c> (HTTP/2 without TLS,
    /// h2c). Kestrel's default Http1AndHttp2 on plain http refuses h2c, hence the split. Both are proxied by DCP on
    /// dynamic ports unless <paramref name="grpcPort"/> fixes the gRPC one; the services learn their listening
    /// addresses from <c>Kestrel__Endpoints__{name}__Url</c>/<c>__Protocols</c> whatever their appsettings say.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithGrpcAndHttpEndpoints(this IResourceBuilder<ProjectResource> project, int? grpcPort)
    {
        project
            .WithEndpoint(HttpEndpointName, e =>
            {
                e.UriScheme = "http";
                e.Transport = "http";
                e.Port = null;
            })
            .WithEndpoint(GrpcEndpointName, e =>
            {
                e.UriScheme = "http";
                e.Transport = "http2";
                e.Port = grpcPort;
            });

        var http = project.GetEndpoint(HttpEndpointName);
        var grpc = project.GetEndpoint(GrpcEndpointName);
        return project
            .WithEnvironment("Kestrel__Endpoints__http__Url", ReferenceExpression.Create($"http://localhost:{http.Property(EndpointProperty.TargetPort)}"))
            .WithEnvironment("Kestrel__Endpoints__http__Protocols", "Http1")
            .WithEnvironment("Kestrel__Endpoints__grpc__Url", ReferenceExpression.Create($"http://localhost:{grpc.Property(EndpointProperty.TargetPort)}"))
            .WithEnvironment("Kestrel__Endpoints__grpc__Protocols", "Http2");
    }
}
