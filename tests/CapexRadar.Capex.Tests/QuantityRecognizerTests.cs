using System.Globalization;
using CapexRadar.Capex.Extraction;
using CapexRadar.Domain;

namespace CapexRadar.Capex.Tests;

public sealed class QuantityRecognizerTests
{
    private static Quantity Single(string text, QuantityKind kind)
    {
        var found = QuantityRecognizer.Recognize(text).Where(q => q.Kind == kind).ToList();
        Assert.True(found.Count == 1, $"expected one {kind} in \"{text}\", got: {string.Join(" | ", found)}");
        return found[0];
    }

    private static decimal D(string s) => decimal.Parse(s, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("Hyundai will put $26 billion into US plants.", "$26 billion", "USD", "26000000000")]
    [InlineData("The group set aside US$12.5bn for the buildout.", "US$12.5bn", "USD", "12500000000")]
    [InlineData("Dell plans to spend 40 billion dollars on servers.", "40 billion dollars", "USD", "40000000000")]
    [InlineData("JD.com budgets 90 billion yuan for logistics.", "90 billion yuan", "CNY", "90000000000")]
    [InlineData("Xiaomi allocated RMB45 billion to chips.", "RMB45 billion", "CNY", "45000000000")]
    [InlineData("The carrier will invest RMB 30bn this year.", "RMB 30bn", "CNY", "30000000000")]
    [InlineData("SAP commits €20bn to sovereign cloud.", "€20bn", "EUR", "20000000000")]
    [InlineData("Adani will invest ₹50,000 crore in Gujarat.", "₹50,000 crore", "INR", "500000000000")]
    [InlineData("Tata earmarked ₹1.2 lakh crore for fabs.", "₹1.2 lakh crore", "INR", "1200000000000")]
    [InlineData("Infosys spends Rs 900 crore on campuses.", "Rs 900 crore", "INR", "9000000000")]
    [InlineData("LG Energy will spend 2.3 trillion won on cells.", "2.3 trillion won", "KRW", "2300000000000")]
    [InlineData("Capex across the sector may hit $2.1tn.", "$2.1tn", "USD", "2100000000000")]
    [InlineData("The board approved a dividend of HK$3.20.", "HK$3.20", "HKD", "3.20")]
    [InlineData("Shares were sold for $ 45 million in total.", "$ 45 million", "USD", "45000000")]
    [InlineData("Humain signed deals worth SAR 37.5bn.", "SAR 37.5bn", "SAR", "37500000000")]
    [InlineData("e& will invest AED 4.4bn in fibre.", "AED 4.4bn", "AED", "4400000000")]
    [InlineData("Spending in the emirate tops Dh12bn.", "Dh12bn", "AED", "12000000000")]
    [InlineData("Vodafone pledged £8bn for UK networks.", "£8bn", "GBP", "8000000000")]
    [InlineData("CDC Data Centres raised A$3.4 billion.", "A$3.4 billion", "AUD", "3400000000")]
    [InlineData("Cologix will spend C$1.5 billion in Quebec.", "C$1.5 billion", "CAD", "1500000000")]
    [InlineData("Keppel commits S$2 billion to data halls.", "S$2 billion", "SGD", "2000000000")]
    [InlineData("Foxconn's capex reached NT$120 billion.", "NT$120 billion", "TWD", "120000000000")]
    [InlineData("The fund is worth 300 mln euros.", "300 mln euros", "EUR", "300000000")]
    [InlineData("Orders of EUR 20 mn were booked.", "EUR 20 mn", "EUR", "20000000")]
    [InlineData("YTL will build a 15 billion ringgit campus.", "15 billion ringgit", "MYR", "15000000000")]
    [InlineData("The startup paid $250k for the licence.", "$250k", "USD", "250000")]
    [InlineData("Loans of 75 USD million were drawn.", "75 USD million", "USD", "75000000")]
    [InlineData("Equinix will invest 5 MEUR in Paris.", "5 MEUR", "EUR", "5000000")]
    [InlineData("Fujitsu pays 2 trillion yen in wages.", "2 trillion yen", "JPY", "2000000000000")]
    [InlineData("A cost of three million dollars was booked.", "three million dollars", "USD", "3000000")]
    [InlineData("Telkom will invest Rp 15 trillion in data centres.", "Rp 15 trillion", "IDR", "15000000000000")]
    [InlineData("Half a trillion dollars is on the table.", "Half a trillion dollars", "USD", "500000000000")]
    public void Money_forms(string text, string surface, string iso, string value)
    {
        var q = Single(text, QuantityKind.Money);
        Assert.Equal(surface, q.Text);
        Assert.Equal(iso, q.Currency);
        Assert.Equal(D(value), q.Value);
        Assert.Equal(surface, text.Substring(q.Span.Start, q.Span.Length));
    }

    [Theory]
    [InlineData("Tokyo-based Kioxia will invest ¥750 billion in new lines.", "JPY")]
    [InlineData("Shanghai-listed SMIC said China spending will hit ¥200 billion.", "CNY")]
    [InlineData("The yuan-denominated plan sets aside ¥80 billion for compute.", "CNY")]
    public void Yen_or_yuan_from_context(string text, string iso) =>
        Assert.Equal(iso, Single(text, QuantityKind.Money).Currency);

    [Fact]
    public void Yen_or_yuan_from_the_stated_dollar_figure()
    {
        Assert.Equal("JPY", QuantityRecognizer.Recognize("Rakuten will spend ¥300 billion ($2 billion).")[0].Currency);
        Assert.Equal("CNY", QuantityRecognizer.Recognize("Meituan will spend ¥30 billion ($4.2 billion).")[0].Currency);
    }

    [Fact]
    public void Yen_hint_from_caller_when_text_is_silent() =>
        Assert.Equal("CNY", QuantityRecognizer.Recognize("The plan totals ¥50 billion.", new QuantityContext("CNY"))[0].Currency);

    [Theory]
    [InlineData("Shares jumped 7.8% in Seoul.", "7.8")]
    [InlineData("Shares jumped 7.8 % in Seoul.", "7.8")]
    [InlineData("Sales rose 12 percent last year.", "12")]
    [InlineData("Margins widened 3.5 per cent.", "3.5")]
    [InlineData("Output fell 4 pct in May.", "4")]
    [InlineData("Growth slowed to twenty percent.", "20")]
    [InlineData("The index lost 0.25%.", "0.25")]
    public void Percent_forms(string text, string value) =>
        Assert.Equal(D(value), Single(text, QuantityKind.Percent).Value);

    [Fact]
    public void Percent_qualifier_and_url_encoding()
    {
        Assert.Equal(AmountQualifier.UpTo, Single("The stock rose as much as 9.1% on Monday.", QuantityKind.Percent).Qualifier);
        Assert.Empty(QuantityRecognizer.Recognize("see https://example.test/q?a=1%2C2%20b"));
        Assert.Equal("percentage point", Single("Margins fell 2 percentage points.", QuantityKind.Percent).Unit);
    }

    public static TheoryData<string, int?, int?, int?, int?, bool> Periods => new()
    {
        // text, years, fiscal year, calendar year, end year, annual
        { "capex over four years", 4, null, null, null, false },
        { "to spend $5 billion in the next three years", 3, null, null, null, false },
        { "to invest within the coming year", 1, null, null, null, false },
        { "spending this fiscal year", 1, null, null, null, false },
        { "in the year ending March 2027", 1, 2027, null, null, false },
        { "for the fiscal year ended June 30, 2026", 1, 2026, null, null, false },
        { "a program running through 2029", null, null, null, 2029, false },
        { "by the end of the decade", null, null, null, null, false },
        { "$2 billion annually", 1, null, null, null, true },
        { "$2 billion a year", 1, null, null, null, true },
        { "capex for 2026", 1, null, 2026, null, false },
        { "in fiscal 2027", 1, 2027, null, null, false },
        { "its FY26 budget", 1, 2026, null, null, false },
        { "between 2026 and 2030", 5, null, null, 2030, false },
        { "over the six years through 2031", 6, null, null, 2031, false },
        { "by 2035", null, null, null, 2035, false },
        { "during 2026-2028", 3, null, null, 2028, false },
        { "capex for the full year", 1, null, null, null, false },
        { "the year to March 2027", 1, 2027, null, null, false },
    };

    [Theory]
    [MemberData(nameof(Periods))]
    public void Period_forms(string text, int? years, int? fiscal, int? year, int? end, bool annual)
    {
        var q = QuantityRecognizer.Recognize(text).Single(x => x.Kind is QuantityKind.Duration or QuantityKind.Period);
        Assert.NotNull(q.Period);
        Assert.Equal(years, q.Period!.Years);
        Assert.Equal(fiscal, q.Period.FiscalYear);
        Assert.Equal(year, q.Period.Year);
        Assert.Equal(end, q.Period.EndYear);
        Assert.Equal(annual, q.Period.Annual);
    }

    [Fact]
    public void End_of_decade_is_flagged() =>
        Assert.True(QuantityRecognizer.Recognize("by the end of the decade").Single().Period!.EndOfDecade);

    [Theory]
    [InlineData("capex of $40 billion to $45 billion", "40000000000", "45000000000")]
    [InlineData("between €12bn and €15bn this year", "12000000000", "15000000000")]
    [InlineData("a budget of $64-72 billion", "64000000000", "72000000000")]
    [InlineData("guidance of A$1.1 billion to A$1.3 billion", "1100000000", "1300000000")]
    [InlineData("saves 1-2 mln eur a year", "1000000", "2000000")]
    public void Ranges(string text, string low, string high)
    {
        var q = Single(text, QuantityKind.Money);
        Assert.Equal(D(low), q.Value);
        Assert.Equal(D(high), q.High);
        Assert.Equal(AmountQualifier.Range, q.Qualifier);
    }

    [Fact]
    public void From_to_is_a_change_not_a_range()
    {
        var money = QuantityRecognizer.Recognize("It lifted capex from $30bn to $36bn.").Where(q => q.Kind == QuantityKind.Money).ToList();
        Assert.Equal(2, money.Count);
        Assert.All(money, q => Assert.Null(q.High));
    }

    [Theory]
    [InlineData("more than $5 billion", AmountQualifier.Over)]
    [InlineData("over $5 billion", AmountQualifier.Over)]
    [InlineData("above $5 billion", AmountQualifier.Over)]
    [InlineData("spending will exceed $5 billion", AmountQualifier.Over)]
    [InlineData("spending will top $5 billion", AmountQualifier.Over)]
    [InlineData("about $5 billion", AmountQualifier.About)]
    [InlineData("around $5 billion", AmountQualifier.About)]
    [InlineData("roughly $5 billion", AmountQualifier.About)]
    [InlineData("approximately $5 billion", AmountQualifier.About)]
    [InlineData("nearly $5 billion", AmountQualifier.About)]
    [InlineData("almost $5 billion", AmountQualifier.About)]
    [InlineData("some $5 billion", AmountQualifier.About)]
    [InlineData("up to $5 billion", AmountQualifier.UpTo)]
    [InlineData("as much as $5 billion", AmountQualifier.UpTo)]
    [InlineData("at least $5 billion", AmountQualifier.AtLeast)]
    [InlineData("no less than $5 billion", AmountQualifier.AtLeast)]
    [InlineData("less than $5 billion", AmountQualifier.UpTo)]
    [InlineData("exactly $5 billion", AmountQualifier.Exact)]
    public void Qualifiers(string text, AmountQualifier qualifier) =>
        Assert.Equal(qualifier, Single(text, QuantityKind.Money).Qualifier);

    [Theory]
    [InlineData("Kakao will spend 2 trillion won ($1.5 billion) on GPUs.")]
    [InlineData("Kakao will spend 2 trillion won (about US$1.5 billion) on GPUs.")]
    [InlineData("Kakao will spend 2 trillion won, or $1.5 billion, on GPUs.")]
    [InlineData("Kakao will spend 2 trillion won, about $1.5 billion, on GPUs.")]
    [InlineData("Kakao will spend 2 trillion won — in Korean currency, roughly $1.5 billion — on GPUs.")]
    public void A_stated_conversion_is_the_same_amount(string text)
    {
        var money = QuantityRecognizer.Recognize(text).Where(q => q.Kind == QuantityKind.Money).ToList();
        var q = Assert.Single(money);
        Assert.Equal("KRW", q.Currency);
        Assert.NotNull(q.Equivalent);
        Assert.Equal("USD", q.Equivalent!.Currency);
        Assert.Equal(1_500_000_000m, q.Equivalent.Value);
        Assert.Same(q.Equivalent, q.UsdStated);
    }

    [Fact]
    public void Numbers_without_currency_are_not_money()
    {
        Assert.DoesNotContain(QuantityRecognizer.Recognize("It hired 4,000 people and built 12 halls in 2024."), q => q.Kind == QuantityKind.Money);
        Assert.DoesNotContain(QuantityRecognizer.Recognize("Nvidia's H20 chips and B200 boards."), q => q.Kind == QuantityKind.Money);
        Assert.DoesNotContain(QuantityRecognizer.Recognize("The company won 3 contracts."), q => q.Kind == QuantityKind.Money);
    }

    [Theory]
    [InlineData("Ørsted will spend €1.2 billion on the site in 2025 and 2.7 million in 2026.", "2.7 million", "EUR", "2700000")]
    [InlineData("The carrier set aside ¥40 billion for towers, and about 3.5 billion for fibre.", "3.5 billion", "JPY", "3500000000")]
    [InlineData("Budgets rose from £300 million last year to 450 million this year.", "450 million", "GBP", "450000000")]
    [InlineData("The insurer spent A$80 million on offices; the bank, 120 million.", "120 million", "AUD", "120000000")]
    [InlineData("About $4 billion goes to new fabs; 1.2 billion to packaging lines.", "1.2 billion", "USD", "1200000000")]
    public void A_bare_scaled_number_after_an_amount_in_the_same_sentence_takes_its_currency(string text, string? bare, string? iso, string? value)
    {
        var money = QuantityRecognizer.Recognize(text).Where(q => q.Kind == QuantityKind.Money).ToList();
        if (bare is null)
        {
            Assert.Single(money);
            return;
        }
        Assert.Equal(2, money.Count);
        Assert.Equal(bare, money[1].Text);
        Assert.Equal(iso, money[1].Currency);
        Assert.Equal(D(value!), money[1].Value);
    }

    [Theory]
    [InlineData("The utility will invest $900 million to serve 2.7 million customers.")]
    [InlineData("Shell spent $2 billion. Output reached 1.5 million barrels a day, and 3 million in 2030.")]
    [InlineData("It raised $50 million and sold 4 million shares.")]
    [InlineData("It raised $50 million\n2.7 million in 2026")]
    [InlineData("It spent $50 million; it now serves 2.7 million customers.")]
    [InlineData("It raised $50 million for its 2026 plan.")]
    [InlineData("The plant cost $1 billion and employs 1,200.")]
    public void A_bare_number_that_counts_something_or_stands_in_another_sentence_stays_bare(string text)
    {
        var money = QuantityRecognizer.Recognize(text.Replace("\\n", "\n", StringComparison.Ordinal)).Where(q => q.Kind == QuantityKind.Money).ToList();
        Assert.Single(money);
    }

    [Theory]
    [InlineData("The carrier will invest 50 billion to 70 billion yen a year in GPUs.", "50 billion to 70 billion yen", "JPY", "50000000000", "70000000000")]
    [InlineData("It plans to spend between 2 billion and 3 billion euros.", "2 billion and 3 billion euros", "EUR", "2000000000", "3000000000")]
    public void A_bare_low_end_before_a_suffixed_amount_makes_a_range(string text, string span, string iso, string low, string high)
    {
        var money = QuantityRecognizer.Recognize(text).Where(q => q.Kind == QuantityKind.Money).ToList();
        Assert.Single(money);
        Assert.EndsWith(span, money[0].Text, StringComparison.Ordinal);
        Assert.Equal(iso, money[0].Currency);
        Assert.Equal(D(low), money[0].Value);
        Assert.Equal(D(high), money[0].High);
        Assert.Equal(AmountQualifier.Range, money[0].Qualifier);
    }

    [Theory]
    [InlineData("Sales rose 4% to 70 billion yen.")]
    [InlineData("Output grew from 50 billion units to 70 billion yen of sales.")]
    public void A_number_that_is_not_a_scaled_low_end_makes_no_range(string text)
    {
        var money = QuantityRecognizer.Recognize(text).Where(q => q.Kind == QuantityKind.Money).ToList();
        Assert.Single(money);
        Assert.Null(money[0].High);
    }

    [Fact]
    public void Hostile_input_many_bare_numbers_after_one_amount_completes()
    {
        var many = "$1bn " + string.Concat(Enumerable.Repeat("2 million and ", 100_000));
        var money = QuantityRecognizer.Recognize(many).Where(q => q.Kind == QuantityKind.Money).ToList();
        // only the bare numbers within a clause's reach of the amount take its currency
        Assert.InRange(money.Count, 2, 20);
        Assert.All(money, q => Assert.Equal("USD", q.Currency));
    }

    [Fact]
    public void Describe_and_json_for_the_cli()
    {
        var text = "Lenovo will invest about $2 billion over three years.";
        var lines = QuantityRecognizer.Describe(text);
        Assert.Contains("Money USD 2,000,000,000", lines);
        Assert.Contains("[about]", lines);
        Assert.Contains("Duration years=3", lines);
        var json = QuantityRecognizer.ToJson(QuantityRecognizer.Recognize(text));
        Assert.Contains("\"kind\": \"money\"", json);
        Assert.Contains("\"currency\": \"USD\"", json);
    }

    [Fact]
    public void Hostile_input_five_megabytes_of_digits_completes()
    {
        var digits = new string('7', 5 * 1024 * 1024);
        var found = QuantityRecognizer.Recognize(digits);
        Assert.Empty(found);
    }

    [Fact]
    public void Hostile_input_many_amounts_and_no_spaces_completes()
    {
        var many = string.Concat(Enumerable.Repeat("$1bn ", 50_000));
        Assert.Equal(50_000, QuantityRecognizer.Recognize(many).Count);
        var glued = string.Concat(Enumerable.Repeat("a1$", 300_000));
        Assert.NotNull(QuantityRecognizer.Recognize(glued));
    }
}
