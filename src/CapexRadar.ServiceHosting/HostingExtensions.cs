using System.Text.Json;
using System.Text.Json.Serialization;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using CapexRadar.ServiceHosting.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CapexRadar.ServiceHosting;

public static class HostingExtensions
{
    /// <summary>Name of the broker connection string (amqp://user:pass@host:port/vhost), set by the AppHost.</summary>
    public const string MessagingConnectionName = "messaging";

    /// <summary>JSON options for the domain records we store (enums by name).</summary>
    public static readonly JsonSerializerOptions StorageJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>
    /// The service's own database: PostgreSQL when <c>ConnectionStrings:{name}</c> is set to an Npgsql connection
    /// string, otherwise an embedded SQLite file <c>{name}.db</c> under <c>CapexRadar:DataDirectory</c> (default <c>.data</c>).
    /// Each provider has its own context type and migration set (<typeparamref name="TSqlite"/>,
    /// <typeparamref name="TPostgres"/>); the rest of the service resolves <typeparamref name="TContext"/>. The schema is
    /// migrated on start (<see cref="DatabaseInitializer{TContext}"/>).
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TContext, TSqlite, TPostgres>(this IHostApplicationBuilder builder, string name)
        where TContext : DbContext
        where TSqlite : TContext
        where TPostgres : TContext
    {
        var connectionString = builder.Configuration.GetConnectionString(name);
        // Pooled contexts: options are built once, and a context (with its internal service provider, state manager and
        // model references) is reset and reused rather than built per message. A perf profile at 100/s showed 8 % of
        // Capex's CPU in DbContext initialisation (ContextServices, ServiceProviderCache) before this (README, "Load").
        if (IsPostgres(connectionString))
        {
            builder.Services.AddDbContextPool<TContext, TPostgres>(o => o.UseNpgsql(connectionString), PoolSize(builder.Configuration));
        }
        else
        {
            var directory = DataDirectory(builder.Configuration);
            Directory.CreateDirectory(directory);
            var sqlite = string.IsNullOrWhiteSpace(connectionString)
                ? $"Data Source={Path.Combine(directory, name + ".db")}"
                : connectionString;
            // Private cache + WAL (set by DatabaseInitializer): readers never block the writer. See SqliteTuningInterceptor.
            builder.Services.AddDbContextPool<TContext, TSqlite>(o => o.UseSqlite(sqlite).AddInterceptors(new SqliteTuningInterceptor()),
                PoolSize(builder.Configuration));
        }
        builder.Services.AddHostedService<DatabaseInitializer<TContext>>();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck<TContext>>(name);
        return builder;
    }

    /// <summary>
    /// Contexts kept for reuse per service (<c>Database:PoolSize</c>, default 64, at least 1); more in use at once are
    /// built and discarded as without a pool.
    /// </summary>
    public static int PoolSize(IConfiguration configuration) =>
        Math.Max(1, configuration.GetValue<int?>("Database:PoolSize") ?? 64);

    /// <summary>A connection string containing <c>Host=</c> selects PostgreSQL (Npgsql); anything else is SQLite.</summary>
    public static bool IsPostgres(string? connectionString) =>
        !string.IsNullOrWhiteSpace(connectionString) && connectionString.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    public static string DataDirectory(IConfiguration configuration) =>
        Path.GetFullPath(configuration["CapexRadar:DataDirectory"] is { Length: > 0 } dir ? dir : ".data");

    /// <summary>
    /// MassTransit over RabbitMQ (connection string <c>messaging</c>); consumers come from <paramref name="configureConsumers"/>.
    /// Endpoint names are kebab-case and prefixed by the service so each service gets its own queues.
    /// </summary>
    public static IHostApplicationBuilder AddServiceMessaging(this IHostApplicationBuilder builder, string serviceName,
        Action<IBusRegistrationConfigurator> configureConsumers)
    {
        var connectionString = builder.Configuration.GetConnectionString(MessagingConnectionName);
        builder.Services.AddOptions<MessagingOptions>().Bind(builder.Configuration.GetSection(MessagingOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(serviceName, false));
            bus.AddConfigureEndpointsCallback((context, name, endpoint) =>
            {
                var settings = context.GetRequiredService<IOptions<MessagingOptions>>().Value;
                if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbitEndpoint)
                {
                    // a replica's own fan-out queue is temporary (auto-delete): a quorum queue cannot be
                    if (settings.QuorumQueues && !ReplicaFanout.IsFanoutEndpoint(name)) rabbitEndpoint.SetQuorumQueue();
                    if (settings.PrefetchCount > 0) rabbitEndpoint.PrefetchCount = settings.PrefetchCount;
                }
                if (settings.ConcurrentMessageLimit > 0) endpoint.ConcurrentMessageLimit = settings.ConcurrentMessageLimit;
            });
            configureConsumers(bus);
            bus.UsingRabbitMq((context, rabbit) =>
            {
                if (!string.IsNullOrWhiteSpace(connectionString)) rabbit.Host(new Uri(connectionString));
                rabbit.ConfigureEndpoints(context);
            });
        });
        return builder;
    }

    /// <summary>
    /// Largest gRPC message a service accepts by default: the 1 MiB body limit plus 64 KiB for the other fields
    /// (<c>Grpc:MaxReceiveMessageBytes</c>). Larger messages are refused with RESOURCE_EXHAUSTED before any handler runs.
    /// </summary>
    public const int DefaultMaxReceiveMessageBytes = 1024 * 1024 + 64 * 1024;

    /// <summary>
    /// gRPC with health service (fed by ASP.NET health checks) and reflection, bearer-token authentication and
    /// scope authorisation (<see cref="Auth.AuthExtensions.AddServiceAuth"/>): every RPC needs the scope its method
    /// declares with <see cref="Auth.RequireScopeAttribute"/>; a method that declares none is refused.
    /// </summary>
    public static IHostApplicationBuilder AddServiceGrpc(this IHostApplicationBuilder builder)
    {
        var maxReceive = builder.Configuration.GetValue<int?>("Grpc:MaxReceiveMessageBytes") ?? DefaultMaxReceiveMessageBytes;
        builder.Services.AddGrpc(options =>
        {
            // Exception text stays in the logs and traces; clients get the short status the interceptor sets.
            options.EnableDetailedErrors = false;
            options.MaxReceiveMessageSize = maxReceive;
            options.Interceptors.Add<ServerErrorInterceptor>();
        });
        builder.Services.AddStrictRequestParsing(); // unparsable requests (non-UTF-8 strings) → INVALID_ARGUMENT, not UNKNOWN
        builder.AddServiceAuth();
        builder.Services.AddGrpcHealthChecks();
        builder.Services.AddGrpcReflection();
        // every service (each calls this): memory grown into during a burst goes back to the system once it is idle
        builder.Services.AddIdleMemoryTrim(builder.Configuration);
        return builder;
    }

    public static WebApplication MapServiceGrpcInfrastructure(this WebApplication app)
    {
        // Explicit (WebApplication adds them implicitly only in some hosting paths): tokens are checked before any endpoint runs.
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGrpcHealthChecksService().AllowAnonymous(); // orchestrators probe without a token
        app.MapGrpcReflectionService().RequireAuthorization(Auth.ScopePolicies.PolicyName(CapexRadar.Security.Scopes.Read));
        app.MapDefaultEndpoints();
        return app;
    }
}
