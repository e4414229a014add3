using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using CapexRadar.Domain;

namespace CapexRadar.Capex.Extraction;

/// <summary>Hints from outside the text.</summary>
/// <param name="YenCurrency">"JPY" or "CNY": what a bare "¥" means when the text itself does not tell (e.g. from the announcer's country).</param>
public sealed record QuantityContext(string? YenCurrency = null);

/// <summary>
/// Finds money, percentages, durations and periods in text, like Duckling's parse endpoint.
/// One left-to-right pass over tokens; every pattern looks a bounded number of tokens ahead, so the cost is linear in
/// the input (a 5 MB run of digits is a single token that parses to nothing).
/// </summary>
public static class QuantityRecognizer
{
    public static IReadOnlyList<Quantity> Recognize(string text) => Recognize(text, null);

    public static IReadOnlyList<Quantity> Recognize(string text, QuantityContext? context)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Recognize(text, QTokenizer.Tokenize(text), context);
    }

    /// <summary>For the CLI (<c>capexradar quantities "TEXT"</c>): one line per quantity, in text order.</summary>
    public static string Describe(string text)
    {
        var sb = new StringBuilder();
        foreach (var q in Recognize(text)) sb.AppendLine(q.ToString());
        return sb.ToString();
    }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        WriteIndented = true,
    };

    /// <summary>For the CLI's <c>--json</c>: the quantities as a JSON array (camelCase, enums as snake_case names).</summary>
    public static string ToJson(IReadOnlyList<Quantity> quantities) => JsonSerializer.Serialize(quantities, JsonOptions);

    internal static List<Quantity> Recognize(string text, List<QToken> tokens, QuantityContext? context)
    {
        var money = new MoneyScanner(tokens);
        var percent = new PercentScanner(tokens);
        var periods = new PeriodScanner(tokens);
        var result = new List<Quantity>();
        string? yenDefault = null;
        // the currency of the last amount in the current sentence (and where it ended), for a bare "2.7 million" after it
        CurrencySense? clauseCurrency = null;
        var clauseCurrencyEnd = 0;
        var i = 0;
        while (i < tokens.Count)
        {
            if (clauseCurrency is not null && (tokens[i].LineBefore || IsSentenceEnd(tokens[i]) || i - clauseCurrencyEnd > BareAmountReach))
                clauseCurrency = null;
            if (!QuantityLexicon.CanStart(tokens[i])) { i++; continue; }
            var p = percent.Read(i);
            if (p is { } pm)
            {
                result.Add(new Quantity(QuantityKind.Percent, Slice(text, tokens, pm.StartToken, pm.EndToken), Span(tokens, pm.StartToken, pm.EndToken),
                    pm.Value, pm.High, null, pm.Unit, pm.High is not null ? AmountQualifier.Range : money.QualifierBefore(pm.StartToken)));
                i = pm.EndToken;
                continue;
            }
            var m = money.Read(i);
            if (m is not null)
            {
                // "50 billion to 70 billion yen": the bare low end read back from the amount's currency
                money.ReadLowEndBefore(m, result.Count > 0 ? result[^1].Span.End : 0);
                if (NeedsYenSense(m)) yenDefault ??= YenFromText(tokens, context);
                result.Add(ToQuantity(text, tokens, m, yenDefault));
                i = Math.Max(i + 1, m.EquivalentEnd ?? m.EndToken);
                clauseCurrency = m.Currency;
                clauseCurrencyEnd = i;
                continue;
            }
            var per = periods.Read(i);
            if (per is { } pe)
            {
                var unit = pe.Kind == QuantityKind.Duration ? (pe.Info.Months is not null && pe.Info.Years is null ? "month" : "year") : null;
                decimal? value = pe.Kind == QuantityKind.Duration ? (pe.Info.Years ?? pe.Info.Months) : null;
                result.Add(new Quantity(pe.Kind, Slice(text, tokens, pe.StartToken, pe.EndToken), Span(tokens, pe.StartToken, pe.EndToken),
                    value, null, null, unit, AmountQualifier.Exact, Period: pe.Info));
                i = pe.EndToken;
                continue;
            }
            if (clauseCurrency is not null && money.ReadBare(i, clauseCurrency) is { } bare)
            {
                if (NeedsYenSense(bare)) yenDefault ??= YenFromText(tokens, context);
                result.Add(ToQuantity(text, tokens, bare, yenDefault));
                i = Math.Max(i + 1, bare.EndToken);
                continue;
            }
            i++;
        }
        return result;
    }

    /// <summary>How many tokens after an amount a bare scaled number may still take its currency (a long clause).</summary>
    private const int BareAmountReach = 40;

    /// <summary>The end of a sentence ends the currency link of a bare number; a semicolon does not: it joins parallel clauses
    /// that leave the currency out ("spent A$80 million on offices; the bank, 120 million", "$4 billion goes to fabs; 1.2 billion
    /// to packaging").</summary>
    private static bool IsSentenceEnd(QToken t) => t.Kind == QKind.Symbol && t.Lower is "." or "!" or "?";

    /// <summary>Whether an amount or its stated equivalent is in "¥": only then is the text read for yen or yuan
    /// (<see cref="YenFromText"/> scans every token of the story, so it is not run for the other currencies).</summary>
    private static bool NeedsYenSense(MoneyMatch m)
    {
        for (var x = m; x is not null; x = x.Equivalent) if (x.Currency.Yen) return true;
        return false;
    }

    private static Quantity ToQuantity(string text, List<QToken> tokens, MoneyMatch m, string? yenDefault)
    {
        Quantity? eq = null;
        if (m.Equivalent is { } e) eq = ToQuantity(text, tokens, e, yenDefault);
        var (iso, unit) = Resolve(m, eq, yenDefault);
        return new Quantity(QuantityKind.Money, Slice(text, tokens, m.StartToken, m.EndToken), Span(tokens, m.StartToken, m.EndToken),
            m.Value, m.High, iso, unit, m.Qualifier, eq);
    }

    private static (string? Iso, string Unit) Resolve(MoneyMatch m, Quantity? eq, string? yenDefault)
    {
        if (!m.Currency.Yen) return (m.Currency.Iso, m.Currency.Unit);
        var iso = yenDefault ?? throw new InvalidOperationException("a yen amount needs the text's yen sense");
        // a stated USD conversion tells yen (≈ 0.007 USD) from yuan (≈ 0.14 USD)
        if (eq is { Currency: "USD", Value: > 0 } && m.Value > 0)
        {
            var ratio = eq.Value!.Value / m.Value;
            iso = ratio < 0.04m ? "JPY" : "CNY";
        }
        return (iso, iso == "JPY" ? "Japanese yen" : "Chinese yuan");
    }

    private static readonly HashSet<string> JapanCues = ["japan", "japanese", "tokyo", "osaka", "nikkei", "topix", "hokkaido", "kyoto", "yokohama", "nagoya", "fukuoka", "kumamoto", "sakai", "keidanren"];
    private static readonly HashSet<string> ChinaCues = ["china", "chinese", "beijing", "shanghai", "shenzhen", "hangzhou", "guangzhou", "mainland", "csi", "prc", "wuhan", "chengdu"];

    /// <summary>Yen or yuan for "¥": explicit currency words weigh most, then places; the caller's hint; yen by default.</summary>
    private static string YenFromText(List<QToken> tokens, QuantityContext? context)
    {
        int jp = 0, cn = 0;
        foreach (var t in tokens)
        {
            if (!t.IsWord) continue;
            switch (t.Lower)
            {
                case "yen" or "円": jp += 5; break;
                case "yuan" or "rmb" or "renminbi" or "元": cn += 5; break;
                default:
                    if (JapanCues.Contains(t.Lower)) jp++;
                    else if (ChinaCues.Contains(t.Lower)) cn++;
                    break;
            }
        }
        if (jp > cn) return "JPY";
        if (cn > jp) return "CNY";
        return context?.YenCurrency is "CNY" ? "CNY" : "JPY";
    }

    private static TextSpan Span(List<QToken> tokens, int start, int end) => new(tokens[start].Start, tokens[end - 1].End);

    private static string Slice(string text, List<QToken> tokens, int start, int end)
    {
        var s = tokens[start].Start;
        var e = tokens[end - 1].End;
        return e - s > 200 ? text.Substring(s, 200) : text[s..e];
    }
}
