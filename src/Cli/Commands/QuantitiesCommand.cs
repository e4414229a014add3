using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using CapexRadar.Capex.Extraction;

namespace CapexRadar.Cli.Commands;

/// <summary><c>quantities "TEXT" [--json]</c>: money, percentages and periods the recogniser finds (like Duckling's parse).</summary>
internal static class QuantitiesCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
    };

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
            if (parse.GetValue(json)) Console.WriteLine(JsonSerializer.Serialize(found, Json));
            else foreach (var q in found) Console.WriteLine(q);
            return 0;
        });
        return command;
    }
}
