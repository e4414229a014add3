using System.Collections.Concurrent;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using CapexRadar.Protos.Ingestion.V1;
using Grpc.Core;
using HdrHistogram;

namespace CapexRadar.Cli.Commands;

/// <summary>
/// <c>load --input CORPUS --rate R (--count N | --duration S)</c>: an open-loop load generator. Announcement <c>i</c> is
/// due at <c>start + i/R</c> whatever happened to the earlier ones; accept and end-to-end latencies are measured from
/// that intended time, so a slow system cannot hide its queueing delay by slowing the sender (no coordinated
/// omission). Every body gets a unique closing sentence so the duplicate short-cut never applies. Completions come
/// from one <c>WatchAnnouncement</c> stream of all announcements; at the end, announcements the stream did not report
/// as finished are looked up with <c>GetStatus</c> before they are counted as never completed.
/// </summary>
internal static class LoadCommand
{
    private const long HighestMicros = 3_600L * 1_000_000; // one hour

    public static Command Create()
    {
        var input = new Option<string>("--input") { Description = "Corpus: a .jsonl of {id, source, published_at, title, body} lines, a .txt story, or a directory", Required = true };
        var rate = new Option<double>("--rate") { Description = "Announcements offered per second", DefaultValueFactory = _ => 20 };
        var count = new Option<int?>("--count") { Description = "Announcements to send (measured part); default: rate × duration" };
        var duration = new Option<double>("--duration") { Description = "Seconds to send for when --count is not given", DefaultValueFactory = _ => 30 };
        var warmup = new Option<double>("--warmup") { Description = "Seconds sent at the same rate before measuring (not counted)", DefaultValueFactory = _ => 0 };
        var concurrency = new Option<int>("--concurrency") { Description = "Most Ingest calls in flight; a send waiting for a slot still counts from its intended time", DefaultValueFactory = _ => 256 };
        var drain = new Option<double>("--drain") { Description = "Seconds to wait for completions after the last send", DefaultValueFactory = _ => 120 };
        var server = CommonOptions.Server();
        var command = new Command("load", "Open-loop load: send distinct stories at a fixed rate and measure accept and end-to-end latency")
        {
            input, rate, count, duration, warmup, concurrency, drain, server,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var settings = new LoadSettings(
                parse.GetValue(rate), parse.GetValue(count), parse.GetValue(duration), parse.GetValue(warmup),
                parse.GetValue(concurrency), parse.GetValue(drain));
            if (settings.Validate() is { } problem)
            {
                Console.Error.WriteLine($"load: {problem}");
                return 2;
            }
            var corpus = InputReader.Read(parse.GetValue(input)!).Where(r => r.Body.Length > 0).ToList();
            if (corpus.Count == 0)
            {
                Console.Error.WriteLine("load: the corpus holds no announcement with a body");
                return 2;
            }
            var run = new LoadRun(CommonOptions.Client(parse.GetValue(server)!), corpus, settings);
            return await run.RunAsync(cancellationToken);
        });
        return command;
    }

    internal sealed record LoadSettings(double Rate, int? Count, double Duration, double Warmup, int Concurrency, double Drain)
    {
        public int Measured => Count ?? (int)Math.Round(Rate * Duration);
        public int WarmupCount => (int)Math.Round(Rate * Warmup);

        public string? Validate() =>
            Rate <= 0 || double.IsNaN(Rate) || Rate > 100_000 ? "--rate must be in (0, 100000]"
            : Count is <= 0 ? "--count must be positive"
            : Count is null && (Duration <= 0 || Duration > 86_400) ? "--duration must be in (0, 86400]"
            : Warmup < 0 || Warmup > 3_600 ? "--warmup must be in [0, 3600]"
            : Concurrency is < 1 or > 10_000 ? "--concurrency must be in [1, 10000]"
            : Drain < 0 || Drain > 3_600 ? "--drain must be in [0, 3600]"
            : Measured < 1 ? "nothing to send: raise --rate, --duration or --count"
            : null;
    }

    private sealed class LoadRun(IngestionService.IngestionServiceClient client, List<IngestRequest> corpus, LoadSettings settings)
    {
        private readonly string _runId = DateTime.UtcNow.ToString("HHmmss", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..6];
        private readonly ConcurrentDictionary<string, int> _index = new(StringComparer.Ordinal);
        private readonly object _lock = new();
        private readonly LongHistogram _accept = new(HighestMicros, 3);
        private readonly LongHistogram _endToEnd = new(HighestMicros, 3);
        private long[] _intended = [];
        private int[] _state = []; // 0 pending, 1 accepted, 2 complete, 3 failed, 4 rejected
        private int _sent, _accepted, _rejected, _completed, _failed, _completedByStatus, _failedByStatus;
        private long _start, _lastCompletion, _lastSend;
        private readonly ConcurrentDictionary<string, int> _rejections = new();
        private readonly ConcurrentDictionary<string, int> _failures = new();

        private int Total => settings.WarmupCount + settings.Measured;
        private bool Measured(int i) => i >= settings.WarmupCount;

        public async Task<int> RunAsync(CancellationToken cancellationToken)
        {
            var total = Total;
            _intended = new long[total];
            _state = new int[total];
            Console.WriteLine($"load {_runId}: {settings.Rate:0.##}/s offered, {settings.WarmupCount} warm-up + {settings.Measured} measured " +
                              $"({settings.Measured / settings.Rate:0.#} s), concurrency {settings.Concurrency}, corpus {corpus.Count} stories");

            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var watcher = WatchAsync(stop.Token);
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken); // let the watch stream subscribe first

            using var slots = new SemaphoreSlim(settings.Concurrency);
            var sends = new List<Task>(total);
            var interval = Stopwatch.Frequency / settings.Rate;
            _start = Stopwatch.GetTimestamp();
            var progress = Task.Run(() => ReportProgressAsync(stop.Token), CancellationToken.None);
            for (var i = 0; i < total; i++)
            {
                var due = _start + (long)(i * interval);
                _intended[i] = due;
                var wait = due - Stopwatch.GetTimestamp();
                if (wait > Stopwatch.Frequency / 1000)
                    await Task.Delay(TimeSpan.FromTicks(wait * TimeSpan.TicksPerSecond / Stopwatch.Frequency), cancellationToken);
                await slots.WaitAsync(cancellationToken);
                sends.Add(SendAsync(i, slots, cancellationToken));
            }
            await Task.WhenAll(sends);
            _lastSend = Stopwatch.GetTimestamp();

            var drainUntil = Stopwatch.GetTimestamp() + (long)(settings.Drain * Stopwatch.Frequency);
            while (Pending() > 0 && Stopwatch.GetTimestamp() < drainUntil)
                await Task.Delay(100, cancellationToken);
            await stop.CancelAsync();
            await Task.WhenAll(watcher, progress);
            await ReconcileAsync(cancellationToken);
            return Report();
        }

        private int Pending()
        {
            var pending = 0;
            for (var i = 0; i < _state.Length; i++) if (Volatile.Read(ref _state[i]) == 1) pending++;
            return pending;
        }

        private async Task SendAsync(int i, SemaphoreSlim slots, CancellationToken cancellationToken)
        {
            try
            {
                var template = corpus[i % corpus.Count];
                var id = $"load-{_runId}-{i}";
                var request = template.Clone();
                request.AnnouncementId = id;
                // A unique closing sentence: the normalised content differs, so the duplicate short-cut never applies.
                request.Body = template.Body.TrimEnd() + $"\n\nReference {_runId}-{i}.";
                if (request.Title.Length > 0) request.Title += $" [{i}]";
                _index[id] = i;
                Interlocked.Increment(ref _sent);
                try
                {
                    await client.IngestAsync(request, cancellationToken: cancellationToken);
                    var now = Stopwatch.GetTimestamp();
                    Interlocked.CompareExchange(ref _state[i], 1, 0);
                    Interlocked.Increment(ref _accepted);
                    if (Measured(i)) lock (_lock) _accept.RecordValue(Micros(now - _intended[i]));
                }
                catch (RpcException ex)
                {
                    Volatile.Write(ref _state[i], 4);
                    Interlocked.Increment(ref _rejected);
                    _rejections.AddOrUpdate(ex.StatusCode.ToString(), 1, (_, n) => n + 1);
                }
            }
            finally
            {
                slots.Release();
            }
        }

        private async Task WatchAsync(CancellationToken cancellationToken)
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                try
                {
                    using var call = client.WatchAnnouncement(new WatchAnnouncementRequest(), cancellationToken: cancellationToken);
                    await foreach (var response in call.ResponseStream.ReadAllAsync(cancellationToken))
                    {
                        var e = response.Event;
                        if (e.Stage is not (Stage.Complete or Stage.Failed) || !_index.TryGetValue(e.AnnouncementId, out var i)) continue;
                        Finish(i, e.Stage == Stage.Complete, Stopwatch.GetTimestamp(), e.Detail, viaStatus: false);
                    }
                }
                catch (RpcException) when (cancellationToken.IsCancellationRequested) { return; }
                catch (OperationCanceledException) { return; }
                catch (RpcException ex)
                {
                    Console.Error.WriteLine($"watch stream broke ({ex.StatusCode}); reconnecting (missed events are looked up at the end)");
                    try { await Task.Delay(1000, cancellationToken); } catch (OperationCanceledException) { return; }
                }
            }
        }

        private void Finish(int i, bool complete, long at, string detail, bool viaStatus)
        {
            // An event can come before the Ingest response (0 → terminal) or after it (1 → terminal).
            var target = complete ? 2 : 3;
            if (Interlocked.CompareExchange(ref _state[i], target, 1) != 1 && Interlocked.CompareExchange(ref _state[i], target, 0) != 0) return;
            if (complete)
            {
                if (viaStatus) Interlocked.Increment(ref _completedByStatus);
                else
                {
                    Interlocked.Increment(ref _completed);
                    InterlockedMax(ref _lastCompletion, at);
                    if (Measured(i)) lock (_lock) _endToEnd.RecordValue(Micros(at - _intended[i]));
                }
            }
            else
            {
                if (viaStatus) Interlocked.Increment(ref _failedByStatus); else Interlocked.Increment(ref _failed);
                _failures.AddOrUpdate(detail.Length > 80 ? detail[..80] : detail, 1, (_, n) => n + 1);
            }
        }

        /// <summary>Announcements the stream did not report as finished: ask GetStatus before calling them lost.</summary>
        private async Task ReconcileAsync(CancellationToken cancellationToken)
        {
            var open = Enumerable.Range(0, _state.Length).Where(i => Volatile.Read(ref _state[i]) is 0 or 1).ToList();
            await Parallel.ForEachAsync(open, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken }, async (i, ct) =>
            {
                try
                {
                    var status = (await client.GetStatusAsync(new GetStatusRequest { AnnouncementId = $"load-{_runId}-{i}" }, cancellationToken: ct)).Status;
                    if (status.Stage is Stage.Complete or Stage.Failed)
                        Finish(i, status.Stage == Stage.Complete, Stopwatch.GetTimestamp(), status.FailureReason, viaStatus: true);
                }
                catch (RpcException) { /* stays never-completed */ }
            });
        }

        private async Task ReportProgressAsync(CancellationToken cancellationToken)
        {
            var lastCompleted = 0;
            try
            {
                while (true)
                {
                    await Task.Delay(5000, cancellationToken);
                    var completed = Volatile.Read(ref _completed);
                    Console.WriteLine($"  t={Seconds(Stopwatch.GetTimestamp() - _start),6:0.0}s sent {Volatile.Read(ref _sent)} accepted {Volatile.Read(ref _accepted)} " +
                                      $"completed {completed} ({(completed - lastCompleted) / 5.0:0.#}/s) failed {Volatile.Read(ref _failed)} in flight {Pending()}");
                    lastCompleted = completed;
                }
            }
            catch (OperationCanceledException) { }
        }

        private int Report()
        {
            int measuredAccepted = 0, measuredCompleted = 0, measuredFailed = 0, measuredRejected = 0, never = 0;
            for (var i = settings.WarmupCount; i < _state.Length; i++)
                switch (_state[i])
                {
                    case 1 or 0: never++; break;
                    case 2: measuredAccepted++; measuredCompleted++; break;
                    case 3: measuredAccepted++; measuredFailed++; break;
                    case 4: measuredRejected++; break;
                }
            var firstMeasured = _intended[settings.WarmupCount];
            var lastMeasured = _intended[^1];
            var offered = settings.Measured > 1 ? (settings.Measured - 1) / Seconds(lastMeasured - firstMeasured) : settings.Rate;
            var span = Seconds(Math.Max(_lastCompletion, lastMeasured) - firstMeasured);
            var completedPerSecond = span > 0 ? _endToEnd.TotalCount / span : 0;

            Console.WriteLine();
            Console.WriteLine($"measured announcements  {settings.Measured} (after {settings.WarmupCount} warm-up), offered {offered:0.#}/s over {Seconds(lastMeasured - firstMeasured):0.0} s");
            Console.WriteLine($"accepted                {measuredAccepted + never}");
            Console.WriteLine($"rejected                {measuredRejected}{Breakdown(_rejections)}");
            Console.WriteLine($"completed               {measuredCompleted}" + (_completedByStatus > 0 ? $" ({_completedByStatus} found by GetStatus, not by the stream; no latency for those)" : ""));
            Console.WriteLine($"failed                  {measuredFailed}{Breakdown(_failures)}");
            Console.WriteLine($"never completed         {never} (after {settings.Drain:0} s drain)");
            Console.WriteLine($"completions per second  {completedPerSecond:0.0} (first intended send → last completion, {span:0.0} s)");
            Console.WriteLine($"{"latency (ms)",-24}{"p50",10}{"p90",10}{"p99",10}{"max",10}{"n",8}");
            PrintRow("accept (Ingest)", _accept);
            PrintRow("end-to-end (complete)", _endToEnd);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"summary offered={offered:0.0} completed_per_s={completedPerSecond:0.0} e2e_p50_ms={Ms(_endToEnd, 50)} e2e_p99_ms={Ms(_endToEnd, 99)} " +
                $"e2e_max_ms={Ms(_endToEnd, 100)} accept_p50_ms={Ms(_accept, 50)} accept_p99_ms={Ms(_accept, 99)} completed={measuredCompleted} " +
                $"failed={measuredFailed} rejected={measuredRejected} never={never}"));
            return never == 0 && measuredFailed == 0 && measuredRejected == 0 ? 0 : 1;
        }

        private static void PrintRow(string name, LongHistogram h) =>
            Console.WriteLine(h.TotalCount == 0
                ? $"{name,-24}{"-",10}{"-",10}{"-",10}{"-",10}{0,8}"
                : $"{name,-24}{Ms(h, 50),10}{Ms(h, 90),10}{Ms(h, 99),10}{Ms(h, 100),10}{h.TotalCount,8}");

        private static string Ms(LongHistogram h, double percentile) =>
            h.TotalCount == 0 ? "-" : (h.GetValueAtPercentile(percentile) / 1000.0).ToString("0.0", CultureInfo.InvariantCulture);

        private static string Breakdown(ConcurrentDictionary<string, int> reasons) =>
            reasons.IsEmpty ? "" : " (" + string.Join("; ", reasons.OrderByDescending(r => r.Value).Take(5).Select(r => $"{r.Key}: {r.Value}")) + ")";

        private static long Micros(long ticks) => Math.Clamp(ticks * 1_000_000 / Stopwatch.Frequency, 1, HighestMicros);
        private static double Seconds(long ticks) => (double)ticks / Stopwatch.Frequency;

        private static void InterlockedMax(ref long target, long value)
        {
            var current = Volatile.Read(ref target);
            while (value > current)
            {
                var seen = Interlocked.CompareExchange(ref target, value, current);
                if (seen == current) return;
                current = seen;
            }
        }
    }
}
