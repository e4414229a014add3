using System.Text.Json;

namespace CapexRadar.Capex.Extraction;

/// <summary>A currency word written before its number (<c>Lexicon/currency-prefixes.json</c>).</summary>
internal sealed record CurrencyPrefix(CurrencySense Currency, bool Capitalised, bool GluedWithScale);

/// <summary>Currency prefixes that are not ISO codes ("Rs", "Dh", "Sh", "R"), loaded once from embedded data and validated.</summary>
internal static class CurrencyPrefixes
{
    private static readonly Dictionary<string, CurrencyPrefix> ByWord = Load();

    public static bool IsPrefixWord(string lower) => ByWord.ContainsKey(lower);

    /// <summary>Every prefix word (lower case).</summary>
    public static IEnumerable<string> Words => ByWord.Keys;

    /// <summary>The currency a prefix token names, or null (wrong case, or not a prefix).</summary>
    public static CurrencyPrefix? Of(QToken t)
    {
        if (!t.IsWord || !ByWord.TryGetValue(t.Lower, out var p)) return null;
        return p.Capitalised && !t.Capitalized ? null : p;
    }

    private static Dictionary<string, CurrencyPrefix> Load()
    {
        const string name = "CapexRadar.Capex.Extraction.Lexicon.currency-prefixes.json";
        using var stream = typeof(CurrencyPrefixes).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"{name} resource missing");
        using var doc = JsonDocument.Parse(stream);
        var map = new Dictionary<string, CurrencyPrefix>(StringComparer.Ordinal);
        foreach (var e in doc.RootElement.GetProperty("prefixes").EnumerateArray())
        {
            var word = e.GetProperty("word").GetString() ?? throw new InvalidDataException("currency prefix without a word");
            if (word.Length == 0 || word != word.ToLowerInvariant()) throw new InvalidDataException($"currency prefix '{word}' must be lower case");
            CurrencySense sense;
            if (e.TryGetProperty("iso", out var iso))
            {
                var code = iso.GetString() ?? string.Empty;
                if (!QuantityLexicon.IsoNames.TryGetValue(code, out var unit)) throw new InvalidDataException($"currency prefix '{word}': unknown code '{code}'");
                sense = new CurrencySense(code, unit);
            }
            else sense = new CurrencySense(null, e.GetProperty("unit").GetString() ?? throw new InvalidDataException($"currency prefix '{word}' has neither iso nor unit"));
            var capitalised = e.TryGetProperty("capitalised", out var c) && c.GetBoolean();
            var glued = e.TryGetProperty("gluedWithScale", out var g) && g.GetBoolean();
            if (!map.TryAdd(word, new CurrencyPrefix(sense, capitalised, glued))) throw new InvalidDataException($"currency prefix '{word}' listed twice");
        }
        return map;
    }
}
