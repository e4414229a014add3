using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CapexRadar.AppHost.Hosting;

public static class BrokerExtensions
{
    /// <summary>
    /// Adds the message broker under <paramref name="name"/>: Aspire's RabbitMQ container when a container runtime
    /// is healthy, an external broker when <c>ConnectionStrings:{name}</c> is set, otherwise a private
    /// <c>rabbitmq-server</c> process (see <see cref="BrokerModeResolver.Resolve"/>).
    /// </summary>
    public static IResourceBuilder<IResourceWithConnectionString> AddCapexRadarBroker(
        this IDistributedApplicationBuilder builder, string dataDirectory, string name = "messaging")
    {
        var (mode, reason) = BrokerModeResolver.Resolve(builder.Configuration, name);
        Console.WriteLine($"CapexRadar: broker '{name}' = {mode} ({reason})");

        return mode switch
        {
            // Named data volume: queued messages survive a container restart and an AppHost restart.
            BrokerMode.Container => builder.AddRabbitMQ(name).WithDataVolume(),
            BrokerMode.External => builder.AddConnectionString(name),
            _ => builder.AddRabbitMqProcess(name, dataDirectory),
        };
    }

    /// <summary>
    /// Debian's rabbitmq-server as an executable resource: loopback only, DCP-allocated AMQP and distribution ports,
    /// a node name derived from the data directory (stable across AppHost runs, distinct for two data directories on
    /// one machine) and all state in <c>{dataDirectory}/broker/{node}</c>, kept across runs so durable queues and
    /// persistent messages survive a stop/start of the whole system; epmd stopped once no node uses it.
    /// (Two AppHosts on one data directory at once are not supported.)
    /// </summary>
    public static IResourceBuilder<RabbitMqProcessResource> AddRabbitMqProcess(
        this IDistributedApplicationBuilder builder, string name, string dataDirectory)
    {
        var serverPath = BrokerModeResolver.ServerPath(builder.Configuration);
        var brokersRoot = Path.Combine(dataDirectory, "broker");
        var node = StableNodeName(dataDirectory);
        var state = Path.Combine(brokersRoot, node);

        // Generated credentials (never guest), kept with the broker's state so its durable user database and the
        // services agree across restarts; given to the services as a secret parameter inside the connection string.
        var password = "";
        if (builder.ExecutionContext.IsRunMode)
        {
            BrokerState.SweepStale(brokersRoot, keep: node);
            password = BrokerState.Credentials(state);
            BrokerState.Create(state, password);
        }

        var passwordParameter = builder.AddParameter($"{name}-password", () => password, publishValueAsDefault: false, secret: true);
        var resource = new RabbitMqProcessResource(name, serverPath, state, node, state) { Password = passwordParameter.Resource };
        var healthCheckKey = $"{name}_amqp";
        builder.Services.AddHealthChecks().AddCheck(healthCheckKey, new AmqpHealthCheck(_ =>
        {
            var endpoint = resource.AmqpEndpoint;
            return Task.FromResult<(string, int)?>(endpoint.IsAllocated ? (endpoint.Host, endpoint.Port) : null);
        }));

        var epmdWasRunning = builder.ExecutionContext.IsRunMode && Epmd.IsRunning();
        builder.Services.AddSingleton(new BrokerCleanupOptions(state, node, EpmdWasRunning: epmdWasRunning));
        builder.Services.AddHostedService<BrokerCleanup>();

        return builder.AddResource(resource)
            .WithEndpoint(name: RabbitMqProcessResource.AmqpEndpointName, scheme: "tcp", env: "RABBITMQ_NODE_PORT")
            .WithEndpoint(name: RabbitMqProcessResource.DistEndpointName, scheme: "tcp", env: "RABBITMQ_DIST_PORT")
            .WithEnvironment("HOME", state) // the Erlang cookie lives in $HOME
            .WithEnvironment("RABBITMQ_NODENAME", $"{node}@localhost")
            .WithEnvironment("RABBITMQ_NODE_IP_ADDRESS", "127.0.0.1")
            .WithEnvironment("RABBITMQ_MNESIA_BASE", Path.Combine(state, "mnesia"))
            .WithEnvironment("RABBITMQ_LOG_BASE", Path.Combine(state, "log"))
            .WithEnvironment("RABBITMQ_LOGS", "-")
            .WithEnvironment("RABBITMQ_CONFIG_FILE", Path.Combine(state, BrokerState.ConfigFileName))
            .WithEnvironment("RABBITMQ_ENABLED_PLUGINS_FILE", Path.Combine(state, BrokerState.PluginsFileName))
            .WithEnvironment("ERL_EPMD_ADDRESS", "127.0.0.1")
            .WithEnvironment("RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS", "-kernel inet_dist_use_interface {127,0,0,1}")
            .WithHealthCheck(healthCheckKey)
            .ExcludeFromManifest();
    }

    /// <summary><c>capexradar</c> + 8 hex digits of a hash of the data directory's full path.</summary>
    public static string StableNodeName(string dataDirectory)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Path.GetFullPath(dataDirectory)));
        return "capexradar" + Convert.ToHexStringLower(hash.AsSpan(0, 4));
    }
}

public sealed record BrokerCleanupOptions(string StateDirectory, string NodeName, bool EpmdWasRunning);

/// <summary>Files of one private broker's state directory.</summary>
public static class BrokerState
{
    public const string ConfigFileName = "rabbitmq.conf";
    public const string PluginsFileName = "enabled_plugins";
    private const string OwnerFileName = "owner.pid";

    public const string User = "capexradar";
    private const string PasswordFileName = "password";

    /// <summary>
    /// The broker password in <c>{state}/password</c> (mode 0600), generated the first time. A user database made
    /// before there was one (guest only) is reset once, since default_user applies only to a new database.
    /// </summary>
    public static string Credentials(string state)
    {
        var file = Path.Combine(state, PasswordFileName);
        if (!File.Exists(file) && Directory.Exists(Path.Combine(state, "mnesia"))) TryDelete(Path.Combine(state, "mnesia"));
        return CapexRadar.Security.SecretFiles.ReadOrCreate(file, () => Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)));
    }

    public static void Create(string state, string password)
    {
        Directory.CreateDirectory(Path.Combine(state, "mnesia"));
        Directory.CreateDirectory(Path.Combine(state, "log"));
        File.WriteAllText(Path.Combine(state, OwnerFileName), Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        File.WriteAllText(Path.Combine(state, PluginsFileName), "[].\n");
        // Holds the password: owner-only like the password file.
        CapexRadar.Security.SecretFiles.Write(Path.Combine(state, ConfigFileName), $"""
            # Private development broker started by the CapexRadar AppHost: loopback only, a generated user, no guest.
            default_user = {User}
            default_pass = {password}
            log.console = true
            log.console.level = warning
            disk_free_limit.absolute = 50MB
            """);
    }

    /// <summary>
    /// Removes state directories of other node names whose owning AppHost process is gone (left by earlier versions
    /// that named the node per run); <paramref name="keep"/> is this data directory's stable node.
    /// </summary>
    public static void SweepStale(string brokersRoot, string keep)
    {
        if (!Directory.Exists(brokersRoot))
        {
            return;
        }

        foreach (var dir in Directory.EnumerateDirectories(brokersRoot))
        {
            if (Path.GetFileName(dir) == keep)
            {
                continue;
            }

            var owner = Path.Combine(dir, OwnerFileName);
            if (File.Exists(owner) && int.TryParse(File.ReadAllText(owner).Trim(), out var pid) && IsAlive(pid))
            {
                continue;
            }

            TryDelete(dir);
        }
    }

    public static bool TryDelete(string dir)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            try
            {
                if (Directory.Exists(dir))
                {
                    Directory.Delete(dir, recursive: true);
                }

                return true;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Thread.Sleep(200); // the broker may still be flushing a file
            }
        }

        return false;
    }

    private static bool IsAlive(int pid)
    {
        if (pid == Environment.ProcessId)
        {
            return true;
        }

        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}

/// <summary>
/// After the application has stopped (DCP has ended the broker), asks an idle epmd to exit (epmd refuses while
/// another node is still registered). The broker's state directory is kept: the next run on this data directory
/// starts the same node on it, with its durable queues and persistent messages.
/// </summary>
internal sealed class BrokerCleanup(BrokerCleanupOptions options, IHostApplicationLifetime lifetime, ILogger<BrokerCleanup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStopped.Register(Cleanup);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Cleanup()
    {
        // DCP stops the broker as part of shutdown; wait until its node has left epmd before touching its files.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline && Epmd.Names() is { } names && names.Any(IsOurNode))
        {
            Thread.Sleep(250);
        }

        logger.LogInformation("Broker state kept in {Directory} for the next run", options.StateDirectory);
        // Stop epmd once no Erlang node uses it any more: the one this run started, or one an earlier run left behind
        // because our broker was still registered when that run ended. epmd itself refuses while any node is
        // registered, so a system RabbitMQ or another run's broker keeps it.
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var names = Epmd.Names();
            if (names is null)
            {
                return; // already gone
            }

            if (names.Count == 0 && Epmd.TryKill())
            {
                logger.LogInformation("Stopped epmd ({Origin})", options.EpmdWasRunning ? "idle, started before this run" : "started by this run");
                return;
            }

            Thread.Sleep(250);
        }

        logger.LogInformation("Left epmd running: other Erlang nodes are still registered");
    }

    // epmd lists nodes as "name NODE at port PORT".
    private bool IsOurNode(string line) => line.StartsWith($"name {options.NodeName} ", StringComparison.Ordinal);
}
