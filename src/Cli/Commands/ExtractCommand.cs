using System.CommandLine;
using CapexRadar.Analysis;
using CapexRadar.Protos;
using Google.Protobuf;

namespace CapexRadar.Cli.Commands;

/// <summary>
/// <c>extract --input A.jsonl --output B.jsonl</c>: the same extractors in-process, no cluster needed; one
/// AnnouncementAnalysis a line in protobuf JSON.
/// </summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input", "-i") { Description = "JSON lines {id, source, published_at, title, body}, a .txt file, or - for stdin", Required = true };
        var output = new Option<string>("--output", "-o") { Description = "Where to write one AnnouncementAnalysis a line (- for stdout)", DefaultValueFactory = _ => "-" };
        var explain = new Option<string?>("--explain") { Description = "Print, for each capex fact of announcement ID, the rules that decided its kind and owner (no output file)" };
        var command = new Command("extract", "Analyse announcements offline with the in-process extractors") { input, output, explain };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(explain) is { } explainId) return ExplainCapexCommand.Run(parse.GetValue(input)!, explainId);
            var analyzer = AnnouncementAnalyzer.CreateDefault();
            var outputPath = parse.GetValue(output)!;
            await using var writer = outputPath == "-" ? Console.Out : new StreamWriter(outputPath);
            var count = 0;
            foreach (var request in InputReader.Read(parse.GetValue(input)!))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var publishedAt = request.PublishedAt?.ToDateTimeOffset();
                var (_, result) = analyzer.AnalyzeRaw(request.Body, publishedAt);
                var id = string.IsNullOrEmpty(request.AnnouncementId) ? $"line-{count + 1}" : request.AnnouncementId;
                await writer.WriteLineAsync(JsonFormatter.Default.Format(result.ToProto(id, request.Title, publishedAt, "")));
                count++;
            }
            if (outputPath != "-") Console.Error.WriteLine($"analysed {count} announcements → {outputPath}");
            return 0;
        });
        return command;
    }
}
