namespace CapexRadar.Capex.Extraction;

internal readonly record struct PercentMatch(int StartToken, int EndToken, decimal Value, decimal? High, string Unit);

/// <summary>"7.8%", "7.8 %", "7.8 percent", "7.8 per cent", "7.8 pct", "twenty percent", "minus five percent",
/// "percent of 10", "10-15%", "2 percentage points".</summary>
internal sealed class PercentScanner(List<QToken> tokens)
{
    private readonly List<QToken> _t = tokens;
    private int N => _t.Count;
    private string W(int j) => j >= 0 && j < N ? _t[j].Lower : string.Empty;

    public PercentMatch? Read(int i)
    {
        // every form starts with a number, a number word, "minus"/"negative" or "percent"/"per": never with a symbol
        if (i >= N || _t[i].Kind == QKind.Symbol) return null;
        var t = _t[i];
        var sign = 1m;
        var j = i;
        if (t.Lower is "minus" or "negative" && j + 1 < N) { sign = -1m; j++; }
        if (_t[j].IsNumber || NumberReader.IsSmallNumberWord(_t[j]))
        {
            if (j > 0 && !_t[j].SpaceBefore && (_t[j - 1].IsWord || _t[j - 1].Lower is "%" or "=" or "/" or "?" or "&" or "#")) return null; // "H20", URL-encoded "%2D"
            if (j > 0 && !_t[j].SpaceBefore && _t[j - 1].Lower is "." or "," && j > 1 && _t[j - 2].IsNumber) return null;
            if (!NumberReader.TryRead(_t, j, out var num) || num.HasScale) return null;
            var end = num.End;
            decimal? high = null;
            // "10-15%"
            if (W(end) is "-" or "–" && end + 1 < N && _t[end + 1].IsNumber && NumberReader.TryParseDigits(_t[end + 1].Lower, out var h)
                && UnitAt(end + 2, out _, out _) && h > num.Value)
            {
                high = h;
                end += 2;
            }
            if (!UnitAt(end, out var unitEnd, out var unit)) return null;
            // "%28", "%2D": URL encoding, not a percentage
            if (unitEnd < N && !_t[unitEnd].SpaceBefore && (_t[unitEnd].IsWord || _t[unitEnd].IsNumber) && W(end) == "%") return null;
            return new PercentMatch(i, unitEnd, sign * num.Value, high is null ? null : sign * high, unit);
        }
        // "percent of 10", "per cent of twenty-two", "percents of twenty"
        if (sign == 1m && (t.Lower is "percent" or "percents" || t.Lower == "per" && W(i + 1) == "cent"))
        {
            if (i > 0 && (_t[i - 1].IsNumber || NumberReader.IsSmallNumberWord(_t[i - 1]))) return null;
            var k = t.Lower == "per" ? i + 2 : i + 1;
            if (W(k) != "of") return null;
            k++;
            if (k < N && (_t[k].IsNumber || NumberReader.IsSmallNumberWord(_t[k])) && NumberReader.TryRead(_t, k, out var of) && !of.HasScale)
            {
                if (of.End < N && !_t[of.End].SpaceBefore && _t[of.End].IsWord) return null;
                return new PercentMatch(i, of.End, of.Value, null, "%");
            }
        }
        return null;
    }

    private bool UnitAt(int j, out int end, out string unit)
    {
        end = j;
        unit = "%";
        if (j >= N) return false;
        var w = _t[j].Lower;
        if (w == "%") { end = j + 1; return true; }
        if (w is "percent" or "percents" or "pct" or "percentage" or "pc")
        {
            if (w == "pc" && _t[j].SpaceBefore) return false;
            end = j + 1;
            if (w is "percent" or "percentage" && W(end) is "point" or "points") { end++; unit = "percentage point"; }
            return true;
        }
        if (w == "per" && W(j + 1) == "cent") { end = j + 2; return true; }
        if (w == "per" && W(j + 1) == "-" && W(j + 2) == "cent") { end = j + 3; return true; }
        return false;
    }
}
