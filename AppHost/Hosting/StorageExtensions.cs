using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CapexRadar.AppHost.Hosting;

/// <summary>Thrown when the requested storage cannot be provided; its message says what to do.</summary>
public sealed class StorageUnavailableException(string message) : Exception(message);

/// <summary>
/// Where the services keep their databases. <c>Storage:Mode</c> = <c>sqlite</c> (default: one file per database
/// under the data directory) or <c>postgres</c>: one PostgreSQL server started by the AppHost — Aspire's container
/// where a container runtime is healthy, otherwise Debian's binaries as a private process
/// (<c>Storage:Postgres:Server</c> = auto|container|process) — with one database per service database. In either
/// mode a <c>ConnectionStrings:{database}</c> given to the AppHost wins for that database (an external server).
/// </summary>
public sealed class CapexRadarStorage
{
    public const string ServerResourceName = "postgres";

    /// <summary>Every service database, by owning service.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Databases = new Dictionary<string, string[]>
    {
        ["ingestion"] = ["ingestiondb", "eventsdb"],
        ["entities"] = ["entitiesdb"],
        ["capex"] = ["capexdb"],
        ["market"] = ["marketdb"],
    };

    private readonly IDistributedApplicationBuilder _builder;
    private readonly Dictionary<string, Action<IResourceBuilder<ProjectResource>>> _postgresDatabases = [];

    private CapexRadarStorage(IDistributedApplicationBuilder builder, bool postgres, string? serverKind)
    {
        _builder = builder;
        IsPostgres = postgres;
        ServerKind = serverKind;
    }

    public bool IsPostgres { get; }

    /// <summary>container or process when the AppHost runs a PostgreSQL server; null otherwise.</summary>
    public string? ServerKind { get; }

    /// <summary>The server's resource name when the AppHost runs one (the supervisor restarts it), else null.</summary>
    public string? ServerResource { get; private set; }

    /// <summary>The databases a service gets from the AppHost configuration (external) rather than from the mode.</summary>
    private string? Configured(string database) =>
        _builder.Configuration.GetConnectionString(database) is { Length: > 0 } value ? value : null;

    /// <summary>True when every database of every service is on PostgreSQL (needed for more than one replica).</summary>
    public bool AllPostgres => Databases.Values.SelectMany(d => d).All(d =>
        Configured(d) is { } configured ? configured.Contains("Host=", StringComparison.OrdinalIgnoreCase) : IsPostgres);

    public static CapexRadarStorage Add(IDistributedApplicationBuilder builder, string dataDirectory)
    {
        var mode = builder.Configuration["Storage:Mode"]?.Trim().ToLowerInvariant();
        switch (mode)
        {
            case null or "" or "sqlite":
                return new CapexRadarStorage(builder, postgres: false, serverKind: null);
            case "postgres" or "postgresql":
                break;
            default:
                throw new StorageUnavailableException($"Storage:Mode must be sqlite or postgres, not '{mode}'");
        }

        var storage = new CapexRadarStorage(builder, postgres: true, serverKind: null);
        var needed = Databases.Values.SelectMany(d => d).Where(d => storage.Configured(d) is null).ToList();
        if (needed.Count == 0)
        {
            Console.WriteLine("CapexRadar: storage = PostgreSQL, every database given as ConnectionStrings:* (external)");
            return storage;
        }

        var (kind, reason) = ResolveServer(builder.Configuration);
        storage = new CapexRadarStorage(builder, postgres: true, serverKind: kind);
        Console.WriteLine($"CapexRadar: storage = PostgreSQL {kind} ({reason})");
        if (kind == "container")
        {
            // Password: Aspire's generated secret parameter (postgres-password). Data volume: survives restarts.
            var server = builder.AddPostgres(ServerResourceName).WithDataVolume();
            foreach (var database in needed)
            {
                var resource = server.AddDatabase(database, DatabaseName(database)); // created by Aspire once the server is up
                storage._postgresDatabases[database] = service => service.WithReference(resource, database).WaitFor(resource);
            }
        }
        else
        {
            // Databases are created by the server's health check, so "healthy" means they exist.
            var server = builder.AddPostgresProcess(ServerResourceName, dataDirectory, needed.Select(DatabaseName).ToArray());
            foreach (var database in needed)
            {
                var connection = server.Resource.ConnectionStringFor(DatabaseName(database));
                storage._postgresDatabases[database] = service => service.WithEnvironment($"ConnectionStrings__{database}", connection).WaitFor(server);
            }
        }
        storage.ServerResource = ServerResourceName;
        return storage;
    }

    /// <summary>Database names on the server: <c>capexradar_ingestion</c>, <c>capexradar_events</c>, …</summary>
    public static string DatabaseName(string database) => "capexradar_" + database[..^2];

    /// <summary>Gives <paramref name="service"/> its database connection strings and makes it wait for the server.</summary>
    public void Apply(IResourceBuilder<ProjectResource> service, string serviceName)
    {
        foreach (var database in Databases[serviceName])
        {
            if (Configured(database) is { } configured)
                service.WithEnvironment($"ConnectionStrings__{database}", configured);
            else if (_postgresDatabases.TryGetValue(database, out var apply))
                apply(service);
        }
    }

    private static (string Kind, string Reason) ResolveServer(IConfiguration configuration)
    {
        var requested = configuration["Storage:Postgres:Server"]?.Trim().ToLowerInvariant();
        var binaries = PostgresProcess.BinDirectory(configuration);
        var installed = File.Exists(Path.Combine(binaries, "postgres"));
        switch (requested)
        {
            case "container":
                return ("container", "Storage:Postgres:Server=container");
            case "process":
                return installed
                    ? ("process", "Storage:Postgres:Server=process")
                    : throw new StorageUnavailableException($"Storage:Postgres:Server=process but {binaries}/postgres does not exist; {PostgresProcess.InstallHint}");
            case null or "" or "auto":
                break;
            default:
                throw new StorageUnavailableException($"Storage:Postgres:Server must be container, process or auto, not '{requested}'");
        }

        var runtime = configuration["ASPIRE_CONTAINER_RUNTIME"] ?? configuration["DcpPublisher:ContainerRuntime"] ?? "docker";
        if (BrokerModeResolver.IsContainerRuntimeHealthy(runtime)) return ("container", $"'{runtime} info' succeeded");
        if (installed) return ("process", $"no healthy container runtime; using {binaries}");
        throw new StorageUnavailableException(
            $"Storage:Mode=postgres but there is no healthy container runtime ('{runtime} info' failed) and no {binaries}/postgres. " +
            $"{PostgresProcess.InstallHint} (or start Docker, or give each ConnectionStrings__<service>db of an external server).");
    }
}

public static class StorageBuilderExtensions
{
    public static CapexRadarStorage AddCapexRadarStorage(this IDistributedApplicationBuilder builder, string dataDirectory) =>
        CapexRadarStorage.Add(builder, dataDirectory);
}
