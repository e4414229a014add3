using System.Globalization;
using CapexRadar.Domain;

namespace CapexRadar.Market.Extraction;

internal enum SubjectKind { Org, Index, Name, Unresolved }

/// <summary>The mover a percentage belongs to: tokens [Start, End] of its noun phrase.</summary>
internal readonly record struct Subject(SubjectKind Kind, int Org, string? Name, int Start, int End, bool ViaStock);

/// <summary>A percentage: number token, the token after its unit, and its value.</summary>
internal readonly record struct Pct(int NumTok, int UnitEnd, double Value);

internal enum TriggerKind { None, Verb, Adverb, Noun, NounAfter, Preset }

/// <summary>One extraction over one document: finds percentage groups sentence by sentence and turns them into moves.</summary>
internal sealed partial class MoveRun
{
    /// <summary>Tokens scanned left of a percentage for its verb, adverb or noun of movement ("rose as much as 7.8%",
    /// "closed up a further 3%"): fillers, "up to", a place and the other amount of "rose $5, or 3%" fit.</summary>
    private const int TriggerSteps = 12;
    /// <summary>The clause a percentage belongs to reaches at most this far left (a clause break or the previous group
    /// usually ends it sooner).</summary>
    private const int ZoneWindow = 60;
    /// <summary>How far left of the predicate the mover's noun phrase is looked for (long subjects with appositions).</summary>
    private const int SubjectWindow = 45;
    /// <summary>"its shares", "the company's stock": the organisation an anaphor refers to is looked for at most this many
    /// tokens back in its sentence, and in each of the three sentences before (a long sentence of agency copy).</summary>
    private const int CorefWindow = 200;

    // Look-around windows and repeat limits, in tokens. Each keeps a scan bounded (every stage stays linear in the
    // sentence) and is the reach of the construction it looks for in agency prose, with a little margin; none is tuned
    // to a corpus. Widening one lets a cue from the next clause leak in; narrowing one loses the longer phrasings.

    /// <summary>Stacked intensifiers between a determiner and the percentage: "a further whopping 3% drop".</summary>
    private const int MaxIntensifiers = 3;

    /// <summary>Premodifiers of a movement noun phrase: "its biggest one-day intraday 7% drop".</summary>
    private const int MaxNounPremodifiers = 4;

    /// <summary>Adjectives between "a 3%" and its movement noun: "a 7% intraday share-price gain".</summary>
    private const int MaxNounAdjectives = 2;

    /// <summary>Words before a level reached: "to more than about 11%".</summary>
    private const int MaxAmountPremodifiers = 3;

    /// <summary>Words between a pare verb and its noun: "pared some of its earlier gains".</summary>
    private const int MaxPareNounModifiers = 4;

    /// <summary>A capitalised place inside the gap between a verb and its percentage: "rose in Ho Chi Minh City by 5%".</summary>
    private const int MaxPlaceTokens = 4;

    /// <summary>Connectors between coordinated percentages and their places: "3% and 2% in London and New York, respectively".</summary>
    private const int MaxConnectorSpan = 8;

    /// <summary>How far after a percentage a metric or level cue counts: "3% stake", "20% year-on-year", "in constant currency".</summary>
    private const int MetricLookahead = 5;

    /// <summary>A metric right after "in"/"for" behind a percentage: "up 20% in quarterly revenue".</summary>
    private const int MetricAfterPreposition = 3;

    /// <summary>Currency, number and scale word of an amount reached: "to RMB 172.4 billion".</summary>
    private const int AmountLookahead = 5;

    /// <summary>The mover after a movement noun: "a 5% jump in Alibaba's Hong Kong-listed shares".</summary>
    private const int SubjectAfterWindow = 7;

    /// <summary>Before the verb, an up-to marker of the same move: "briefly rose as much as 5%".</summary>
    private const int UpToLookbehind = 4;

    /// <summary>After the percentage, its qualifier: "rose 5% at one point", "ended 2% higher at the close".</summary>
    private const int QualifierLookahead = 7;

    /// <summary>After the percentage, its trading venue: "rose $18.40, or 2.3%, to $820 in New York trading".</summary>
    private const int VenueLookahead = 16;

    /// <summary>Session words after a sentence-opening venue: "In Tokyo trading on Monday afternoon, …".</summary>
    private const int SessionWordsAfterVenue = 6;

    private readonly TokenDocument _d;
    private readonly int[] _indexAt;
    private readonly List<IndexPhrase> _indexes;
    private readonly int _announcer;
    private readonly List<MarketMove> _moves = [];
    private readonly HashSet<(string, long, MoveDirection, MoveQualifier)> _seen = [];
    private List<(int Org, HashSet<string> Tokens, string First)>? _orgNames;

    private sealed record Accepted(List<Subject> Subjects, List<string?> Venues, MoveDirection Direction, MoveQualifier Qualifier);

    public MoveRun(TokenDocument doc)
    {
        _d = doc;
        (_indexAt, _indexes) = IndexNameRecognizer.Recognize(doc);
        _announcer = -1;
        var orgs = doc.Entities.Organizations;
        if (doc.Entities.AnnouncerId is { } id)
            for (var i = 0; i < orgs.Count; i++)
                if (orgs[i].CompanyId == id) { _announcer = i; break; }
    }

    /// <summary>When <paramref name="trail"/> is given, one line per group of percentages is added to it (see <see cref="GroupStages"/>).</summary>
    public MoveRun(TokenDocument doc, List<string> trail) : this(doc) => _trail = trail;

    /// <summary>Sentence by sentence: each group of percentages ("rose 4%", "6% and 8.5%") goes through
    /// <see cref="GroupStages"/> (zone → after → trigger → predicate → subject → qualifier-venue → emit).</summary>
    public IReadOnlyList<MarketMove> Execute()
    {
        for (var s = 0; s < _d.Sentences.Length; s++)
        {
            var (a, b) = _d.Sentences[s];
            var prevEnd = a;
            Accepted? prev = null;
            var i = a;
            while (i < b)
            {
                if (!TryPercent(i, b, out var first)) { i++; continue; }
                var group = new List<Pct> { first };
                var j = first.UnitEnd;
                while (j < b && group.Count < 8)
                {
                    var k = j;
                    if (_d.Is(k, ',')) k++;
                    if (_d.L(k) == "and") k++;
                    if (k == j || !TryPercent(k, b, out var next)) break;
                    group.Add(next);
                    j = next.UnitEnd;
                }
                var accepted = ProcessGroup(group, a, b, prevEnd, prev, out var consumed);
                prev = accepted;
                prevEnd = consumed;
                i = consumed;
            }
        }
        return _moves;
    }

    // ---------------------------------------------------------------- percentages

    private bool TryPercent(int i, int limit, out Pct pct)
    {
        pct = default;
        if (!_d.IsNumber(i)) return TryWordPercent(i, limit, out pct);
        if (i + 1 >= limit) return false;
        var j = i + 1;
        int unitEnd;
        if (_d.Is(j, '%') || _d.Is(j, '％')) unitEnd = j + 1;
        else if (_d.IsWord(j) && _d.Has(j, WordClass.PercentUnit)) unitEnd = j + 1;
        else if (_d.IsWord(j) && _d.L(j) == "per" && _d.L(j + 1) == "cent") unitEnd = j + 2;
        else if (_d.Is(j, '-') && _d.Adjacent(i) && _d.Adjacent(j) && _d.Has(j + 1, WordClass.PercentUnit)) unitEnd = j + 2;
        else return false;
        if (_d.Has(unitEnd, WordClass.PointUnit)) return false;
        var span = _d.Span(i);
        if (span.Length > 24) return false;
        var text = span.ToString().Replace(",", "", StringComparison.Ordinal);
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || v <= 0 || v > 100000) return false;
        pct = new Pct(i, unitEnd, v);
        return true;
    }

    /// <summary>"five percent", "twenty-five per cent", "half a percent": a percentage written in words (one to ninety-nine).</summary>
    private bool TryWordPercent(int i, int limit, out Pct pct)
    {
        pct = default;
        if (!_d.IsWord(i) || i + 1 >= limit) return false;
        var w = _d.L(i);
        double v;
        int j;
        var dash = w.IndexOf('-');
        if (dash > 0 && Lexicon.NumberWords.TryGetValue(w[..dash], out var tens) && tens >= 20 && tens % 10 == 0
            && Lexicon.NumberWords.TryGetValue(w[(dash + 1)..], out var unit) && unit is > 0 and < 10)
        {
            v = tens + unit;
            j = i + 1;
        }
        else if (Lexicon.NumberWords.TryGetValue(w, out var n))
        {
            v = n;
            j = i + 1;
            if (n >= 20 && n % 10 == 0 && _d.Is(j, '-') && _d.Adjacent(i) && _d.Adjacent(j)
                && Lexicon.NumberWords.TryGetValue(_d.L(j + 1), out var u) && u is > 0 and < 10)
            {
                v += u;
                j += 2;
            }
        }
        else if (w == "half" && _d.L(i + 1) == "a") { v = 0.5; j = i + 2; }
        else return false;
        if (j >= limit) return false;
        int unitEnd;
        if (_d.Has(j, WordClass.PercentUnit)) unitEnd = j + 1;
        else if (_d.L(j) == "per" && _d.L(j + 1) == "cent") unitEnd = j + 2;
        else return false;
        if (_d.Has(unitEnd, WordClass.PointUnit)) return false;
        pct = new Pct(i, unitEnd, v);
        return true;
    }

    /// <summary>Between two gapped list items: commas, conjunctions, and the previous item's place or time ("in Tokyo,").</summary>
    private bool OnlyConnectors(int from, int to)
    {
        if (to - from > MaxConnectorSpan) return false;
        for (var k = from; k < to; k++)
        {
            var w = _d.L(k);
            if (_d.Is(k, ',') || Lexicon.Is(w, WordClass.Connector | WordClass.WeekdayOrMonth))
                continue;
            if (_d.IsCap(k) && _d.L(k - 1) is "in" or "on" && IsPlace(k, out _)) continue;
            if (_d.IsCap(k) && IsPlaceStart(k, out var e) && _d.L(k - 1) is "in" or "on") { k = e; continue; }
            return false;
        }
        return true;
    }

    /// <summary>";" or ":" — but not the colon of a ticker in parentheses ("( PAR : CS )", "HEL : TII1V").</summary>
    private bool IsClauseBreak(int k)
    {
        if (_d.Is(k, ';')) return true;
        if (!_d.Is(k, ':')) return false;
        if (_d.IsAllCaps(k - 1) && _d.IsAllCaps(k + 1)) return false;
        if (_d.IsNumber(k - 1) && _d.IsNumber(k + 1) && _d.Adjacent(k - 1) && _d.Adjacent(k)) return false; // "1:33 p.m."
        for (var j = k + 1; j < _d.Count && j - k <= 4; j++)
        {
            if (_d.Is(j, ')')) return false;
            if (_d.Is(j, '(')) break;
        }
        return true;
    }

    private bool HasDeterminerBefore(int left, int zoneStart, out int det)
    {
        det = left;
        var guard = 0;
        while (det >= zoneStart && guard++ < MaxIntensifiers && _d.Has(det, WordClass.MoveNounIntensifier))
            det--;
        return det >= zoneStart && _d.Has(det, WordClass.Determiner);
    }

    private int NounPredicateStart(int nounIdx, int zoneStart)
    {
        var j = nounIdx - 1;
        var guard = 0;
        while (j >= zoneStart && guard++ < MaxNounPremodifiers && _d.Has(j, WordClass.MoveNounPremodifier | WordClass.NounAdjective))
            j--;
        if (j >= zoneStart && _d.IsLowerWord(j) && !_d.Has(j, WordClass.Conjunction) && !_d.Has(j, WordClass.MetricNoun)
            && !_d.Has(j, WordClass.StockNoun) && !_d.Has(j, WordClass.Filler))
            return j;
        return j + 1;
    }

    /// <summary>Words after the percentage that make it a level, stake, growth rate or metric amount.</summary>
    private bool IsExcludedAfter(int post, int sentEnd)
    {
        for (var k = post; k < Math.Min(sentEnd, post + MetricLookahead); k++)
        {
            if (_d.Is(k, ',') || _d.Is(k, ';') || _d.Is(k, ':') || _d.Is(k, ')')) return false;
            var w = _d.L(k);
            if (Lexicon.Is(w, WordClass.PostExclusion)) return true;
            if (w is "to" or "from")
            {
                if (w == "from" && _d.L(k + 1) is "a" or "the" or "last" && _d.Has(k + 2, WordClass.PriorPeriodWord))
                    return true;
                return IsPercentOrAmountAt(k + 1, sentEnd);
            }
            if (w == "of")
                return !(_d.L(k + 1) is "its" or "their" && _d.L(k + 2) is "value");
            if (w == "in" && _d.Has(k + 1, WordClass.ConstantBasis)) return true;
            if (w is "in" or "for" && IsMetricAhead(k + 1, Math.Min(sentEnd, k + 1 + MetricAfterPreposition))) return true;
            if (Lexicon.Is(w, WordClass.ExclusionBreak)) return false;
        }
        return false;
    }

    /// <summary>"[to] an 11.1% share", "[to] $455 billion", "[to] RMB172.4 billion": a percentage level or a metric amount.</summary>
    private bool IsPercentOrAmountAt(int m, int sentEnd)
    {
        var guard = 0;
        while (guard++ < MaxAmountPremodifiers && _d.Has(m, WordClass.AmountPremodifier))
            m++;
        if (TryPercent(m, sentEnd, out _)) return true;
        // Currency and number, then a scale word.
        for (var t = m; t < Math.Min(sentEnd, m + AmountLookahead); t++)
        {
            if (_d.Has(t, WordClass.ScaleWord) && t > m && (_d.IsNumber(t - 1) || (_d.IsWord(t - 1) && char.IsDigit(_d.Span(t - 1)[^1]))))
                return true;
            if (!(_d.IsNumber(t) || _d.IsPunct(t) || (_d.IsWord(t) && (_d.IsAllCaps(t) || char.IsDigit(_d.Span(t)[^1]) || _d.Tokens[t].Length <= 3))))
                return false;
        }
        return false;
    }

    private bool IsMetricAhead(int from, int sentEnd)
    {
        for (var k = from; k < Math.Min(sentEnd, from + MetricLookahead); k++)
            if (_d.Has(k, WordClass.MetricNoun) && !IsStockHead(k)) return true;
        return false;
    }

    /// <summary>"a 5% jump in [Alibaba's shares]": the first stock noun or index after the noun.</summary>
    private Subject? SubjectAfter(int from, int sentEnd)
    {
        for (var k = from; k < Math.Min(sentEnd, from + SubjectAfterWindow); k++)
        {
            if (_d.Is(k, ',') || _d.Is(k, ';')) return null;
            if (_d.Has(k, WordClass.MetricNoun) && !IsStockHead(k)) return null;
            if (_indexAt[k] >= 0 || IsStockHead(k))
            {
                var end = _indexAt[k] >= 0 ? _indexes[_indexAt[k]].End : k;
                return Candidate(end, from);
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- subjects

    private List<Subject>? FindSubject(int ps, int zoneStart, int sentStart, bool participle, Accepted? prev, out bool inherited)
    {
        inherited = false;
        var h = SkipBack(ps - 1, zoneStart);
        if (h < zoneStart)
        {
            if (prev is not null) { inherited = true; return prev.Subjects; }
            return null;
        }
        if (_d.Is(h, ','))
        {
            if (participle) return Nearest(h - 1, zoneStart);
            var open = FindParentheticalOpen(h, zoneStart);
            // "Nvidia, which owns about 6% of the company, slipped 0.9%": the parenthetical held a percentage that was no move,
            // so it opens before this group's zone; look back to the sentence start (still bounded by the 40-token window)
            if (open < 0 && zoneStart > sentStart && prev is null)
            {
                var wide = FindParentheticalOpen(h, sentStart);
                if (wide >= 0 && wide < zoneStart)
                {
                    open = wide;
                    zoneStart = Math.Max(sentStart, wide - 12);
                }
            }
            // "X shares, which had closed down 0.4% in New York, surged 7% after hours": the verb after the relative clause
            // belongs to the subject of the move found inside it
            if (open < 0 && prev is not null && !RegionHasCandidate(zoneStart, h - 1)) { inherited = true; return prev.Subjects; }
            if (open < 0) return null;
            var inside = h - 1;
            h = SkipBack(open - 1, zoneStart);
            if (h < zoneStart || (!_d.IsPossessive(h) && Candidate(h, zoneStart) is null))
            {
                // "The broader market index, the Sensex, rose": the apposition names the mover.
                if (Candidate(inside, open + 1) is { } named && named.Kind != SubjectKind.Unresolved) return Expand(named, open + 1);
                if (h < zoneStart && prev is not null) { inherited = true; return prev.Subjects; }
                if (h < zoneStart) return null;
            }
        }
        var w = _d.L(h);
        if (w is "which" or "that" or "who")
        {
            h--;
            if (_d.Is(h, ',')) h--;
            h = SkipBack(h, zoneStart);
            if (h < zoneStart) return null;
            w = _d.L(h);
        }
        // "pared gains to close 0.5% higher": the infinitive shares the subject; "expected to rise 20%" is a forecast.
        if (w == "to" && !(_d.Has(ps, WordClass.CloseVerb) || _d.L(ps) is "trade")) return null;
        if ((Lexicon.Is(w, WordClass.Conjunction) || w == "to") && _d.IsLowerWord(h))
        {
            if (prev is not null && !RegionHasCandidate(zoneStart, h - 1)) { inherited = true; return prev.Subjects; }
            return Nearest(h - 1, zoneStart);
        }
        // "Lenovo's shipments dropped 4%, while Dell's fell 2%": a possessive before the verb elides a noun.
        if (_d.IsPossessive(h) && !IsStockHead(h)) return null;
        var cand = Candidate(h, zoneStart);
        if (cand is { } c) return Expand(c, zoneStart);
        if (participle) return Nearest(h, zoneStart);
        return null;
    }

    private int SkipBack(int h, int lo)
    {
        var guard = 0;
        while (h >= lo && guard++ < 30)
        {
            var w = _d.L(h);
            if (_d.IsWord(h) && Lexicon.Is(w, WordClass.AuxSkip) && _d.IsLowerWord(h)) { h--; continue; }
            if (Lexicon.IsWeekdayOrMonth(w) && _d.L(h - 1) is "on" or "in" or "by" or "since") { h -= 2; continue; }
            if (_d.Is(h, '-') || _d.Is(h, '—') || _d.Is(h, '–')) { h--; continue; }
            if (_d.Is(h, ')') && _d.OrgAt[h] < 0)
            {
                var open = FindOpen(h, lo);
                if (open < 0) break;
                h = open - 1;
                continue;
            }
            if (_d.IsCap(h) && IsPlace(h, out var placeStart) && _d.L(placeStart - 1) is "in" or "on")
            {
                h = placeStart - 2;
                continue;
            }
            break;
        }
        return h;
    }

    private int FindOpen(int close, int lo)
    {
        for (var j = close - 1; j >= lo && close - j <= 12; j--)
        {
            if (_d.Is(j, '(')) return j;
            if (_d.Is(j, ')')) return -1;
        }
        return -1;
    }

    /// <summary>The comma or dash opening a parenthetical that ends at <paramref name="close"/>.</summary>
    private int FindParentheticalOpen(int close, int lo)
    {
        var commas = 0;
        for (var c = close - 1; c >= lo && close - c <= 40; c--)
        {
            if (IsClauseBreak(c)) return -1;
            var isDash = _d.Is(c, '—') || _d.Is(c, '–') || (_d.Is(c, '-') && _d.Is(c - 1, '-'));
            if (_d.Is(c, ',') || isDash)
            {
                if (_d.Has(c + 1, WordClass.ParentheticalStarter)) return _d.Is(c, '-') ? c - 1 : c;
                if (++commas >= 3) return -1;
            }
        }
        return -1;
    }

    /// <summary>The nearest company, index or stock reference to the left, unless a metric noun comes first.</summary>
    private List<Subject>? Nearest(int from, int lo)
    {
        for (var j = from; j >= lo && from - j <= SubjectWindow; j--)
        {
            if (IsClauseBreak(j)) return null;
            if (!_d.IsWord(j) && !_d.IsNumber(j)) continue;
            if (IsStockHead(j))
            {
                var c = Candidate(j, lo);
                return c is { } s ? [s] : null;
            }
            if (_d.IsLowerWord(j) && Lexicon.Is(_d.Base(j), WordClass.MetricNoun) && _d.OrgAt[j] < 0 && _indexAt[j] < 0) return null;
            if ((_indexAt[j] >= 0 || _d.OrgAt[j] >= 0 || _d.IsCap(j)) && !PrecededByPreposition(j))
            {
                var c = Candidate(j, lo);
                if (c is { } s) return Expand(s, lo);
            }
        }
        return null;
    }

    private bool RegionHasCandidate(int from, int to)
    {
        for (var j = Math.Max(from, to - SubjectWindow); j <= to; j++)
        {
            if (_indexAt[j] >= 0 || IsStockHead(j)) return true;
            if ((_d.OrgAt[j] >= 0 || _d.IsCap(j)) && !PrecededByPreposition(j) && !Lexicon.IsWeekdayOrMonth(_d.L(j))
                && _d.LocAt[j] < 0 && !Lexicon.Is(_d.Base(j), WordClass.NonCompanyName))
            {
                if (_d.OrgAt[j] >= 0 || Candidate(j, from) is not null) return true;
            }
        }
        return false;
    }

    private bool PrecededByPreposition(int j) => PrepositionBefore(j) >= 0;

    /// <summary>The preposition governing the capitalised name at j ("in Tokyo", "with the Nikkei"), or -1.</summary>
    private int PrepositionBefore(int j)
    {
        var x = j - 1;
        var guard = 0;
        while (x >= 0 && guard++ < 5 && (_d.IsCap(x) || _d.Is(x, '&') || _d.OrgAt[x] == _d.OrgAt[j] && _d.OrgAt[j] >= 0)) x--;
        if (_d.L(x) == "the") x--;
        return _d.Has(x, WordClass.Preposition) ? x : -1;
    }

    /// <summary>Coordinated subjects for "respectively" lists: "ACM Research and NAURA, rising 15% and 10%".</summary>
    private List<Subject> Expand(Subject s, int lo)
    {
        var list = new List<Subject> { s };
        if (s.Kind is SubjectKind.Unresolved) return list;
        // "Samsung and SK Hynix shares rose 3.1% and 5.4%": a named owner may be coordinated; "its shares" may not.
        if (s.ViaStock && !(_d.IsCap(s.Start) && (_d.OrgAt[s.Start] >= 0 || s.Kind == SubjectKind.Name))) return list;
        var pos = s.Start - 1;
        var sawAnd = false;
        while (list.Count < 8 && pos >= lo)
        {
            int q;
            // "the Nikkei 225 and the Topix": the article belongs to the item
            if (_d.L(pos) == "the" && pos - 1 >= lo && (_d.L(pos - 1) == "and" || _d.Is(pos - 1, ','))) pos--;
            if (_d.L(pos) == "and") { sawAnd = true; q = pos - 1; if (_d.Is(q, ',')) q--; }
            else if (_d.Is(pos, ',')) q = pos - 1;
            else break;
            if (q < lo) break;
            var c = Candidate(q, lo);
            // "ended lower in Tokyo and Tokyo Electron fell": a place, not a coordinated mover ("shares of X and Y" is fine).
            // "…, with X and Y down 1.8% and 1.5%": "with" opens the list itself, it places nothing
            if (c is { } pc && PrepositionBefore(pc.Start) is var prep and >= 0 && !(_d.L(prep) is "of" or "in" && IsStockHead(prep - 1)) && _d.L(prep) != "with") break;
            if (c is not { } cs || cs.Kind is SubjectKind.Unresolved || cs.ViaStock || (cs.Kind == SubjectKind.Index) != (s.Kind == SubjectKind.Index)) break;
            if (s.ViaStock) cs = cs with { ViaStock = true };
            list.Insert(0, cs);
            pos = cs.Start - 1;
        }
        if (!sawAnd) return [s];
        return list;
    }

    /// <summary>What ends at token k: an index, a stock reference, a company mention or a capitalised name.</summary>
    private Subject? Candidate(int k, int lo)
    {
        if (k < lo || k >= _d.Count) return null;
        if (_indexAt[k] >= 0)
        {
            var ph = _indexes[_indexAt[k]];
            if (ph.Start >= lo) return new Subject(SubjectKind.Index, -1, ph.Name, ph.Start, ph.End, false);
        }
        if (IsStockHead(k)) return ResolveStock(k, lo);
        // "it fell 6.5%", "the company rose 3%": a pronoun or company noun for the company in context.
        if (k >= lo && ((_d.Span(k) is "it" or "It" or "they" or "They") || (_d.Has(k, WordClass.CompanyNoun) && _d.L(k - 1) == "the" && _d.IsLowerWord(k)))
            && !PreviousSentenceLeadsWithMetric(k))
            return Coref(k, _d.L(k - 1) == "the" ? k - 1 : k);
        // "shares in the company", "shares of the group".
        if (_d.IsLowerWord(k) && _d.L(k - 1) == "the" && _d.L(k - 2) is "in" or "of" && k - 3 >= lo && IsStockHead(k - 3))
            return Coref(k, k - 3);
        if (OrgEnding(k, lo, out var org, out var start)) return new Subject(SubjectKind.Org, org, null, start, k, false);
        if (NameEnding(k, lo, out var name, out var nstart))
        {
            var resolved = ResolveName(name);
            return resolved >= 0
                ? new Subject(SubjectKind.Org, resolved, null, nstart, k, false)
                : new Subject(SubjectKind.Name, -1, name, nstart, k, false);
        }
        return null;
    }

    /// <summary>"Revenue rose 11%. It was the fastest growth…": "it" stands for a metric, not the company.</summary>
    private bool PreviousSentenceLeadsWithMetric(int k)
    {
        var s = _d.SentenceOf[k];
        var (a, _) = _d.Sentences[s];
        var from = a;
        // The pronoun's own sentence, before it, may hold the antecedent ("On Thursday it fell").
        if (k - a > 3 && s >= 0) from = a;
        else if (s > 0) from = _d.Sentences[s - 1].Start;
        for (var j = from; j < Math.Min(k, from + 8); j++)
        {
            if (IsStockHead(j)) return false;
            if (Lexicon.Is(_d.Base(j), WordClass.MetricNoun)) return true;
            // "Equinix's revenue…" is about the revenue; "Equinix rose…" about the company.
            if (_d.OrgAt[j] >= 0 && !_d.IsPossessive(j) && _d.OrgAt[j + 1] != _d.OrgAt[j]) return false;
        }
        return false;
    }

    private bool IsStockHead(int k)
    {
        if (!_d.IsWord(k)) return false;
        var w = _d.L(k);
        if (Lexicon.Is(w, WordClass.StockNoun)) return !_d.Has(k + 1, WordClass.StockCompound);
        if (w.EndsWith("-shares", StringComparison.Ordinal)) return true;
        if (w is "price" or "prices") return _d.L(k - 1) is "share" or "stock" or "share-price";
        if (w == "share")
            return _d.L(k - 1) != "market" && _d.L(k + 1) != "of" && (_d.IsPossessive(k - 1) || _d.OrgAt[k - 1] >= 0 || (_d.L(k - 1) == "s" && _d.IsCap(k - 2)));
        return false;
    }

    private Subject? ResolveStock(int k, int lo)
    {
        var j = k - 1;
        if (_d.L(k) is "price" or "prices") j = k - 2;
        var afterListed = false;
        var guard = 0;
        while (j >= lo && guard++ < 8)
        {
            var w = _d.L(j);
            var raw = _d.Span(j);
            if (w.EndsWith("-listed", StringComparison.Ordinal) || w == "listed") { afterListed = true; j--; continue; }
            if (afterListed && _d.IsCap(j) && !_d.IsPossessive(j) && _d.OrgAt[j] < 0) { j--; continue; }
            if (_d.IsCap(j) && !_d.IsPossessive(j) && _d.OrgAt[j] < 0 && IsPlace(j, out var placeStart) && placeStart > lo) { j = placeStart - 1; continue; }
            if (raw is "s" && (_d.IsCap(j - 1) || _d.Is(j - 1, '\'') || _d.Is(j - 1, '’'))) break; // possessive marker
            if (_d.Is(j, '.')) { j--; continue; }
            if (_d.IsWord(j) && raw.Length == 1 && char.IsUpper(raw[0])) { j--; continue; } // class letter, "U.S."
            if (Lexicon.Is(w, WordClass.StockModifier) && !_d.IsPossessive(j) && raw is not "s") { j--; continue; }
            break;
        }
        // "stocks" without a named owner is the market or a sector ("U.S. stocks", "chip stocks"), not one company.
        var generic = _d.L(k) == "stocks";
        if (j < lo) return generic ? null : Coref(k, Math.Max(lo, j + 1));
        int owner;
        var possessive = false;
        if (_d.Span(j) is "s" && j - 1 >= lo)
        {
            owner = _d.Is(j - 1, '\'') || _d.Is(j - 1, '’') ? j - 2 : j - 1;
            possessive = true;
        }
        else if (_d.L(j).EndsWith("'s", StringComparison.Ordinal)) { owner = j; possessive = true; }
        else if (_d.Is(j, '\'') || _d.Is(j, '’')) { owner = j - 1; possessive = true; }
        else owner = j;
        if (owner < lo) return generic ? null : Coref(k, Math.Max(lo, j));
        var ow = _d.Base(owner);
        // "a 7% stake in Arm Holdings, whose shares rose 4%": "whose" stands for the organisation right before it
        if (ow == "whose" && _d.Is(owner - 1, ',') && OrgEnding(owner - 2, Math.Max(0, owner - 14), out var rel, out var relStart))
            return new Subject(SubjectKind.Org, rel, null, relStart, k, true);
        if (ow is "its" or "their" or "the" or "whose") return generic ? null : Coref(k, owner);
        if (possessive && _d.IsLowerWord(owner) && _d.L(owner - 1) == "the") return Coref(k, owner - 1);
        if (_d.IsLowerWord(owner) && _d.OrgAt[owner] < 0)
        {
            // "pushing shares up 7%", "and shares fell": no owner named, the shares of the company in context.
            if (Lexicon.CausativeVerbs.ContainsKey(ow) || Lexicon.Is(ow, WordClass.Conjunction) || ow.EndsWith("ing", StringComparison.Ordinal)
                || Lexicon.Is(ow, WordClass.SharesOwnerVerb))
                return generic ? null : Coref(k, owner + 1);
            return null; // "chip stocks", "leading shares"
        }
        if (OrgEnding(owner, lo, out var org, out var start)) return new Subject(SubjectKind.Org, org, null, start, k, true);
        if (NameEnding(owner, lo, out var name, out var nstart))
        {
            var resolved = ResolveName(name);
            return resolved >= 0
                ? new Subject(SubjectKind.Org, resolved, null, nstart, k, true)
                : new Subject(SubjectKind.Name, -1, name, nstart, k, true);
        }
        return null;
    }

    /// <summary>"its shares", "the stock", "the company's shares": the sentence's company (the announcer first), else the previous sentences'.</summary>
    private Subject Coref(int k, int npStart)
    {
        var s = _d.SentenceOf[k];
        var best = FirstOrg(Math.Max(_d.Sentences[s].Start, k - CorefWindow), npStart);
        for (var back = 1; best < 0 && back <= 3 && s - back >= 0; back++)
        {
            var (a, b) = _d.Sentences[s - back];
            best = FirstOrg(Math.Max(a, b - CorefWindow), b);
        }
        if (best < 0) best = _announcer;
        return best >= 0
            ? new Subject(SubjectKind.Org, best, null, npStart, k, true)
            : new Subject(SubjectKind.Unresolved, -1, null, npStart, k, true);
    }

    private int FirstOrg(int from, int to)
    {
        var first = -1;
        for (var j = from; j < to; j++)
        {
            var o = _d.OrgAt[j];
            if (o < 0) continue;
            if (o == _announcer) return o;
            if (first < 0) first = o;
        }
        return first;
    }

    private bool OrgEnding(int k, int lo, out int org, out int start)
    {
        org = -1;
        start = -1;
        var j = k;
        var guard = 0;
        while (j >= lo && guard++ < 10)
        {
            if (_d.OrgAt[j] >= 0)
            {
                org = _d.OrgAt[j];
                start = j;
                while (start - 1 >= lo && _d.OrgAt[start - 1] == org) start--;
                // An unresolved one-word "organisation" that is a commodity, currency or metric ("Gold climbed 1.2%").
                if (!_d.Entities.Organizations[org].InKnowledgeBase && start == j
                    && (Lexicon.Is(_d.Base(j), WordClass.NonCompanyName) || Lexicon.Is(_d.Base(j), WordClass.MetricNoun)))
                    return false;
                return true;
            }
            var w = _d.L(j).TrimEnd('.');
            if (_d.Is(j, '.') || (Lexicon.Is(w, WordClass.LegalSuffix) && _d.IsWord(j) && !_d.IsLowerWord(j))) { j--; continue; }
            if (_d.Is(j, ')'))
            {
                var open = FindOpen(j, lo);
                if (open < 0) break;
                j = open - 1;
                continue;
            }
            // Ticker codes after a name: "Konecranes Oyj KCR1V FH".
            if (_d.IsAllCaps(j) && _d.Tokens[j].Length <= 8 && j - 1 >= lo
                && (_d.OrgAt[j - 1] >= 0 || _d.IsAllCaps(j - 1) || _d.Is(j - 1, ')') || _d.Is(j - 1, '.') || _d.Has(j - 1, WordClass.LegalSuffix)))
            {
                j--;
                continue;
            }
            break;
        }
        return false;
    }

    private bool NameEnding(int k, int lo, out string name, out int start)
    {
        name = "";
        start = -1;
        var j = k;
        var guard = 0;
        while (j >= lo && guard++ < 8)
        {
            if (_d.Is(j, ')'))
            {
                var open = FindOpen(j, lo);
                if (open < 0) return false;
                j = open - 1;
                continue;
            }
            if (_d.Is(j, '.') && _d.Has(j - 1, WordClass.LegalSuffix)) { j--; continue; }
            if (_d.IsAllCaps(j) && j - 1 >= lo && HasMixedCaseNameBefore(j - 1, lo)) { j--; continue; }
            break;
        }
        if (j < lo || !_d.IsCap(j)) return false;
        var end = j;
        var sliceEnd = _d.Is(j + 1, '.') && j + 1 <= k && _d.Has(j, WordClass.LegalSuffix) && _d.Adjacent(j) ? j + 1 : j;
        if (_d.L(end) is "index" or "composite" or "average") return false;
        start = j;
        while (start - 1 >= lo && end - start < 6)
        {
            var x = start - 1;
            if (_d.IsCap(x) && !_d.IsPossessive(x)) { start = x; continue; }
            if ((_d.Is(x, '&') || _d.L(x) is "of" or "de" or "du" or "von" or "van") && _d.IsCap(x - 1) && !_d.IsPossessive(x - 1) && x - 1 >= lo)
            {
                start = x;
                continue;
            }
            break;
        }
        while (start <= end && (_d.Has(start, WordClass.NameStopWord) || !(_d.IsCap(start) || _d.Is(start, '&')) || _d.Is(start, '&')))
            start++;
        if (start > end) return false;
        if (_indexAt[end] >= 0) return false;
        var allLocation = true;
        var allCommon = true;
        for (var t = start; t <= end; t++)
        {
            if (_d.PersonAt[t]) return false;
            if (_d.LocAt[t] < 0) allLocation = false;
            if (!Lexicon.Is(_d.Base(t), WordClass.NonCompanyName) && !Lexicon.IsWeekdayOrMonth(_d.Base(t))) allCommon = false;
        }
        if (allLocation || allCommon) return false;
        if (start == end && (Lexicon.Is(_d.Base(start), WordClass.MetricNoun) || _d.Tokens[start].Length < 2)) return false;
        var text = _d.Slice(start, sliceEnd);
        if (text.EndsWith("'s", StringComparison.Ordinal) || text.EndsWith("’s", StringComparison.Ordinal)) text = text[..^2];
        foreach (var c in Lexicon.FinancialCentres)
            if (string.Equals(c, text, StringComparison.OrdinalIgnoreCase)) return false;
        // Share-class letter: "Stora Enso R", "Wartsila B".
        if (end > start && _d.Tokens[end].Length == 1 && char.IsUpper(_d.Text[_d.Tokens[end].Start]))
            text = _d.Slice(start, end - 1);
        name = text;
        return true;
    }

    private bool HasMixedCaseNameBefore(int j, int lo)
    {
        for (var x = j; x >= lo && j - x < 4; x--)
        {
            if (_d.IsCap(x) && !_d.IsAllCaps(x)) return true;
            if (!_d.IsAllCaps(x) && !_d.Is(x, '.')) return false;
        }
        return false;
    }

    /// <summary>Maps a capitalised name ("Sakura") onto an organisation of the entity set whose name contains it.</summary>
    private int ResolveName(string name)
    {
        var tokens = NameTokens(name);
        if (tokens.Count == 0) return -1;
        _orgNames ??= BuildOrgNames();
        var best = -1;
        foreach (var (org, set, firstToken) in _orgNames)
        {
            if (firstToken != tokens[0] || !tokens.TrueForAll(set.Contains)) continue;
            if (org == _announcer) return org;
            if (best < 0) best = org;
        }
        return best;
    }

    private List<(int, HashSet<string>, string)> BuildOrgNames()
    {
        var list = new List<(int, HashSet<string>, string)>();
        var orgs = _d.Entities.Organizations;
        for (var i = 0; i < orgs.Count; i++)
        {
            var names = new List<string> { orgs[i].Name };
            foreach (var m in orgs[i].Mentions.Take(8))
                if (m.Start >= 0 && m.End <= _d.Text.Length && m.Length is > 0 and < 120) names.Add(_d.Text.Substring(m.Start, m.Length));
            foreach (var n in names)
            {
                var t = NameTokens(n);
                if (t.Count > 0) list.Add((i, [.. t], t[0]));
            }
        }
        return list;
    }

    private static List<string> NameTokens(string name)
    {
        var result = new List<string>();
        foreach (var raw in name.Split([' ', '.', ',', '(', ')', '-', '\'', '’'], StringSplitOptions.RemoveEmptyEntries))
        {
            var t = raw.ToLowerInvariant();
            if (t == "s" || Lexicon.Is(t, WordClass.LegalSuffix) || t == "the") continue;
            result.Add(t);
        }
        return result;
    }

    // ---------------------------------------------------------------- qualifier and venue

    private MoveQualifier Qualifier(int verbIdx, int ps, int zoneStart, int n0, int after, int sentStart, int sentEnd, bool upToMark)
    {
        if (verbIdx >= 0 && _d.Has(verbIdx, WordClass.CloseVerb)) return MoveQualifier.Close;
        var upTo = upToMark;
        for (var k = Math.Max(zoneStart, ps - UpToLookbehind); k < n0 && !upTo; k++)
            upTo = IsUpToMarker(k);
        var close = false;
        for (var k = after; k < Math.Min(sentEnd, after + QualifierLookahead) && !upTo && !close; k++)
        {
            if (_d.Is(k, ',') || _d.Is(k, ';') || TryPercent(k, sentEnd, out _)) break;
            var w = _d.L(k);
            if (Lexicon.Is(w, WordClass.MoveBoundary)) break;
            upTo = IsUpToMarker(k) || (w is "at" && _d.L(k + 1) is "its" or "their" or "the" && _d.L(k + 2) is "peak" or "high" or "highest");
            close = (w == "to" && _d.L(k + 1) == "close")
                || (w is "at" or "by" && (_d.L(k + 1) == "close" || (_d.L(k + 1) == "the" && _d.L(k + 2) is "close" or "closing" or "end")));
        }
        if (upTo) return MoveQualifier.UpTo;
        if (close) return MoveQualifier.Close;
        // "At the close, the index was 0.3% lower".
        if (_d.L(sentStart) == "at" && (_d.L(sentStart + 1) == "close" || (_d.L(sentStart + 1) == "the" && _d.L(sentStart + 2) == "close")))
            return MoveQualifier.Close;
        return MoveQualifier.Unspecified;
    }

    private bool IsUpToMarker(int k)
    {
        var w = _d.L(k);
        if (w == "as" && _d.L(k + 1) is "much" or "high" or "low" && _d.L(k + 2) == "as") return true;
        if (w == "up" && _d.L(k + 1) == "to" && (_d.IsNumber(k + 2) || _d.Is(k + 2, '+') || _d.Has(k + 2, WordClass.Filler))) return true;
        if (w == "at" && _d.L(k + 1) == "one" && _d.L(k + 2) is "point" or "stage") return true;
        return Lexicon.Is(w, WordClass.UpToSingle) && _d.IsLowerWord(k);
    }

    /// <summary>"paring the advance to", "trimmed its losses to", "narrowing the decline to" (left of the percentage is "to"):
    /// the verb and the direction of the move that remains. Not when a period scopes the noun ("its gain this year to").</summary>
    private bool PareTarget(int to, int lo, out int verb, out MoveDirection dir)
    {
        verb = -1;
        dir = default;
        var k = to - 1;
        var noun = _d.L(k);
        if (Lexicon.Is(noun, WordClass.PareableUpNoun)) dir = MoveDirection.Up;
        else if (Lexicon.Is(noun, WordClass.PareableDownNoun)) dir = MoveDirection.Down;
        else return false;
        k--;
        var guard = 0;
        while (k >= lo && guard++ < MaxPareNounModifiers && _d.Has(k, WordClass.PareNounModifier))
            k--;
        if (k < lo || !_d.Has(k, WordClass.PareVerb))
            return false;
        verb = k;
        return true;
    }

    /// <summary>"in London and New York, respectively": one place per percentage, or null.</summary>
    private List<string>? RespectiveVenues(int after, int sentEnd, int count)
    {
        var k = after;
        if (_d.L(k) != "in") return null;
        k++;
        var list = new List<string>();
        while (k < sentEnd && list.Count < count)
        {
            if (!_d.IsCap(k) || !IsPlaceStart(k, out var end)) return null;
            list.Add(_d.Slice(k, end));
            k = end + 1;
            if (_d.Is(k, ',')) k++;
            if (_d.L(k) == "and") k++;
        }
        return list.Count == count ? list : null;
    }

    /// <summary>"in Hong Kong", "in New York trading", "on the Nasdaq", "pre-market", around the predicate.</summary>
    private string? FindVenue(int ps, int n0, int after, int sentEnd)
    {
        for (var k = ps; k < n0; k++)
            if (VenueAt(k) is { } v) return v;
        for (var k = after; k < Math.Min(sentEnd, after + VenueLookahead); k++)
        {
            if (_d.Is(k, ',') && _d.L(k + 1) is "to" or "or") continue; // "rose $18.40, or 2.3%, to $820 in New York"
            if (_d.Is(k, ',') || IsClauseBreak(k)) break;
            var w = _d.L(k);
            if (Lexicon.Is(w, WordClass.VenueBoundary)) break;
            if (VenueAt(k) is { } v) return v;
        }
        return null;
    }

    private string? VenueAt(int k)
    {
        var w = _d.L(k);
        if (w is "pre-market" or "premarket") return "pre-market";
        if (w == "in" && _d.IsCap(k + 1) && IsPlaceStart(k + 1, out var end)) return _d.Slice(k + 1, end);
        if (w == "on")
        {
            var s = k + 1;
            if (_d.L(s) == "the") s++;
            if (!_d.IsCap(s)) return null;
            var e = s;
            while (e + 1 < _d.Count && e - s < 5 && (_d.IsCap(e + 1) || _d.Is(e + 1, '&'))) e++;
            for (var t = s; t <= e; t++)
            {
                if (_d.Has(t, WordClass.ExchangeWord) || (_d.LocAt[t] >= 0 && _d.Entities.Locations[_d.LocAt[t]].Kind == LocationKind.Venue))
                    return _d.Slice(s, e);
            }
        }
        return null;
    }

    /// <summary>A financial centre or a city/venue from the entity set starting at token s.</summary>
    private bool IsPlaceStart(int s, out int end)
    {
        end = s;
        if (_d.LocAt[s] >= 0)
        {
            var loc = _d.Entities.Locations[_d.LocAt[s]];
            while (end + 1 < _d.Count && _d.LocAt[end + 1] == _d.LocAt[s]) end++;
            if (loc.Kind is LocationKind.City or LocationKind.Venue || (loc.Kind == LocationKind.Region && loc.CountryCode is "HK" or "MO"))
                return true;
        }
        if (!_d.IsCap(s) || !Lexicon.CentreFirstWords.Contains(_d.Base(s).Replace("-listed", "", StringComparison.Ordinal))) return false;
        foreach (var parts in Lexicon.FinancialCentreParts)
        {
            var ok = true;
            for (var p = 0; p < parts.Length && ok; p++)
            {
                if (s + p >= _d.Count || !_d.IsWord(s + p)) { ok = false; break; }
                var t = _d.Span(s + p);
                if (p == parts.Length - 1 && t.EndsWith("-listed", StringComparison.OrdinalIgnoreCase)) t = t[..^7];
                ok = t.Equals(parts[p], StringComparison.OrdinalIgnoreCase);
            }
            if (ok) { end = s + parts.Length - 1; return true; }
        }
        return false;
    }

    private bool IsPlace(int k, out int placeStart)
    {
        placeStart = k;
        var s = k;
        while (s - 1 >= 0 && k - s < 3 && _d.IsCap(s - 1)) s--;
        for (var t = s; t <= k; t++)
        {
            if (IsPlaceStart(t, out var e) && e == k) { placeStart = t; return true; }
        }
        return false;
    }

    private string? SentencePrefixVenue(int a, int b)
    {
        if (_d.L(a) != "in" || !_d.IsCap(a + 1) || !IsPlaceStart(a + 1, out var end)) return null;
        for (var k = end + 1; k < Math.Min(b, end + SessionWordsAfterVenue); k++)
        {
            if (_d.Is(k, ',')) return _d.Slice(a + 1, end);
            var w = _d.L(k);
            if (!Lexicon.Is(w, WordClass.SessionWord | WordClass.WeekdayOrMonth))
                return null;
        }
        return null;
    }

    /// <summary>"its Hong Kong-listed shares", "Taipei-listed shares".</summary>
    private string? ListedVenue(Subject s)
    {
        if (!s.ViaStock) return null;
        for (var k = s.Start; k <= s.End && k < _d.Count; k++)
        {
            if (_d.OrgAt[k] >= 0) continue;
            var w = _d.L(k);
            if (w.EndsWith("-listed", StringComparison.Ordinal))
            {
                for (var start = Math.Max(s.Start, k - 2); start <= k; start++)
                    if (IsPlaceStart(start, out var e) && e == k) return _d.Slice(start, k)[..^7];
                continue;
            }
            // "Alibaba's Hong Kong shares".
            if (_d.IsCap(k) && !_d.IsPossessive(k) && IsPlaceStart(k, out var end) && end < s.End && !_d.IsPossessive(end))
            {
                var place = _d.Slice(k, end);
                // "Baidu's Hong Kong-listed shares": the place without the suffix
                return place.EndsWith("-listed", StringComparison.OrdinalIgnoreCase) ? place[..^7] : place;
            }
        }
        return null;
    }

    private static string? InheritedVenue(Accepted? prev, Subject s)
    {
        if (prev is null) return null;
        for (var i = 0; i < prev.Subjects.Count; i++)
        {
            var p = prev.Subjects[i];
            if (p.Kind == s.Kind && p.Org == s.Org && p.Name == s.Name) return prev.Venues[i];
        }
        return null;
    }

    // ---------------------------------------------------------------- output

    private void Emit(Subject s, double pct, MoveDirection dir, MoveQualifier q, string? venue, MoveRelation relation, TextSpan evidence)
    {
        string? id = null, name = null, index = null;
        switch (s.Kind)
        {
            case SubjectKind.Org:
                var org = _d.Entities.Organizations[s.Org];
                id = org.CompanyId;
                name = org.Name;
                break;
            case SubjectKind.Name:
                name = s.Name;
                break;
            case SubjectKind.Index:
                index = s.Name;
                break;
        }
        var key = id ?? name ?? index ?? "";
        if (!_seen.Add((key, (long)Math.Round(pct * 1000), dir, q))) return;
        _moves.Add(new MarketMove(id, name, index, pct, dir, q, venue, relation, evidence));
    }
}
