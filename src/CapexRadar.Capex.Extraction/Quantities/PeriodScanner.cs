namespace CapexRadar.Capex.Extraction;

internal readonly record struct PeriodMatch(int StartToken, int EndToken, QuantityKind Kind, PeriodInfo Info);

/// <summary>
/// Reads time expressions at a token position: durations ("over three years", "in the next five years", "over the five
/// years through 2028", "within the upcoming year", "five-year"), fiscal and calendar periods ("this fiscal year",
/// "in the year ending June 2025", "fiscal 2026", "FY25", "for 2025", "2025 capex"), stretches and deadlines ("between
/// 2025 and 2028", "through 2028", "by 2030", "by the end of the decade") and rates ("annually", "a year", "per year").
/// </summary>
internal sealed class PeriodScanner(List<QToken> tokens)
{
    private readonly List<QToken> _t = tokens;
    private int N => _t.Count;
    private string W(int j) => j >= 0 && j < N ? _t[j].Lower : string.Empty;
    private bool Line(int j) => j < N && _t[j].LineBefore;

    private static readonly HashSet<string> DurationPrepositions = ["over", "in", "during", "within", "for", "across", "spanning", "throughout", "through"];
    private static readonly HashSet<string> DurationModifiers = ["next", "coming", "following", "upcoming", "past", "last", "first", "subsequent", "ensuing", "remaining", "previous", "same"];
    private static readonly HashSet<string> VagueCounts = ["several", "many", "multiple", "some", "few", "a few"];
    private static readonly HashSet<string> YearNouns = ["capex", "capital", "budget", "spending", "investment", "investments", "plan", "guidance", "outlook", "forecast", "target", "outlay", "outlays", "expenditure", "financial", "fiscal", "calendar"];

    public static int? YearValue(QToken t)
    {
        if (!t.IsNumber || t.Lower.Length != 4) return null;
        if (!int.TryParse(t.Lower, out var y) || y < 1900 || y > 2100) return null;
        return y;
    }

    private int? YearAt(int j) => j >= 0 && j < N && !Line(j) ? YearValue(_t[j]) : null;

    public PeriodMatch? Read(int i)
    {
        // every form starts with a word or a number (a symbol starts none): punctuation is passed at once
        if (i >= N || _t[i].Kind == QKind.Symbol) return null;
        // only the readers whose forms can start with this word are tried ("the": three of nine; "a": one; most words: none)
        Readers r;
        if (_t[i].IsNumber) r = NumberReaders;
        else if (!FirstWords.TryGetValue(_t[i].Lower, out r)) return null;
        return (Has(r, Readers.YearEnding) ? ReadYearEnding(i) : null)
            ?? (Has(r, Readers.Duration) ? ReadDuration(i) : null)
            ?? (Has(r, Readers.Relative) ? ReadRelative(i) : null)
            ?? (Has(r, Readers.Fiscal) ? ReadFiscal(i) : null)
            ?? (Has(r, Readers.Between) ? ReadBetween(i) : null)
            ?? (Has(r, Readers.Deadline) ? ReadDeadline(i) : null)
            ?? (Has(r, Readers.Calendar) ? ReadCalendar(i) : null)
            ?? (Has(r, Readers.Annual) ? ReadAnnual(i) : null)
            ?? (Has(r, Readers.YearAdjective) ? ReadYearAdjective(i) : null);
    }

    /// <summary>The readers below, one bit each, for the first-word dispatch of <see cref="Read"/>.</summary>
    [Flags]
    private enum Readers : ushort
    {
        YearEnding = 1, Duration = 2, Relative = 4, Fiscal = 8, Between = 16, Deadline = 32, Calendar = 64, Annual = 128, YearAdjective = 256,
    }

    private static bool Has(Readers set, Readers reader) => (set & reader) != 0;

    /// <summary>Readers whose forms can start with a number: "five-year" (digits), "2025 fiscal year", "2025-2028", "2026 capex".</summary>
    private const Readers NumberReaders = Readers.Duration | Readers.Fiscal | Readers.Between | Readers.YearAdjective;

    /// <summary>For each word a period form can start with, the readers whose forms start with it: the first words each
    /// reader accepts (its opening checks), gathered here. A reader that comes to accept a new first word must add it.</summary>
    private static readonly System.Collections.Frozen.FrozenDictionary<string, Readers> FirstWords =
        System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(BuildFirstWords(), StringComparer.Ordinal);

    private static Dictionary<string, Readers> BuildFirstWords()
    {
        var map = new Dictionary<string, Readers>(StringComparer.Ordinal);
        void Add(Readers reader, IEnumerable<string> words)
        {
            foreach (var w in words) map[w] = map.GetValueOrDefault(w) | reader;
        }
        Add(Readers.YearEnding, ["in", "for", "during", "over", "the", "its", "their", "fiscal", "financial", "year"]);
        Add(Readers.Duration, DurationPrepositions);
        Add(Readers.Duration, QuantityLexicon.SmallNumbers.Keys.Concat(QuantityLexicon.Tens.Keys)); // "five-year"
        Add(Readers.Relative, ["in", "for", "during", "over", "throughout", "this", "next", "last", "the", "its", "their", "current", "full"]);
        Add(Readers.Fiscal, ["in", "for", "during", "over", "through", "the", "its", "their", "fiscal", "financial", "fy"]);
        Add(Readers.Between, ["between", "from", "during", "in", "for", "over", "through", "throughout", "across"]);
        Add(Readers.Deadline, ["through", "thru", "until", "till", "by"]);
        Add(Readers.Calendar, ["in", "for", "during", "throughout"]);
        Add(Readers.Annual, ["annually", "yearly", "annual", "a", "per", "each", "every"]);
        return map;
    }

    // "in the year ending June 2025", "for the fiscal year ended March 31, 2026", "the year to March 2026"
    private PeriodMatch? ReadYearEnding(int i)
    {
        var j = i;
        if (W(j) is "in" or "for" or "during" or "over") j++;
        // not "a year through 2030": a yearly rate and a deadline, not a fiscal year
        if (W(j) is "the" or "its" or "their") j++;
        if (W(j) is "fiscal" or "financial") j++;
        if (W(j) != "year") return null;
        j++;
        if (W(j) == "that") j++;
        // "the fiscal year starting April 2026", "the year beginning in April 2026": named after the year it starts in
        var starting = W(j) is "starting" or "beginning" or "begins" or "starts" or "started" or "began";
        if (!starting && !(W(j) is "ending" or "ended" or "to" or "through" or "ends" or "end")) return null;
        j++;
        if (W(j) is "in" or "on") j++;
        // "the year ending 31 March 2027": a day before the month
        if (j + 1 < N && _t[j].IsNumber && _t[j].Lower.Length <= 2 && QuantityLexicon.Months.ContainsKey(W(j + 1))) j++;
        var month = QuantityLexicon.Months.ContainsKey(W(j));
        if (month) j++;
        else if (starting) return null;
        if (_t.Count > j && _t[j].IsNumber && _t[j].Lower.Length <= 2) { j++; if (W(j) == ",") j++; }
        var y = YearAt(j);
        if (y is null) return null;
        return new PeriodMatch(i, j + 1, QuantityKind.Period, new PeriodInfo(Years: 1, FiscalYear: y, Fiscal: true));
    }

    private PeriodMatch? ReadDuration(int i)
    {
        var j = i;
        // "five-year", "20-year": an adjective
        if (_t[i].IsNumber || NumberReader.IsSmallNumberWord(_t[i]))
        {
            if (i > 0 && !_t[i].SpaceBefore && _t[i - 1].IsWord) return null;
            if (NumberReader.TryRead(_t, i, out var adj) && !adj.HasScale && W(adj.End) == "-" && !_t[adj.End].SpaceBefore
                && W(adj.End + 1) is "year" or "month" && adj.End + 1 < N && !_t[adj.End + 1].SpaceBefore && adj.Value is > 0 and <= 100
                && adj.Value == decimal.Truncate(adj.Value))
            {
                var n = (int)adj.Value;
                var info = W(adj.End + 1) == "year" ? new PeriodInfo(Years: n) : new PeriodInfo(Months: n, Years: n % 12 == 0 ? n / 12 : null);
                return new PeriodMatch(i, adj.End + 2, QuantityKind.Duration, info);
            }
            return null;
        }
        if (!DurationPrepositions.Contains(W(j))) return null;
        j++;
        // "over about five years", "within roughly two years": an approximate count is still the window
        if (W(j) is "about" or "around" or "roughly" or "approximately" or "nearly" or "almost" && j + 1 < N && (_t[j + 1].IsNumber || NumberReader.IsSmallNumberWord(_t[j + 1]))) j++;
        var the = false;
        // "in the period of three years", "over a span of five years", "in the course of two years"
        if (W(j) is "the" or "a" && W(j + 1) is "period" or "span" or "course" or "space" && W(j + 2) == "of"
            && j + 3 < N && (_t[j + 3].IsNumber || NumberReader.IsSmallNumberWord(_t[j + 3]))) j += 3;
        if (W(j) is "the" or "its" or "their") { the = true; j++; }
        var modifier = false;
        if (DurationModifiers.Contains(W(j))) { modifier = true; j++; }
        int? count = null;
        var vague = false;
        if (j < N && (_t[j].IsNumber || NumberReader.IsSmallNumberWord(_t[j])) && NumberReader.TryRead(_t, j, out var num) && !num.HasScale
            && num.Value is > 0 and <= 100 && num.Value == decimal.Truncate(num.Value))
        {
            count = (int)num.Value;
            j = num.End;
        }
        else if (VagueCounts.Contains(W(j))) { vague = true; j++; }
        else if (W(j) is "a" or "an" && !the) { count = 1; j++; }
        // "over the three fiscal years to June 2029", "in the next two financial years": a count of fiscal or calendar years
        if (W(j) is "fiscal" or "financial" or "calendar" && (count is not null || vague || modifier) && W(j + 1) is "year" or "years") j++;
        var unit = W(j);
        if (!(unit is "year" or "years" or "month" or "months" or "decade" or "decades" or "yrs")) return null;
        if (Line(j)) return null;
        // "in the years 2026 to 2029": the years are named (ReadBetween)
        if (count is null && !vague && YearAt(j + 1) is not null) return null;
        if (count is null && !vague)
        {
            // "the next year", "the upcoming year": one; "the coming years": unspecified; bare "in year" is nothing
            if (unit is "year" or "month" or "decade" && (modifier || the)) { if (!modifier) return null; count = 1; }
            else if (!(modifier || the)) return null;
        }
        j++;
        int? years = null, months = null;
        if (count is not null)
        {
            switch (unit)
            {
                case "year" or "years" or "yrs": years = count; break;
                case "decade" or "decades": years = count * 10; break;
                default: months = count; years = count % 12 == 0 ? count / 12 : null; break;
            }
        }
        // "over the five years through 2028", "over the two years through March 2026", "to fiscal 2027"
        int? endYear = null, fiscalEnd = null;
        if (W(j) is "through" or "to" or "until" or "till" or "ending" or "ended" or "thru")
        {
            var k = j + 1;
            if (W(k) == "in") k++;
            var fiscal = false;
            if (W(k) is "fiscal" or "fy") { fiscal = true; k++; if (W(k) == "year") k++; }
            if (QuantityLexicon.Months.ContainsKey(W(k))) k++;
            var y = YearAt(k);
            if (y is not null)
            {
                if (fiscal) fiscalEnd = y; else endYear = y;
                j = k + 1;
            }
        }
        var past = W(i + (the ? 2 : 1)) is "past" or "last" or "previous";
        return new PeriodMatch(i, j, QuantityKind.Duration,
            new PeriodInfo(Years: years, Months: months, EndYear: endYear ?? fiscalEnd, FiscalYear: null, RelativeYear: past ? -1 : null,
                Fiscal: fiscalEnd is not null));
    }

    // "this year", "this fiscal year", "the current fiscal year", "next year", "last year", "this fiscal year, which ends in May 2026"
    private PeriodMatch? ReadRelative(int i)
    {
        var j = i;
        if (W(j) is "in" or "for" or "during" or "over" or "throughout") j++;
        int? rel = null;
        var w = W(j);
        if (w == "this") { rel = 0; j++; }
        else if (w == "next") { rel = 1; j++; }
        else if (w == "last") { rel = -1; j++; }
        else if (w is "the" or "its" or "their" && W(j + 1) is "current" or "present") { rel = 0; j += 2; }
        else if (w is "the" && W(j + 1) is "coming" or "next" or "following") { rel = 1; j += 2; }
        else if (w is "the" or "its" && W(j + 1) is "previous" or "prior") { rel = -1; j += 2; }
        else if (w is "current") { rel = 0; j++; }
        else if (w is "the" && W(j + 1) is "full" && W(j + 2) == "year") { rel = 0; j++; }
        else if (w is "full" && (W(j + 1) == "year" || W(j + 1) == "-" && W(j + 2) == "year")) { rel = 0; }
        if (rel is null) return null;
        if (W(j) == "full") { j++; if (W(j) == "-") j++; }
        var fiscal = false;
        if (W(j) is "fiscal" or "financial") { fiscal = true; j++; }
        else if (W(j) == "calendar") j++;
        if (W(j) != "year") return null;
        j++;
        if (W(j) is "earlier" or "ago" or "before" or "ending" or "ended") return null;
        int? fy = null;
        // ", which ends in May 2026"
        if (fiscal && W(j) == "," && W(j + 1) == "which" && W(j + 2) is "ends" or "ended" or "runs")
        {
            var k = j + 3;
            if (W(k) is "in" or "on" or "through") k++;
            if (QuantityLexicon.Months.ContainsKey(W(k))) k++;
            var y = YearAt(k);
            if (y is not null) { fy = y; j = k + 1; }
        }
        // "this year and next", "this year and the next": two years from now
        if (rel == 0 && fy is null && W(j) == "and" && (W(j + 1) == "next" || W(j + 1) == "the" && W(j + 2) == "next"))
        {
            var end = W(j + 1) == "the" ? j + 3 : j + 2;
            if (W(end) == "year") end++;
            return new PeriodMatch(i, end, QuantityKind.Duration, new PeriodInfo(Years: 2, RelativeYear: 0, Fiscal: fiscal));
        }
        return new PeriodMatch(i, j, QuantityKind.Period, new PeriodInfo(Years: 1, RelativeYear: rel, Fiscal: fiscal, FiscalYear: fy));
    }

    // "fiscal 2026", "fiscal year 2026", "FY25", "FY2025", "FY 2025/26", "financial year 2025"
    private PeriodMatch? ReadFiscal(int i)
    {
        var j = i;
        if (W(j) is "in" or "for" or "during" or "over" or "through") j++;
        if (W(j) is "the" or "its" or "their") j++;
        if (W(j) is "fiscal" or "financial")
        {
            j++;
            // "its fiscal years 2026 to 2028": a stretch of fiscal years
            if (W(j) == "years" && YearAt(j + 1) is { } from && W(j + 2) is "to" or "-" or "–" or "through" or "and" && YearAt(j + 3) is { } to && to > from && to - from <= 50)
                return new PeriodMatch(i, j + 4, QuantityKind.Period, new PeriodInfo(Years: to - from + 1, StartYear: from, EndYear: to, Fiscal: true));
            if (W(j) == "year") j++;
            var y = YearAt(j);
            if (y is null) return null;
            var end = j + 1;
            var fy = y.Value;
            if (W(end) is "/" or "-" && end + 1 < N && _t[end + 1].IsNumber && _t[end + 1].Lower.Length == 2 && !_t[end].SpaceBefore)
            {
                fy = fy / 100 * 100 + int.Parse(_t[end + 1].Lower);
                end += 2;
            }
            return new PeriodMatch(i, end, QuantityKind.Period, new PeriodInfo(Years: 1, FiscalYear: fy, Fiscal: true));
        }
        if (W(j) == "fy" && j + 1 < N && _t[j + 1].IsNumber)
        {
            var raw = _t[j + 1].Lower;
            int fy;
            if (raw.Length == 2 && int.TryParse(raw, out var two)) fy = 2000 + two;
            else if (YearValue(_t[j + 1]) is int four) fy = four;
            else return null;
            var end = j + 2;
            // "FY27-FY31", "FY2027 to FY2031": a stretch of fiscal years, counted inclusively
            if (W(end) is "-" or "–" or "to" or "through" && W(end + 1) == "fy" && end + 2 < N && _t[end + 2].IsNumber)
            {
                var raw2 = _t[end + 2].Lower;
                int? last = raw2.Length == 2 && int.TryParse(raw2, out var two2) ? 2000 + two2 : YearValue(_t[end + 2]);
                if (last is { } l && l > fy && l - fy <= 50)
                    return new PeriodMatch(i, end + 3, QuantityKind.Period, new PeriodInfo(Years: l - fy + 1, StartYear: fy, EndYear: l, Fiscal: true));
            }
            if (W(end) is "/" or "-" && end + 1 < N && _t[end + 1].IsNumber && _t[end + 1].Lower.Length is 2 or 4 && !_t[end].SpaceBefore)
            {
                var second = int.Parse(_t[end + 1].Lower);
                fy = second < 100 ? fy / 100 * 100 + second : second;
                end += 2;
            }
            return new PeriodMatch(i, end, QuantityKind.Period, new PeriodInfo(Years: 1, FiscalYear: fy, Fiscal: true));
        }
        // "2025 fiscal year"
        var y2 = YearAt(j);
        if (y2 is not null && W(j + 1) is "fiscal" or "financial" && W(j + 2) == "year")
            return new PeriodMatch(i, j + 3, QuantityKind.Period, new PeriodInfo(Years: 1, FiscalYear: y2, Fiscal: true));
        return null;
    }

    // "between 2025 and 2028", "from 2025 to 2028", "2025-2028", "2025-28"
    private PeriodMatch? ReadBetween(int i)
    {
        var j = i;
        var lead = W(j) is "between" or "from";
        var softLead = W(j) is "during" or "in" or "for" or "over" or "through" or "throughout" or "across";
        if (lead || softLead) j++;
        // "in the years 2026 to 2029", "over the period 2026-2030": the stretch named by a time noun
        if ((lead || softLead) && W(j) == "the" && W(j + 1) is "years" or "period" or "yrs" && YearAt(j + 2) is not null) { j += 2; lead = true; }
        var y1 = YearAt(j);
        if (y1 is null) return null;
        var sep = W(j + 1);
        if (!(sep is "-" or "–" or "/" or "to" or "and" or "through")) return null;
        if (j + 2 >= N) return null;
        int? y2 = YearAt(j + 2);
        // "in 2026 and 2027": two consecutive years named together are one two-year stretch
        var consecutivePair = softLead && sep == "and" && y2 == y1 + 1 && W(j + 3) != "-";
        if (!lead && sep is "to" or "and" or "through" && !(softLead && sep is "to" or "through") && !consecutivePair) return null;
        var twoDigit = y2 is null && sep is "-" or "–" or "/" && _t[j + 2].IsNumber && _t[j + 2].Lower.Length == 2 && !_t[j + 1].SpaceBefore && !_t[j + 2].SpaceBefore;
        if (twoDigit) y2 = y1 / 100 * 100 + int.Parse(_t[j + 2].Lower);
        if (y2 is null || y2 <= y1 || y2 - y1 > 50) return null;
        // "in 2026-27", "for 2025/26": a year and the next written short is one fiscal year, named after the year it ends in
        if (twoDigit && y2 == y1 + 1) return new PeriodMatch(i, j + 3, QuantityKind.Period, new PeriodInfo(Years: 1, FiscalYear: y2, Fiscal: true));
        if (sep == "/") return null;
        return new PeriodMatch(i, j + 3, QuantityKind.Period, new PeriodInfo(Years: y2 - y1 + 1, StartYear: y1, EndYear: y2));
    }

    // "through 2028", "until 2030", "by 2030", "by the end of 2027", "by the end of the decade", "by year-end"
    private PeriodMatch? ReadDeadline(int i)
    {
        var w = W(i);
        if (w is "through" or "thru" or "until" or "till")
        {
            var j = i + 1;
            if (W(j) == "the" && W(j + 1) == "end" && W(j + 2) == "of") j += 3;
            var fiscal = false;
            if (W(j) is "fiscal" or "fy") { fiscal = true; j++; }
            if (QuantityLexicon.Months.ContainsKey(W(j))) j++;
            var y = YearAt(j);
            if (y is null) return null;
            return new PeriodMatch(i, j + 1, QuantityKind.Period, new PeriodInfo(EndYear: y, Fiscal: fiscal));
        }
        if (w != "by") return null;
        var k = i + 1;
        if (W(k) == "the" && W(k + 1) == "end" && W(k + 2) == "of")
        {
            k += 3;
            if (W(k) == "the" && W(k + 1) == "decade") return new PeriodMatch(i, k + 2, QuantityKind.Period, new PeriodInfo(EndOfDecade: true, Deadline: true));
            if (W(k) is "this" or "the" && W(k + 1) == "year") return new PeriodMatch(i, k + 2, QuantityKind.Period, new PeriodInfo(RelativeYear: 0, Deadline: true));
            if (W(k) == "next" && W(k + 1) == "year") return new PeriodMatch(i, k + 2, QuantityKind.Period, new PeriodInfo(RelativeYear: 1, Deadline: true));
        }
        if (W(k) == "year" && W(k + 1) == "-" && W(k + 2) == "end") return new PeriodMatch(i, k + 3, QuantityKind.Period, new PeriodInfo(RelativeYear: 0, Deadline: true));
        var fiscal2 = false;
        if (W(k) is "fiscal" or "fy") { fiscal2 = true; k++; }
        if (QuantityLexicon.Months.ContainsKey(W(k))) k++;
        var y2 = YearAt(k);
        if (y2 is null) return null;
        return new PeriodMatch(i, k + 1, QuantityKind.Period, new PeriodInfo(EndYear: y2, Fiscal: fiscal2, Deadline: true));
    }

    // "in 2025", "for 2025", "during 2026"; "in March 2025" is a date: its year, no length
    private PeriodMatch? ReadCalendar(int i)
    {
        if (!(W(i) is "in" or "for" or "during" or "throughout")) return null;
        var j = i + 1;
        var month = false;
        if (W(j) is "calendar") j++;
        // "for the year 2026", "in the calendar year 2026"
        else if (W(j) == "the" && (W(j + 1) == "year" && YearAt(j + 2) is not null || W(j + 1) == "calendar" && W(j + 2) == "year" && YearAt(j + 3) is not null))
            j += W(j + 1) == "year" ? 2 : 3;
        if (QuantityLexicon.Months.ContainsKey(W(j)) && W(j) != "may") { month = true; j++; }
        else if (W(j) == "may" && _t.Count > j && _t[j].Capitalized) { month = true; j++; }
        var y = YearAt(j);
        if (y is null) return null;
        // "in 2025-26" is handled by ReadBetween only with a lead word; keep the first year here
        return new PeriodMatch(i, j + 1, QuantityKind.Period, month ? new PeriodInfo(Year: y) : new PeriodInfo(Years: 1, Year: y));
    }

    // "annually", "a year", "per year", "each year", "per annum", "annual"
    private PeriodMatch? ReadAnnual(int i)
    {
        var w = W(i);
        if (w is "annually" or "yearly" or "annual")
            return new PeriodMatch(i, i + 1, QuantityKind.Period, new PeriodInfo(Years: 1, Annual: true));
        if (w is "a" or "per" or "each" or "every" && W(i + 1) == "year" && !Line(i + 1))
        {
            if (w == "a" && W(i + 2) is "earlier" or "ago" or "later" or "before" or "after" or "from" or "or" or "and" or "since" or "old" or "on") return null;
            if (w == "a" && i > 0 && _t[i - 1].IsWord && _t[i - 1].Lower is "in" or "within" or "over" or "for" or "than" or "about" or "nearly" or "almost") return null;
            return new PeriodMatch(i, i + 2, QuantityKind.Period, new PeriodInfo(Years: 1, Annual: true));
        }
        if (w == "per" && W(i + 1) == "annum") return new PeriodMatch(i, i + 2, QuantityKind.Period, new PeriodInfo(Years: 1, Annual: true));
        return null;
    }

    // "its 2025 capital expenditure", "2026 capex", "the 2025 budget"
    private PeriodMatch? ReadYearAdjective(int i)
    {
        var y = YearAt(i);
        if (y is null) return null;
        if (i > 0 && !_t[i].SpaceBefore) return null;
        if (!YearNouns.Contains(W(i + 1)) || Line(i + 1)) return null;
        if (W(i + 1) is "fiscal" or "financial") return null; // ReadFiscal
        return new PeriodMatch(i, i + 1, QuantityKind.Period, new PeriodInfo(Years: 1, Year: y));
    }
}
