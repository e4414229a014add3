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
    public static IEnumerable<IngestRequest> Read(string path)
    {
        if (path == "-") return FromText(Console.In.ReadToEnd(), "stdin");
        if (Directory.Exists(path))
            return Directory.EnumerateFiles(path).Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal).SelectMany(Read);
        if (!File.Exists(path)) throw new FileNotFoundException($"no such file or directory: {path}");
        var content = File.ReadAllText(path);
        return path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) ? FromJsonLines(content) : FromText(content, Path.GetFileName(path));
    }

    private static IEnumerable<IngestRequest> FromText(string content, string source)
    {
        if (content.TrimStart().StartsWith('{')) return FromJsonLines(content);
        return [new IngestRequest { Source = source, Body = content }];
    }

    public static IEnumerable<IngestRequest> FromJsonLines(string content)
    {
        var lineNumber = 0;
        foreach (var line in content.Split('\n'))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            JsonElement row;
            try { row = JsonDocument.Parse(line).RootElement; }
            catch (JsonException ex) { throw new InvalidDataException($"line {lineNumber}: not JSON ({ex.Message})"); }
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
            yield return request;
        }
    }

    private static string? Text(JsonElement row, string name) =>
        row.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
