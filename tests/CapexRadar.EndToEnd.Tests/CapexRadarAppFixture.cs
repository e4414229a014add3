using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CapexRadar.EndToEnd.Tests;

/// <summary>
/// One CapexRadar system per test run, started from the real AppHost: the broker (a private rabbitmq-server
/// process here, no container runtime) and the four services as separate processes. Its data directory is a fresh
/// temporary one so every run starts empty; Ingestion's gRPC port is left to DCP so a running dev system on 5171
/// does not collide.
/// </summary>
public sealed class CapexRadarAppFixture : IAsyncLifetime
{
    public static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    public DistributedApplication App { get; private set; } = null!;

    public string DataDirectory { get; } =
        Path.Combine(Path.GetTempPath(), "capexradar-e2e-" + Guid.NewGuid().ToString("N")[..8]);

    public TimeSpan StartDuration { get; private set; }

    public async Task InitializeAsync()
    {
        using var cts = new CancellationTokenSource(StartTimeout);
        var started = System.Diagnostics.Stopwatch.StartNew();
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.CapexRadar_AppHost>(
            [
                $"--CapexRadar:DataDirectory={DataDirectory}",
                "--CapexRadar:IngestionGrpcPort=0",
            ],
            cts.Token);
        builder.Services.AddLogging(logging => logging
            .SetMinimumLevel(LogLevel.Warning)
            .AddFilter("Aspire.Hosting", LogLevel.Warning));

        App = await builder.BuildAsync(cts.Token);
        await App.StartAsync(cts.Token);
        await App.ResourceNotifications.WaitForResourceHealthyAsync("messaging", cts.Token);
        StartDuration = started.Elapsed;
    }

    public async Task DisposeAsync()
    {
        if (App is not null)
        {
            await App.StopAsync();
            await App.DisposeAsync();
        }

        try
        {
            if (Directory.Exists(DataDirectory))
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
        }
        catch (IOException)
        {
            // best effort: a file still held by a stopping process
        }
    }
}

[CollectionDefinition(Name)]
public sealed class CapexRadarCollection : ICollectionFixture<CapexRadarAppFixture>
{
    public const string Name = "CapexRadar system";
}
