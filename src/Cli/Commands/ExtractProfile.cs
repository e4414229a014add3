using System.Diagnostics;
using System.Runtime.InteropServices;
using CapexRadar.Analysis;

namespace CapexRadar.Cli.Commands;

/// <summary>
/// <c>CAPEXRADAR_PROFILE=1 capexradar extract …</c>: where an extract run's time goes. Each worker measures its own
/// thread's CPU time per stage (parse the JSON line, normalise, sentences, entities, capex, market, JSON out); at the
/// end the run prints the sums with the start-up's share, the JIT's compile time and the collector's pauses to stderr.
/// Off (no clock read at all) unless the variable is set.
/// </summary>
internal sealed class ExtractProfile
{
    private static readonly string[] Names = ["parse", "normalize", "sentences", "entities", "capex", "market", "json"];

    public static readonly ExtractProfile? Current =
        Environment.GetEnvironmentVariable("CAPEXRADAR_PROFILE") is "1" or "true" or "jit" ? new ExtractProfile() : null;

    private readonly JitProfile? _jit = Environment.GetEnvironmentVariable("CAPEXRADAR_PROFILE") == "jit" ? new JitProfile() : null;

    private readonly long[] _ns = new long[Names.Length];
    private readonly long[] _first = new long[Names.Length];
    private long _analyzerReadyCpu, _analyzerReadyWall, _documents;
    private readonly Stopwatch _wall = Stopwatch.StartNew();

    /// <summary>The process's CPU time and wall-clock when the analyser has loaded (the start-up's end).</summary>
    public void AnalyzerReady()
    {
        _analyzerReadyCpu = (long)Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;
        _analyzerReadyWall = (long)(DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds;
    }

    public Clock NewClock() => new(this);

    public void Report()
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime.TotalMilliseconds;
        var wall = (DateTime.Now - process.StartTime).TotalMilliseconds;
        var e = Console.Error;
        e.WriteLine($"profile: {_documents} documents, wall {wall:F0} ms, process CPU {cpu:F0} ms");
        e.WriteLine($"  start-up (process start → analyser loaded): wall {_analyzerReadyWall} ms, CPU {_analyzerReadyCpu} ms");
        var sum = 0L;
        for (var i = 0; i < Names.Length; i++) sum += _ns[i];
        for (var i = 0; i < Names.Length; i++)
            e.WriteLine($"  {Names[i],-10} {_ns[i] / 1e6,9:F1} ms thread CPU ({100.0 * _ns[i] / Math.Max(1, sum),5:F1} %), first document {_first[i] / 1e6:F1} ms");
        e.WriteLine($"  analysers' thread CPU {sum / 1e6:F0} ms; rest of the process (start-up, reader, writer, JIT/GC threads) {cpu - sum / 1e6:F0} ms");
        e.WriteLine($"  JIT: {System.Runtime.JitInfo.GetCompiledMethodCount()} methods, {System.Runtime.JitInfo.GetCompiledILBytes() / 1024} KB IL, {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F0} ms compiling (all threads)");
        _jit?.Report(e);
        e.WriteLine($"  GC: {GC.CollectionCount(0)} gen0, {GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2, paused {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms, allocated {GC.GetTotalAllocatedBytes() / (1 << 20)} MB");
    }

    /// <summary>One worker's clock: <see cref="Ended"/> charges the thread CPU time since the last mark to a stage.</summary>
    internal sealed class Clock(ExtractProfile owner) : IStageObserver
    {
        private long _last = ThreadCpuNs();
        private bool _firstDone;
        private readonly long[] _firstDoc = new long[Names.Length];

        public void Start() => _last = ThreadCpuNs();

        public void Ended(AnalysisStage stage) => Charge(1 + (int)stage);

        public void Parsed() => Charge(0);

        public void Written()
        {
            Charge(Names.Length - 1);
            Interlocked.Increment(ref owner._documents);
            if (_firstDone) return;
            _firstDone = true;
            lock (owner) for (var i = 0; i < Names.Length; i++) owner._first[i] = Math.Max(owner._first[i], _firstDoc[i]);
        }

        private void Charge(int i)
        {
            var now = ThreadCpuNs();
            Interlocked.Add(ref owner._ns[i], now - _last);
            if (!_firstDone) _firstDoc[i] += now - _last;
            _last = now;
        }
    }

    private static long ThreadCpuNs()
    {
        clock_gettime(3 /* CLOCK_THREAD_CPUTIME_ID */, out var t);
        return t.Seconds * 1_000_000_000 + t.Nanoseconds;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec { public long Seconds; public long Nanoseconds; }

#pragma warning disable SYSLIB1054 // a plain blittable call; LibraryImport would need unsafe code in the CLI
    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int clock_gettime(int clock, out TimeSpec time);
#pragma warning restore SYSLIB1054
}
