using System.Globalization;
using System.Text.Json;

namespace CapexRadar.Capex.Extraction;

/// <summary>
/// Yearly average exchange rates shipped with the library (Fx/fx-rates.json: source, date and caveat inside).
/// Converts an amount to USD with the rate of the requested year, or of the nearest year the table has.
/// </summary>
public sealed class FxTable
{
    private readonly SortedDictionary<int, Dictionary<string, decimal>> _perUsd;

    public FxTable(SortedDictionary<int, Dictionary<string, decimal>> perUsd, string source)
    {
        _perUsd = perUsd;
        Source = source;
    }

    public string Source { get; }

    public IReadOnlyCollection<int> Years => _perUsd.Keys;

    private static readonly Lazy<FxTable> Shipped = new(LoadShipped);

    /// <summary>The table shipped as an embedded resource.</summary>
    public static FxTable Default => Shipped.Value;

    private static FxTable LoadShipped()
    {
        using var stream = typeof(FxTable).Assembly.GetManifestResourceStream("CapexRadar.Capex.Extraction.fx-rates.json")
            ?? throw new InvalidOperationException("fx-rates.json resource missing");
        using var doc = JsonDocument.Parse(stream);
        var rates = new SortedDictionary<int, Dictionary<string, decimal>>();
        foreach (var year in doc.RootElement.GetProperty("rates").EnumerateObject())
        {
            var table = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase);
            foreach (var c in year.Value.EnumerateObject()) table[c.Name] = c.Value.GetDecimal();
            rates[int.Parse(year.Name, CultureInfo.InvariantCulture)] = table;
        }
        return new FxTable(rates, doc.RootElement.GetProperty("source").GetString() ?? string.Empty);
    }

    /// <summary>The euro's legacy currencies, in units per euro: the irrevocable conversion rates fixed when each joined the
    /// euro (Council Regulations (EC) 2866/98, 1478/2000 for GRD, later ones for SIT, CYP, MTL, SKK, EEK, LVL, LTL, HRK). A
    /// story that still states "300 million markkaa" or "50 million Deutschmarks" is converted through the euro.</summary>
    private static readonly Dictionary<string, decimal> LegacyPerEuro = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ATS"] = 13.7603m, ["BEF"] = 40.3399m, ["DEM"] = 1.95583m, ["ESP"] = 166.386m, ["FIM"] = 5.94573m, ["FRF"] = 6.55957m,
        ["IEP"] = 0.787564m, ["ITL"] = 1936.27m, ["LUF"] = 40.3399m, ["NLG"] = 2.20371m, ["PTE"] = 200.482m, ["GRD"] = 340.750m,
        ["SIT"] = 239.640m, ["CYP"] = 0.585274m, ["MTL"] = 0.429300m, ["SKK"] = 30.1260m, ["EEK"] = 15.6466m, ["LVL"] = 0.702804m,
        ["LTL"] = 3.45280m, ["HRK"] = 7.53450m,
    };

    /// <summary>Units of <paramref name="currency"/> per USD in <paramref name="year"/> (or the nearest year listed); null if unknown.
    /// A legacy euro currency the table lacks goes through its fixed rate to the euro.</summary>
    public decimal? PerUsd(string currency, int year)
    {
        if (currency == "USD") return 1m;
        if (LegacyPerEuro.TryGetValue(currency, out var perEuro) && !Lists(currency))
            return PerUsd("EUR", year) is { } eur ? eur * perEuro : null;
        decimal? best = null;
        var bestDistance = int.MaxValue;
        foreach (var (y, table) in _perUsd)
        {
            if (!table.TryGetValue(currency, out var rate) || rate <= 0) continue;
            var d = Math.Abs(y - year);
            if (d < bestDistance || (d == bestDistance && y < year)) { best = rate; bestDistance = d; }
        }
        return best;
    }

    private bool Lists(string currency)
    {
        foreach (var table in _perUsd.Values) if (table.ContainsKey(currency)) return true;
        return false;
    }

    public decimal? ToUsd(decimal amount, string currency, int year)
    {
        var rate = PerUsd(currency, year);
        return rate is null ? null : decimal.Round(amount / rate.Value, 0);
    }
}
