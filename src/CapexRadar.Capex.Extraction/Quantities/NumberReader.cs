using System.Globalization;

namespace CapexRadar.Capex.Extraction;

/// <summary>A number read from tokens: digits ("1,200.5", "12,34,567.89") or words ("forty-five", "a quarter million").</summary>
internal readonly record struct NumberRead(decimal Value, int End, bool FromWords, bool HasScale);

internal static class NumberReader
{
    private const int MaxDigits = 28;

    public static bool TryParseDigits(string raw, out decimal value)
    {
        value = 0;
        if (raw.Length == 0 || raw.Length > MaxDigits + 8) return false;
        var commas = 0;
        var dots = 0;
        foreach (var c in raw)
        {
            if (c == ',') commas++;
            else if (c == '.') dots++;
            else if (!char.IsAsciiDigit(c)) return false;
        }
        string s;
        if (dots > 1 && commas == 0) s = raw.Replace(".", string.Empty, StringComparison.Ordinal); // 1.200.000
        else if (commas == 1 && dots == 0 && raw.Length - raw.IndexOf(',') - 1 is 1 or 2) s = raw.Replace(',', '.'); // 2,5
        else if (commas > 0 && dots > 1) return false;
        else s = raw.Replace(",", string.Empty, StringComparison.Ordinal);
        var digits = 0;
        foreach (var c in s) if (c != '.') digits++;
        if (digits > MaxDigits) return false;
        return decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    public static bool IsSmallNumberWord(QToken t) =>
        t.IsWord && (QuantityLexicon.SmallNumbers.ContainsKey(t.Lower) || QuantityLexicon.Tens.ContainsKey(t.Lower));

    /// <summary>Reads a number at <paramref name="i"/>: digits, or a run of number words. Scales are not read here, except the ones inside a word number ("five million").</summary>
    public static bool TryRead(List<QToken> tokens, int i, out NumberRead read)
    {
        read = default;
        if (i >= tokens.Count) return false;
        var t = tokens[i];
        if (t.IsNumber)
        {
            if (!TryParseDigits(t.Lower, out var v)) return false;
            read = new NumberRead(v, i + 1, false, false);
            return true;
        }
        return TryReadWords(tokens, i, out read);
    }

    private static bool TryReadWords(List<QToken> tokens, int i, out NumberRead read)
    {
        read = default;
        decimal total = 0, current = 0;
        var any = false;
        var scaled = false;
        var j = i;
        var n = tokens.Count;
        while (j < n)
        {
            var t = tokens[j];
            if (j > i && t.LineBefore) break;
            if (!t.IsWord) break;
            var w = t.Lower;
            if (QuantityLexicon.SmallNumbers.TryGetValue(w, out var small))
            {
                if (any && current % 100 != 0) break; // "one two", "thirteen five"
                current += small; any = true; j++;
                continue;
            }
            if (QuantityLexicon.Tens.TryGetValue(w, out var tens))
            {
                if (any && current % 100 != 0) break;
                current += tens; any = true; j++;
                // "forty-five", and "forty five"
                if (j + 1 < n && tokens[j].Kind == QKind.Symbol && tokens[j].Lower == "-" && !tokens[j].SpaceBefore && !tokens[j + 1].SpaceBefore
                    && QuantityLexicon.SmallNumbers.TryGetValue(tokens[j + 1].Lower, out var unit1) && unit1 is > 0 and < 10)
                {
                    current += unit1; j += 2;
                }
                else if (j < n && QuantityLexicon.SmallNumbers.TryGetValue(tokens[j].Lower, out var unit2) && unit2 is > 0 and < 10)
                {
                    current += unit2; j++;
                }
                continue;
            }
            if (w == "hundred")
            {
                if (!any) break;
                current = (current == 0 ? 1 : current) * 100; j++;
                continue;
            }
            if (w is "thousand" or "million" or "billion" or "trillion")
            {
                if (!any) break;
                total += (current == 0 ? 1 : current) * QuantityLexicon.WordScales[w];
                current = 0; scaled = true; j++;
                continue;
            }
            if (w is "a" or "an" && !any && j + 1 < n && tokens[j + 1].IsWord && tokens[j + 1].Lower is "hundred" or "thousand" or "million" or "billion" or "trillion" or "quarter")
            {
                current = 1; any = true; j++;
                continue;
            }
            if (w == "half" && j + 1 < n && tokens[j + 1].IsWord && tokens[j + 1].Lower is "a" or "million" or "billion" or "trillion" or "thousand")
            {
                current += 0.5m; any = true; j++;
                if (j < n && tokens[j].Lower == "a") j++;
                continue;
            }
            // "a quarter of a trillion", "half of a billion"
            if (w is "quarter" or "half" && j + 3 < n && tokens[j + 1].Lower == "of" && tokens[j + 2].Lower is "a" or "an"
                && tokens[j + 3].Lower is "million" or "billion" or "trillion" or "thousand")
            {
                current = (current == 0 ? 1 : current) * (w == "half" ? 0.5m : 0.25m); any = true; j += 3;
                continue;
            }
            if (w is "quarter" or "quarters" && j + 1 < n && tokens[j + 1].IsWord && tokens[j + 1].Lower is "million" or "billion" or "trillion" or "thousand")
            {
                current = (current == 0 ? 1 : current) * 0.25m; any = true; j++;
                continue;
            }
            // "one and a half billion", "two and a quarter million"
            if (w == "and" && any && current > 0 && current % 1 == 0 && j + 2 < n && tokens[j + 1].Lower is "a" or "one" && tokens[j + 2].Lower is "half" or "quarter")
            {
                current += tokens[j + 2].Lower == "half" ? 0.5m : 0.25m;
                j += 3;
                continue;
            }
            if (w == "and" && any && j + 1 < n && IsSmallNumberWord(tokens[j + 1]) && current >= 100 && current % 100 == 0)
            {
                j++;
                continue;
            }
            break;
        }
        if (!any) return false;
        // a trailing "a"/"an" that was not followed by a scale is not part of the number
        read = new NumberRead(total + current, j, true, scaled);
        return true;
    }
}
