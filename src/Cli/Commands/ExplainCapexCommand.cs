using CapexRadar.Analysis;
using CapexRadar.Text;

namespace CapexRadar.Cli.Commands;

/// <summary><c>extract --input A.jsonl --explain ID</c>: each capex fact of one announcement with the rule trail that decided its kind and owner,
/// then each candidate entity with the stage that found it, then each group of percentages with the market stage that
/// dropped it or the moves it gave.</summary>
internal static class ExplainCapexCommand
{
    public static int Run(string input, string id)
    {
        var analyzer = AnnouncementAnalyzer.CreateDefault();
        var count = 0;
        foreach (var request in InputReader.Read(input))
        {
            count++;
            var requestId = string.IsNullOrEmpty(request.AnnouncementId) ? $"line-{count}" : request.AnnouncementId;
            if (requestId != id) continue;
            var text = TextNormalizer.Normalize(request.Body);
            var explained = analyzer.ExplainCapex(text, request.PublishedAt?.ToDateTimeOffset());
            if (explained.Count == 0) Console.WriteLine($"{id}: no capex fact");
            foreach (var (fact, trail) in explained)
            {
                var owner = fact.CompanyName ?? (fact.Kind == Domain.CapexKind.Forecast ? $"scope {fact.Scope}" : "-");
                Console.WriteLine($"{fact.Kind} {fact.Amount}{(fact.AmountHigh is { } h ? $"–{h.Value:N0}" : "")} · {owner} · period {fact.PeriodYears?.ToString() ?? "-"} · {fact.Qualifier}");
                Console.WriteLine($"  sentence: {text[fact.Evidence.Start..fact.Evidence.End]}");
                foreach (var line in trail) Console.WriteLine($"  - {line}");
            }
            Console.WriteLine("entities (each candidate ← the stage that found it: what became of it):");
            foreach (var line in analyzer.ExplainEntities(text)) Console.WriteLine($"  - {line}");
            var market = analyzer.ExplainMarket(text);
            Console.WriteLine(market.Count == 0 ? "market: no percentage" : "market (each group of percentages → the stage that dropped it, or what it gave):");
            foreach (var line in market) Console.WriteLine($"  - {line}");
            return 0;
        }
        Console.Error.WriteLine($"announcement '{id}' not found in {input}");
        return 2;
    }
}
