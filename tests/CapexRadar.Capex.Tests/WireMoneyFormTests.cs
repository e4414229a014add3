using System.Globalization;
using CapexRadar.Capex.Extraction;
using CapexRadar.Domain;

namespace CapexRadar.Capex.Tests;

/// <summary>
/// Money as wire copy from many regions writes it (issue 10): hyphenated scale words, currency letters glued to the
/// number, regional prefixes, and a second amount in the same currency that is no conversion. Sentences written for these tests.
/// </summary>
public sealed class WireMoneyFormTests
{
    private static Quantity Single(string text)
    {
        var found = QuantityRecognizer.Recognize(text).Where(q => q.Kind == QuantityKind.Money).ToList();
        Assert.True(found.Count == 1, $"expected one amount in \"{text}\", got: {string.Join(" | ", found)}");
        return found[0];
    }

    [Theory]
    [InlineData("Ventra will spend US$450-million on a new campus.", "US$450-million", "USD", "450000000")]
    [InlineData("The utility approved a $2.25-billion grid upgrade.", "$2.25-billion", "USD", "2250000000")]
    [InlineData("Karoo Power is building an R8.4-billion solar park.", "R8.4-billion", "ZAR", "8400000000")]
    [InlineData("Karoo Power will invest R3bn in storage.", "R3bn", "ZAR", "3000000000")]
    [InlineData("The 640-million-rand depot opens next year.", "640-million-rand", "ZAR", "640000000")]
    [InlineData("Nairobi Fibre plans to invest Sh42bn in new towers.", "Sh42bn", "KES", "42000000000")]
    [InlineData("Nairobi Fibre plans to invest KSh 7.5 billion in new towers.", "KSh 7.5 billion", "KES", "7500000000")]
    [InlineData("Dodoma Cement earmarked TSh 300 billion for a kiln.", "TSh 300 billion", "TZS", "300000000000")]
    [InlineData("Lagos Grid will spend N85bn on substations.", "N85bn", "NGN", "85000000000")]
    [InlineData("Cebu Link budgets P12.5 billion for a bridge.", "P12.5 billion", "PHP", "12500000000")]
    [InlineData("Hanbit Chem will invest W1.4tn in a plant.", "W1.4tn", "KRW", "1400000000000")]
    [InlineData("Dhaka Steel will spend Tk 900 crore on a mill.", "Tk 900 crore", "BDT", "9000000000")]
    public void Regional_and_hyphenated_forms_are_read(string text, string span, string iso, string value)
    {
        var q = Single(text);
        Assert.Equal(span, q.Text);
        Assert.Equal(iso, q.Currency);
        Assert.Equal(decimal.Parse(value, CultureInfo.InvariantCulture), q.Value);
    }

    [Theory]
    [InlineData("The R2 engine was shown at the fair.")]        // a one-letter prefix needs a glued number and a scale
    [InlineData("Its R&D team grew to 40 people.")]
    [InlineData("The P5 model sold 12 units.")]
    [InlineData("Row N3 of the hall is reserved.")]
    public void A_single_capital_before_a_bare_number_is_no_currency(string text) =>
        Assert.DoesNotContain(QuantityRecognizer.Recognize(text), q => q.Kind == QuantityKind.Money);

    [Fact]
    public void A_second_amount_in_the_same_currency_is_no_conversion_even_for_yen()
    {
        var found = QuantityRecognizer.Recognize("Of the ¥4 trillion, about ¥900 billion will go to a packaging line.")
            .Where(q => q.Kind == QuantityKind.Money).ToList();
        Assert.Equal(2, found.Count);
        Assert.Null(found[0].UsdStated);
        Assert.Equal(900_000_000_000m, found[1].Value);
    }

    [Fact]
    public void A_conversion_into_another_currency_is_still_an_equivalent()
    {
        var q = Single("Kansai Denki will spend ¥600 billion, about $4 billion, on substations.");
        Assert.Equal(4_000_000_000m, q.UsdStated?.Value);
    }

    [Fact]
    public void A_range_keeps_its_hyphen_and_a_hyphenated_scale_does_not_become_a_range()
    {
        var range = Single("Ventra will spend $3-4 billion on it.");
        Assert.Equal((3_000_000_000m, 4_000_000_000m), (range.Value!.Value, range.High!.Value));
        var one = Single("Ventra will spend $4-billion on it.");
        Assert.Null(one.High);
    }

    [Fact]
    public void Every_currency_prefix_in_the_data_names_a_known_code_and_starts_a_quantity()
    {
        // the load validates codes, case and duplicates; a broken file fails every test through the type initialiser
        foreach (var w in new[] { "rs", "dh", "sh", "ksh", "tsh", "r", "n", "p", "w", "tk" })
        {
            Assert.True(CurrencyPrefixes.IsPrefixWord(w), w);
            Assert.True(QuantityLexicon.CanStart(new QToken(0, w.Length, QKind.Word, true, false, w, true)), w);
        }
        Assert.Contains(CapexWords.WholeNoun, CapexWords.Names);
    }

    [Fact]
    public void Hostile_runs_of_hyphens_and_prefixes_stay_linear()
    {
        // linear without timing: twice the input allocates about twice the memory and finds twice the amounts
        static (long Bytes, int Found) Work(int n)
        {
            var text = string.Concat(Enumerable.Repeat("R1-billion-", n)) + string.Concat(Enumerable.Repeat("Sh1 ", n));
            var before = GC.GetAllocatedBytesForCurrentThread();
            var found = QuantityRecognizer.Recognize(text);
            return (GC.GetAllocatedBytesForCurrentThread() - before, found.Count);
        }
        var (single, twice) = (Work(25_000), Work(50_000));
        Assert.True(single.Found > 0 && twice.Found >= single.Found * 2 - 2, $"found {single.Found} at n, {twice.Found} at 2n");
        Assert.True(twice.Bytes <= single.Bytes * 5 / 2, $"allocated {single.Bytes} at n, {twice.Bytes} at 2n");
    }
}
