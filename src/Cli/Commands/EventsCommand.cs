using System.CommandLine;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Nodes;
using CapexRadar.Analysis;
using CapexRadar.Entities.Extraction;
using CapexRadar.Events;

namespace CapexRadar.Cli.Commands;

/// <summary>
/// <c>events --input articles.jsonl [--labels events.jsonl]</c>: analyses the announcements in-process, clusters them
/// into events in time order (the same clusterer the services use) and, with labels, scores pairwise precision and
/// recall of "same event". Label lines: <c>{"id", "event", "follows"}</c>.
/// </summary>
internal static class EventsCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input", "-i") { Description = "JSON lines {id, source, url, published_at, title, body}", Required = true };
        var labels = new Option<string?>("--labels", "-l") { Description = "JSON lines {id, event, follows}: score pairwise precision/recall" };
        var output = new Option<string?>("--output", "-o") { Description = "Write one {id, event, follows, reason} a line here" };
        var json = new Option<bool>("--json") { Description = "Print the clusters (and the score) as JSON" };
        var details = new Option<bool>("--details") { Description = "List wrongly merged and wrongly split pairs" };
        var set = new Option<string[]>("--set")
        {
            Description = "Override a clusterer setting, NAME=VALUE (EventOptions, as CapexRadar__Events__NAME in the services), repeatable",
            AllowMultipleArgumentsPerToken = false,
        };
        var command = new Command("events", "Cluster announcements into events offline and score them against labels") { input, labels, output, json, details, set };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var analyzer = AnnouncementAnalyzer.CreateDefault();
            var kb = CompanyKnowledgeBase.LoadDefault();
            EventOptions options;
            try
            {
                options = Options(parse.GetValue(set) ?? []);
            }
            catch (ArgumentException ex)
            {
                await Console.Error.WriteLineAsync(ex.Message);
                return 2;
            }
            var clusterer = new EventClusterer(parentOf: id => kb.Get(id)?.Parent, options: options, resolveName: name => kb.Resolve(name)?.Id,
                countryOf: id => kb.Get(id)?.Country);
            var index = new EventIndex(clusterer);
            var inputs = new List<EventInput>();
            foreach (var request in InputReader.Read(parse.GetValue(input)!))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var at = request.PublishedAt?.ToDateTimeOffset();
                var (text, result) = analyzer.AnalyzeRaw(request.Body, at);
                var id = string.IsNullOrEmpty(request.AnnouncementId) ? $"line-{inputs.Count + 1}" : request.AnnouncementId;
                inputs.Add(new EventInput(id, request.Title + "\n" + text, at ?? DateTimeOffset.UnixEpoch, request.Source, request.Url,
                    result.Entities.AnnouncerId, result.Capex, result.Facilities, result.Market) { Locations = result.Entities.Locations });
            }
            var reasons = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var item in inputs.OrderBy(i => i.At).ThenBy(i => i.AnnouncementId, StringComparer.Ordinal))
            {
                var added = index.Add(item);
                reasons[item.AnnouncementId] = added.Assignment.Reason;
            }

            var rows = inputs.Select(i => index.EventOf(i.AnnouncementId)!).Distinct().ToList();
            if (parse.GetValue(output) is { } outputPath)
            {
                await using var writer = new StreamWriter(outputPath);
                foreach (var i in inputs)
                {
                    var e = index.EventOf(i.AnnouncementId)!;
                    await writer.WriteLineAsync(new JsonObject { ["id"] = i.AnnouncementId, ["event"] = e.Id, ["follows"] = e.FollowsEventId, ["reason"] = reasons[i.AnnouncementId] }.ToJsonString());
                }
            }

            PairwiseScore? score = null;
            if (parse.GetValue(labels) is { } labelPath)
                score = PairwiseScore.Compute(ReadLabels(labelPath),
                    id => index.EventOf(id)?.Id, id => index.EventOf(id)?.FollowsEventId);

            if (parse.GetValue(json))
            {
                // JSON nodes, not an anonymous object through the reflection serializer: the same text, and it works in
                // the native AOT build of the CLI.
                Console.WriteLine(new JsonObject
                {
                    ["announcements"] = inputs.Count,
                    ["events"] = JsonList(index.Events.Select(e => new JsonObject
                    {
                        ["id"] = e.Id,
                        ["follows"] = e.FollowsEventId,
                        ["first_seen"] = e.FirstSeen,
                        ["members"] = JsonList(e.Members.Select(m => new JsonObject { ["id"] = m.AnnouncementId, ["source"] = m.Source, ["reason"] = reasons[m.AnnouncementId] })),
                        ["facts"] = JsonList(e.Facts.Select(f => new JsonObject { ["key"] = f.Key, ["supporting"] = JsonList(f.Supporting.Select(id => JsonValue.Create(id))) })),
                    })),
                    ["score"] = score is null ? null : new JsonObject
                    {
                        ["precision"] = score.Precision, ["recall"] = score.Recall, ["f1"] = score.F1, ["true_pairs"] = score.TruePairs,
                        ["predicted_pairs"] = score.PredictedPairs, ["correct_pairs"] = score.CorrectPairs,
                        ["follows_labelled"] = score.FollowsLabelled, ["follows_correct"] = score.FollowsCorrect,
                        ["false_merges"] = JsonList(score.FalseMerges.Select(p => new JsonArray(p.A, p.B))), ["splits"] = JsonList(score.Splits.Select(p => new JsonArray(p.A, p.B))),
                    },
                }.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
                return 0;
            }

            Console.WriteLine($"{inputs.Count} announcements → {index.Events.Count} events ({index.Events.Count(e => e.FollowsEventId is not null)} revisions)");
            Console.WriteLine($"candidate events offered: {index.CandidatesOffered} in all (the whole {clusterer.Options.RevisionWindow.TotalDays:0}-day window held {index.EventsInRevisionWindow})");
            foreach (var e in index.Events.Where(e => e.Members.Count > 1 || e.FollowsEventId is not null))
                Console.WriteLine($"  {e.Id}{(e.FollowsEventId is null ? "" : $" (follows {e.FollowsEventId})")}: " +
                                  string.Join(", ", e.Members.Select(m => m.AnnouncementId)));
            if (score is not null)
            {
                Console.WriteLine(FormattableString.Invariant(
                    $"same-event pairs: precision {score.Precision:0.000} ({score.CorrectPairs}/{score.PredictedPairs}), recall {score.Recall:0.000} ({score.CorrectPairs}/{score.TruePairs}), F1 {score.F1:0.000}"));
                Console.WriteLine($"revision links: {score.FollowsCorrect}/{score.FollowsLabelled} correct; false merges: {score.FalseMerges.Count}, splits: {score.Splits.Count}");
                if (parse.GetValue(details))
                {
                    var byId = inputs.ToDictionary(i => i.AnnouncementId, StringComparer.Ordinal);
                    var signatures = inputs.ToDictionary(i => i.AnnouncementId, i => TextSignature.Compute(i.Text), StringComparer.Ordinal);
                    string Lead(string id) => clusterer.ProfileOf(byId[id]) is { } p
                        ? $"lead {(p.Lead is { } l ? FormattableString.Invariant($"{l.CompanyId} (\"{l.CompanyName}\") {l.Amount.CurrencyCode} {l.Amount.Value:0.###E+0}") : "none")}, subject {p.Subject ?? "none"}, sites [{string.Join(" ", p.LeadCountries)}] regions [{string.Join(" ", p.LeadRegions)}]"
                        : "";
                    string Pair(string a, string b) => FormattableString.Invariant(
                        $"containment {signatures[a].Containment(signatures[b]):0.00}; {a}: {reasons[a]}, {Lead(a)}; {b}: {reasons[b]}, {Lead(b)}");
                    foreach (var (a, b) in score.FalseMerges) Console.WriteLine($"  merged, labelled apart: {a} + {b} ({Pair(a, b)})");
                    foreach (var (a, b) in score.Splits) Console.WriteLine($"  split, labelled together: {a} | {b} ({Pair(a, b)})");
                }
            }
            return 0;
        });
        return command;
    }

    private static JsonArray JsonList(IEnumerable<JsonNode?> items) => new([.. items]);

    /// <summary>EventOptions with <c>NAME=VALUE</c> overrides (numbers and time spans, invariant culture), validated like the services do.</summary>
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(EventOptions))]
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Validates EventOptions only, whose public properties (and their attributes) the DynamicDependency keeps in a trimmed or AOT build.")]
    private static EventOptions Options(IEnumerable<string> settings)
    {
        var options = new EventOptions();
        foreach (var setting in settings)
        {
            var eq = setting.IndexOf('=');
            var property = eq <= 0 ? null : typeof(EventOptions).GetProperty(setting[..eq].Trim(), BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property is null || !property.CanWrite)
                throw new ArgumentException($"--set {setting}: expected NAME=VALUE with NAME one of " +
                                            string.Join(", ", typeof(EventOptions).GetProperties().Where(p => p.CanWrite).Select(p => p.Name)));
            var text = setting[(eq + 1)..].Trim();
            object value;
            try
            {
                value = property.PropertyType == typeof(TimeSpan)
                    ? TimeSpan.Parse(text, CultureInfo.InvariantCulture)
                    : double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
            }
            catch (Exception ex) when (ex is FormatException or OverflowException)
            {
                throw new ArgumentException($"--set {setting}: {ex.Message}", ex);
            }
            options = options with { }; // a copy: init-only properties are set on it by reflection, as configuration binding does
            property.SetValue(options, value);
        }
        var errors = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options, new ValidationContext(options), errors, validateAllProperties: true))
            throw new ArgumentException("invalid --set: " + string.Join("; ", errors.Select(e => e.ErrorMessage)));
        return options;
    }

    private static List<EventLabel> ReadLabels(string path)
    {
        var result = new List<EventLabel>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                var row = JsonDocument.Parse(line).RootElement;
                var follows = row.TryGetProperty("follows", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString() : null;
                result.Add(new EventLabel(row.GetProperty("id").GetString()!, ReadScalar(row.GetProperty("event")), follows));
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                throw new InvalidDataException($"{path} line {lineNumber}: expected {{\"id\", \"event\", \"follows\"}} ({ex.Message})");
            }
        }
        return result;
    }

    private static string ReadScalar(JsonElement e) => e.ValueKind == JsonValueKind.String ? e.GetString()! : e.GetRawText();
}
