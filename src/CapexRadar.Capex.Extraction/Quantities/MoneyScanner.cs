using CapexRadar.Domain;

namespace CapexRadar.Capex.Extraction;

/// <summary>A money amount found at some tokens, before ranges and equivalents are attached.</summary>
internal sealed class MoneyMatch
{
    public required int StartToken;
    public required int EndToken; // exclusive
    public required decimal Value;
    public decimal? High;
    public required CurrencySense Currency;
    public bool HasScale;
    public bool PrefixCurrency;
    public AmountQualifier Qualifier = AmountQualifier.Exact;
    public MoneyMatch? Equivalent;
    /// <summary>Token after the stated conversion (closing bracket included); the scan resumes there.</summary>
    public int? EquivalentEnd;
}

/// <summary>
/// Reads money at a token position: prefix forms ("$53 billion", "US$38bn", "RMB120 billion", "SAR 18.75bn", "₹75,000 crore",
/// "c $ 16.4 million", "MAUD 60"), suffix forms ("380 billion yuan", "53 billion dollars", "75 USD million", "10 $",
/// "5 MEUR", "420 million finnish markka"), composite cents ("3 dollars 50 cents"), ranges ("$64 billion to $72 billion",
/// "$64-72 billion", "between €30 billion and €50 billion") and stated conversions ("(about $8.6 billion)", ", or $1.1 billion",
/// "— in Japanese yen, roughly $650 million —"). Every read looks a bounded number of tokens ahead.
/// </summary>
internal sealed class MoneyScanner(List<QToken> tokens)
{
    private readonly List<QToken> _t = tokens;
    private int N => _t.Count;

    private QToken? At(int j) => j >= 0 && j < N ? _t[j] : null;
    private bool Glued(int j) => j > 0 && j < N && !_t[j].SpaceBefore;
    private bool WordAt(int j, string w) => j >= 0 && j < N && _t[j].Lower == w;
    private bool NewLineAt(int j) => j < N && _t[j].LineBefore;

    /// <summary>Money starting exactly at token <paramref name="i"/>, with ranges, cents and equivalents attached.</summary>
    public MoneyMatch? Read(int i, bool allowEquivalent = true)
    {
        var m = ReadSimple(i);
        if (m is null) return null;
        ReadCents(m);
        ReadRange(m);
        m.Qualifier = m.High is not null ? AmountQualifier.Range : QualifierBefore(m.StartToken);
        if (allowEquivalent) ReadEquivalent(m);
        return m;
    }

    /// <summary>How far back the low end of a range is looked for before a suffixed amount (tokens).</summary>
    private const int LowEndReach = 5;

    /// <summary>
    /// "50 billion to 70 billion yen", "between 50 billion and 70 billion yen": a scaled number before a suffixed amount and a range
    /// word is the range's low end in the same currency. Only tokens starting at or after <paramref name="floorChar"/> (the end of
    /// the last quantity found) are taken; looks at most <see cref="LowEndReach"/> tokens back.
    /// </summary>
    public void ReadLowEndBefore(MoneyMatch m, int floorChar)
    {
        if (m.High is not null || m.PrefixCurrency || !m.HasScale) return;
        var sep = m.StartToken - 1;
        if (sep < 2 || NewLineAt(m.StartToken) || !(_t[sep].Lower is "to" or "-" or "–" or "and")) return;
        for (var k = sep - 1; k >= Math.Max(0, sep - LowEndReach); k--)
        {
            if (_t[k].Start < floorChar || NewLineAt(k + 1)) return;
            if (!_t[k].IsNumber || k > 0 && !_t[k].SpaceBefore && _t[k - 1].IsNumber) continue;
            if (!NumberReader.TryRead(_t, k, out var num) || num.FromWords || num.HasScale) return;
            var (scale, end) = ReadScales(num.End, true);
            if (end != sep || scale is null) return;
            if (_t[sep].Lower == "and" && !(k > 0 && _t[k - 1].Lower == "between")) return;
            var low = num.Value * scale.Value;
            if (low <= 0 || low >= m.Value) return;
            m.High = m.Value;
            m.Value = low;
            m.StartToken = k;
            m.Qualifier = AmountQualifier.Range;
            return;
        }
    }

    /// <summary>A single amount with its currency (no ranges, no equivalents).</summary>
    public MoneyMatch? ReadSimple(int i)
    {
        if (i >= N) return null;
        return ReadPrefixed(i) ?? ReadSuffixed(i);
    }

    /// <summary>Words that may follow a bare scaled number read as money: prepositions, conjunctions, time determiners and
    /// adverbs ("2.7 million in 2026", "2.7 million and", "2.7 million next year"). A noun after it ("2.7 million people",
    /// "2.7 million shares") makes it a count, so any word outside this closed class stops the read.</summary>
    private static readonly HashSet<string> BareFollowers =
    [
        "in", "on", "for", "over", "by", "to", "from", "into", "at", "during", "through", "until", "within", "across", "toward", "towards",
        "and", "or", "but", "while", "whereas", "than", "versus", "vs", "this", "next", "last", "the", "a", "an", "each", "per", "every",
        "annually", "yearly", "respectively", "previously", "earlier", "before", "later", "apiece",
    ];

    /// <summary>
    /// "$1.2 billion in 2025 and 2.7 million in 2026": a bare number with a scale of at least a hundred thousand, written
    /// apart from any word before it and followed only by punctuation or a word of <see cref="BareFollowers"/>, is an
    /// amount in <paramref name="currency"/> (the caller passes the currency of an amount earlier in the same clause).
    /// Looks a bounded number of tokens ahead.
    /// </summary>
    public MoneyMatch? ReadBare(int i, CurrencySense currency)
    {
        if (i >= N || !_t[i].IsNumber || NewLineAt(i)) return null;
        // glued to what precedes ("H20", "$5", "-3", "2025/2.7") it is part of another form
        if (i > 0 && !_t[i].SpaceBefore) return null;
        if (!NumberReader.TryRead(_t, i, out var num) || num.FromWords || num.HasScale) return null;
        var (scale, end) = ReadScales(num.End, true);
        if (scale is null || scale < 1e5m) return null;
        var m = new MoneyMatch
        {
            StartToken = i, EndToken = end, Value = num.Value * scale.Value, Currency = currency, HasScale = true, PrefixCurrency = true,
        };
        ReadRange(m);
        m.Qualifier = m.High is not null ? AmountQualifier.Range : QualifierBefore(i);
        var e = m.EndToken;
        if (e < N && !NewLineAt(e))
        {
            var next = _t[e];
            if (next.IsWord ? !BareFollowers.Contains(next.Lower) || !next.SpaceBefore : next.IsNumber || QuantityLexicon.Symbol(next) is not null || next.Lower == "%")
                return null;
        }
        return m;
    }

    // ---------- prefix forms ----------

    private MoneyMatch? ReadPrefixed(int i)
    {
        var t = _t[i];
        CurrencySense? cur = null;
        var j = i;
        var millions = false;
        // "u.s $", "U.S. $": letters and dots before "$"
        if (t.IsWord && t.Lower == "u" && WordAt(i + 1, ".") && WordAt(i + 2, "s") && Glued(i + 1) && Glued(i + 2))
        {
            var k = i + 3;
            if (WordAt(k, ".") && Glued(k)) k++;
            if (k < N && _t[k].Lower == "$" && !NewLineAt(k))
            {
                cur = new("USD", "United States dollar");
                j = k + 1;
            }
        }
        if (cur is null && t.IsWord && i + 1 < N && _t[i + 1].Lower == "$" && !NewLineAt(i + 1))
        {
            var glued = !_t[i + 1].SpaceBefore;
            var apostrophe = i > 0 && _t[i - 1].Kind == QKind.Symbol && _t[i - 1].Lower is "'" or "’" && !t.SpaceBefore;
            if (!apostrophe && (glued || t.Lower is "us" or "c" or "hk" or "nz" or "nt" or "sg" or "mex" or "usd" or "cad" or "aud" or "hkd"))
            {
                cur = QuantityLexicon.DollarPrefix(t.Lower, glued);
                if (cur is not null) j = i + 2;
            }
        }
        if (cur is null && t.Kind == QKind.Symbol)
        {
            cur = QuantityLexicon.Symbol(t);
            // a "$" glued after a word is part of that word's prefix ("US$"), handled above
            if (cur is not null) j = i + 1;
        }
        if (cur is null && t.IsWord)
        {
            var prefix = QuantityLexicon.Code(t) is null ? CurrencyPrefixes.Of(t) : null;
            cur = QuantityLexicon.Code(t) ?? prefix?.Currency;
            if (cur is null && (cur = QuantityLexicon.MillionsCode(t)) is not null) millions = true;
            // "R12.6 billion", "N5bn": a one-letter prefix only glued to a number with a scale
            if (prefix is { GluedWithScale: true } && !(i + 1 < N && !_t[i + 1].SpaceBefore && _t[i + 1].IsNumber && ScaleFollows(i + 2))) return null;
            if (cur is not null)
            {
                j = i + 1;
                if (t.Lower == "rs" && WordAt(j, ".") && Glued(j)) j++;
                // a code must be followed by its number: "RMB120", "SAR 18.75bn", "usd 200"
                if (j >= N || NewLineAt(j) || !(_t[j].IsNumber || NumberReader.IsSmallNumberWord(_t[j]))) return null;
                if (_t[j].IsWord && !millions) return null;
                // "EURO 70mn", "euro300 million": the word "euro" before a number only with a scale or glued
                if (t.Lower is "euro" or "euros" && _t[j].SpaceBefore && !(j + 1 < N && QuantityLexicon.Scale(_t[j + 1], !_t[j + 1].SpaceBefore, true) is not null)) return null;
            }
        }
        if (cur is null || j >= N || NewLineAt(j)) return null;
        // the number must be close: glued or after one space
        if (!NumberReader.TryRead(_t, j, out var num)) return null;
        if (num.FromWords && t.Kind == QKind.Symbol && _t[j].SpaceBefore) return null;
        var value = num.Value;
        var end = num.End;
        var hasScale = num.HasScale;
        // a number glued to letters that are not a scale ("$5x") is no amount
        if (!hasScale)
        {
            var (scale, scaleEnd) = ReadScales(end, true);
            if (scale is not null) { value *= scale.Value; end = scaleEnd; hasScale = true; }
        }
        if (millions) { value *= 1e6m; hasScale = true; }
        if (end < N && _t[end].IsWord && !_t[end].SpaceBefore && !hasScale) return null;
        var m = new MoneyMatch { StartToken = i, EndToken = end, Value = value, Currency = cur, HasScale = hasScale, PrefixCurrency = true };
        // "$64-72 billion": the first number takes the scale of the second
        if (!hasScale && !num.FromWords) ReadSharedScaleRange(m);
        return m;
    }

    private void ReadSharedScaleRange(MoneyMatch m)
    {
        var j = m.EndToken;
        if (j + 1 >= N) return;
        var sep = _t[j];
        if (!(sep.Lower is "-" or "–" or "to")) return;
        if (!_t[j + 1].IsNumber || !NumberReader.TryParseDigits(_t[j + 1].Lower, out var high)) return;
        var (scale, end) = ReadScales(j + 2, true);
        if (scale is null) return;
        var low = m.Value * scale.Value;
        high *= scale.Value;
        if (high <= low) return;
        // an optional repeated currency after the scale is not expected in prefix form
        m.Value = low;
        m.High = high;
        m.EndToken = end;
        m.HasScale = true;
    }

    /// <summary>A scale word at <paramref name="j"/>, glued ("5bn") or spaced ("5 billion"), or after a glued hyphen ("5-billion").</summary>
    private bool ScaleFollows(int j) => j < N && (QuantityLexicon.Scale(_t[j], !_t[j].SpaceBefore, true) is not null || HyphenatedScaleAt(j));

    /// <summary>"720-million", "12.6-billion": a hyphen glued between a number and a scale word of two letters or more.</summary>
    private bool HyphenatedScaleAt(int j) =>
        j + 1 < N && _t[j].Kind == QKind.Symbol && _t[j].Lower is "-" or "\u2010" && !_t[j].SpaceBefore && !_t[j + 1].SpaceBefore
        && _t[j + 1].Length >= 2 && QuantityLexicon.Scale(_t[j + 1], false, true) is not null;

    /// <summary>One or more multipliers ("billion", "bn", "lakh crore", "-million") starting at <paramref name="j"/>.</summary>
    private (decimal? Scale, int End) ReadScales(int j, bool moneyContext)
    {
        decimal? scale = null;
        var k = j;
        if (HyphenatedScaleAt(k)) k++;
        while (k < N && !NewLineAt(k))
        {
            var s = QuantityLexicon.Scale(_t[k], !_t[k].SpaceBefore, moneyContext);
            if (s is null) break;
            // "m" spaced is a scale only when not followed by a glued letter run and not a word like "m2"
            scale = (scale ?? 1m) * s.Value;
            k++;
            if (scale > 1e15m) break;
        }
        return (scale, k);
    }

    // ---------- suffix forms ----------

    private MoneyMatch? ReadSuffixed(int i)
    {
        var t = _t[i];
        if (!(t.IsNumber || NumberReader.IsSmallNumberWord(t) || t.Lower is "a" or "half" or "quarter")) return null;
        // a number glued to a preceding word ("H20", "USD115" is read as a prefix form) or to a "$" is not a start
        if (i > 0 && !t.SpaceBefore && (_t[i - 1].IsWord || _t[i - 1].Kind == QKind.Symbol && _t[i - 1].Lower is "$" or "." or "-" or "/"))
            return null;
        // "EEK 150mn": an unknown currency code written before the number owns it
        if (i > 0 && _t[i - 1].IsWord && _t[i - 1].Lower.Length == 3 && IsAllCaps(_t[i - 1]) && t.IsNumber) return null;
        if (!NumberReader.TryRead(_t, i, out var num)) return null;
        var value = num.Value;
        var end = num.End;
        var hasScale = num.HasScale;
        decimal? high = null;
        if (!hasScale)
        {
            // "1-2 mln eur", "64-72 billion yuan"
            if (end + 1 < N && _t[end].Lower is "-" or "–" && _t[end + 1].IsNumber && !num.FromWords
                && NumberReader.TryParseDigits(_t[end + 1].Lower, out var h))
            {
                var (sc, scEnd) = ReadScales(end + 2, false);
                if (sc is not null && h * sc.Value > value * sc.Value)
                {
                    var (cur2, curEnd2) = ReadCurrencyAfter(scEnd);
                    if (cur2 is not null)
                    {
                        return new MoneyMatch
                        {
                            StartToken = i, EndToken = curEnd2, Value = value * sc.Value, High = h * sc.Value, Currency = cur2, HasScale = true,
                        };
                    }
                }
            }
            var (scale, scaleEnd) = ReadScales(end, false);
            if (scale is not null) { value *= scale.Value; end = scaleEnd; hasScale = true; }
        }
        // "12-cent", "one-yen": a hyphen between number and unit
        var unitStart = end;
        if (end + 1 < N && _t[end].Lower == "-" && !_t[end].SpaceBefore && !_t[end + 1].SpaceBefore && _t[end + 1].IsWord) unitStart = end + 1;
        var (cur, curEnd) = ReadCurrencyAfter(unitStart);
        if (cur is null) return null;
        if (unitStart != end && QuantityLexicon.UnitWords.ContainsKey(_t[unitStart].Lower) is false) return null;
        var millions = curEnd - unitStart == 1 && QuantityLexicon.MillionsCode(_t[unitStart]) is not null && QuantityLexicon.Code(_t[unitStart]) is null;
        if (millions) { value *= 1e6m; hasScale = true; }
        // "75 USD million"
        if (!hasScale)
        {
            var (scale, scaleEnd) = ReadScales(curEnd, true);
            if (scale is not null) { value *= scale.Value; curEnd = scaleEnd; hasScale = true; }
        }
        // a unit glued to more letters/digits ("11a", "USD50" belongs to the next amount) ends here
        if (curEnd < N && !_t[curEnd].SpaceBefore && (_t[curEnd].IsWord || _t[curEnd].IsNumber)) return null;
        return new MoneyMatch { StartToken = i, EndToken = curEnd, Value = value, High = high, Currency = cur, HasScale = hasScale };
    }

    /// <summary>A currency written after the amount, starting at <paramref name="j"/>.</summary>
    private (CurrencySense? Currency, int End) ReadCurrencyAfter(int j)
    {
        if (j >= N || NewLineAt(j)) return (null, j);
        var t = _t[j];
        if (t.Kind == QKind.Symbol)
        {
            var sym = QuantityLexicon.Symbol(t);
            if (sym is null) return (null, j);
            // "1 $10": a symbol glued to the next number is that number's prefix
            if (j + 1 < N && !_t[j + 1].SpaceBefore && _t[j + 1].IsNumber) return (null, j);
            return (sym, j + 1);
        }
        if (!t.IsWord) return (null, j);
        // "u.s. dollars"
        if (t.Lower == "u" && j + 3 < N && _t[j + 1].Lower == "." && _t[j + 2].Lower == "s")
        {
            var k = j + 3;
            if (k < N && _t[k].Lower == ".") k++;
            if (k < N && _t[k].Lower is "dollar" or "dollars") return (new("USD", "United States dollar"), k + 1);
        }
        // adjective + unit: "us dollars", "hong kong dollars", "new taiwan dollars", "finnish markka"
        for (var width = 1; width <= 3 && j + width < N; width++)
        {
            var unitTok = _t[j + width];
            if (!unitTok.IsWord) break;
            var unit = Singular(unitTok.Lower);
            if (!QuantityLexicon.QualifiedUnits.TryGetValue((_t[j + width - 1].Lower, unit), out var q)) continue;
            // every word in between must be a word ("new taiwan", "hong kong", "south korean")
            return (q, j + width + 1);
        }
        if (QuantityLexicon.UnitWords.TryGetValue(t.Lower, out var u)) return (u, j + 1);
        var code = QuantityLexicon.Code(t);
        if (code is not null) return (code, j + 1);
        var mcode = QuantityLexicon.MillionsCode(t);
        if (mcode is not null) return (mcode, j + 1);
        // "usd$ 15" style suffix is rare; "10 us dollar" handled above
        return (null, j);
    }

    private bool IsAllCaps(QToken t)
    {
        // the tokenizer keeps lower case only; Capitalized tells the first letter; check the source through a known code list
        return t.AllCaps && QuantityLexicon.Code(t) is null && t.Lower is not ("the" or "and" or "for" or "but" or "its" or "was" or "has" or "ceo" or "cfo" or "ipo" or "inc" or "ltd" or "per" or "fy");
    }

    private static string Singular(string w) => w switch
    {
        "dollars" => "dollar", "rupees" => "rupee", "riyals" => "riyal", "dirhams" => "dirham", "francs" => "franc",
        "pesos" => "peso", "pounds" => "pound", "guilders" => "guilder", "reals" => "real", "kronor" => "krona", "kroner" => "krone",
        "crowns" => "crown", "dinars" => "dinar", "rials" => "rial", "marks" => "mark", "punts" => "punt", "kunas" => "kuna",
        _ => w,
    };

    // ---------- cents, ranges, equivalents, qualifiers ----------

    /// <summary>"3 dollars 50 cents", "15 dollars and 15", "c $ 100 and fifty", "10 $ 30 cent": the small number is hundredths.</summary>
    private void ReadCents(MoneyMatch m)
    {
        if (m.HasScale || m.Value != decimal.Truncate(m.Value) || m.Currency.Unit is "Cent" or "Pence" or "Penny" or "Sen" or "Mao" or "Bitcoin" or "Satoshi" or "Japanese yen" or "South Korean won") return;
        var j = m.EndToken;
        if (j >= N || NewLineAt(j)) return;
        var and = _t[j].Lower == "and";
        if (!and && m.PrefixCurrency) return;
        if (and) j++;
        if (j >= N || !_t[j].SpaceBefore) return;
        if (!NumberReader.TryRead(_t, j, out var n) || n.HasScale || n.Value != decimal.Truncate(n.Value) || n.Value >= 100 || n.Value < 1) return;
        var end = n.End;
        var isCents = end < N && _t[end].Lower is "cent" or "cents" or "mao";
        if (end < N && !isCents)
        {
            var next = _t[end];
            if (!next.SpaceBefore && (next.IsWord || next.IsNumber)) return;
            if (next.IsWord && (QuantityLexicon.UnitWords.ContainsKey(next.Lower) || QuantityLexicon.Code(next) is not null
                || QuantityLexicon.Scale(next, false, true) is not null || next.Lower is "percent" or "per" or "times" or "years" or "year")) return;
            if (next.Kind == QKind.Symbol && (QuantityLexicon.Symbol(next) is not null || next.Lower == "%")) return;
            // "one dollar and one and one point": a following "and" is fine
        }
        if (isCents) end++;
        m.Value += n.Value / 100m;
        m.EndToken = end;
    }

    private void ReadRange(MoneyMatch m)
    {
        if (m.High is not null) return;
        var j = m.EndToken;
        if (j + 1 >= N || NewLineAt(j)) return;
        var sep = _t[j].Lower;
        var between = PrecededBy(m.StartToken, "between");
        var from = PrecededBy(m.StartToken, "from");
        if (!(sep is "to" or "-" or "–" || sep == "and" && between)) return;
        var k = j + 1;
        // the high end: a full amount with the same currency, or a bare number (+scale) that shares the currency
        MoneyMatch? hi = ReadSimple(k);
        decimal high;
        int end;
        if (hi is not null)
        {
            if (!SameCurrency(hi.Currency, m.Currency)) return;
            ReadCents(hi);
            high = hi.Value;
            end = hi.EndToken;
        }
        else
        {
            if (!NumberReader.TryRead(_t, k, out var n)) return;
            var v = n.Value;
            end = n.End;
            var (scale, scaleEnd) = ReadScales(end, true);
            if (scale is not null) { v *= scale.Value; end = scaleEnd; }
            else if (m.HasScale) return; // "$5 billion to 6 people"
            var (cur, curEnd) = ReadCurrencyAfter(end);
            if (cur is not null) { if (!SameCurrency(cur, m.Currency)) return; end = curEnd; }
            else if (!m.PrefixCurrency) return;
            high = v;
        }
        if (high <= m.Value) return;
        // "from $5bn to $6bn" is a change; "from the $5bn to $6bn it had flagged" names an earlier range
        if (from && sep == "to" && !FollowedByPrevious(end) && !DeterminerBefore(m.StartToken)) return;
        m.High = high;
        m.EndToken = end;
    }

    private bool DeterminerBefore(int start)
    {
        var k = start - 1;
        while (k >= 0 && _t[k].Lower is "about" or "around" or "roughly" or "some" or "approximately") k--;
        return k >= 0 && _t[k].Lower is "the" or "its" or "their";
    }

    private bool FollowedByPrevious(int j)
    {
        var k = j;
        if (k < N && _t[k].Lower == ",") k++;
        return k < N && _t[k].Lower is "previously" or "earlier" or "before" or "prior";
    }

    private static bool SameCurrency(CurrencySense a, CurrencySense b) =>
        a.Iso == b.Iso && (a.Iso is not null || a.Unit == b.Unit) && a.Yen == b.Yen;

    private bool PrecededBy(int start, string word)
    {
        // skip a qualifier between: "between about $3bn and $4bn"
        for (var k = start - 1; k >= 0 && k >= start - 3; k--)
        {
            if (_t[k].Lower == word) return true;
            if (!_t[k].IsWord) return false;
        }
        return false;
    }

    private void ReadEquivalent(MoneyMatch m)
    {
        var j = m.EndToken;
        if (j >= N || NewLineAt(j)) return;
        var open = _t[j].Lower;
        int k;
        string? close = null;
        if (open is "(" or "[") { k = j + 1; close = open == "(" ? ")" : "]"; }
        else if (open is "—" or "–" or "-" && _t[j].SpaceBefore) { k = j + 1; close = open; }
        else if (open == "," && j + 1 < N && _t[j + 1].Lower == "or") k = j + 2;
        else if (open == "," && j + 1 < N && _t[j + 1].Lower is "about" or "around" or "roughly" or "approximately" or "some" or "nearly" or "equivalent" or "worth")
            k = j + 1;
        else if (open is "or") k = j + 1;
        // "¥600 billion in Japanese yen, or roughly $4.1 billion": the currency named in words, then the conversion
        else if (open == "in" && CurrencyWordsThenComma(j + 1) is { } comma) k = comma + 1;
        else return;
        // up to a few words before the amount: "about", "roughly", "in Japanese yen, roughly", "equivalent to", "or"
        var limit = Math.Min(N, k + 7);
        for (var s = k; s < limit; s++)
        {
            var tok = _t[s];
            if (tok.LineBefore) return;
            var eq = ReadSimple(s);
            if (eq is not null)
            {
                ReadRange(eq);
                eq.Qualifier = eq.High is not null ? AmountQualifier.Range : QualifierBefore(eq.StartToken);
                // "Of the ¥7 trillion, about ¥1.8 trillion …": the same currency is a second amount, never a conversion
                if (SameCurrency(eq.Currency, m.Currency) && (eq.Currency.Iso is not null || eq.Currency.Yen)) return;
                var end = eq.EndToken;
                if (close is not null)
                {
                    if (end < N && _t[end].Lower == close) end++;
                    else if (close is ")" or "]") return;
                }
                m.Equivalent = eq;
                m.EquivalentEnd = end;
                return;
            }
            if (tok.IsNumber) return;
            if (close is not null && tok.Lower == close) return;
            if (tok.Kind == QKind.Symbol && tok.Lower is not ("," or ".")) return;
        }
    }

    /// <summary>"in Japanese yen ," / "in euros ,": the comma after one to three words naming a currency, or null.</summary>
    private int? CurrencyWordsThenComma(int from)
    {
        var named = false;
        for (var s = from; s < Math.Min(N, from + 4); s++)
        {
            var tok = _t[s];
            if (tok.LineBefore) return null;
            if (tok.Lower == ",") return named ? s : null;
            if (!tok.IsWord) return null;
            if (QuantityLexicon.UnitWords.ContainsKey(tok.Lower) || QuantityLexicon.IsIsoWord(tok.Lower)) named = true;
        }
        return null;
    }

    public AmountQualifier QualifierBefore(int start)
    {
        foreach (var (words, q) in QuantityLexicon.Qualifiers)
        {
            var ok = true;
            for (var w = 0; w < words.Length; w++)
            {
                var k = start - words.Length + w;
                if (k < 0 || _t[k].Lower != words[w] || (w > 0 && _t[k].LineBefore)) { ok = false; break; }
            }
            if (ok && start - words.Length >= 0 && !_t[start].LineBefore) return q;
        }
        return AmountQualifier.Exact;
    }
}
