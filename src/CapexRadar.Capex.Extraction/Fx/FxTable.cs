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

    /// <summary>Units of <paramref name="currency"/> per USD in <paramref name="year"/> (or the nearest year listed); null if unknown.</summary>
    public decimal? PerUsd(string currency, int year)
    {
        if (currency == "USD") return 1m;
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

    public decimal? ToUsd(decimal amount, string currency, int year)
    {
        var rate = PerUsd(currency, year);
        return rate is null ? null : decimal.Round(amount / rate.Value, 0);
    }
}
