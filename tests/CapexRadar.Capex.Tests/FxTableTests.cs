using CapexRadar.Capex.Extraction;

namespace CapexRadar.Capex.Tests;

public sealed class FxTableTests
{
    private static FxTable Table(params (string Currency, decimal PerUsd)[] rates) =>
        new(new SortedDictionary<int, Dictionary<string, decimal>> { [2024] = rates.ToDictionary(r => r.Currency, r => r.PerUsd, StringComparer.OrdinalIgnoreCase) }, "test");

    [Theory]
    [InlineData("FIM", 5.94573)]
    [InlineData("DEM", 1.95583)]
    [InlineData("ITL", 1936.27)]
    [InlineData("EEK", 15.6466)]
    public void A_legacy_euro_currency_converts_through_its_fixed_euro_rate(string currency, decimal perEuro)
    {
        var fx = Table(("EUR", 0.9m));
        Assert.Equal(0.9m * perEuro, fx.PerUsd(currency, 2024));
    }

    [Fact]
    public void A_legacy_currency_the_table_lists_keeps_the_table_s_rate()
    {
        Assert.Equal(6m, Table(("EUR", 0.9m), ("FIM", 6m)).PerUsd("FIM", 2024));
    }

    [Fact]
    public void Without_a_euro_rate_a_legacy_currency_has_none()
    {
        Assert.Null(Table(("GBP", 0.8m)).PerUsd("FIM", 2024));
        Assert.Null(Table(("EUR", 0.9m)).PerUsd("XYZ", 2024));
    }
}
