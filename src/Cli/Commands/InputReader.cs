using System.Text.Json;
using CapexRadar.Protos.Ingestion.V1;
using Google.Protobuf.WellKnownTypes;

namespace CapexRadar.Cli.Commands;

/// <summary>
/// Reads announcements from a .txt file (the whole file is one body), a .jsonl file (one
/// <c>{id, source, url, published_at, title, body}</c> a line), a directory of those, or stdin ("-", text or JSON lines).
/// </summary>
internal static class InputReader
{
    public static IEnumerable<IngestRequest> Read(string path) => ReadPending(path).Select(p => p.Parse());

    /// <summary>
    /// The announcements of <paramref name="path"/> in order, each still to be parsed (<see cref="PendingInput.Parse"/>),
    /// so that a caller can parse JSON lines on its workers. A .jsonl file is read line by line (bounded memory).
    /// </summary>
    public static IEnumerable<PendingInput> ReadPending(string path)
    {
        if (path == "-") return FromText(Console.In.ReadToEnd(), "stdin");
        if (Directory.Exists(path))
            return Directory.EnumerateFiles(path).Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal).SelectMany(ReadPending);
        if (!File.Exists(path)) throw new FileNotFoundException($"no such file or directory: {path}");
        if (path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase)) return JsonLines(File.ReadLines(path));
        return FromText(File.ReadAllText(path), Path.GetFileName(path));
    }

    private static IEnumerable<PendingInput> FromText(string content, string source)
    {
        if (content.TrimStart().StartsWith('{')) return JsonLines(content.Split('\n'));
        return [new PendingInput(null, 0, new IngestRequest { Source = source, Body = content })];
    }

    public static IEnumerable<IngestRequest> FromJsonLines(string content) => JsonLines(content.Split('\n')).Select(p => p.Parse());

    private static IEnumerable<PendingInput> JsonLines(IEnumerable<string> lines)
    {
        var lineNumber = 0;
        foreach (var line in lines)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            yield return new PendingInput(line, lineNumber, null);
        }
    }

    internal static IngestRequest ParseLine(string line, int lineNumber)
    {
        JsonDocument document;
        try { document = JsonDocument.Parse(line); }
        catch (JsonException ex) { throw new InvalidDataException($"line {lineNumber}: not JSON ({ex.Message})"); }
        using var _ = document; // returns its pooled buffers; the strings below are copies
        var row = document.RootElement;
        var request = new IngestRequest
        {
            AnnouncementId = Text(row, "id") ?? Text(row, "announcement_id") ?? "",
            Source = Text(row, "source") ?? "",
            Url = Text(row, "url") ?? "",
            Title = Text(row, "title") ?? "",
            Body = Text(row, "body") ?? "",
        };
        if (Text(row, "published_at") is { } published)
        {
            if (!DateTimeOffset.TryParse(published, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var at))
                throw new InvalidDataException($"line {lineNumber}: published_at '{published}' is not a timestamp");
            request.PublishedAt = Timestamp.FromDateTimeOffset(at);
        }
        return request;
    }

    private static string? Text(JsonElement row, string name) =>
        row.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

/// <summary>One announcement read but not yet parsed: a JSON line and its number, or a request already built.</summary>
internal readonly record struct PendingInput(string? JsonLine, int LineNumber, IngestRequest? Parsed)
{
    public IngestRequest Parse() => Parsed ?? InputReader.ParseLine(JsonLine!, LineNumber);
}
