using System.Diagnostics;
using CapexRadar.Protos.Capex.V1;
using CapexRadar.Protos.Entities.V1;
using CapexRadar.Protos.Ingestion.V1;
using CapexRadar.Protos.Market.V1;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CapexRadar.EndToEnd.Tests;

/// <summary>
/// One CapexRadar system per test run, started from the real AppHost: the broker (a private rabbitmq-server
/// process when no container runtime is healthy) and the four services as separate processes. Its data directory
/// is a fresh temporary one so every run starts empty; Ingestion's gRPC port is left to DCP so a dev system on
/// 5171 does not collide; the services export their telemetry to an in-test OTLP receiver.
/// </summary>
public class CapexRadarAppFixture : IAsyncLifetime
{
    public static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(4);
    public static readonly string[] ServiceNames = ["ingestion", "entities", "capex", "market"];

    private readonly List<GrpcChannel> _channels = [];
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Queue<string>> _logs = new();
    private readonly CancellationTokenSource _stopping = new();
    private Task<SeedIngestion>? _seed;

    public DistributedApplication App { get; private set; } = null!;

    public OtlpTraceReceiver Telemetry { get; private set; } = null!;

    public string DataDirectory { get; } =
        Path.Combine(Path.GetTempPath(), "capexradar-e2e-" + Guid.NewGuid().ToString("N")[..8]);

    /// <summary>AppHost arguments that choose the storage (none: the default, SQLite files under the data directory).</summary>
    protected virtual string[] StorageArguments => [];

    /// <summary>Resources besides the services and the broker whose logs are kept (the database server, if any).</summary>
    protected virtual string[] StorageResources => [];

    /// <summary>From <c>CreateAsync</c> to every service healthy.</summary>
    public TimeSpan StartDuration { get; private set; }

    public IngestionService.IngestionServiceClient Ingestion { get; private set; } = null!;
    public EntitiesService.EntitiesServiceClient Entities { get; private set; } = null!;
    public CapexService.CapexServiceClient Capex { get; private set; } = null!;
    public MarketService.MarketServiceClient Market { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        using var cts = new CancellationTokenSource(StartTimeout);
        var started = Stopwatch.StartNew();
        Telemetry = await OtlpTraceReceiver.StartAsync();

        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.CapexRadar_AppHost>(
            [
                $"--CapexRadar:DataDirectory={DataDirectory}",
                "--CapexRadar:IngestionGrpcPort=0",
                "--CapexRadar:EntitiesGrpcPort=0",
                "--CapexRadar:CapexGrpcPort=0",
                "--CapexRadar:MarketGrpcPort=0",
                "--CapexRadar:TracesPerSecond=0", // every trace recorded: tests look for one announcement's spans
                .. StorageArguments,
            ],
            cts.Token);
        // The services' own console output is kept in memory (RecentLogs) rather than flooding the test log.
        builder.Services.AddLogging(logging => logging
            .SetMinimumLevel(LogLevel.Warning)
            .AddFilter("Aspire.Hosting", LogLevel.Warning)
            .AddFilter("CapexRadar.AppHost.Resources", LogLevel.None)
            // services being stopped at the end of the run fail their last /health probes: noise, not news
            .AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks", LogLevel.None));

        foreach (var name in ServiceNames)
        {
            builder.CreateResourceBuilder<ProjectResource>(name)
                .WithEnvironment("OTEL_EXPORTER_OTLP_ENDPOINT", Telemetry.Endpoint)
                .WithEnvironment("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf")
                .WithEnvironment("OTEL_BSP_SCHEDULE_DELAY", "250");
        }

        App = await builder.BuildAsync(cts.Token);
        foreach (var name in ServiceNames.Append("messaging").Concat(StorageResources))
        {
            _ = CollectLogsAsync(name);
        }

        await App.StartAsync(cts.Token);
        await App.ResourceNotifications.WaitForResourceHealthyAsync("messaging", cts.Token);
        foreach (var name in ServiceNames)
        {
            await App.ResourceNotifications.WaitForResourceHealthyAsync(name, cts.Token);
        }

        StartDuration = started.Elapsed;
        ClientToken = (await File.ReadAllTextAsync(Path.Combine(DataDirectory, "client-token"), cts.Token)).Trim();
        Ingestion = new IngestionService.IngestionServiceClient(Channel("ingestion"));
        Entities = new EntitiesService.EntitiesServiceClient(Channel("entities"));
        Capex = new CapexService.CapexServiceClient(Channel("capex"));
        Market = new MarketService.MarketServiceClient(Channel("market"));
    }

    /// <summary>The last lines a resource wrote (stdout and stderr), for failure messages.</summary>
    public string RecentLogs(string resource, int lines = 40)
    {
        if (!_logs.TryGetValue(resource, out var queue))
        {
            return "";
        }

        lock (queue)
        {
            return string.Join(Environment.NewLine, queue.TakeLast(lines));
        }
    }

    private async Task CollectLogsAsync(string resource)
    {
        var queue = _logs.GetOrAdd(resource, _ => new Queue<string>());
        try
        {
            var logs = App.Services.GetRequiredService<ResourceLoggerService>();
            await foreach (var batch in logs.WatchAsync(resource).WithCancellation(_stopping.Token))
            {
                lock (queue)
                {
                    foreach (var line in batch)
                    {
                        queue.Enqueue(line.Content);
                        while (queue.Count > 500)
                        {
                            queue.Dequeue();
                        }
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>The ready client token the AppHost wrote to <c>{DataDirectory}/client-token</c> (every scope).</summary>
    public string ClientToken { get; private set; } = "";

    /// <summary>A gRPC (h2c) channel to a service's <c>grpc</c> endpoint whose calls carry <see cref="ClientToken"/>.</summary>
    public GrpcChannel Channel(string service) => Channel(service, ClientToken);

    /// <summary>A channel whose calls carry <c>authorization: Bearer {token}</c>, or nothing when it is null.</summary>
    public GrpcChannel Channel(string service, string? token)
    {
        var options = new GrpcChannelOptions();
        if (token is not null)
        {
            options.Credentials = ChannelCredentials.Create(ChannelCredentials.Insecure,
                CallCredentials.FromInterceptor((_, metadata) => { metadata.Add("authorization", "Bearer " + token); return Task.CompletedTask; }));
            options.UnsafeUseInsecureChannelCallCredentials = true;
        }
        var channel = GrpcChannel.ForAddress(App.GetEndpoint(service, "grpc"), options);
        _channels.Add(channel);
        return channel;
    }

    /// <summary>The seed story, ingested once per run over gRPC and followed to the end of the pipeline.</summary>
    public Task<SeedIngestion> SeedAsync() => _seed ??= IngestSeedAsync();

    private async Task<SeedIngestion> IngestSeedAsync()
    {
        var request = new IngestRequest
        {
            Source = "e2e",
            Url = "https://example.com/alibaba-ai-capex",
            Title = SeedStory.Title,
            PublishedAt = Timestamp.FromDateTimeOffset(SeedStory.PublishedAt),
            Body = SeedStory.Body,
        };

        // Watch every announcement's stage changes before ingesting, so no event can be missed.
        using var watchCts = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        using var watch = Ingestion.WatchAnnouncement(new WatchAnnouncementRequest(), cancellationToken: watchCts.Token);
        var events = new List<StageEvent>();
        string? id = null;
        var completed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var watching = Task.Run(async () =>
        {
            try
            {
                await foreach (var message in watch.ResponseStream.ReadAllAsync(watchCts.Token))
                {
                    lock (events)
                    {
                        events.Add(message.Event);
                        if (message.Event.AnnouncementId == id && message.Event.Stage is Stage.Complete or Stage.Failed)
                        {
                            completed.TrySetResult();
                        }
                    }
                }
            }
            catch (RpcException) when (watchCts.IsCancellationRequested)
            {
            }
            catch (OperationCanceledException)
            {
            }
        });

        var response = await Ingestion.IngestAsync(request, deadline: DateTime.UtcNow.AddSeconds(60));
        lock (events)
        {
            id = response.AnnouncementId;
            if (events.Any(e => e.AnnouncementId == id && e.Stage is Stage.Complete or Stage.Failed))
            {
                completed.TrySetResult();
            }
        }

        // The status is the source of truth; the watch stream is checked separately.
        var status = await PollStatusAsync(id, TimeSpan.FromMinutes(2));
        await Task.WhenAny(completed.Task, Task.Delay(TimeSpan.FromSeconds(15)));
        watchCts.Cancel();
        await watching;

        List<StageEvent> mine;
        lock (events)
        {
            mine = events.Where(e => e.AnnouncementId == id).ToList();
        }

        return new SeedIngestion(request, response, status, mine);
    }

    public async Task<AnnouncementStatus> PollStatusAsync(string id, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        AnnouncementStatus? status = null;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                status = (await Ingestion.GetStatusAsync(new GetStatusRequest { AnnouncementId = id })).Status;
                if (status.Stage is Stage.Complete or Stage.Failed)
                {
                    return status;
                }
            }
            catch (RpcException ex) when (ex.StatusCode == StatusCode.NotFound)
            {
                // not recorded yet
            }

            await Task.Delay(250);
        }

        return status ?? new AnnouncementStatus { AnnouncementId = id };
    }

    public async Task DisposeAsync()
    {
        _stopping.Cancel();
        foreach (var channel in _channels)
        {
            channel.Dispose();
        }

        if (App is not null)
        {
            await App.StopAsync();
            await App.DisposeAsync();
        }

        if (Telemetry is not null)
        {
            await Telemetry.DisposeAsync();
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

public sealed record SeedIngestion(IngestRequest Request, IngestResponse Response, AnnouncementStatus Status, IReadOnlyList<StageEvent> WatchedEvents)
{
    public string Id => Response.AnnouncementId;

    public bool Completed => Status.Stage == Stage.Complete;
}

/// <summary>The repository's seed story (samples/alibaba-ai-capex.txt).</summary>
public static class SeedStory
{
    public const string Title = "Alibaba shares surge as it raises AI spending plans";
    public static readonly DateTimeOffset PublishedAt = new(2025, 9, 24, 8, 0, 0, TimeSpan.Zero);

    public static string Body { get; } = File.ReadAllText(Path.Combine(RepositoryRoot(), "samples", "alibaba-ai-capex.txt"));

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "samples", "alibaba-ai-capex.txt")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("samples/alibaba-ai-capex.txt not found above " + AppContext.BaseDirectory);
    }
}

[CollectionDefinition(Name)]
public sealed class CapexRadarCollection : ICollectionFixture<CapexRadarAppFixture>
{
    public const string Name = "CapexRadar system";
}
