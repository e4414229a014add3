using System.Diagnostics;
using Microsoft.Extensions.Configuration;

namespace CapexRadar.AppHost.Hosting;

public enum BrokerMode
{
    /// <summary>Aspire's RabbitMQ container (needs a healthy Docker/Podman engine).</summary>
    Container,

    /// <summary>Debian's rabbitmq-server as a private child process.</summary>
    Process,

    /// <summary>A broker that already runs elsewhere, given as <c>ConnectionStrings:messaging</c>.</summary>
    External,
}

/// <summary>Thrown when no broker can be provided; its message says what to install.</summary>
public sealed class BrokerUnavailableException(string message) : Exception(message);

public static class BrokerModeResolver
{
    public const string DefaultServerPath = "/usr/lib/rabbitmq/bin/rabbitmq-server";
    public const string InstallHint = "install rabbitmq-server: apt-get install -y rabbitmq-server";

    /// <summary>
    /// <c>Broker:Mode</c> (container|process|external|auto) wins; otherwise an already configured
    /// <c>ConnectionStrings:{name}</c> means external, a healthy container runtime means container, an installed
    /// rabbitmq-server means process, and nothing at all is an error that says what to install.
    /// </summary>
    public static (BrokerMode Mode, string Reason) Resolve(IConfiguration configuration, string connectionName)
    {
        var requested = configuration["Broker:Mode"]?.Trim().ToLowerInvariant();
        var serverPath = ServerPath(configuration);
        switch (requested)
        {
            case "container":
                return (BrokerMode.Container, IsContainerRuntimeHealthy(ContainerRuntime(configuration))
                    ? "Broker:Mode=container"
                    : $"Broker:Mode=container, but '{ContainerRuntime(configuration)} info' fails: the broker and everything waiting for it will not start");
            case "external":
                if (string.IsNullOrWhiteSpace(configuration.GetConnectionString(connectionName)))
                {
                    throw new BrokerUnavailableException(
                        $"Broker:Mode=external needs ConnectionStrings:{connectionName} (an amqp:// URI), e.g. env ConnectionStrings__{connectionName}=amqp://guest:guest@localhost:5672");
                }

                return (BrokerMode.External, "Broker:Mode=external");
            case "process":
                if (!File.Exists(serverPath))
                {
                    throw new BrokerUnavailableException($"Broker:Mode=process but {serverPath} does not exist; {InstallHint}");
                }

                return (BrokerMode.Process, "Broker:Mode=process");
            case null or "" or "auto":
                break;
            default:
                throw new BrokerUnavailableException($"Broker:Mode must be container, process, external or auto, not '{requested}'");
        }

        if (!string.IsNullOrWhiteSpace(configuration.GetConnectionString(connectionName)))
        {
            return (BrokerMode.External, $"ConnectionStrings:{connectionName} is configured");
        }

        var runtime = ContainerRuntime(configuration);
        if (IsContainerRuntimeHealthy(runtime))
        {
            return (BrokerMode.Container, $"'{runtime} info' succeeded");
        }

        if (File.Exists(serverPath))
        {
            return (BrokerMode.Process, $"no healthy container runtime ('{runtime} info' failed); using {serverPath}");
        }

        throw new BrokerUnavailableException(
            $"No RabbitMQ broker available: no healthy container runtime ('{runtime} info' failed), no ConnectionStrings:{connectionName} configured, " +
            $"and {serverPath} is missing. {InstallHint} (or start Docker, or set ConnectionStrings__{connectionName}=amqp://user:pass@host:5672).");
    }

    public static string ServerPath(IConfiguration configuration) =>
        configuration["Broker:ServerPath"] is { Length: > 0 } path ? path : DefaultServerPath;

    private static string ContainerRuntime(IConfiguration configuration) =>
        configuration["ASPIRE_CONTAINER_RUNTIME"] ?? configuration["DcpPublisher:ContainerRuntime"] ?? "docker";

    /// <summary>True when '<paramref name="runtime"/> info' exits 0 within five seconds.</summary>
    public static bool IsContainerRuntimeHealthy(string runtime)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(runtime, "info")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (process is null)
            {
                return false;
            }

            _ = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(5)))
            {
                process.Kill(entireProcessTree: true);
                return false;
            }

            return process.ExitCode == 0;
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return false; // not installed
        }
    }
}
