using System.Globalization;
using CapexRadar.Capex.Extraction;
using CapexRadar.Domain;

namespace CapexRadar.Events;

/// <summary>
/// The opening of a story: its headline (the first line of <see cref="EventInput.Text"/>, which callers build as
/// "title\nbody") and its lead (the first paragraph after it). Stories put their main fact there; facts mentioned in
/// passing ("two days after X pledged $10 billion…") come later or second. Both parts are cut at fixed lengths, so
/// reading them is bounded whatever the text.
/// </summary>
public static class StoryLead
{
    /// <summary>The headline is at most this many characters (the first line, cut here).</summary>
    public const int MaxHeadlineChars = 400;

    /// <summary>The lead paragraph is at most this many characters after the headline.</summary>
    public const int MaxLeadChars = 800;

    /// <summary>A text this short is a brief: all of it is read for the amounts it states (not only its opening).</summary>
    public const int MaxBriefChars = 1000;

    /// <summary>The first line of the text, at most <see cref="MaxHeadlineChars"/> characters.</summary>
    public static string Headline(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var limit = Math.Min(text.Length, MaxHeadlineChars);
        var newline = text.AsSpan(0, limit).IndexOf('\n');
        return text[..(newline < 0 ? limit : newline)];
    }

    /// <summary>The headline and the first paragraph after it (at most <see cref="MaxHeadlineChars"/> + <see cref="MaxLeadChars"/>).</summary>
    public static string HeadlineAndLead(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var headline = Headline(text);
        var start = headline.Length;
        while (start < text.Length && char.IsWhiteSpace(text[start])) start++;
        var limit = Math.Min(text.Length - start, MaxLeadChars);
        var end = text.AsSpan(start, limit).IndexOf('\n');
        return headline + "\n" + text.Substring(start, end < 0 ? limit : end);
    }

    /// <summary>The opening paragraphs: the lead and the paragraph that details it. A story's main facts are there; what
    /// comes later is detail and background.</summary>
    public const int OpeningParagraphs = 2;

    /// <summary>
    /// Where the body (the text after the headline's line) passes its first <see cref="OpeningParagraphs"/> paragraphs, as an
    /// offset into the body; at most <see cref="OpeningParagraphs"/> × <see cref="MaxLeadChars"/> characters are read, a
    /// longer paragraph counts as ending there.
    /// </summary>
    public static int OpeningEnd(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = Headline(text).Length + 1;
        if (start >= text.Length) return 0;
        var i = start;
        for (var n = 0; n < OpeningParagraphs; n++)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            var limit = Math.Min(text.Length, i + MaxLeadChars);
            var end = text.IndexOf('\n', i, limit - i);
            i = end < 0 ? limit : end;
        }
        return i - start;
    }

    /// <summary>
    /// The headline and the <see cref="OpeningParagraphs"/> opening paragraphs (<see cref="OpeningEnd"/>): where a story
    /// states its news even when its first paragraph only sets the scene ("The road north of Kimberley runs past sheep
    /// farms…" and then "Karoo Compute says the site will cost it R14 billion").
    /// </summary>
    public static string Opening(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var headline = Headline(text);
        var start = Math.Min(text.Length, headline.Length + 1);
        return headline + "\n" + text.Substring(start, Math.Min(text.Length - start, OpeningEnd(text)));
    }

    /// <summary>
    /// <paramref name="name"/> opens the body as its dateline: the place and date (or the agency) an outlet writes before its
    /// first sentence — "Guwahati, Sep 8 (PTW) …", "Bonn, 2 March -- …", "KULAI: …", "Riyadh (Gulf Wire) - …". A dateline
    /// names where the story was filed, never who acts.
    /// </summary>
    public const int MaxDatelineWords = 4;

    public static bool IsDateline(string text, string name)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(name);
        var i = Math.Min(text.Length, Headline(text).Length + 1);
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        if (name.Length == 0 || string.Compare(text, i, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) != 0) return false;
        var j = i + name.Length;
        if (j >= text.Length || char.IsLetterOrDigit(text[j])) return false;
        // "CITY:" and "CITY --", "CITY —"
        if (text[j] == ':') return true;
        var k = j;
        while (k < text.Length && text[k] == ' ') k++;
        if (k < text.Length && text[k] is '—' or '–' or '(' ) return true;
        if (k + 1 < text.Length && text[k] == '-' && text[k + 1] == '-') return true;
        if (text[j] != ',') return false;
        // "CITY, Sep 8", "CITY, 2 March", "CITY, Saudi Arabia, 20 January": a date within the next few capitalised words
        for (var n = 0; n < MaxDatelineWords; n++)
        {
            while (k < text.Length && text[k] is ' ' or ',') k++;
            var w = k;
            while (k < text.Length && char.IsLetterOrDigit(text[k])) k++;
            if (k == w) return false;
            var word = text.AsSpan(w, k - w);
            if (char.IsAsciiDigit(word[0]) || EventWords.Month.Contains(word)) return true;
            if (!char.IsUpper(word[0])) return false;
        }
        return false;
    }

    /// <summary>At most this many partners are read from one list.</summary>
    public const int MaxPartners = 6;

    /// <summary>
    /// The coordinated list of names that <paramref name="name"/> stands in within <paramref name="sentence"/>: "A consortium of
    /// Harrow Infrastructure Partners, Pacifica Pension Fund and Orchard Capital will invest…" → the three names, whichever of
    /// them the extractor credited; empty when the name stands alone. A name is a run of capitalised words (and "&amp;");
    /// the list's items are joined by ", ", " and " or ", and " only. Reads at most <see cref="MaxPartners"/> names each side.
    /// </summary>
    public static List<string> Partners(string sentence, string name)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(name);
        var result = new List<string>();
        var spans = Spans(sentence.Length > MaxHeadlineChars + MaxLeadChars ? sentence[..(MaxHeadlineChars + MaxLeadChars)] : sentence);
        // names: maximal runs of capitalised words one space apart
        var names = new List<(int Start, int End)>();
        for (var i = 0; i < spans.Count; i++)
        {
            if (!char.IsUpper(sentence[spans[i].Start])) continue;
            var j = i;
            while (j + 1 < spans.Count && j - i < MaxNameWords && OneSpaceApart(sentence, spans, j, 2) && char.IsUpper(sentence[spans[j + 1].Start])) j++;
            names.Add((spans[i].Start, spans[j].End));
            i = j;
        }
        var at = names.FindIndex(n => sentence.AsSpan(n.Start, n.End - n.Start).Contains(name.AsSpan(), StringComparison.Ordinal) ||
                                      name.AsSpan().Contains(sentence.AsSpan(n.Start, n.End - n.Start), StringComparison.Ordinal));
        if (at < 0) return result;
        var (first, last) = (at, at);
        while (first > 0 && at - first < MaxPartners && Joined(sentence, names[first - 1].End, names[first].Start)) first--;
        while (last + 1 < names.Count && last - at < MaxPartners && Joined(sentence, names[last].End, names[last + 1].Start)) last++;
        if (first == last) return result;
        for (var k = first; k <= last; k++) result.Add(sentence[names[k].Start..names[k].End]);
        return result;
    }

    /// <summary>Only a list's joint between two names: ", ", " and ", ", and ".</summary>
    private static bool Joined(string text, int end, int start)
    {
        var gap = text.AsSpan(end, start - end);
        return gap is ", " or " and " or ", and " or " & ";
    }

    /// <summary>At most this many words between a possessive and its unit noun ("the YTL Group's green power arm").</summary>
    public const int MaxArmModifiers = 3;

    /// <summary>
    /// The words that describe an unnamed unit of <paramref name="owner"/> in <paramref name="sentence"/>: "The YTL Group's
    /// power arm will pour…" → ["power"]; "Hiranandani Group's data-centre business" → ["data", "centre"]. Empty when the
    /// sentence does not write the owner's name with a possessive and a unit noun (<c>UnitNoun</c>) within
    /// <see cref="MaxArmModifiers"/> words after it.
    /// </summary>
    public static List<string> ArmWords(string sentence, string owner)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(owner);
        var result = new List<string>();
        if (owner.Length < 2) return result;
        var limit = Math.Min(sentence.Length, MaxHeadlineChars + MaxLeadChars);
        var at = sentence.IndexOf(owner, 0, limit, StringComparison.Ordinal);
        if (at < 0) return result;
        var i = at + owner.Length;
        if (i + 1 >= sentence.Length || sentence[i] is not ('\'' or '’') || sentence[i + 1] != 's') return result;
        i += 2;
        for (var n = 0; n <= MaxArmModifiers && i < sentence.Length; n++)
        {
            while (i < sentence.Length && sentence[i] == ' ') i++;
            var start = i;
            while (i < sentence.Length && (char.IsLetterOrDigit(sentence[i]) || (sentence[i] == '-' && i + 1 < sentence.Length && char.IsLetter(sentence[i + 1])))) i++;
            if (i == start) break;
            var word = sentence[start..i];
            if (EventWords.UnitNoun.Contains(word)) return result;
            result.AddRange(word.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant()));
        }
        result.Clear();
        return result;
    }

    /// <summary>
    /// The company a story names elsewhere as "<paramref name="ownerWord"/> …" with one of <paramref name="armWords"/> in its
    /// name ("YTL Power International" for the YTL Group's power arm), resolved by <paramref name="resolve"/>, other than
    /// <paramref name="exceptId"/>; the first such name of the text's first <see cref="CompanyLinks.MaxChars"/> characters.
    /// </summary>
    public static Named? ArmNamed(string text, string ownerWord, IReadOnlyList<string> armWords, string? exceptId, Func<string, string?> resolve)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(ownerWord);
        ArgumentNullException.ThrowIfNull(resolve);
        if (ownerWord.Length < 2 || armWords.Count == 0) return null;
        var limit = Math.Min(text.Length, CompanyLinks.MaxChars);
        for (var at = text.IndexOf(ownerWord, 0, limit, StringComparison.Ordinal); at >= 0;
             at = at + 1 < limit ? text.IndexOf(ownerWord, at + 1, limit - at - 1, StringComparison.Ordinal) : -1)
        {
            if (at > 0 && char.IsLetterOrDigit(text[at - 1])) continue;
            // the owner's word and up to three capitalised words after it, one of them an arm word: the longest that resolves
            var end = at + ownerWord.Length;
            var ends = new List<int>();
            var hasArm = new List<bool>();
            var arm = false;
            for (var n = 0; n < 3; n++)
            {
                if (end >= limit || text[end] != ' ') break;
                var w = end + 1;
                var k = w;
                while (k < limit && char.IsLetter(text[k])) k++;
                if (k == w || !char.IsUpper(text[w])) break;
                arm |= armWords.Contains(text[w..k], StringComparer.OrdinalIgnoreCase);
                end = k;
                ends.Add(end);
                hasArm.Add(arm);
            }
            for (var n = ends.Count - 1; n >= 0; n--)
            {
                if (!hasArm[n]) continue;
                var name = text[at..ends[n]];
                if (resolve(name) is { } id && id != exceptId) return new Named(id, name);
            }
        }
        return null;
    }

    /// <summary>Money amounts stated in <paramref name="text"/>, each with its USD value (stated, or converted).</summary>
    public static List<(MoneyAmount Amount, MoneyAmount? Usd)> Amounts(string text, FxTable fx, int year)
    {
        var result = new List<(MoneyAmount, MoneyAmount?)>();
        foreach (var q in QuantityRecognizer.Recognize(text))
        {
            if (q is not { Kind: QuantityKind.Money, Value: { } value, Currency: { } currency }) continue;
            var usd = q.UsdStated?.Value is { } stated ? stated : fx.ToUsd(value, currency, year);
            result.Add((new MoneyAmount(currency, value), usd is null ? null : new MoneyAmount("USD", usd.Value)));
        }
        return result;
    }

    /// <summary>
    /// Whether <paramref name="text"/> states a yearly rate: "a year", "per year", "each year", "every year", "per annum",
    /// "annually", "yearly" ("$10 billion a year", "$10bn-a-year plan") — not a time ("a year ago", "a year earlier"). Words
    /// of <c>Lexicon/event-words.json</c> (RateWord, RateFirst + RateUnit, RateNotAfter); one linear pass.
    /// </summary>
    public static bool StatesRate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = Words(text.Length > MaxHeadlineChars + MaxLeadChars ? text[..(MaxHeadlineChars + MaxLeadChars)] : text);
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (EventWords.RateWord.Contains(w)) return true;
            if (i + 1 < words.Count && EventWords.RateFirst.Contains(w) && EventWords.RateUnit.Contains(words[i + 1]) &&
                (i + 2 >= words.Count || !EventWords.RateNotAfter.Contains(words[i + 2])))
                return true;
        }
        return false;
    }

    /// <summary>A year after "in", "for"… is the figure's only when at most this many words from an amount ("$10 billion in
    /// 2027", "In 2027, Meta will spend $60 billion"); farther it dates something else ("…, with first capacity expected in 2028").</summary>
    public const int MaxYearReach = 6;

    /// <summary>
    /// Whether <paramref name="text"/> names a calendar or fiscal year for a figure: "2027 capital budget", "2027 capex",
    /// "fiscal 2027", or "in 2027" / "for 2027" within <see cref="MaxYearReach"/> words of an amount (a number with a scale
    /// word: "billion", "10bn"). A budget for a year is not a yearly rate (<see cref="StatesRate"/>).
    /// </summary>
    public static bool NamesBudgetYear(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = Words(text.Length > MaxHeadlineChars + MaxLeadChars ? text[..(MaxHeadlineChars + MaxLeadChars)] : text);
        var amounts = new List<int>();
        for (var i = 0; i < words.Count; i++)
            if (IsScaleWord(words[i])) amounts.Add(i);
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (w.Length != 4 || !w.StartsWith("20", StringComparison.Ordinal) || !char.IsAsciiDigit(w[2]) || !char.IsAsciiDigit(w[3])) continue;
            if (i + 1 < words.Count && EventWords.YearAfter.Contains(words[i + 1])) return true;
            if (i == 0) continue;
            // "fiscal 2027", "FY 2027" name a budget year wherever they stand; "in 2027" only near an amount
            if (EventWords.FiscalWord.Contains(words[i - 1]) ||
                (EventWords.YearBefore.Contains(words[i - 1]) && amounts.Any(a => Math.Abs(a - i) <= MaxYearReach))) return true;
        }
        return false;
    }

    /// <summary>A scale word ("billion", "bn") or a number glued to one ("10bn", "8.5tn" reads as "8", "5tn").</summary>
    private static bool IsScaleWord(string w)
    {
        if (Scales.ContainsKey(w)) return true;
        var i = 0;
        while (i < w.Length && char.IsAsciiDigit(w[i])) i++;
        return i > 0 && i < w.Length && Scales.ContainsKey(w[i..]);
    }

    /// <summary>At most this many shares are read by <see cref="Shares"/>.</summary>
    public const int MaxShares = 8;

    /// <summary>
    /// The shares <paramref name="opening"/> states as fractions: percentages between 1 % and 99 % ("a 40% stake", "will
    /// hold 60%"). A partner's part of a joint venture is its stated share of the venture's figure. At most
    /// <see cref="MaxShares"/>; the opening is at most <see cref="MaxHeadlineChars"/> + <see cref="MaxLeadChars"/> characters.
    /// </summary>
    public static List<decimal> Shares(string opening)
    {
        ArgumentNullException.ThrowIfNull(opening);
        var text = opening.Length > MaxHeadlineChars + MaxLeadChars + 1 ? opening[..(MaxHeadlineChars + MaxLeadChars + 1)] : opening;
        var shares = new List<decimal>();
        foreach (var q in QuantityRecognizer.Recognize(text))
        {
            if (shares.Count >= MaxShares) break;
            if (q is { Kind: QuantityKind.Percent, Value: { } value, High: null } && value >= 1 && value <= 99 && !shares.Contains(value / 100))
                shares.Add(value / 100);
        }
        return shares;
    }

    /// <summary>
    /// The money amounts <paramref name="headline"/> states as its story's figure, each with its range's high end ("$54
    /// billion to $58 billion"): the figure a story is about, whatever its body's first commitment is. None when the
    /// headline says a figure changed ("raises… to $60 billion from $50 billion": two figures, see <see cref="NewLevel"/>).
    /// </summary>
    public static List<HeadlineFigure> HeadlineFigures(string headline, FxTable fx, int year)
    {
        ArgumentNullException.ThrowIfNull(headline);
        ArgumentNullException.ThrowIfNull(fx);
        var text = headline.Length > MaxHeadlineChars ? headline[..MaxHeadlineChars] : headline;
        var figures = new List<HeadlineFigure>();
        if (RevisionCue.In(text)) return figures;
        foreach (var q in QuantityRecognizer.Recognize(text))
        {
            if (q is not { Kind: QuantityKind.Money, Value: { } value, Currency: { } currency }) continue;
            var usd = q.UsdStated?.Value is { } stated ? stated : fx.ToUsd(value, currency, year);
            figures.Add(new HeadlineFigure(new MoneyAmount(currency, value), usd is null ? null : new MoneyAmount("USD", usd.Value), q.High));
        }
        return figures;
    }

    /// <summary>
    /// The first money amount of <paramref name="headline"/> that is a new level ("raises investment to R$14 billion",
    /// "lifts budget to about $12.5 bln"): written after "to" — not an increment ("by $2.5 billion") or the old figure
    /// ("from …").
    /// </summary>
    public static (MoneyAmount Amount, MoneyAmount? Usd)? NewLevel(string headline, FxTable fx, int year, string? storyCurrency = null) =>
        Level(headline, fx, year, "to", storyCurrency);

    /// <summary>
    /// The first money amount of <paramref name="text"/> (its first <see cref="MaxHeadlineChars"/> characters) written right
    /// after <paramref name="preposition"/> and level qualifiers: "to" gives a new level, "from" the old one ("raised … to
    /// 5.5 billion euros from the 4.2 billion euros"). A money word the recognizer cannot place in one country (a bare
    /// "crowns", "pesos") is read in <paramref name="storyCurrency"/>, the currency the story's own figures are in, when given:
    /// "extends … plan to 120 billion crowns" in a story of Swedish crowns.
    /// </summary>
    public static (MoneyAmount Amount, MoneyAmount? Usd)? Level(string headline, FxTable fx, int year, string preposition, string? storyCurrency = null)
    {
        ArgumentNullException.ThrowIfNull(headline);
        ArgumentNullException.ThrowIfNull(fx);
        var text = headline.Length > MaxHeadlineChars ? headline[..MaxHeadlineChars] : headline;
        foreach (var q in QuantityRecognizer.Recognize(text))
        {
            if (q is not { Kind: QuantityKind.Money, Value: { } value } || (q.Currency ?? storyCurrency) is not { } currency) continue;
            var before = Words(text[Math.Max(0, q.Span.Start - 40)..q.Span.Start]);
            while (before.Count > 0 && LevelQualifiers.Contains(before[^1])) before.RemoveAt(before.Count - 1);
            if (before.Count == 0 || !string.Equals(before[^1], preposition, StringComparison.OrdinalIgnoreCase)) continue;
            var usd = q.UsdStated?.Value is { } stated ? stated : fx.ToUsd(value, currency, year);
            return (new MoneyAmount(currency, value), usd is null ? null : new MoneyAmount("USD", usd.Value));
        }
        return null;
    }

    private static HashSet<string> LevelQualifiers => EventWords.LevelQualifier;

    /// <summary>At most this many figures are read by <see cref="Figures"/>.</summary>
    public const int MaxFigures = 16;

    private static readonly Dictionary<string, decimal> Scales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["thousand"] = 1e3m, ["million"] = 1e6m, ["mn"] = 1e6m, ["mln"] = 1e6m, ["billion"] = 1e9m, ["bn"] = 1e9m,
        ["bln"] = 1e9m, ["trillion"] = 1e12m, ["tn"] = 1e12m, ["crore"] = 1e7m, ["lakh"] = 1e5m,
    };

    /// <summary>
    /// Numbers written with a scale word in <paramref name="text"/> ("8.5 billion", "14 thousand million", "Rs 11,000
    /// crore"), whatever currency word follows — the amounts a reader sees even when the currency is one the recognizer
    /// does not know. Digits only (a dot or comma as separators); at most <see cref="MaxFigures"/>; one linear pass.
    /// </summary>
    public static List<decimal> Figures(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var figures = new List<decimal>();
        var i = 0;
        while (i < text.Length && figures.Count < MaxFigures && i <= MaxHeadlineChars + OpeningParagraphs * MaxLeadChars)
        {
            if (!char.IsAsciiDigit(text[i]) || (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '.' or ','))) { i++; continue; }
            var start = i;
            while (i < text.Length && i - start < 24 && (char.IsAsciiDigit(text[i]) ||
                   (text[i] is '.' or ',' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))) i++;
            var digits = text[start..i].Replace(",", "", StringComparison.Ordinal);
            if (!decimal.TryParse(digits, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var value))
                continue;
            // the scale words after it ("billion", "thousand million"), glued ("8.5bn") or after a space
            var j = i;
            var multiplier = 1m;
            var scaled = false;
            for (var k = 0; k < 2; k++)
            {
                while (j < text.Length && text[j] == ' ') j++;
                var w = j;
                while (j < text.Length && char.IsLetter(text[j]) && j - w < 12) j++;
                if (j == w || (j < text.Length && char.IsLetterOrDigit(text[j])) || !Scales.TryGetValue(text[w..j], out var scale)) break;
                multiplier *= scale;
                scaled = true;
            }
            if (scaled && multiplier >= 1e6m) figures.Add(value * multiplier);
        }
        return figures;
    }

    /// <summary>The words (runs of letters and digits) of <paramref name="text"/>, in order; at most 200.</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length && words.Count < 200; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i]);
                start = -1;
            }
        }
        return words;
    }

    /// <summary>A company a text names: its knowledge-base id and the name as written.</summary>
    public readonly record struct Named(string Id, string Name);

    /// <summary>The words of <paramref name="text"/> with where each starts and ends (letters, digits, '&amp;', '-' inside); at most 200.</summary>
    private static List<(int Start, int End)> Spans(string text)
    {
        var spans = new List<(int, int)>();
        var i = 0;
        while (i < text.Length && spans.Count < 200)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] is '&' or '-' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])))) i++;
            spans.Add((start, i));
        }
        return spans;
    }

    /// <summary>At most this many words make one company name read from a text.</summary>
    public const int MaxNameWords = 4;

    /// <summary>
    /// The company named last in <paramref name="text"/>: at each capitalised word, the longest run of at most
    /// <see cref="MaxNameWords"/> words (one space apart) that <paramref name="resolve"/> knows. Bounded by <see cref="Words"/>' cap.
    /// </summary>
    public static Named? LastNamed(string text, Func<string, string?> resolve)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(resolve);
        var spans = Spans(text.Length > MaxHeadlineChars ? text[..MaxHeadlineChars] : text);
        Named? last = null;
        for (var i = 0; i < spans.Count; i++)
        {
            if (!char.IsUpper(text[spans[i].Start])) continue;
            for (var n = Math.Min(MaxNameWords, spans.Count - i); n >= 1; n--)
            {
                if (!OneSpaceApart(text, spans, i, n)) continue;
                // a whole name: not part of a longer capitalised one ("Halvard" in "Halvard Nusantara")
                if (i + n < spans.Count && char.IsUpper(text[spans[i + n].Start]) && OneSpaceApart(text, spans, i + n - 1, 2)) continue;
                if (i > 0 && char.IsUpper(text[spans[i - 1].Start]) && OneSpaceApart(text, spans, i - 1, 2)) continue;
                var name = text[spans[i].Start..spans[i + n - 1].End];
                if (resolve(name) is { } id) { last = new Named(id, name); break; }
            }
        }
        return last;
    }

    private static bool OneSpaceApart(string text, List<(int Start, int End)> spans, int i, int n)
    {
        for (var k = i; k < i + n - 1; k++)
            if (spans[k + 1].Start - spans[k].End != 1 || text[spans[k].End] != ' ') return false;
        return true;
    }

    /// <summary>
    /// A longer name of a company that <paramref name="text"/> writes as <paramref name="name"/> followed by one or two more
    /// words ("SK hynix" where the extractor read "SK"; "Tata Electronics" for "Tata"), when <paramref name="resolve"/> knows it.
    /// </summary>
    public static Named? LongerName(string text, string name, Func<string, string?> resolve)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length < 2) return null;
        var limit = Math.Min(text.Length, MaxHeadlineChars + MaxLeadChars);
        for (var at = text.IndexOf(name, 0, limit, StringComparison.Ordinal); at >= 0;
             at = at + 1 < limit ? text.IndexOf(name, at + 1, limit - at - 1, StringComparison.Ordinal) : -1)
            if (LongerNameAt(text, at, name, resolve) is { } found) return found;
        return null;
    }

    /// <summary>The longer name (the name and one or two more words) written at <paramref name="at"/>, if the resolver knows it.</summary>
    private static Named? LongerNameAt(string text, int at, string name, Func<string, string?> resolve)
    {
        var end = at + name.Length;
        if ((at > 0 && char.IsLetterOrDigit(text[at - 1])) || end >= text.Length || text[end] != ' ') return null;
        var spans = Spans(text[end..Math.Min(text.Length, end + 40)]);
        for (var n = Math.Min(2, spans.Count); n >= 1; n--)
        {
            if (!OneSpaceApart(text[end..], spans, 0, n) || spans[0].Start != 1) continue;
            var longer = name + text.Substring(end, spans[n - 1].End);
            if (resolve(longer) is { } id) return new Named(id, longer);
        }
        return null;
    }

    /// <summary>
    /// The longer name <paramref name="text"/> writes every time it writes <paramref name="name"/> ("SK hynix" each time
    /// "SK" appears in the opening): the story is about that company even where a sentence calls it "the company".
    /// Null when the text writes the name alone at least once, or two longer names.
    /// </summary>
    public static Named? LongerNameThroughout(string text, string name, Func<string, string?> resolve)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length < 2) return null;
        var limit = Math.Min(text.Length, MaxHeadlineChars + MaxLeadChars);
        Named? found = null;
        for (var at = text.IndexOf(name, 0, limit, StringComparison.Ordinal); at >= 0;
             at = at + 1 < limit ? text.IndexOf(name, at + 1, limit - at - 1, StringComparison.Ordinal) : -1)
        {
            var end = at + name.Length;
            if ((at > 0 && char.IsLetterOrDigit(text[at - 1])) || (end < text.Length && char.IsLetterOrDigit(text[end]))) continue;
            var longer = LongerNameAt(text, at, name, resolve);
            if (longer is null || (found is { } f && f.Id != longer.Value.Id)) return null;
            found = longer;
        }
        return found;
    }

    /// <summary>
    /// The owner of the plan <paramref name="sentence"/> names with a possessive ("Reliance Industries' plan to spend",
    /// "Orla's $10 billion investment"): the capitalised words before "'s" or a plural's "'", when at most two words separate
    /// the possessive from a plan noun (<c>PlanNoun</c>) and <paramref name="resolve"/> knows the name (longest run first).
    /// </summary>
    public static Named? PlanOwner(string sentence, Func<string, string?> resolve)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(resolve);
        var text = sentence.Length > MaxHeadlineChars + MaxLeadChars ? sentence[..(MaxHeadlineChars + MaxLeadChars)] : sentence;
        for (var i = 1; i < text.Length - 1; i++)
        {
            if (text[i] is not ('\'' or '\u2019')) continue;
            // "X's" or a plural's "Xs'"
            var nameEnd = text[i + 1] == 's' && (i + 2 >= text.Length || !char.IsLetter(text[i + 2])) ? i
                : text[i - 1] == 's' && (i + 1 >= text.Length || text[i + 1] == ' ') ? i : -1;
            if (nameEnd < 0 || !char.IsLetter(text[i - 1])) continue;
            var after = Words(text[(i + 1)..Math.Min(text.Length, i + 80)]);
            var first = after.Count > 0 && after[0] == "s" ? 1 : 0;
            var noun = false;
            for (var k = first; k < Math.Min(after.Count, first + 3) && !noun; k++) noun = EventWords.PlanNoun.Contains(after[k]);
            if (!noun) continue;
            var before = Spans(text[Math.Max(0, nameEnd - 120)..nameEnd]);
            var offset = Math.Max(0, nameEnd - 120);
            var run = 0;
            for (var k = before.Count - 1; k >= 0 && run < MaxNameWords && char.IsUpper(text[offset + before[k].Start]); k--) run++;
            for (var n = run; n >= 1; n--)
            {
                var start = offset + before[before.Count - n].Start;
                var name = text[start..nameEnd];
                if (resolve(name) is { } id) return new Named(id, name);
            }
        }
        return null;
    }

    /// <summary>Whether <paramref name="name"/> occurs in <paramref name="text"/> as whole words (case-sensitive: a name).</summary>
    public static bool Mentions(string text, string name)
    {
        if (name.Length < 2) return false;
        for (var i = text.IndexOf(name, StringComparison.Ordinal); i >= 0; i = text.IndexOf(name, i + 1, StringComparison.Ordinal))
        {
            var before = i == 0 || !char.IsLetterOrDigit(text[i - 1]);
            var after = i + name.Length >= text.Length || !char.IsLetterOrDigit(text[i + name.Length]);
            if (before && after) return true;
        }
        return false;
    }
}

/// <summary>A money amount a headline states (<see cref="StoryLead.HeadlineFigures"/>), with its range's high end if any.</summary>
public readonly record struct HeadlineFigure(MoneyAmount Amount, MoneyAmount? Usd, decimal? High);

/// <summary>
/// Forms of a company name to look up in the knowledge base when the extractor left the company unknown
/// ("Amazon Web Services (AWS)" → "Amazon Web Services", "AWS"; "Tata Electronics Private Limited" → "Tata Electronics").
/// </summary>
public static class CompanyNames
{
    private static HashSet<string> LegalForms => EventWords.LegalForm;

    /// <summary>Words that describe a company rather than name it ("Group", "Systems", "Data"): never enough to say a text names it.</summary>
    private static HashSet<string> Descriptors => EventWords.NameDescriptor;

    /// <summary>Compares words of names ignoring case and accents ("América Móvil" = "America Movil").</summary>
    public static StringComparer Comparer { get; } = StringComparer.Create(CultureInfo.InvariantCulture,
        CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace);

    /// <summary>Whether the word is a legal form ("Ltd.", "S.A.B.") rather than part of a name.</summary>
    public static bool IsLegalForm(string word) => LegalForms.Contains(word.Replace(".", "", StringComparison.Ordinal).TrimEnd(','));

    /// <summary>Whether the word is a legal form or a descriptor rather than a distinctive part of a name.</summary>
    public static bool IsDescriptor(string word) =>
        word.Length < 2 || IsLegalForm(word) || Descriptors.Contains(word);

    /// <summary>The words of a name without a parenthetical and without trailing legal-form words (at most 12).</summary>
    public static List<string> Core(string name)
    {
        var trimmed = name.Trim();
        var open = trimmed.IndexOf('(');
        var close = open < 0 ? -1 : trimmed.IndexOf(')', open + 1);
        if (open >= 0 && close > open) trimmed = trimmed[..open] + trimmed[(close + 1)..];
        // "S.A.B. de C.V." reads as the words S, A, B, de, C, V: single letters at the end are a dotted legal form
        var words = StoryLead.Words(trimmed.Length > 200 ? trimmed[..200] : trimmed);
        while (words.Count > 1 && (LegalForms.Contains(words[^1]) || words[^1].Length == 1)) words.RemoveAt(words.Count - 1);
        return words.Count > 12 ? words[..12] : words;
    }

    /// <summary>The name as written, without a parenthetical, the parenthetical itself, and without trailing legal-form words.</summary>
    public static IEnumerable<string> Variants(string name)
    {
        var trimmed = name.Trim();
        if (trimmed.Length == 0 || trimmed.Length > 200) yield break;
        yield return trimmed;
        var open = trimmed.IndexOf('(');
        var close = open < 0 ? -1 : trimmed.IndexOf(')', open + 1);
        var outside = trimmed;
        if (open >= 0 && close > open)
        {
            outside = (trimmed[..open] + trimmed[(close + 1)..]).Trim();
            var inside = trimmed[(open + 1)..close].Trim();
            if (outside.Length > 0) yield return outside;
            if (inside.Length > 1) yield return inside;
        }
        var words = outside.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var cut = words.Count;
        while (cut > 1 && IsLegalForm(words[cut - 1])) cut--;
        if (cut < words.Count) yield return string.Join(' ', words.Take(cut));
    }

    /// <summary>
    /// Two names that are one name spelled two ways: the same letters once spaces, case and accents are ignored
    /// ("Mercado Libre" / "MercadoLibre"), or one letter swapped inside a word, as a translation or transliteration spells it
    /// ("Mercado Livre" / "Mercado Libre", "Telekom" / "Telecom"). Only names of at least <see cref="MinAlikeLetters"/>
    /// letters, never in a word of fewer than five letters ("Tern" / "Tarn"), and never a word's first letter or a name's
    /// last two letters ("Samsung SDS" / "Samsung SDI"): those tell companies apart. Legal forms and parentheticals are
    /// ignored.
    /// </summary>
    public static bool SpelledAlike(string? a, string? b)
    {
        if (a is null || b is null) return false;
        var (x, xStarts) = Letters(Core(a));
        var (y, yStarts) = Letters(Core(b));
        if (x.Length < MinAlikeLetters || x.Length != y.Length) return false;
        var diff = -1;
        for (var i = 0; i < x.Length; i++)
        {
            if (x[i] == y[i]) continue;
            if (diff >= 0) return false;
            diff = i;
        }
        return diff < 0 || (diff > 0 && diff < x.Length - 2 && !xStarts.Contains(diff) && !yStarts.Contains(diff) &&
                            WordLength(xStarts, x.Length, diff) >= MinAlikeWord && WordLength(yStarts, y.Length, diff) >= MinAlikeWord);
    }

    /// <summary>A letter swapped in a word shorter than this ("Tern" / "Tarn") makes another name, not another spelling.</summary>
    private const int MinAlikeWord = 5;

    /// <summary>The length of the word (by its start positions) that holds <paramref name="at"/>.</summary>
    private static int WordLength(HashSet<int> starts, int length, int at)
    {
        var start = starts.Where(s => s <= at).DefaultIfEmpty(0).Max();
        var next = starts.Where(s => s > at).DefaultIfEmpty(length).Min();
        return next - start;
    }

    /// <summary>At most this many short forms are read from one opening.</summary>
    public const int MaxAcronyms = 4;

    /// <summary>
    /// The short forms an opening defines in parentheses right after a capitalised name: "Kenya Power and Lighting Company
    /// (KPLC)", "Galaxy Backbone (GBB)" — two to eight capitals or digits, at least two of them letters. A rewrite that
    /// writes only the short form names the same company. One linear pass; at most <see cref="MaxAcronyms"/>.
    /// </summary>
    public static List<string> DefinedAcronyms(string opening)
    {
        ArgumentNullException.ThrowIfNull(opening);
        var found = new List<string>();
        for (var open = opening.IndexOf('('); open >= 0 && found.Count < MaxAcronyms; open = opening.IndexOf('(', open + 1))
        {
            var end = open + 1;
            while (end < opening.Length && end - open <= 9 && (char.IsAsciiLetterUpper(opening[end]) || char.IsAsciiDigit(opening[end]))) end++;
            var length = end - open - 1;
            if (end >= opening.Length || opening[end] != ')' || length < 2 || length > 8) continue;
            var acronym = opening.Substring(open + 1, length);
            if (acronym.Count(char.IsAsciiLetterUpper) < 2) continue;
            // right after a capitalised word: "… Company (KPLC)", not "(USD)" after an amount or "(AI)" after a lower-case word
            var before = open - 1;
            while (before >= 0 && opening[before] == ' ') before--;
            var wordEnd = before + 1;
            while (before >= 0 && char.IsLetter(opening[before])) before--;
            if (wordEnd - before - 1 < 2 || !char.IsUpper(opening[before + 1])) continue;
            if (!found.Contains(acronym, StringComparer.Ordinal)) found.Add(acronym);
        }
        return found;
    }

    /// <summary>Names shorter than this many letters (without spaces) are never spelled alike unless equal.</summary>
    public const int MinAlikeLetters = 8;

    /// <summary>The letters and digits of the words, lower case without accents, and where each word starts.</summary>
    private static (string Letters, HashSet<int> Starts) Letters(List<string> words)
    {
        var builder = new System.Text.StringBuilder();
        var starts = new HashSet<int>();
        foreach (var word in words)
        {
            starts.Add(builder.Length);
            foreach (var c in word.Normalize(System.Text.NormalizationForm.FormD))
                if (char.IsLetterOrDigit(c)) builder.Append(char.ToLowerInvariant(c));
        }
        return (builder.ToString(), starts);
    }
}

/// <summary>
/// The currency of a country (ISO 3166 alpha-2 → ISO 4217), for the rule that a plan is reported in its company's
/// currency, in US dollars, or in the currency of the country where it is built (a Singapore group's plan in Indonesia,
/// in Singapore dollars at home and in rupiah in Jakarta).
/// </summary>
public static class CountryCurrency
{
    private static readonly Dictionary<string, string> Currencies = Build();

    /// <summary>The country's currency, or null when not known.</summary>
    public static string? Of(string countryCode) => Currencies.GetValueOrDefault(countryCode);

    /// <summary>The countries whose currency is <paramref name="currency"/> (the euro's twenty; none when not known).</summary>
    public static IEnumerable<string> CountriesOf(string currency) =>
        Currencies.Where(p => p.Value == currency).Select(p => p.Key.ToUpperInvariant());

    private static Dictionary<string, string> Build()
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["US"] = "USD", ["GB"] = "GBP", ["JP"] = "JPY", ["CN"] = "CNY", ["KR"] = "KRW", ["IN"] = "INR", ["SA"] = "SAR",
            ["AE"] = "AED", ["HK"] = "HKD", ["TW"] = "TWD", ["AU"] = "AUD", ["CA"] = "CAD", ["SG"] = "SGD", ["CH"] = "CHF",
            ["MY"] = "MYR", ["NZ"] = "NZD", ["MX"] = "MXN", ["BR"] = "BRL", ["ZA"] = "ZAR", ["SE"] = "SEK", ["NO"] = "NOK",
            ["DK"] = "DKK", ["TH"] = "THB", ["ID"] = "IDR", ["VN"] = "VND", ["PH"] = "PHP", ["TR"] = "TRY", ["IL"] = "ILS",
            ["PL"] = "PLN", ["QA"] = "QAR", ["KW"] = "KWD", ["BH"] = "BHD", ["OM"] = "OMR", ["RU"] = "RUB", ["EG"] = "EGP",
            ["NG"] = "NGN", ["CZ"] = "CZK", ["HU"] = "HUF", ["PK"] = "PKR", ["BD"] = "BDT", ["LK"] = "LKR", ["CO"] = "COP",
            ["CL"] = "CLP", ["AR"] = "ARS", ["PE"] = "PEN", ["KE"] = "KES", ["UA"] = "UAH", ["CR"] = "CRC", ["GE"] = "GEL",
            ["LA"] = "LAK", ["MA"] = "MAD", ["RO"] = "RON", ["IS"] = "ISK", ["KZ"] = "KZT", ["TZ"] = "TZS", ["UG"] = "UGX",
        };
        foreach (var euro in new[] { "DE", "FR", "IT", "ES", "NL", "BE", "AT", "IE", "PT", "FI", "GR", "LU", "SK", "SI", "EE", "LV", "LT", "MT", "CY", "HR" })
            map[euro] = "EUR";
        return map;
    }
}
