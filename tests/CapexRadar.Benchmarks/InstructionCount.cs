using System.Reflection;
using System.Runtime.InteropServices;

namespace CapexRadar.Benchmarks;

/// <summary>
/// <c>instr [corpus.jsonl] METHOD PASSES</c>: runs one <see cref="ExtractionBenchmarks"/> method once to warm up,
/// then PASSES times between callgrind's start and dump requests (<c>callgrind/run.sh</c>), so the count covers the
/// passes only, not the start-up or the JIT. Outside callgrind (no <c>CAPEXRADAR_CGCTL</c>) it just runs the loop.
/// </summary>
public static class InstructionCount
{
    public static int Run(string[] args)
    {
        var method = typeof(ExtractionBenchmarks).GetMethod(args[0], BindingFlags.Public | BindingFlags.Instance)
            ?? throw new ArgumentException($"no benchmark method {args[0]}");
        var passes = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5;
        var bench = new ExtractionBenchmarks();
        bench.Setup();
        var work = method.CreateDelegate<Func<ExtractionBenchmarks, int>>();
        var check = work(bench);
        Action begin = () => { }, end = () => { };
        if (Environment.GetEnvironmentVariable("CAPEXRADAR_CGCTL") is { Length: > 0 } lib)
        {
            var handle = NativeLibrary.Load(lib);
            var b = Marshal.GetDelegateForFunctionPointer<Begin>(NativeLibrary.GetExport(handle, "cg_begin"));
            var e = Marshal.GetDelegateForFunctionPointer<End>(NativeLibrary.GetExport(handle, "cg_end"));
            begin = () => b();
            end = () => e(args[0]);
        }
        begin();
        for (var i = 0; i < passes; i++) check += work(bench);
        end();
        Console.WriteLine($"{args[0]}: {passes} passes, check {check}");
        return 0;
    }

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate void Begin();

    [UnmanagedFunctionPointer(CallingConvention.Cdecl, CharSet = CharSet.Ansi)]
    private delegate void End(string name);
}
