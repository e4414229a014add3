using System.Globalization;
using System.Text.Json;
using CapexRadar.Capex.Extraction;
using Xunit.Abstractions;

namespace CapexRadar.Capex.Tests;

/// <summary>
/// Runs Microsoft Recognizers-Text's English currency and percent specifications (PeerSuites/, MIT) as data and
/// reports the share of cases passed. Cases whose <c>NotSupported</c> names "dotnet" are excluded, as their own .NET
/// build excludes them. A case passes when the recognizer returns exactly the expected results, in order, each with
/// the same text (case-insensitive), value and unit — the ISO code when the spec gives <c>isoCurrency</c>, else the
/// unit name.
/// </summary>
public sealed class RecognizersTextSuiteTests(ITestOutputHelper output)
{
    private sealed record Expected(string Text, decimal? Value, string? Unit, string? Iso);
    private sealed record Case(string Input, IReadOnlyList<Expected> Results);

    private static IReadOnlyList<Case> Load(string file, Func<JsonElement, Expected> read)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "PeerSuites", file);
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var cases = new List<Case>();
        foreach (var c in doc.RootElement.EnumerateArray())
        {
            if (c.TryGetProperty("NotSupported", out var ns) && ns.GetString()!.Split(',').Any(p => p.Trim() == "dotnet")) continue;
            var results = c.GetProperty("Results").EnumerateArray().Select(read).ToList();
            cases.Add(new Case(c.GetProperty("Input").GetString()!, results));
        }
        return cases;
    }

    private static decimal? ParseValue(JsonElement resolution)
    {
        if (!resolution.TryGetProperty("value", out var v) || v.ValueKind == JsonValueKind.Null) return null;
        var s = v.GetString();
        if (s is null or "null") return null;
        return decimal.Parse(s.TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static Expected ReadCurrency(JsonElement r)
    {
        var res = r.GetProperty("Resolution");
        return new Expected(r.GetProperty("Text").GetString()!, ParseValue(res),
            res.TryGetProperty("unit", out var u) ? u.GetString() : null,
            res.TryGetProperty("isoCurrency", out var iso) ? iso.GetString() : null);
    }

    private static Expected ReadPercent(JsonElement r) =>
        new(r.GetProperty("Text").GetString()!, ParseValue(r.GetProperty("Resolution")), null, null);

    private (int Passed, int Total) Run(IReadOnlyList<Case> cases, QuantityKind kind, bool compareUnit)
    {
        var passed = 0;
        foreach (var c in cases)
        {
            var got = QuantityRecognizer.Recognize(c.Input).Where(q => q.Kind == kind).ToList();
            var ok = got.Count == c.Results.Count;
            for (var k = 0; ok && k < got.Count; k++)
            {
                var e = c.Results[k];
                var g = got[k];
                ok = string.Equals(g.Text, e.Text, StringComparison.OrdinalIgnoreCase) && g.Value == e.Value
                     && (!compareUnit || (e.Iso is not null ? g.Currency == e.Iso : g.Unit == e.Unit));
            }
            if (ok) passed++;
            else
                output.WriteLine($"FAIL {c.Input}\n     want: {string.Join(" | ", c.Results.Select(e => $"{e.Text} {e.Value} {e.Iso ?? e.Unit}"))}\n     got:  {string.Join(" | ", got.Select(g => $"{g.Text} {g.Value} {g.Currency}/{g.Unit}"))}");
        }
        return (passed, cases.Count);
    }

    [Fact]
    public void CurrencyModel_pass_rate()
    {
        var cases = Load("CurrencyModel.json", ReadCurrency);
        var (passed, total) = Run(cases, QuantityKind.Money, compareUnit: true);
        var share = (double)passed / total;
        output.WriteLine($"Recognizers-Text CurrencyModel (English, dotnet-supported): {passed}/{total} = {share:P1}");
        Assert.Equal(177, total);
        Assert.True(share >= 0.93, $"currency suite pass rate {share:P1}");
    }

    [Fact]
    public void PercentModel_pass_rate()
    {
        var cases = Load("PercentModel.json", ReadPercent);
        var (passed, total) = Run(cases, QuantityKind.Percent, compareUnit: false);
        var share = (double)passed / total;
        output.WriteLine($"Recognizers-Text PercentModel (English, dotnet-supported): {passed}/{total} = {share:P1}");
        Assert.True(share >= 0.80, $"percent suite pass rate {share:P1}");
    }
}
