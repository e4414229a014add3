using CapexRadar.Domain;

namespace CapexRadar.Capex.Extraction;

/// <summary>A currency as written: its ISO code when known and the unit name (Recognizers-Text vocabulary).</summary>
/// <param name="Yen">"¥": yen or yuan, decided from context.</param>
internal sealed record CurrencySense(string? Iso, string Unit, bool Yen = false);

/// <summary>The words of money, percent and time. Plain tables, looked up by lower-cased token text.</summary>
internal static class QuantityLexicon
{
    public static readonly Dictionary<string, string> IsoNames = new()
    {
        ["USD"] = "United States dollar", ["EUR"] = "Euro", ["GBP"] = "British pound", ["JPY"] = "Japanese yen",
        ["CNY"] = "Chinese yuan", ["KRW"] = "South Korean won", ["INR"] = "Indian rupee", ["SAR"] = "Saudi riyal",
        ["AED"] = "United Arab Emirates dirham", ["HKD"] = "Hong Kong dollar", ["TWD"] = "New Taiwan dollar",
        ["AUD"] = "Australian dollar", ["CAD"] = "Canadian dollar", ["SGD"] = "Singapore dollar", ["CHF"] = "Swiss franc",
        ["MYR"] = "Malaysian ringgit", ["NZD"] = "New Zealand dollar", ["MXN"] = "Mexican peso", ["BRL"] = "Brazilian real",
        ["ZAR"] = "South African rand", ["SEK"] = "Swedish krona", ["NOK"] = "Norwegian krone", ["DKK"] = "Danish krone",
        ["THB"] = "Thai baht", ["IDR"] = "Indonesian rupiah", ["VND"] = "Vietnamese dong", ["PHP"] = "Philippine peso",
        ["TRY"] = "Turkish lira", ["ILS"] = "Israeli new shekel", ["PLN"] = "Polish zloty", ["QAR"] = "Qatari riyal",
        ["KWD"] = "Kuwaiti dinar", ["BHD"] = "Bahraini dinar", ["OMR"] = "Omani rial", ["RUB"] = "Russian ruble",
        ["EGP"] = "Egyptian pound", ["NGN"] = "Nigerian naira", ["CZK"] = "Czech koruna", ["HUF"] = "Hungarian forint",
        ["PKR"] = "Pakistani rupee", ["BDT"] = "Bangladeshi taka", ["LKR"] = "Sri Lankan rupee", ["COP"] = "Colombian peso",
        ["CLP"] = "Chilean peso", ["ARS"] = "Argentine peso", ["PEN"] = "Peruvian sol", ["KES"] = "Kenyan shilling",
        ["UAH"] = "Ukrainian hryvnia", ["CRC"] = "Costa Rican colón", ["GEL"] = "Georgian lari", ["LAK"] = "Lao kip",
        ["MAD"] = "Moroccan dirham", ["RON"] = "Romanian leu", ["ISK"] = "Icelandic króna", ["KZT"] = "Kazakhstani tenge",
        ["TZS"] = "Tanzanian shilling", ["UGX"] = "Ugandan shilling",
    };

    /// <summary>ISO codes accepted when written in lower case too; the rest only in capitals (TRY, PHP, PEN are English words).</summary>
    private static readonly HashSet<string> LowerCaseCodes =
    [
        "usd", "eur", "gbp", "jpy", "cny", "krw", "inr", "aed", "hkd", "twd", "aud", "cad", "sgd", "chf", "myr",
        "nzd", "mxn", "brl", "zar", "sek", "nok", "dkk", "thb", "idr", "vnd", "ils", "pln", "qar", "kwd", "rub",
        "egp", "ngn", "czk", "huf", "pkr", "lkr", "uah", "rmb", "ntd",
    ];

    private static readonly Dictionary<string, (string Iso, string Name)> LowerIso =
        IsoNames.ToDictionary(kv => kv.Key.ToLowerInvariant(), kv => (kv.Key, kv.Value));

    public static bool IsIsoWord(string lower) => LowerIso.ContainsKey(lower) || lower is "rmb" or "ntd";

    public static CurrencySense? Code(QToken t)
    {
        if (!t.IsWord || t.Lower.Length != 3) return null;
        if (t.Lower == "rmb") return new("CNY", "Chinese yuan");
        if (t.Lower == "ntd") return new("TWD", "New Taiwan dollar");
        if (!LowerIso.TryGetValue(t.Lower, out var iso)) return null;
        if (!LowerCaseCodes.Contains(t.Lower) && !t.Capitalized) return null;
        return new(iso.Iso, iso.Name);
    }

    /// <summary>Words a quantity can start with (money, percent or period); any other word is skipped at once.</summary>
    private static readonly HashSet<string> StartWords =
    [
        // numbers
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty",
        "seventy", "eighty", "ninety", "a", "an", "half", "quarter",
        // money prefixes (and every word of Lexicon/currency-prefixes.json)
        "full", "u", "us", "usd", "c", "ca", "can", "cad", "cdn", "au", "aud", "hk", "hkd",
        "nt", "ntd", "twd", "s", "sg", "sgd", "nz", "nzd", "r", "mex", "mx", "mxn",
        // percent
        "minus", "negative", "percent", "percents", "per",
        // periods
        "over", "in", "during", "within", "for", "across", "spanning", "throughout", "through", "this", "next", "last", "the", "its",
        "their", "current", "fiscal", "financial", "fy", "between", "from", "until", "till", "thru", "by", "annually", "yearly",
        "annual", "each", "every",
    ];

    public static bool CanStart(QToken t) => t.Kind != QKind.Word || StartSet.Words.Contains(t.Lower);

    /// <summary>Every word a quantity can start with, in one set (one lookup per word): <see cref="StartWords"/>, the
    /// currency prefixes, the ISO codes and the codes with a millions prefix ("musd"). Built on first use, after both
    /// lexicons are loaded.</summary>
    private static class StartSet
    {
        public static readonly System.Collections.Frozen.FrozenSet<string> Words = Build(); // frozen: read once per word of every text

        private static System.Collections.Frozen.FrozenSet<string> Build()
        {
            var words = new HashSet<string>(StartWords, StringComparer.Ordinal);
            words.UnionWith(CurrencyPrefixes.Words);
            var codes = LowerIso.Keys.Concat(["rmb", "ntd"]).ToList();
            words.UnionWith(codes.Where(c => c.Length == 3));
            words.UnionWith(codes.Where(c => c.Length == 3).Select(c => "m" + c));
            return System.Collections.Frozen.FrozenSet.ToFrozenSet(words, StringComparer.Ordinal);
        }
    }

    /// <summary>"MUSD", "MEUR": a code with a millions prefix.</summary>
    public static CurrencySense? MillionsCode(QToken t)
    {
        if (!t.IsWord || t.Lower.Length != 4 || t.Lower[0] != 'm') return null;
        var upper = t.Lower[1..].ToUpperInvariant();
        if (!LowerCaseCodes.Contains(t.Lower[1..]) || !IsoNames.TryGetValue(upper, out var name)) return null;
        return new(upper, name);
    }

    public static CurrencySense? Symbol(QToken t)
    {
        if (t.Kind != QKind.Symbol) return null;
        return t.Lower switch
        {
            "$" => new("USD", "Dollar"),
            "€" => new("EUR", "Euro"),
            "£" => new("GBP", "Pound"),
            "¥" or "￥" => new(null, "Yen", Yen: true),
            "₹" => new("INR", "Indian rupee"),
            "₩" => new("KRW", "South Korean won"),
            "₡" => new("CRC", "Costa Rican colón"),
            "₾" => new("GEL", "Georgian lari"),
            "₭" => new("LAK", "Lao kip"),
            "₿" => new(null, "Bitcoin"),
            "₽" => new("RUB", "Russian ruble"),
            "₺" => new("TRY", "Turkish lira"),
            "₱" => new("PHP", "Philippine peso"),
            "₫" => new("VND", "Vietnamese dong"),
            "₦" => new("NGN", "Nigerian naira"),
            "₴" => new("UAH", "Ukrainian hryvnia"),
            "₪" => new("ILS", "Israeli new shekel"),
            "฿" => new("THB", "Thai baht"),
            _ => null,
        };
    }

    /// <summary>Unit words that follow a number ("380 billion yuan", "50 cents").</summary>
    public static readonly Dictionary<string, CurrencySense> UnitWords = new()
    {
        ["dollar"] = new("USD", "Dollar"), ["dollars"] = new("USD", "Dollar"),
        ["euro"] = new("EUR", "Euro"), ["euros"] = new("EUR", "Euro"),
        ["pound"] = new("GBP", "Pound"), ["pounds"] = new("GBP", "Pound"), ["sterling"] = new("GBP", "British pound"),
        ["yen"] = new("JPY", "Japanese yen"), ["円"] = new("JPY", "Japanese yen"),
        ["yuan"] = new("CNY", "Chinese yuan"), ["renminbi"] = new("CNY", "Chinese yuan"), ["rmb"] = new("CNY", "Chinese yuan"),
        ["kuai"] = new("CNY", "Chinese yuan"), ["元"] = new("CNY", "Chinese yuan"),
        ["won"] = new("KRW", "South Korean won"), ["원"] = new("KRW", "South Korean won"),
        ["rupee"] = new("INR", "Rupee"), ["rupees"] = new("INR", "Rupee"),
        // a bare riyal is Saudi unless the story says otherwise (DocumentIndex: "Qatari riyals" earlier, or a Qatari story)
        ["riyal"] = new("SAR", "Riyal"), ["riyals"] = new("SAR", "Riyal"),
        ["dirham"] = new("AED", "United Arab Emirates dirham"), ["dirhams"] = new("AED", "United Arab Emirates dirham"),
        ["ringgit"] = new("MYR", "Malaysian ringgit"), ["baht"] = new("THB", "Thai baht"), ["rupiah"] = new("IDR", "Indonesian rupiah"),
        ["franc"] = new(null, "Franc"), ["francs"] = new(null, "Franc"),
        ["lira"] = new("TRY", "Turkish lira"), ["liras"] = new("TRY", "Turkish lira"),
        ["shekel"] = new("ILS", "Israeli new shekel"), ["shekels"] = new("ILS", "Israeli new shekel"),
        ["zloty"] = new("PLN", "Polish zloty"), ["zlotys"] = new("PLN", "Polish zloty"),
        ["krona"] = new("SEK", "Swedish krona"), ["kronor"] = new("SEK", "Swedish krona"),
        ["rouble"] = new("RUB", "Russian ruble"), ["roubles"] = new("RUB", "Russian ruble"),
        ["ruble"] = new("RUB", "Russian ruble"), ["rubles"] = new("RUB", "Russian ruble"),
        ["naira"] = new("NGN", "Nigerian naira"), ["dong"] = new("VND", "Vietnamese dong"), ["reais"] = new("BRL", "Brazilian real"),
        ["rand"] = new("ZAR", "South African rand"), ["shilling"] = new(null, "Shilling"), ["shillings"] = new(null, "Shilling"), ["peso"] = new(null, "Peso"), ["pesos"] = new(null, "Peso"),
        ["markka"] = new("FIM", "Finnish markka"), ["markkaa"] = new("FIM", "Finnish markka"), ["peseta"] = new("ESP", "Peseta"), ["pesetas"] = new("ESP", "Peseta"),
        ["guilder"] = new("NLG", "Netherlands guilder"), ["guilders"] = new("NLG", "Netherlands guilder"),
        ["deutschmark"] = new("DEM", "Deutsche mark"), ["deutschmarks"] = new("DEM", "Deutsche mark"),
        // the euro's other legacy currencies (FxTable converts them through their fixed euro rates)
        ["lire"] = new("ITL", "Italian lira"), ["escudo"] = new("PTE", "Portuguese escudo"), ["escudos"] = new("PTE", "Portuguese escudo"),
        ["drachma"] = new("GRD", "Greek drachma"), ["drachmas"] = new("GRD", "Greek drachma"), ["drachmae"] = new("GRD", "Greek drachma"),
        ["schilling"] = new("ATS", "Austrian schilling"), ["schillings"] = new("ATS", "Austrian schilling"),
        ["kroon"] = new("EEK", "Estonian kroon"), ["kroons"] = new("EEK", "Estonian kroon"), ["krooni"] = new("EEK", "Estonian kroon"),
        ["tolar"] = new("SIT", "Slovenian tolar"), ["tolars"] = new("SIT", "Slovenian tolar"), ["litas"] = new("LTL", "Lithuanian litas"),
        ["cent"] = new(null, "Cent"), ["cents"] = new(null, "Cent"), ["pence"] = new(null, "Pence"), ["penny"] = new(null, "Penny"),
        ["sen"] = new(null, "Sen"), ["bitcoin"] = new(null, "Bitcoin"), ["bitcoins"] = new(null, "Bitcoin"), ["btc"] = new(null, "Bitcoin"),
        ["satoshi"] = new(null, "Satoshi"), ["satoshis"] = new(null, "Satoshi"), ["mao"] = new(null, "Mao"),
        ["ரூ"] = new("LKR", "Sri Lankan rupee"),
        // shared by several countries: the story decides (DocumentIndex.LocalUnitCurrency)
        ["crown"] = new(null, "Crown"), ["crowns"] = new(null, "Crown"), ["kroner"] = new(null, "Crown"), ["krone"] = new(null, "Crown"),
        ["dinar"] = new(null, "Dinar"), ["dinars"] = new(null, "Dinar"), ["rial"] = new(null, "Rial"), ["rials"] = new(null, "Rial"),
    };

    /// <summary>Adjective + unit word: "us dollars", "chinese yuan", "swiss francs".</summary>
    public static readonly Dictionary<(string Adjective, string Unit), CurrencySense> QualifiedUnits = new()
    {
        [("us", "dollar")] = new("USD", "United States dollar"),
        [("american", "dollar")] = new("USD", "United States dollar"),
        [("australian", "dollar")] = new("AUD", "Australian dollar"),
        [("canadian", "dollar")] = new("CAD", "Canadian dollar"),
        [("kong", "dollar")] = new("HKD", "Hong Kong dollar"),
        [("singapore", "dollar")] = new("SGD", "Singapore dollar"),
        [("zealand", "dollar")] = new("NZD", "New Zealand dollar"),
        [("taiwan", "dollar")] = new("TWD", "New Taiwan dollar"),
        [("chinese", "yuan")] = new("CNY", "Chinese yuan"),
        [("japanese", "yen")] = new("JPY", "Japanese yen"),
        [("korean", "won")] = new("KRW", "South Korean won"),
        [("indian", "rupee")] = new("INR", "Indian rupee"),
        [("lankan", "rupee")] = new("LKR", "Sri Lankan rupee"),
        [("pakistani", "rupee")] = new("PKR", "Pakistani rupee"),
        [("saudi", "riyal")] = new("SAR", "Saudi riyal"),
        [("qatari", "riyal")] = new("QAR", "Qatari riyal"),
        [("uae", "dirham")] = new("AED", "United Arab Emirates dirham"),
        [("emirati", "dirham")] = new("AED", "United Arab Emirates dirham"),
        [("moroccan", "dirham")] = new("MAD", "Moroccan dirham"),
        [("kenyan", "shilling")] = new("KES", "Kenyan shilling"),
        [("tanzanian", "shilling")] = new("TZS", "Tanzanian shilling"),
        [("ugandan", "shilling")] = new("UGX", "Ugandan shilling"),
        [("malaysian", "ringgit")] = new("MYR", "Malaysian ringgit"),
        [("swiss", "franc")] = new("CHF", "Swiss franc"),
        [("turkish", "lira")] = new("TRY", "Turkish lira"),
        [("mexican", "peso")] = new("MXN", "Mexican peso"),
        [("philippine", "peso")] = new("PHP", "Philippine peso"),
        [("chilean", "peso")] = new("CLP", "Chilean peso"),
        [("colombian", "peso")] = new("COP", "Colombian peso"),
        [("argentine", "peso")] = new("ARS", "Argentine peso"),
        [("argentinian", "peso")] = new("ARS", "Argentine peso"),
        [("brazilian", "real")] = new("BRL", "Brazilian real"),
        [("brazilian", "reais")] = new("BRL", "Brazilian real"),
        [("african", "rand")] = new("ZAR", "South African rand"),
        [("finnish", "markka")] = new("FIM", "Finnish markka"),
        [("deutsche", "mark")] = new("DEM", "Deutsche mark"),
        [("deutsche", "marks")] = new("DEM", "Deutsche mark"),
        [("dutch", "guilder")] = new("NLG", "Netherlands guilder"),
        [("german", "mark")] = new("DEM", "Deutsche mark"),
        [("french", "franc")] = new("FRF", "French franc"),
        [("belgian", "franc")] = new("BEF", "Belgian franc"),
        [("luxembourg", "franc")] = new("LUF", "Luxembourg franc"),
        [("italian", "lira")] = new("ITL", "Italian lira"),
        [("italian", "lire")] = new("ITL", "Italian lira"),
        [("irish", "pound")] = new("IEP", "Irish pound"),
        [("irish", "punt")] = new("IEP", "Irish pound"),
        [("slovak", "koruna")] = new("SKK", "Slovak koruna"),
        [("latvian", "lats")] = new("LVL", "Latvian lats"),
        [("croatian", "kuna")] = new("HRK", "Croatian kuna"),
        [("british", "pound")] = new("GBP", "British pound"),
        [("egyptian", "pound")] = new("EGP", "Egyptian pound"),
        [("swedish", "krona")] = new("SEK", "Swedish krona"),
        [("norwegian", "krone")] = new("NOK", "Norwegian krone"),
        [("danish", "krone")] = new("DKK", "Danish krone"),
        [("danish", "crown")] = new("DKK", "Danish krone"),
        [("norwegian", "crown")] = new("NOK", "Norwegian krone"),
        [("swedish", "crown")] = new("SEK", "Swedish krona"),
        [("czech", "crown")] = new("CZK", "Czech koruna"),
        [("kuwaiti", "dinar")] = new("KWD", "Kuwaiti dinar"),
        [("bahraini", "dinar")] = new("BHD", "Bahraini dinar"),
        [("omani", "rial")] = new("OMR", "Omani rial"),
    };

    /// <summary>Words glued or next to "$": "US$", "HK$", "C$", "A$", "NT$", "S$", "R$", "Mex$", "usd$".</summary>
    public static CurrencySense? DollarPrefix(string lower, bool glued)
    {
        return lower switch
        {
            "us" or "usd" or "u.s" or "u.s." => new("USD", "United States dollar"),
            "c" or "ca" or "can" or "cad" or "cdn" => new("CAD", "Canadian dollar"),
            "a" when glued => new("AUD", "Australian dollar"),
            "au" or "aud" => new("AUD", "Australian dollar"),
            "hk" or "hkd" => new("HKD", "Hong Kong dollar"),
            "nt" or "ntd" or "twd" => new("TWD", "New Taiwan dollar"),
            "s" when glued => new("SGD", "Singapore dollar"),
            "sg" or "sgd" => new("SGD", "Singapore dollar"),
            "nz" or "nzd" => new("NZD", "New Zealand dollar"),
            "r" when glued => new("BRL", "Brazilian real"),
            "mex" or "mx" or "mxn" => new("MXN", "Mexican peso"),
            _ => null,
        };
    }

    /// <summary>Multipliers: "billion", "bn", "crore"… Single letters count only glued to the number ("40m", "$5b").</summary>
    public static decimal? Scale(QToken t, bool glued, bool moneyContext)
    {
        if (!t.IsWord) return null;
        switch (t.Lower)
        {
            case "thousand": case "thousands": return 1e3m;
            case "million": case "millions": case "mn": case "mln": case "mio": case "mil": return 1e6m;
            case "billion": case "billions": case "bn": case "bln": case "bil": return 1e9m;
            case "trillion": case "trillions": case "tn": case "trn": case "tln": return 1e12m;
            case "crore": case "crores": case "cr": return 1e7m;
            case "lakh": case "lakhs": case "lac": case "lacs": return 1e5m;
            case "k": return glued ? 1e3m : null;
            case "m": return glued || moneyContext ? 1e6m : null;
            case "b": case "bln.": return glued ? 1e9m : null;
            case "t": case "tr": return glued ? 1e12m : null;
            default: return null;
        }
    }

    public static readonly Dictionary<string, int> SmallNumbers = new()
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
    };

    public static readonly Dictionary<string, int> Tens = new()
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    public static readonly Dictionary<string, decimal> WordScales = new()
    {
        ["hundred"] = 100m, ["thousand"] = 1e3m, ["million"] = 1e6m, ["billion"] = 1e9m, ["trillion"] = 1e12m,
    };

    public static readonly Dictionary<string, int> Months = new()
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3, ["april"] = 4, ["apr"] = 4,
        ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7, ["august"] = 8, ["aug"] = 8,
        ["september"] = 9, ["sep"] = 9, ["sept"] = 9, ["october"] = 10, ["oct"] = 10, ["november"] = 11, ["nov"] = 11,
        ["december"] = 12, ["dec"] = 12,
    };

    /// <summary>Qualifier phrases read backwards from the amount: last word first.</summary>
    public static readonly (string[] Words, AmountQualifier Qualifier)[] Qualifiers =
    [
        (["more", "than"], AmountQualifier.Over), (["over"], AmountQualifier.Over), (["above"], AmountQualifier.Over),
        (["in", "excess", "of"], AmountQualifier.Over), (["upwards", "of"], AmountQualifier.Over), (["north", "of"], AmountQualifier.Over),
        (["exceeding"], AmountQualifier.Over), (["greater", "than"], AmountQualifier.Over), (["exceed"], AmountQualifier.Over),
        (["exceeds"], AmountQualifier.Over), (["exceeded"], AmountQualifier.Over), (["surpass"], AmountQualifier.Over),
        (["surpasses"], AmountQualifier.Over), (["surpassing"], AmountQualifier.Over), (["beyond"], AmountQualifier.Over),
        (["will", "top"], AmountQualifier.Over), (["to", "top"], AmountQualifier.Over), (["could", "top"], AmountQualifier.Over),
        (["would", "top"], AmountQualifier.Over), (["tops"], AmountQualifier.Over), (["topped"], AmountQualifier.Over),
        (["about"], AmountQualifier.About), (["around"], AmountQualifier.About), (["roughly"], AmountQualifier.About),
        (["approximately"], AmountQualifier.About), (["approx"], AmountQualifier.About), (["nearly"], AmountQualifier.About),
        (["almost"], AmountQualifier.About), (["some"], AmountQualifier.About), (["close", "to"], AmountQualifier.About),
        (["circa"], AmountQualifier.About), (["an", "estimated"], AmountQualifier.About), (["just", "under"], AmountQualifier.About),
        (["just", "over"], AmountQualifier.Over), (["roughly"], AmountQualifier.About), (["an", "approximate"], AmountQualifier.About),
        (["up", "to"], AmountQualifier.UpTo), (["as", "much", "as"], AmountQualifier.UpTo), (["as", "high", "as"], AmountQualifier.UpTo),
        (["a", "maximum", "of"], AmountQualifier.UpTo), (["as", "many", "as"], AmountQualifier.UpTo),
        (["at", "least"], AmountQualifier.AtLeast), (["no", "less", "than"], AmountQualifier.AtLeast),
        (["not", "less", "than"], AmountQualifier.AtLeast), (["a", "minimum", "of"], AmountQualifier.AtLeast),
        (["no", "fewer", "than"], AmountQualifier.AtLeast),
        (["less", "than"], AmountQualifier.UpTo), (["no", "more", "than"], AmountQualifier.UpTo), (["at", "most"], AmountQualifier.UpTo),
        (["under"], AmountQualifier.UpTo), (["below"], AmountQualifier.UpTo), (["fewer", "than"], AmountQualifier.UpTo),
    ];
}
