using System.Diagnostics;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace CapexRadar.AppHost.Hosting;

/// <summary>
/// Debian's PostgreSQL (<c>/usr/lib/postgresql/15/bin</c>, package <c>postgresql</c>; only the binaries are used, no
/// system cluster) as a private server of the AppHost, like the private rabbitmq-server: a cluster of its own in
/// <c>{data}/postgres/pgdata</c> kept across runs, loopback only on a DCP-allocated port, its socket directory under
/// <c>{data}/postgres/run</c>, password authentication (scram-sha-256) with a generated password kept in
/// <c>{data}/postgres/password</c> (mode 0600). PostgreSQL refuses to run as root: when the AppHost is root the
/// server runs as the <c>postgres</c> user (via <c>setpriv</c>, which execs it: no intermediate process), and the
/// data directory's parents must be reachable by that user.
/// </summary>
public static class PostgresProcess
{
    public const string DefaultBinDirectory = "/usr/lib/postgresql/15/bin";
    public const string InstallHint = "install postgresql: apt-get install -y postgresql";
    public const string User = "postgres";
    private const string SetPriv = "/usr/bin/setpriv";

    public static string BinDirectory(IConfiguration configuration) =>
        configuration["Storage:Postgres:BinDirectory"] is { Length: > 0 } dir ? dir : DefaultBinDirectory;

    public static IResourceBuilder<PostgresProcessResource> AddPostgresProcess(
        this IDistributedApplicationBuilder builder, string name, string dataDirectory, string[] databases)
    {
        var bin = BinDirectory(builder.Configuration);
        var state = Path.Combine(dataDirectory, "postgres");
        var pgdata = Path.Combine(state, "pgdata");
        var run = Path.Combine(state, "run");
        var password = "";
        if (builder.ExecutionContext.IsRunMode)
        {
            Directory.CreateDirectory(state);
            password = CapexRadar.Security.SecretFiles.ReadOrCreate(Path.Combine(state, "password"),
                () => Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)));
            InitializeCluster(bin, state, pgdata, run, password);
        }

        var passwordParameter = builder.AddParameter($"{name}-password", () => password, publishValueAsDefault: false, secret: true);
        var (command, prefix) = Environment.IsPrivilegedProcess
            ? (SetPriv, new[] { $"--reuid={User}", $"--regid={User}", "--init-groups", "--", Path.Combine(bin, "postgres") })
            : (Path.Combine(bin, "postgres"), Array.Empty<string>());
        // A Unix socket path is limited to 107 bytes: without room for one, TCP only.
        var socketDirectory = run.Length + 20 < 100 ? run : "";
        var resource = new PostgresProcessResource(name, command, state) { Password = passwordParameter.Resource };

        var healthCheckKey = $"{name}_ready";
        builder.Services.AddHealthChecks().AddCheck(healthCheckKey, new PostgresReadyCheck(resource, () => password, databases));

        return builder.AddResource(resource)
            .WithEndpoint(name: PostgresProcessResource.EndpointName, scheme: "tcp", env: "PGPORT")
            .WithArgs([.. prefix, "-D", pgdata, "-c", "listen_addresses=127.0.0.1", "-c", $"unix_socket_directories={socketDirectory}",
                // two replicas of four services, five databases, each with a connection pool
                "-c", "max_connections=400"])
            .WithHealthCheck(healthCheckKey)
            .ExcludeFromManifest();
    }

    /// <summary>initdb once (a cluster survives AppHost runs, like the broker's state).</summary>
    private static void InitializeCluster(string bin, string state, string pgdata, string run, string password)
    {
        Directory.CreateDirectory(run);
        if (Environment.IsPrivilegedProcess) Run("chown", [$"{User}:{User}", run], asPostgres: false);
        if (File.Exists(Path.Combine(pgdata, "PG_VERSION"))) return;
        if (Directory.Exists(pgdata)) Directory.Delete(pgdata, recursive: true); // a half-made cluster from an interrupted initdb
        var passwordFile = Path.Combine(run, "initdb-password");
        CapexRadar.Security.SecretFiles.Write(passwordFile, password);
        try
        {
            if (Environment.IsPrivilegedProcess)
            {
                Run("chown", [$"{User}:{User}", state, passwordFile], asPostgres: false);
            }

            Run(Path.Combine(bin, "initdb"), ["-D", pgdata, "-U", User, "--auth=scram-sha-256", $"--pwfile={passwordFile}",
                "-E", "UTF8", "--no-locale", "--no-instructions"], asPostgres: true);
        }
        finally
        {
            File.Delete(passwordFile);
        }
    }

    private static void Run(string file, string[] args, bool asPostgres)
    {
        var info = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (asPostgres && Environment.IsPrivilegedProcess)
        {
            info.FileName = SetPriv;
            foreach (var a in new[] { $"--reuid={User}", $"--regid={User}", "--init-groups", "--", file }) info.ArgumentList.Add(a);
        }
        else
        {
            info.FileName = file;
        }
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info) ?? throw new StorageUnavailableException($"could not start {file}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new StorageUnavailableException(
                $"{Path.GetFileName(file)} failed ({process.ExitCode}): {error.Result.Trim()} {output.Result.Trim()}" +
                (Environment.IsPrivilegedProcess ? $" (the server runs as the '{User}' user: every parent of the data directory must be reachable by it)" : ""));
        }
    }
}

/// <summary>The private PostgreSQL server; connection string <c>Host=…;Port=…;Username=postgres;Password=…</c>.</summary>
public sealed class PostgresProcessResource(string name, string command, string workingDirectory)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    public const string EndpointName = "tcp";

    public EndpointReference Endpoint => new(this, EndpointName);

    public ParameterResource? Password { get; init; }

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"Host={Endpoint.Property(EndpointProperty.Host)};Port={Endpoint.Property(EndpointProperty.Port)};Username={PostgresProcess.User};Password={Password!}");

    /// <summary>The connection string of one database on this server.</summary>
    public ReferenceExpression ConnectionStringFor(string database) =>
        ReferenceExpression.Create($"{ConnectionStringExpression};Database={database}");
}

/// <summary>
/// Healthy once the server accepts a login; creates the services' databases that do not exist yet (so a service
/// that waits for the server finds its database, and replicas never race to create it).
/// </summary>
internal sealed class PostgresReadyCheck(PostgresProcessResource resource, Func<string> password, string[] databases) : IHealthCheck
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private bool _created;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var endpoint = resource.Endpoint;
        if (!endpoint.IsAllocated) return HealthCheckResult.Unhealthy("endpoint not allocated yet");
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = endpoint.Port,
            Username = PostgresProcess.User,
            Password = password(),
            Database = "postgres",
            Pooling = false,
            Timeout = 3,
        };
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            if (_created) return HealthCheckResult.Healthy();
            foreach (var database in databases)
            {
                await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
                exists.Parameters.AddWithValue("name", database);
                if (await exists.ExecuteScalarAsync(cancellationToken) is not null) continue;
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
                await create.ExecuteNonQueryAsync(cancellationToken);
            }
            _created = true;
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            return HealthCheckResult.Unhealthy(ex.Message);
        }
        finally
        {
            _gate.Release();
        }
    }
}
