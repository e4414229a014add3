using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using CapexRadar.Benchmarks;

// Usage: dotnet run -c Release --project tests/CapexRadar.Benchmarks -- [articles.jsonl] [BenchmarkDotNet args]
if (args.Length > 0 && File.Exists(args[0]))
{
    Environment.SetEnvironmentVariable(Corpus.PathVariable, Path.GetFullPath(args[0]));
    args = args[1..];
}
var summary = BenchmarkRunner.Run<ExtractionBenchmarks>(DefaultConfig.Instance, args);
Corpus.PrintThroughput(summary);
