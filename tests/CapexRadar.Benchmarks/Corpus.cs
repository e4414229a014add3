using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Reports;
using CapexRadar.Text;

namespace CapexRadar.Benchmarks;

/// <summary>The benchmark corpus: bodies of a JSON-lines file (default: the dev corpus next to the repo), normalised.</summary>
public static class Corpus
{
    public const string PathVariable = "CAPEXRADAR_BENCH_CORPUS";

    public static IReadOnlyList<string> Load()
    {
        var path = Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } p ? p : FindDefault();
        return File.ReadLines(path).Where(l => l.Trim().Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("body").GetString() ?? "")
            .Select(TextNormalizer.Normalize)
            .ToList();
    }

    public static long Utf8Bytes(IEnumerable<string> texts) => texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t));

    private static string FindDefault()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus", "dev", "articles.jsonl");
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException($"no corpus: pass a JSON-lines file as the first argument or set {PathVariable}");
    }

    /// <summary>Each benchmark processes the whole corpus once per operation: MB/s = corpus bytes / mean time.</summary>
    public static void PrintThroughput(Summary summary)
    {
        var bytes = Utf8Bytes(Load());
        Console.WriteLine($"corpus: {bytes:N0} bytes of UTF-8");
        foreach (var report in summary.Reports)
        {
            if (report.ResultStatistics is not { } stats) continue;
            var seconds = stats.Mean / 1e9;
            Console.WriteLine($"{report.BenchmarkCase.Descriptor.WorkloadMethod.Name,-22} {bytes / seconds / 1_000_000:F1} MB/s  (mean {stats.Mean / 1e6:F2} ms per corpus pass)");
        }
    }
}
