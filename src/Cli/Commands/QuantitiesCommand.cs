using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using CapexRadar.Capex.Extraction;

namespace CapexRadar.Cli.Commands;

/// <summary><c>quantities "TEXT" [--json]</c>: money, percentages and periods the recogniser finds (like Duckling's parse).</summary>
internal static class QuantitiesCommand
{

    public static Command Create()
    {
        var text = new Argument<string>("text") { Description = "Text to analyse (- reads stdin)" };
        var json = new Option<bool>("--json") { Description = "Print JSON" };
        var command = new Command("quantities", "Recognise money, percentages and periods in a text") { text, json };
        command.SetAction(parse =>
        {
            var input = parse.GetValue(text)!;
            if (input == "-") input = Console.In.ReadToEnd();
            var found = QuantityRecognizer.Recognize(input);
            if (parse.GetValue(json)) Console.WriteLine(JsonSerializer.Serialize(found, QuantitiesJson.Default.IReadOnlyListQuantity));
            else foreach (var q in found) Console.WriteLine(q);
            return 0;
        });
        return command;
    }
}

/// <summary>
/// The JSON of <c>quantities --json</c> (web names, enums as names, nulls left out), generated at compile time so the
/// command also works in the native AOT build of the CLI.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, WriteIndented = true)]
[JsonSerializable(typeof(IReadOnlyList<Quantity>))]
internal sealed partial class QuantitiesJson : JsonSerializerContext;
