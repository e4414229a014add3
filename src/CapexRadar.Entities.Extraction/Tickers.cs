namespace CapexRadar.Entities.Extraction;

/// <summary>Exchange vocabulary: Yahoo-style suffixes and the exchange prefixes used in text ("NASDAQ: ACMR").</summary>
internal static class Tickers
{
    /// <summary>ISO 10383 MIC → Yahoo-style suffix (empty for US venues).</summary>
    public static readonly Dictionary<string, string> MicSuffix = new(StringComparer.OrdinalIgnoreCase)
    {
        ["XHKG"] = ".HK", ["XSHG"] = ".SS", ["XSHE"] = ".SZ", ["XTKS"] = ".T", ["XKRX"] = ".KS", ["XKOS"] = ".KQ",
        ["XNSE"] = ".NS", ["XBOM"] = ".BO", ["XAMS"] = ".AS", ["XPAR"] = ".PA", ["XETR"] = ".DE", ["XFRA"] = ".F",
        ["XLON"] = ".L", ["XTAI"] = ".TW", ["ROCO"] = ".TWO", ["XSWX"] = ".SW", ["XSTO"] = ".ST", ["XASX"] = ".AX",
        ["XTSE"] = ".TO", ["XSES"] = ".SI", ["XSAU"] = ".SR", ["XADS"] = ".AD", ["XDFM"] = ".DU", ["XMIL"] = ".MI",
        ["XMAD"] = ".MC", ["XHEL"] = ".HE", ["XCSE"] = ".CO", ["XOSL"] = ".OL", ["XBRU"] = ".BR", ["XTAE"] = ".TA",
        ["XNYS"] = "", ["XNAS"] = "", ["ARCX"] = "", ["BATS"] = "", ["XASE"] = "", ["OTCM"] = "", ["XNGS"] = "", ["XNMS"] = "",
        ["XLIS"] = ".LS", ["XWBO"] = ".VI", ["XDUB"] = ".IR", ["XIST"] = ".IS", ["XJSE"] = ".JO", ["BVMF"] = ".SA",
        ["XMEX"] = ".MX", ["XIDX"] = ".JK", ["XKLS"] = ".KL", ["XBKK"] = ".BK", ["XPHS"] = ".PS", ["XNZE"] = ".NZ",
        ["XQAT"] = ".QA", ["XKUW"] = ".KW", ["XTSX"] = ".V", ["XSTC"] = ".VN",
    };

    /// <summary>Yahoo-style suffix (without the dot, upper case) → MIC.</summary>
    public static readonly Dictionary<string, string> SuffixMic = BuildSuffixMic();

    private static Dictionary<string, string> BuildSuffixMic()
    {
        var d = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (mic, suffix) in MicSuffix)
            if (suffix.Length > 1) d.TryAdd(suffix[1..], mic);
        d["SH"] = "XSHG";
        d["SZ"] = "XSHE";
        return d;
    }

    /// <summary>Exchange names as written before a ticker in text → MIC ("" = any US venue).</summary>
    public static readonly Dictionary<string, string> ExchangePrefix = new(StringComparer.OrdinalIgnoreCase)
    {
        ["NASDAQ"] = "XNAS", ["NasdaqGS"] = "XNAS", ["NasdaqGM"] = "XNAS", ["NYSE"] = "XNYS", ["AMEX"] = "XASE",
        ["NYSEAMERICAN"] = "XASE", ["ARCA"] = "ARCX", ["OTC"] = "OTCM", ["OTCQX"] = "OTCM", ["OTCMKTS"] = "OTCM",
        ["HKEX"] = "XHKG", ["HKSE"] = "XHKG", ["SEHK"] = "XHKG", ["HKG"] = "XHKG", ["HK"] = "XHKG",
        ["SSE"] = "XSHG", ["SHA"] = "XSHG", ["SH"] = "XSHG", ["SZSE"] = "XSHE", ["SHE"] = "XSHE", ["SZ"] = "XSHE",
        ["TSE"] = "XTKS", ["TYO"] = "XTKS", ["JPX"] = "XTKS", ["KRX"] = "XKRX", ["KOSDAQ"] = "XKOS", ["KSE"] = "XKRX",
        ["LSE"] = "XLON", ["LON"] = "XLON", ["ETR"] = "XETR", ["XETRA"] = "XETR", ["FRA"] = "XFRA", ["EPA"] = "XPAR",
        ["PAR"] = "XPAR", ["AMS"] = "XAMS", ["EBR"] = "XBRU", ["HEL"] = "XHEL", ["STO"] = "XSTO", ["CPH"] = "XCSE",
        ["OSL"] = "XOSL", ["ASX"] = "XASX", ["TSX"] = "XTSE", ["TSXV"] = "XTSX", ["NSE"] = "XNSE", ["BSE"] = "XBOM",
        ["TWSE"] = "XTAI", ["TPE"] = "XTAI", ["TAI"] = "XTAI", ["TPEX"] = "ROCO", ["SGX"] = "XSES", ["TADAWUL"] = "XSAU",
        ["ADX"] = "XADS", ["DFM"] = "XDFM", ["SIX"] = "XSWX", ["SWX"] = "XSWX", ["BIT"] = "XMIL", ["MIL"] = "XMIL",
        ["BME"] = "XMAD", ["MCE"] = "XMAD", ["TASE"] = "XTAE", ["BATS"] = "BATS", ["CBOE"] = "BATS",
        ["IDX"] = "XIDX", ["BMV"] = "XMEX", ["BOVESPA"] = "BVMF", ["B3"] = "BVMF", ["KLSE"] = "XKLS", ["BURSA"] = "XKLS",
        ["NZX"] = "XNZE", ["PSE"] = "XPHS", ["QSE"] = "XQAT", ["BIST"] = "XIST", ["JSE"] = "XJSE", ["HOSE"] = "XSTC",
        ["ELI"] = "XLIS", ["VIE"] = "XWBO", ["WBAG"] = "XWBO", ["BKK"] = "XBKK", ["SET"] = "XBKK",
    };

    public static bool IsUsMic(string mic) => MicSuffix.TryGetValue(mic, out var s) && s.Length == 0;

    /// <summary>"0700" and "700" are the same Hong Kong code.</summary>
    public static string NormalizeSymbol(string symbol)
    {
        var s = symbol.Trim().ToUpperInvariant();
        var allDigits = s.Length > 0;
        foreach (var c in s) if (!char.IsAsciiDigit(c)) { allDigits = false; break; }
        return allDigits ? s.TrimStart('0') is { Length: > 0 } t ? t : "0" : s;
    }
}
