using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace CapexRadar.Cli.Commands;

/// <summary>
/// <c>CAPEXRADAR_PROFILE=jit</c>: listens to the runtime's JIT events in-process and prints, at the end of an
/// extract run, the methods that took longest to compile and the compile time per type (wall-clock between each
/// method's jitting-started and loaded events). Start-up cost of the JIT build is mostly this.
/// </summary>
internal sealed class JitProfile : EventListener
{
    private const EventKeywords JitKeyword = (EventKeywords)0x10;
    private readonly ConcurrentDictionary<ulong, (DateTime At, string Name)> _started = new();
    private readonly ConcurrentBag<(string Type, string Name, double Ms, int Il)> _done = [];

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, JitKeyword);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.Payload is null || e.PayloadNames is null) return;
        object? Get(string name) { var i = e.PayloadNames.IndexOf(name); return i < 0 ? null : e.Payload[i]; }
        if (e.EventName?.StartsWith("MethodJittingStarted", StringComparison.Ordinal) == true && Get("MethodID") is ulong id)
            _started[id] = (e.TimeStamp, $"{Get("MethodNamespace")}::{Get("MethodName")}");
        else if (e.EventName?.StartsWith("MethodLoadVerbose", StringComparison.Ordinal) == true && Get("MethodID") is ulong done
                 && _started.TryRemove(done, out var start))
            _done.Add(($"{Get("MethodNamespace")}", start.Name, (e.TimeStamp - start.At).TotalMilliseconds, 0));
    }

    public void Report(TextWriter e)
    {
        var all = _done.ToArray();
        e.WriteLine($"jit: {all.Length} methods, {all.Sum(m => m.Ms):F0} ms wall-clock compiling");
        foreach (var m in all.OrderByDescending(m => m.Ms).Take(25)) e.WriteLine($"  {m.Ms,8:F1} ms  {m.Name}");
        e.WriteLine("by type:");
        foreach (var g in all.GroupBy(m => m.Type).Select(g => (g.Key, Ms: g.Sum(m => m.Ms), N: g.Count())).OrderByDescending(g => g.Ms).Take(25))
            e.WriteLine($"  {g.Ms,8:F1} ms {g.N,5} methods  {g.Key}");
        e.WriteLine("by assembly-ish namespace:");
        foreach (var g in all.GroupBy(m => string.Join('.', m.Type.Split('.').Take(3))).Select(g => (g.Key, Ms: g.Sum(m => m.Ms), N: g.Count())).OrderByDescending(g => g.Ms).Take(15))
            e.WriteLine($"  {g.Ms,8:F1} ms {g.N,5} methods  {g.Key}");
    }
}
