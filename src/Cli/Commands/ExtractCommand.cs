using System.CommandLine;
using CapexRadar.Analysis;

namespace CapexRadar.Cli.Commands;

/// <summary>
/// <c>extract --input A.jsonl --output B.jsonl</c>: the same extractors in-process, no cluster needed; one
/// AnnouncementAnalysis a line in protobuf JSON, in input order, analysed on every core (<see cref="ExtractPipeline"/>).
/// </summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input", "-i") { Description = "JSON lines {id, source, published_at, title, body}, a .txt file, or - for stdin", Required = true };
        var output = new Option<string>("--output", "-o") { Description = "Where to write one AnnouncementAnalysis a line (- for stdout)", DefaultValueFactory = _ => "-" };
        var threads = new Option<int>("--threads") { Description = "Announcements analysed at once (default: one per core); output order is input order either way", DefaultValueFactory = _ => Environment.ProcessorCount };
        var explain = new Option<string?>("--explain") { Description = "Print, for announcement ID, the rules that decided each capex fact's kind and owner, the stage that found each entity, and the market stage that kept or dropped each percentage (no output file)" };
        var command = new Command("extract", "Analyse announcements offline with the in-process extractors") { input, output, threads, explain };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(explain) is { } explainId) return ExplainCapexCommand.Run(parse.GetValue(input)!, explainId);
            var workers = parse.GetValue(threads);
            if (workers < 1) throw new ArgumentException("--threads must be at least 1");
            var inputs = InputReader.ReadPending(parse.GetValue(input)!);
            var analyzer = AnnouncementAnalyzer.CreateDefault();
            ExtractProfile.Current?.AnalyzerReady();
            var outputPath = parse.GetValue(output)!;
            await using var stream = outputPath == "-" ? Console.OpenStandardOutput() : new FileStream(outputPath, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
            var count = await ExtractPipeline.RunAsync(inputs, analyzer, stream, workers, cancellationToken);
            if (outputPath != "-") Console.Error.WriteLine($"analysed {count} announcements → {outputPath}");
            ExtractProfile.Current?.Report();
            return 0;
        });
        return command;
    }
}
