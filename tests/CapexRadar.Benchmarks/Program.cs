using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using CapexRadar.Benchmarks;

// Usage: dotnet run -c Release --project tests/CapexRadar.Benchmarks -- [articles.jsonl] [BenchmarkDotNet args]
//        dotnet run -c Release --project tests/CapexRadar.Benchmarks -- striptags   (1 MiB hostile HTML, before/after)
//        tests/CapexRadar.Benchmarks/callgrind/run.sh [articles.jsonl] METHOD [PASSES]   (instruction counts: `instr` mode)
if (args.Length > 0 && args[0] == "striptags") { BenchmarkRunner.Run<StripTagsBenchmarks>(DefaultConfig.Instance, args[1..]); return 0; }
var instr = args.Length > 0 && args[0] == "instr";
if (instr) args = args[1..];
if (args.Length > 0 && File.Exists(args[0]))
{
    Environment.SetEnvironmentVariable(Corpus.PathVariable, Path.GetFullPath(args[0]));
    args = args[1..];
}
if (instr) return InstructionCount.Run(args);
var summary = BenchmarkRunner.Run<ExtractionBenchmarks>(DefaultConfig.Instance, args);
Corpus.PrintThroughput(summary);
return 0;
