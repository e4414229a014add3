using System.Collections.Concurrent;
using System.Diagnostics;
using CapexRadar.Analysis;
using CapexRadar.Protos.Ingestion.V1;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CapexRadar.Faults.Tests;

/// <summary>
/// The real AppHost (broker + four services as processes) on a data directory that outlives one app, so the whole
/// system can be stopped and started again on the same state. Services get a short re-drive delay, a short
/// extraction timeout and the test-only fault hook file (empty: no fault until a test writes a rule).
/// </summary>
public sealed class FaultSystem : IAsyncDisposable
{
    public static readonly string[] Services = ["ingestion", "entities", "capex", "market"];

    private readonly List<GrpcChannel> _channels = [];

    private readonly string[] _arguments;
    private string _token = "";

    private FaultSystem(string dataDirectory, string[] arguments) => (DataDirectory, _arguments) = (dataDirectory, arguments);

    public string DataDirectory { get; }

    /// <summary>
    /// Every resource's console output (the broker's and each service instance's, one file per resource id, all runs of
    /// the app appended), kept after the test so a failure can be read afterwards; <see cref="LogDigest"/> quotes it.
    /// </summary>
    public string LogDirectory => Path.Combine(Path.GetTempPath(), "capexradar-faults-logs", Path.GetFileName(DataDirectory));
    public string FaultFile => Path.Combine(DataDirectory, "faults.txt");
    public DistributedApplication App { get; private set; } = null!;
    public IngestionService.IngestionServiceClient Ingestion { get; private set; } = null!;
    public IngestionAdminService.IngestionAdminServiceClient Admin { get; private set; } = null!;

    /// <param name="arguments">More AppHost settings, e.g. <c>--Storage:Mode=postgres</c>, <c>--CapexRadar:Replicas=2</c>.</param>
    public static async Task<FaultSystem> StartAsync(string? dataDirectory = null, params string[] arguments)
    {
        var system = new FaultSystem(dataDirectory ?? Path.Combine(Path.GetTempPath(), "capexradar-faults-" + Guid.NewGuid().ToString("N")[..8]), arguments);
        await system.StartAppAsync();
        return system;
    }

    private async Task StartAppAsync()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(4 * Replicas)); // N replicas: N times the processes to start
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.CapexRadar_AppHost>(
            [
                $"--CapexRadar:DataDirectory={DataDirectory}",
                "--CapexRadar:IngestionGrpcPort=0",
                "--CapexRadar:EntitiesGrpcPort=0",
                "--CapexRadar:CapexGrpcPort=0",
                "--CapexRadar:MarketGrpcPort=0",
                .. _arguments,
            ],
            cts.Token);
        builder.Services.AddLogging(logging => logging
            .SetMinimumLevel(LogLevel.Warning)
            .AddFilter("CapexRadar.AppHost.Hosting", LogLevel.Information)
            .AddFilter("CapexRadar.AppHost.Resources", LogLevel.None)
            .AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks", LogLevel.None));
        foreach (var name in Services)
        {
            builder.CreateResourceBuilder<ProjectResource>(name)
                .WithEnvironment("Ingestion__Redrive__After", "00:00:30")
                .WithEnvironment("Ingestion__Redrive__Interval", "00:00:05")
                .WithEnvironment("CapexRadar__Extraction__Timeout", "00:00:05")
                .WithEnvironment("CapexRadar__FaultInjection__File", FaultFile)
                // one line per entry, no colours: the copied logs (LogDirectory) are read with grep and quoted by LogDigest
                .WithEnvironment("Logging__Console__FormatterName", "simple")
                .WithEnvironment("Logging__Console__FormatterOptions__SingleLine", "true")
                .WithEnvironment("Logging__Console__FormatterOptions__ColorBehavior", "Disabled");
        }

        App = await builder.BuildAsync(cts.Token);
        _watching = new CancellationTokenSource();
        _ = WatchPidsAsync(App, _watching.Token);
        await App.StartAsync(cts.Token);
        await App.ResourceNotifications.WaitForResourceHealthyAsync("messaging", cts.Token);
        await WaitServicesHealthyAsync(cts.Token);
        // Every RPC needs a bearer token: the AppHost writes a ready client token (every scope) to {data}/client-token.
        _token = (await File.ReadAllTextAsync(Path.Combine(DataDirectory, "client-token"), cts.Token)).Trim();
        var channel = Channel("ingestion");
        Ingestion = new IngestionService.IngestionServiceClient(channel);
        Admin = new IngestionAdminService.IngestionAdminServiceClient(channel);
    }

    /// <summary>Replicas of each service (<c>--CapexRadar:Replicas=N</c> among the arguments; 1 otherwise).</summary>
    public int Replicas => _arguments.Select(a => a.StartsWith("--CapexRadar:Replicas=", StringComparison.Ordinal) ? int.Parse(a[22..]) : 1).DefaultIfEmpty(1).Max();

    /// <summary>
    /// Until every instance of every service is healthy. With replicas the instances have names of their own
    /// (<c>ingestion-abcd1234</c>), so the wait counts healthy instances per service rather than asking for one name.
    /// </summary>
    private async Task WaitServicesHealthyAsync(CancellationToken cancellationToken)
    {
        if (Replicas == 1)
        {
            foreach (var name in Services) await App.ResourceNotifications.WaitForResourceHealthyAsync(name, cancellationToken);
            return;
        }
        var healthy = new Dictionary<string, HashSet<string>>();
        var states = new SortedDictionary<string, string>();
        try
        {
            await foreach (var e in App.ResourceNotifications.WatchAsync(cancellationToken))
            {
                states[e.ResourceId] = $"{e.Snapshot.State?.Text}/{e.Snapshot.HealthStatus}";
                if (!Services.Contains(e.Resource.Name)) continue;
                if (!healthy.TryGetValue(e.Resource.Name, out var ids)) healthy[e.Resource.Name] = ids = [];
                if (e.Snapshot.HealthStatus == Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy) ids.Add(e.ResourceId);
                else ids.Remove(e.ResourceId);
                if (Services.All(n => healthy.TryGetValue(n, out var h) && h.Count >= Replicas)) return;
            }
        }
        catch (OperationCanceledException ex)
        {
            throw new TimeoutException("not every replica became healthy: " + string.Join(", ", states.Select(p => $"{p.Key}={p.Value}")), ex);
        }
    }

    /// <summary>
    /// A new channel (its own HTTP/2 connection) to a service's gRPC endpoint, with the client token. With replicas the
    /// orchestrator's proxy spreads connections over them, so several channels reach several replicas.
    /// </summary>
    public GrpcChannel Channel(string service)
    {
        var token = _token;
        var channel = GrpcChannel.ForAddress(App.GetEndpoint(service, "grpc"), new GrpcChannelOptions
        {
            Credentials = ChannelCredentials.Create(ChannelCredentials.Insecure,
                CallCredentials.FromInterceptor((_, metadata) => { metadata.Add("authorization", "Bearer " + token); return Task.CompletedTask; })),
            UnsafeUseInsecureChannelCallCredentials = true,
        });
        _channels.Add(channel);
        return channel;
    }

    /// <summary>Stops every process (as Ctrl-C would) and starts the system again on the same data directory.</summary>
    public async Task RestartWholeSystemAsync()
    {
        await StopAppAsync();
        await StartAppAsync();
    }

    private async Task StopAppAsync()
    {
        foreach (var channel in _channels) channel.Dispose();
        _channels.Clear();
        _watching.Cancel();
        _pids.Clear();
        await App.StopAsync();
        await App.DisposeAsync();
    }

    private readonly ConcurrentDictionary<string, int> _pids = new();
    private CancellationTokenSource _watching = new();

    private readonly ConcurrentDictionary<string, Task> _logWriters = new();

    /// <summary>
    /// Follows the orchestrator's resource snapshots: the latest process id of each resource, and each resource id's
    /// console log copied to <see cref="LogDirectory"/>.
    /// </summary>
    private async Task WatchPidsAsync(DistributedApplication app, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var e in app.ResourceNotifications.WatchAsync(cancellationToken))
            {
                if (e.Snapshot.Properties.FirstOrDefault(p => p.Name == "executable.pid")?.Value is { } value &&
                    int.TryParse(value.ToString(), out var pid) && pid > 0)
                    _pids[e.Resource.Name] = pid;
                _ = _logWriters.GetOrAdd(e.ResourceId, id => CopyLogAsync(app, id, cancellationToken));
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task CopyLogAsync(DistributedApplication app, string resourceId, CancellationToken cancellationToken)
    {
        try
        {
            Directory.CreateDirectory(LogDirectory);
            await using var file = new StreamWriter(Path.Combine(LogDirectory, resourceId + ".log"), append: true) { AutoFlush = true };
            await file.WriteLineAsync($"=== {DateTime.UtcNow:O} app started: {resourceId}");
            var logs = app.Services.GetRequiredService<ResourceLoggerService>();
            await foreach (var batch in logs.WatchAsync(resourceId).WithCancellation(cancellationToken))
                foreach (var line in batch)
                    await file.WriteLineAsync(line.Content);
        }
        catch (OperationCanceledException)
        {
        }
        catch (IOException)
        {
        }
    }

    /// <summary>
    /// The warnings, errors and exceptions of every resource's log (at most <paramref name="perResource"/> latest lines
    /// each), for a test's output when a scenario did not end clean.
    /// </summary>
    public string LogDigest(int perResource = 40)
    {
        var digest = new System.Text.StringBuilder($"logs in {LogDirectory}\n");
        if (!Directory.Exists(LogDirectory)) return digest.ToString();
        string[] marks = ["warn", "fail", "crit", "error", "Exception", "Faulted", "Stopped", "Unhealthy", "=== "];
        foreach (var path in Directory.EnumerateFiles(LogDirectory, "*.log").Order())
        {
            string[] lines;
            try
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
                lines = new StreamReader(stream).ReadToEnd().Split('\n');
            }
            catch (IOException)
            {
                continue;
            }
            var marked = lines.Where(l => marks.Any(m => l.Contains(m, StringComparison.Ordinal))).TakeLast(perResource).ToList();
            digest.AppendLine($"--- {Path.GetFileName(path)}: {lines.Length} lines, latest {marked.Count} warnings/errors:");
            foreach (var line in marked) digest.AppendLine("  " + (line.Length > 400 ? line[..400] : line));
        }
        return digest.ToString();
    }

    /// <summary>The process id the orchestrator reports for a resource.</summary>
    public int Pid(string resource) =>
        _pids.TryGetValue(resource, out var pid) ? pid : throw new InvalidOperationException($"no pid for {resource}");

    /// <summary>kill -9 of a resource's process (for the broker: the Erlang VM, the script exec'd into it).</summary>
    public int Kill(string resource)
    {
        var pid = Pid(resource);
        using var process = Process.GetProcessById(pid);
        process.Kill(entireProcessTree: true); // SIGKILL
        return pid;
    }

    /// <summary>Waits until the supervisor has started the resource again (a new process) and it is healthy.</summary>
    public async Task WaitRestartedAsync(string resource, int killedPid, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        while (Pid(resource) == killedPid) await Task.Delay(250, cts.Token);
        await App.ResourceNotifications.WaitForResourceHealthyAsync(resource, cts.Token);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAppAsync();
        }
        finally
        {
            try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}

/// <summary>Distinct synthetic announcements (our own sentences), ingested with retries through faults.</summary>
public sealed class Load(FaultSystem system)
{
    private static readonly string[] Companies = ["Northwind Cloud", "Contoso Systems", "Fabrikam Data", "Tailspin Compute", "Wingtip Networks", "Adatum Labs"];
    private static readonly string[] Places = ["Texas", "Ohio", "Johor", "Dublin", "Osaka", "Frankfurt"];

    public ConcurrentDictionary<string, string> Accepted { get; } = new();

    public static IngestRequest Request(string id, int k, string marker = "") => new()
    {
        AnnouncementId = id,
        Source = "faults",
        Title = $"{Companies[k % Companies.Length]} raises AI spending ({k})",
        PublishedAt = Timestamp.FromDateTimeOffset(new DateTimeOffset(2025, 10, 1, 8, 0, 0, TimeSpan.Zero).AddMinutes(k)),
        Body = $"{Companies[k % Companies.Length]} said on Tuesday it will invest ${k % 90 + 10} billion in artificial intelligence " +
               $"data centres in {Places[k % Places.Length]} over the next {k % 4 + 2} years, reference {id}. {marker}" +
               $"Its shares rose {k % 9 + 1}% in afternoon trading.",
    };

    /// <summary>Ingests one announcement, retrying while Ingestion or the broker is down (same id and content: idempotent).</summary>
    public async Task IngestAsync(string id, int k, string marker = "", CancellationToken cancellationToken = default)
    {
        var request = Request(id, k, marker);
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var response = await system.Ingestion.IngestAsync(request, deadline: DateTime.UtcNow.AddSeconds(20), cancellationToken: cancellationToken);
                Accepted[response.AnnouncementId] = request.Body;
                return;
            }
            catch (RpcException ex) when (ex.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.Internal or StatusCode.Unknown
                                          && attempt < 120)
            {
                await Task.Delay(500, cancellationToken);
            }
        }
    }

    /// <summary>Ingests ids <c>{prefix}-{from}…</c> at about <paramref name="perSecond"/> with up to 16 calls at once.</summary>
    public Task RunAsync(string prefix, int from, int count, double perSecond, CancellationToken cancellationToken = default) =>
        RunAsync(prefix, from, count, count, perSecond, null, cancellationToken);

    /// <summary>
    /// A steady load: at least <paramref name="minCount"/> announcements, and on until <paramref name="keepGoingUntil"/>
    /// completes (at most <paramref name="maxCount"/>), so the faults happen under load however long restarts take.
    /// </summary>
    public async Task RunAsync(string prefix, int from, int minCount, int maxCount, double perSecond, Task? keepGoingUntil,
        CancellationToken cancellationToken = default)
    {
        var count = maxCount;
        using var gate = new SemaphoreSlim(16);
        var started = Stopwatch.StartNew();
        var tasks = new List<Task>();
        for (var i = 0; i < count; i++)
        {
            if (i >= minCount && (keepGoingUntil is null || keepGoingUntil.IsCompleted)) break;
            var due = TimeSpan.FromSeconds(i / perSecond) - started.Elapsed;
            if (due > TimeSpan.Zero) await Task.Delay(due, cancellationToken);
            await gate.WaitAsync(cancellationToken);
            var k = from + i;
            tasks.Add(Task.Run(async () =>
            {
                try { await IngestAsync($"{prefix}-{k}", k, "", cancellationToken); }
                finally { gate.Release(); }
            }, cancellationToken));
        }
        await Task.WhenAll(tasks);
    }
}

/// <summary>What a scenario ends with, per announcement: status and the services' results, checked against the extractors.</summary>
public sealed record Tally(string Scenario, int Accepted, int Complete, int Failed, int Lost, int Duplicated, int MaxInFlight)
{
    /// <summary>Where the lost ones stopped, e.g. "Received 12, Capex 3" (empty when none was lost).</summary>
    public string LostAt { get; init; } = "";

    public override string ToString() =>
        $"{Scenario,-38} accepted {Accepted,5}  complete {Complete,5}  failed {Failed,3}  lost {Lost,3}  duplicated {Duplicated,3}  (max in flight {MaxInFlight})" +
        (LostAt.Length > 0 ? $"  lost at: {LostAt}" : "");
}

public static class Verify
{
    private static readonly AnnouncementAnalyzer Analyzer = AnnouncementAnalyzer.CreateDefault();

    /// <summary>Polls until every id is complete or failed (or the timeout); returns the final stages.</summary>
    public static async Task<Dictionary<string, AnnouncementStatus>> WaitTerminalAsync(FaultSystem system, IEnumerable<string> ids, TimeSpan timeout)
    {
        var pending = ids.ToHashSet();
        var final = new Dictionary<string, AnnouncementStatus>();
        var deadline = DateTime.UtcNow + timeout;
        while (pending.Count > 0 && DateTime.UtcNow < deadline)
        {
            foreach (var id in pending.ToList())
            {
                try
                {
                    var status = (await system.Ingestion.GetStatusAsync(new GetStatusRequest { AnnouncementId = id }, deadline: DateTime.UtcNow.AddSeconds(10))).Status;
                    final[id] = status;
                    if (status.Stage is Stage.Complete or Stage.Failed) pending.Remove(id);
                }
                catch (RpcException)
                {
                    // restarting: ask again on the next round
                }
            }
            if (pending.Count > 0) await Task.Delay(1000);
        }
        return final;
    }

    /// <summary>
    /// Counts: complete/failed by status; lost = accepted but not terminal; duplicated = an analysis whose facts,
    /// plans, moves or entities differ in number from one in-process run of the same extractors on the same text
    /// (a fact stored twice would show), or a service without exactly one result.
    /// </summary>
    public static async Task<Tally> TallyAsync(string scenario, FaultSystem system, IReadOnlyDictionary<string, string> accepted,
        TimeSpan timeout, int maxInFlight, Func<string, bool>? expectFailed = null)
    {
        var statuses = await WaitTerminalAsync(system, accepted.Keys, timeout);
        int complete = 0, failed = 0, lost = 0, duplicated = 0;
        var lostAt = new SortedDictionary<string, int>();
        foreach (var (id, body) in accepted)
        {
            var stage = statuses.TryGetValue(id, out var s) ? s.Stage : Stage.Unspecified;
            if (stage == Stage.Failed) { failed++; continue; }
            if (stage != Stage.Complete)
            {
                lost++;
                lostAt[stage.ToString()] = lostAt.GetValueOrDefault(stage.ToString()) + 1;
                continue;
            }
            complete++;
            var analysis = (await system.Ingestion.GetAnalysisAsync(new GetAnalysisRequest { AnnouncementId = id })).Analysis;
            var expected = Analyzer.AnalyzeRaw(body, null).Result;
            if (analysis.Capex.Count != expected.Capex.Count || analysis.Facilities.Count != expected.Facilities.Count ||
                analysis.Market.Count != expected.Market.Count || analysis.Organizations.Count != expected.Entities.Organizations.Count)
                duplicated++;
        }
        return new Tally(scenario, accepted.Count, complete, failed, lost, duplicated, maxInFlight)
        {
            LostAt = string.Join(", ", lostAt.Select(p => $"{p.Key} {p.Value}")),
        };
    }

    /// <summary>Samples, every second while <paramref name="until"/> runs, how many of the 200 latest announcements are not yet terminal; returns the maximum.</summary>
    public static async Task<int> SampleInFlightAsync(FaultSystem system, Task until)
    {
        var max = 0;
        while (!until.IsCompleted)
        {
            try
            {
                var page = await system.Ingestion.ListAnnouncementsAsync(new ListAnnouncementsRequest { PageSize = 200 }, deadline: DateTime.UtcNow.AddSeconds(5));
                max = Math.Max(max, page.Announcements.Count(a => a.Stage is not (Stage.Complete or Stage.Failed)));
            }
            catch (RpcException)
            {
            }
            await Task.WhenAny(until, Task.Delay(1000));
        }
        return max;
    }
}
