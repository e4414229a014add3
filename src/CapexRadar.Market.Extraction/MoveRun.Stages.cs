using CapexRadar.Domain;

namespace CapexRadar.Market.Extraction;

/// <summary>
/// One group of percentages ("rose 4%", "6% and 8.5%") goes through the stages of <see cref="GroupStages"/>, in that
/// order; each stage reads and fills one <see cref="GroupWork"/> and may drop the group. <see cref="MarketMoveExtractor.Explain"/>
/// prints which stage dropped each group or what it emitted.
/// </summary>
internal sealed partial class MoveRun
{
    /// <summary>The state of one group of percentages as the stages fill it in.</summary>
    private sealed class GroupWork
    {
        public required List<Pct> Group;
        public required int SentStart;
        public required int SentEnd;
        public required int PrevEnd;
        public required Accepted? Prev;
        public Pct First => Group[0];
        public Pct Last => Group[^1];
        /// <summary>Where the next group may start (also when this one is dropped).</summary>
        public int Consumed;
        public int N0, Left, ZoneStart;
        public bool Pared;
        public int PareVerb = -1;
        public MoveDirection PareDir;
        public int After, AdvAfter = -1, Post;
        public MoveDirection? DirAfter;
        public MoveDirection? Dir;
        public int VerbIdx = -1, AdvIdx = -1, NounIdx = -1;
        public bool UpToMark;
        public TriggerKind Kind;
        public List<Subject>? Subjects;
        public MoveQualifier? GappedQualifier;
        public bool Inherited;
        /// <summary>Start of the predicate (verb, adverb or noun phrase) the subject is found before.</summary>
        public int Ps = -1;
        public bool Participle;
        public MoveQualifier Qualifier;
        public string? Venue;
    }

    /// <summary>The stages of one group, in order: name and what drops a group there.</summary>
    private static readonly (string Name, Func<MoveRun, GroupWork, bool> Run)[] GroupStages =
    [
        ("zone", static (r, g) => r.FindZone(g)),                   // a level ("to 6%", "stood at 13.6%") is no move
        ("after", static (r, g) => r.ReadAfter(g)),                 // "3.4% higher"; a metric after the group drops it
        ("trigger", static (r, g) => r.ScanTriggerLeft(g)),         // move verb, adverb or noun to the left (never drops)
        ("predicate", static (r, g) => r.FindPredicate(g)),         // no direction, or nothing that governs the percentage
        ("subject", static (r, g) => r.FindSubjects(g)),            // no mover, or a noun trigger after a reporting verb
        ("qualifier-venue", static (r, g) => r.DecideQualifierAndVenue(g)),
    ];

    /// <summary>When set, one line per group: the stages it passed and the one that dropped it, or what it emitted.</summary>
    private List<string>? _trail;

    private Accepted? ProcessGroup(List<Pct> group, int sentStart, int sentEnd, int prevEnd, Accepted? prev, out int consumed)
    {
        var g = new GroupWork { Group = group, SentStart = sentStart, SentEnd = sentEnd, PrevEnd = prevEnd, Prev = prev };
        g.Consumed = g.Last.UnitEnd;
        foreach (var (name, run) in GroupStages)
        {
            if (run(this, g)) continue;
            consumed = g.Consumed;
            Trace(g, $"dropped at {name}");
            return null;
        }
        consumed = g.Consumed;
        var accepted = EmitPairs(g);
        if (_trail is not null)
            Trace(g, $"trigger {g.Kind} '{_d.L(g.Ps)}' → {string.Join(", ", accepted.Subjects.Select(MoverName))} {accepted.Direction}, {accepted.Qualifier}{(g.Inherited ? " (mover of the clause before)" : "")}");
        return accepted;
    }

    private string MoverName(Subject s) => s.Kind == SubjectKind.Org ? _d.Entities.Organizations[s.Org].Name : s.Name ?? "?";

    private void Trace(GroupWork g, string what) =>
        _trail?.Add($"{_d.Slice(g.First.NumTok, g.Last.UnitEnd - 1)} @{_d.Tokens[g.First.NumTok].Start}: {what}");

    /// <summary>Stage "zone": the tokens left of the group back to a clause break or the previous group.</summary>
    private bool FindZone(GroupWork g)
    {
        g.N0 = g.First.NumTok;
        var left = g.N0 - 1;
        if ((_d.Is(left, '+') || _d.Is(left, '-') || _d.Is(left, '−')) && _d.Adjacent(left)) left--;
        g.Left = left;

        var zoneStart = Math.Max(g.PrevEnd, Math.Max(g.SentStart, left - ZoneWindow));
        for (var k = left; k >= zoneStart; k--)
            if (IsClauseBreak(k)) { zoneStart = k + 1; break; }
        g.ZoneStart = zoneStart;

        // A percentage after "to", "from", "at" is a level ("cut its forecast to 6%", "stood at 13.6%").
        var lw = _d.L(left);
        // "before paring the advance to 7.5%": the move left after giving part of it back
        g.Pared = lw == "to" && PareTarget(left, zoneStart, out g.PareVerb, out g.PareDir);
        return g.Pared || left < g.SentStart || !((lw == "to" && _d.L(left - 1) != "up") || Lexicon.Is(lw, WordClass.LevelMarker));
    }

    /// <summary>Stage "after": a trailing adverb ("closed 3.4% higher") and what follows the group.</summary>
    private bool ReadAfter(GroupWork g)
    {
        var after = g.Last.UnitEnd;
        g.After = after;
        if (after < g.SentEnd)
        {
            var aw = _d.L(after);
            if (aw == "higher" || (aw == "up" && _d.L(after + 1) != "to")) { g.AdvAfter = after; g.DirAfter = MoveDirection.Up; }
            else if (aw is "lower" or "down") { g.AdvAfter = after; g.DirAfter = MoveDirection.Down; }
        }
        g.Post = g.AdvAfter >= 0 ? after + 1 : after;
        if (g.AdvAfter >= 0) g.Consumed = g.Post;
        return !IsExcludedAfter(g.Post, g.SentEnd);
    }

    /// <summary>Stage "trigger": scans left from the group (at most <see cref="TriggerSteps"/> tokens) for the verb,
    /// adverb or noun of movement, skipping fillers, "up to", "as high as", the other amount of "rose $5, or 3%"
    /// and a place ("rose in Hong Kong by 5%").</summary>
    private bool ScanTriggerLeft(GroupWork g)
    {
        var left = g.Left;
        var zoneStart = g.ZoneStart;
        var prevScanned = "";
        var sawOr = false;
        var skippedAmount = false;
        var tradeIdx = -1;
        var steps = 0;
        var k2 = left;
        if (g.Pared) { g.Dir = g.PareDir; g.VerbIdx = g.PareVerb; g.Kind = TriggerKind.Verb; k2 = zoneStart - 1; }
        while (k2 >= zoneStart && steps++ < TriggerSteps)
        {
            if (_d.IsNumber(k2))
            {
                if (sawOr && !skippedAmount && left - k2 <= 6) { prevScanned = "#"; k2--; continue; }
                break;
            }
            var w = _d.L(k2);
            if (w == "or" && !sawOr && k2 == left) { sawOr = true; k2--; continue; }
            if (w == "(" && k2 == left) { k2--; if (_d.L(k2) == "or") { sawOr = true; k2--; } continue; }
            if (sawOr && !skippedAmount)
            {
                // "rose 100 points, or 1.7%", "rose $5.20, or 3.1%", "rose 70.0 ores or 0.9%": skip the other amount.
                if (!(Lexicon.DirectionVerbs.ContainsKey(w) || Lexicon.Is(w, WordClass.NeutralMoveVerb) || Lexicon.Is(w, WordClass.UpAdverb)
                      || Lexicon.Is(w, WordClass.DownAdverb)) && left - k2 <= 6)
                {
                    k2--;
                    continue;
                }
                skippedAmount = true;
            }
            if (w == "to" && _d.L(k2 - 1) == "up") { g.UpToMark = true; prevScanned = "up"; k2 -= 2; continue; }
            // "rose as high as 9%", "fell as low as"
            if (w is "high" or "low" && _d.L(k2 - 1) == "as" && _d.L(k2 + 1) == "as") { prevScanned = w; k2--; continue; }
            if (Lexicon.Is(w, WordClass.UpAdverb) || Lexicon.Is(w, WordClass.DownAdverb))
            {
                if (g.Dir is null) { g.Dir = Lexicon.Is(w, WordClass.UpAdverb) ? MoveDirection.Up : MoveDirection.Down; g.AdvIdx = k2; }
                prevScanned = w;
                k2--;
                continue;
            }
            if (w is "limit-up" or "limit-down")
            {
                g.Dir ??= w == "limit-up" ? MoveDirection.Up : MoveDirection.Down;
                g.NounIdx = k2; g.Kind = TriggerKind.Noun;
                break;
            }
            if (prevScanned is "of" && Lexicon.DirectionNouns.TryGetValue(w, out var nd))
            {
                g.Dir ??= nd; g.NounIdx = k2; g.Kind = TriggerKind.Noun;
                break;
            }
            if (Lexicon.DirectionVerbs.TryGetValue(w, out var vd))
            {
                if (Lexicon.Is(w, WordClass.NeedsOn) && _d.L(k2 + 1) != "on") break;
                g.Dir ??= vd;
                g.VerbIdx = k2; g.Kind = TriggerKind.Verb;
                break;
            }
            if (Lexicon.Is(w, WordClass.NeutralMoveVerb)) { g.VerbIdx = k2; g.Kind = TriggerKind.Verb; break; }
            if (Lexicon.Is(w, WordClass.Filler) || Lexicon.IsWeekdayOrMonth(w) || _d.Is(k2, '(') || _d.Is(k2, '+'))
            {
                // "pared gains to trade up 3%": "trade" governs the adverb right after it
                if (w is "trade" or "trades" or "traded" && g.AdvIdx == k2 + 1 && g.Dir is not null) { g.VerbIdx = k2; g.Kind = TriggerKind.Verb; break; }
                if (w is "trade" or "trading" && tradeIdx < 0) tradeIdx = k2;
                prevScanned = w;
                k2--;
                continue;
            }
            if (_d.IsCap(k2))
            {
                // "rose in Hong Kong by 5%": a place inside the gap.
                var c = k2;
                while (c >= zoneStart && _d.IsCap(c) && k2 - c < MaxPlaceTokens) c--;
                if (_d.L(c) is "in" or "on") { prevScanned = "in"; k2 = c - 1; continue; }
            }
            break;
        }
        if (g.Kind == TriggerKind.None && g.AdvIdx >= 0) g.Kind = TriggerKind.Adverb;
        // "before recovering to trade 1% lower": "trade" is the verb when nothing else governs the percentage.
        if (g.Kind == TriggerKind.None && tradeIdx >= 0 && g.DirAfter is not null) { g.Kind = TriggerKind.Verb; g.VerbIdx = tradeIdx; }
        return true;
    }

    /// <summary>Stage "predicate": where the predicate starts and the direction, from the trigger found; without one,
    /// a noun after the group ("a 7.8% increase") or a verbless / gapped / causative list item.</summary>
    private bool FindPredicate(GroupWork g)
    {
        switch (g.Kind)
        {
            case TriggerKind.Verb:
                g.Ps = g.VerbIdx;
                g.Participle = _d.L(g.VerbIdx).EndsWith("ing", StringComparison.Ordinal);
                g.Dir ??= g.DirAfter;
                if (g.Dir is null) return false;
                break;
            case TriggerKind.Adverb:
                g.Ps = g.AdvIdx;
                // "X shares closed at $100, up 4.5%": the adverb phrase attaches to the clause before the comma.
                g.Participle = _d.Is(g.AdvIdx - 1, ',');
                break;
            case TriggerKind.Noun:
                g.Ps = NounPredicateStart(g.NounIdx, g.ZoneStart);
                break;
            default:
                if (!NounAfterOrPreset(g)) return false;
                break;
        }
        return g.Dir is not null && g.Ps >= 0;
    }

    /// <summary>No trigger to the left: "a 7.8% increase", "a 5% jump in Alibaba shares" (a direction noun after the
    /// group), or a mover right before the group ("UPM-Kymmene 1.14 pct lower", "helping lift the TAIEX 1.3%",
    /// "Advantest rose 4.2%, Tokyo Electron 3.1%").</summary>
    private bool NounAfterOrPreset(GroupWork g)
    {
        var left = g.Left;
        var zoneStart = g.ZoneStart;
        var sentEnd = g.SentEnd;
        var m = g.Post;
        var adj = 0;
        while (adj < MaxNounAdjectives && _d.Has(m, WordClass.NounAdjective)) { m++; adj++; }
        if (m < sentEnd && Lexicon.DirectionNouns.TryGetValue(_d.L(m), out var na) && g.AdvAfter < 0 && left >= zoneStart
            && _d.IsPossessive(left) && _d.IsCap(left) && Candidate(left, zoneStart) is { Kind: not SubjectKind.Unresolved } owner)
        {
            g.Dir = na;
            g.Kind = TriggerKind.NounAfter;
            g.Ps = left;
            g.Subjects = [owner];
            g.Consumed = Math.Max(g.Consumed, m + 1);
            return true;
        }
        if (m < sentEnd && Lexicon.DirectionNouns.TryGetValue(_d.L(m), out na) && g.AdvAfter < 0 && HasDeterminerBefore(left, zoneStart, out var det))
        {
            g.Dir = na;
            g.Kind = TriggerKind.NounAfter;
            g.Ps = det;
            if (_d.IsLowerWord(det - 1) && !_d.Has(det - 1, WordClass.Conjunction) && !_d.Has(det - 1, WordClass.Filler))
            {
                if (_d.Has(det - 1, WordClass.ReportingVerb)) return false;
                g.Ps = det - 1;
            }
            g.Consumed = Math.Max(g.Consumed, m + 1);
            if (_d.L(m + 1) is "in" or "for")
            {
                var inner = SubjectAfter(m + 2, sentEnd);
                if (inner is null && IsMetricAhead(m + 2, sentEnd)) return false;
                if (inner is { } sub) g.Subjects = [sub];
            }
            return true;
        }
        return Preset(g);
    }

    /// <summary>Verbless: the mover stands right before the group; its direction comes from a trailing adverb, a
    /// causative verb before it, or the previous list item (gapping).</summary>
    private bool Preset(GroupWork g)
    {
        var zoneStart = g.ZoneStart;
        var prev = g.Prev;
        var adjacent = Candidate(g.Left, zoneStart);
        // "X rose 5% in Hong Kong and 4% in Shanghai": the second percentage shares the verb and the mover
        if ((adjacent is null || adjacent.Value.Kind == SubjectKind.Unresolved) && prev is { Subjects.Count: 1 } && g.DirAfter is null
            && _d.L(g.Left) == "and" && OnlyConnectors(zoneStart, g.N0))
        {
            g.Dir = prev.Direction;
            g.GappedQualifier = prev.Qualifier;
            g.Kind = TriggerKind.Preset;
            g.Subjects = prev.Subjects;
            g.Inherited = true;
            g.Ps = g.N0;
            return true;
        }
        if (adjacent is not { } subj || subj.Kind == SubjectKind.Unresolved) return false;
        if (g.DirAfter is { } da) g.Dir = da;
        else
        {
            var v = subj.Start - 1;
            if (_d.L(v) == "the") v--;
            if (v >= zoneStart && Lexicon.CausativeVerbs.TryGetValue(_d.L(v), out var cd)) g.Dir = cd;
            else if (prev is not null && OnlyConnectors(zoneStart, subj.Start))
            {
                // Gapping: "Advantest rose 4.2%, Tokyo Electron 3.1% and Screen 5%".
                g.Dir = prev.Direction;
                g.GappedQualifier = prev.Qualifier;
            }
            else return false;
        }
        g.Kind = TriggerKind.Preset;
        g.Subjects = [subj];
        g.Ps = g.N0;
        return true;
    }

    /// <summary>Stage "subject": the mover(s) before the predicate (or after a noun trigger: "a 3% gain in X").</summary>
    private bool FindSubjects(GroupWork g)
    {
        if (g.Subjects is null)
        {
            g.Subjects = FindSubject(g.Ps, g.ZoneStart, g.SentStart, g.Participle, g.Prev, out g.Inherited);
            if ((g.Subjects is null || g.Subjects.Count == 0) && g.Kind == TriggerKind.Noun && _d.L(g.Post) is "in" or "for"
                && SubjectAfter(g.Post + 1, g.SentEnd) is { } after2)
            {
                g.Subjects = [after2];
                g.Inherited = false;
            }
            if (g.Subjects is null || g.Subjects.Count == 0) return false;
        }
        return !(g.Kind is TriggerKind.Noun or TriggerKind.NounAfter && !g.Inherited
                 && g.Subjects.Exists(s => s.Kind is SubjectKind.Name or SubjectKind.Org && !s.ViaStock)
                 && g.Ps >= 0 && _d.Has(g.Ps, WordClass.ReportingVerb));
    }

    /// <summary>Stage "qualifier-venue": intraday / close / up-to qualifier and the trading venue (never drops).</summary>
    private bool DecideQualifierAndVenue(GroupWork g)
    {
        g.Qualifier = g.GappedQualifier
                      ?? Qualifier(g.Kind == TriggerKind.Verb ? g.VerbIdx : -1, g.Ps, g.ZoneStart, g.N0, g.Consumed, g.SentStart, g.SentEnd, g.UpToMark);
        g.Venue = FindVenue(g.Ps, g.N0, g.Consumed, g.SentEnd) ?? SentencePrefixVenue(g.SentStart, g.SentEnd);
        return true;
    }

    /// <summary>Last step: pairs movers with percentages ("X and Y rose 3% and 4%", "Arm jumped 6% and 8.5% in London and
    /// New York, respectively"), relates each mover to the announcer and emits the moves.</summary>
    private Accepted EmitPairs(GroupWork g)
    {
        var group = g.Group;
        var subjects = g.Subjects!;
        var first = g.First;
        var last = g.Last;
        var pairs = new List<(Subject Subject, Pct Pct, string? Venue)>();
        if (group.Count == subjects.Count)
            for (var i = 0; i < group.Count; i++) pairs.Add((subjects[i], group[i], null));
        else if (group.Count == 1)
            foreach (var s in subjects) pairs.Add((s, first, null));
        else if (subjects.Count == 1)
        {
            // one mover, several moves — only a coordinated list ("6% and 8.5%"); "rose 2.5%, 3% below its record"
            // is one move and a distance
            var coordinated = _d.L(last.NumTok - 1) == "and";
            var venues = coordinated ? RespectiveVenues(last.UnitEnd, g.SentEnd, group.Count) : null;
            for (var i = 0; i < (coordinated ? group.Count : 1); i++) pairs.Add((subjects[0], group[i], venues?[i]));
        }
        else
        {
            var m = Math.Min(group.Count, subjects.Count);
            for (var i = 0; i < m; i++) pairs.Add((subjects[subjects.Count - m + i], group[i], null));
        }

        var acceptedSubjects = new List<Subject>();
        var acceptedVenues = new List<string?>();
        var evidenceEnd = Math.Max(g.Consumed - 1, last.UnitEnd - 1);
        var relationStart = subjects[0].Start;
        var dir = g.Dir!.Value;
        foreach (var (subject, pct, pairVenue) in pairs)
        {
            var moveVenue = pairVenue ?? g.Venue ?? ListedVenue(subject) ?? InheritedVenue(g.Prev, subject);
            var relation = RelationClassifier.Classify(_d, subject, g.Inherited ? g.Ps : relationStart, g.Ps, g.ZoneStart, g.SentStart, _announcer);
            var evStart = g.Inherited ? g.Ps : Math.Min(subject.Start, g.Ps);
            if (evStart < g.SentStart) evStart = g.SentStart;
            var evidence = new TextSpan(_d.Tokens[evStart].Start, _d.Tokens[evidenceEnd].End);
            Emit(subject, pct.Value, dir, g.Qualifier, moveVenue, relation, evidence);
            acceptedSubjects.Add(subject);
            acceptedVenues.Add(moveVenue);
        }
        return new Accepted(acceptedSubjects, acceptedVenues, dir, g.Qualifier);
    }
}
