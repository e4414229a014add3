using CapexRadar.Domain;
using CapexRadar.Text.Syntax;

namespace CapexRadar.Entities.Extraction;

/// <summary>
/// Stage <see cref="FindNamesByFrame"/>: a capitalised name no list knows is an organisation when the sentence's
/// grammar says so, even where an earlier stage guessed a person:
/// <list type="bullet">
/// <item>an apposition whose head is a company noun — "Korvath Labs, a battery-materials start-up based in Ohio, …",
///   "Brisa Dynamics, the Lisbon chipmaker, said …" (not "Ana Reis, the company's chief executive": the company noun
///   there is a possessor, not the head);</item>
/// <item>the subject of an investing sentence right after a dateline — "OSLO - Fjordkraft Data AS plans to invest …",
///   "MANILA — Tala Power Corp will spend …";</item>
/// <item>the words before a defined-term bracket at a sentence start — "Hanamura denki Co., Ltd. (hereinafter "the Company")".</item>
/// </list>
/// </summary>
internal sealed partial class ExtractionRun
{
    /// <summary>Words of a name before its apposition ("Korvath Labs", "Tala Power Corp").</summary>
    private const int MaxFrameNameTokens = 5;

    /// <summary>Tokens between the article and the company noun: "a battery-materials", "the Lisbon-based".</summary>
    private const int MaxAppositionModifiers = 6;

    private void FindNamesByFrame()
    {
        var lex = WordClassLexicon.Default;
        var dropPeople = new HashSet<int>();
        for (var i = 1; i + 2 < _n; i++)
        {
            // NAME , a|an|the … COMPANY-NOUN (boundary)
            if (IsChar(i, ',') && Is(i + 1, "a") || IsChar(i, ',') && Is(i + 1, "an") || IsChar(i, ',') && Is(i + 1, "the"))
            {
                if (!AppositionHeadIsCompanyNoun(lex, i + 2)) continue;
                var last = i - 1;
                if (!IsNameWord(last)) continue;
                var first = last;
                while (first > 0 && last - first + 1 < MaxFrameNameTokens && IsNameWord(first - 1) && !_tk[first].SentenceStart && !_tk[first].NewlineBefore
                       && _cover[first - 1] == _cover[last]) first--;
                // "On Tuesday, the company …", "For Acme, the group …": a name after a preposition is no subject
                if (first > 0 && _tk[first - 1].Kind == TokKind.Word && (WordClassesOf(lex, first - 1) & WordClass.Preposition) != 0) continue;
                TakeAsOrganisation(lex, first, last, dropPeople);
            }
        }
        DatelineSubjects(lex, dropPeople);
        DefinedTermNames(lex, dropPeople);
        ShareOwners(lex, dropPeople);
        PlaceLedSubjects(lex, dropPeople);
        PayingSubjects(lex, dropPeople);
        SpendingObjectSubjects(lex);
        if (dropPeople.Count == 0) return;
        foreach (var p in dropPeople) _people[p].Mentions.Clear();
        _people.RemoveAll(p => p.Mentions.Count == 0);
        // people are indexed by position: recompute their cover (as MergeSingleNames does)
        for (var k = 0; k < _n; k++) if (_cover[k] == Cover.Person) _cover[k] = Cover.None;
        for (var p = 0; p < _people.Count; p++)
            foreach (var m in _people[p].Mentions) CoverSpan(m, Cover.Person, p);
    }

    /// <summary>"a chip-packaging start-up headquartered in …", "the Lisbon chipmaker,": lower-case or hyphenated modifiers
    /// up to a company noun, which is followed by a boundary (punctuation, a preposition, a relative pronoun or a participle)
    /// — so "the company's chief executive" and "a group veteran" are not company heads.</summary>
    private bool AppositionHeadIsCompanyNoun(WordClassLexicon lex, int from)
    {
        for (var k = from; k < Math.Min(_n, from + MaxAppositionModifiers); k++)
        {
            if (_tk[k].Kind is TokKind.Possessive) return false;
            if (_tk[k].Kind != TokKind.Word)
            {
                if (IsChar(k, '-') && !_tk[k].SpaceBefore) continue;
                return false;
            }
            var classes = WordClassesOf(lex, k);
            // "start-up": the compound read as one word
            if (Is(k, "start") && IsChar(k + 1, '-') && Is(k + 2, "up")) { classes = WordClass.CompanyNoun; k += 2; }
            if ((classes & WordClass.CompanyNoun) != 0 && !IsNameWord(k)) return AppositionBoundary(lex, k + 1);
            if ((classes & (WordClass.Preposition | WordClass.RelativePronoun | WordClass.Verb | WordClass.Possessive)) != 0 && !IsNameWord(k)) return false;
        }
        return false;
    }

    private bool AppositionBoundary(WordClassLexicon lex, int k)
    {
        if (k >= _n) return true;
        if (_tk[k].Kind == TokKind.Punct) return !IsChar(k, '-') && !IsChar(k, '\'') && !IsChar(k, '’');
        if (_tk[k].Kind != TokKind.Word) return false;
        if ((WordClassesOf(lex, k) & (WordClass.Preposition | WordClass.RelativePronoun)) != 0) return true;
        // a reduced relative ("headquartered in", "owned by"); not a finite verb ("the company announced")
        foreach (var w in ReducedRelativeParticiples) if (Is(k, w)) return true;
        return false;
    }

    private static readonly string[] ReducedRelativeParticiples = ["based", "headquartered", "founded", "owned", "backed", "controlled", "listed", "led", "spun", "formed"];

    private WordClass WordClassesOf(WordClassLexicon lex, int k) => ClassesOf(lex, k) & ~WordClass.RuleOnly;

    /// <summary>"PLACE - NAME verb": after a dateline (a place or an all-capitals word at the start of a line, then a dash),
    /// a capitalised run followed by a finite or modal verb in a sentence that states an amount and an investing verb.</summary>
    private void DatelineSubjects(WordClassLexicon lex, HashSet<int> dropPeople)
    {
        for (var i = 0; i + 2 < _n; i++)
        {
            if (!(_tk[i].SentenceStart || _tk[i].NewlineBefore || i == 0)) continue;
            var k = i;
            while (k < _n && k - i < MaxFrameNameTokens && (_cover[k] == Cover.Place || IsUpperWord(k) && (_tk[k].Shape & Shape.AllCaps) != 0 || IsChar(k, ','))) k++;
            if (k == i || !(IsChar(k, '-') || IsChar(k, '—') || IsChar(k, '–'))) continue;
            var first = k + 1;
            var last = first;
            if (!IsNameWord(first) || _cover[first] != Cover.None) continue;
            while (last + 1 < _n && last + 1 - first < MaxFrameNameTokens && IsNameWord(last + 1) && _cover[last + 1] == Cover.None) last++;
            var verb = last + 1;
            if (verb >= _n || _tk[verb].Kind != TokKind.Word || IsNameWord(verb)) continue;
            var vc = WordClassesOf(lex, verb);
            if ((vc & (WordClass.Modal | WordClass.Verb)) == 0 || (vc & WordClass.Preposition) != 0) continue;
            // a company takes a singular verb ("Fjordvik plans", "… will", "… said"); "Analysts expect" is a plural noun's
            if ((vc & WordClass.Modal) == 0 && !Span(verb).EndsWith("s", StringComparison.Ordinal) && (vc & WordClass.PastForm) == 0
                && !Span(verb).EndsWith("ed", StringComparison.Ordinal)) continue;
            if (!InvestingSentence(lex, first)) continue;
            TakeAsOrganisation(lex, first, last, dropPeople);
        }
    }

    /// <summary>Words a defined-term bracket may take before the company name ends: "Co., Ltd.", "Inc.".</summary>
    private const int MaxDefinedNameTokens = 8;

    /// <summary>"Hanamura denki Co., Ltd. (hereinafter "the Company")", "Kestrel ag (hereafter "Kestrel")": the words that open
    /// the sentence up to a bracket defining a short term for them name a company — the formal disclosure frame; inner words
    /// may be lower case ("denki"), the first must be capitalised.</summary>
    private void DefinedTermNames(WordClassLexicon lex, HashSet<int> dropPeople)
    {
        for (var i = 1; i + 1 < _n; i++)
        {
            if (!IsChar(i, '(') || !(Is(i + 1, "hereinafter") || Is(i + 1, "hereafter"))) continue;
            var first = i - 1;
            while (first > 0 && !_tk[first].SentenceStart && !_tk[first].NewlineBefore && i - first < MaxDefinedNameTokens) first--;
            if (!(_tk[first].SentenceStart || _tk[first].NewlineBefore) || !IsNameWord(first)) continue;
            var last = i - 1;
            while (last > first && _tk[last].Kind == TokKind.Punct && !IsChar(last, '.')) last--;
            var ok = true;
            for (var k = first; k <= last && ok; k++)
                ok = _cover[k] is Cover.None && (_tk[k].Kind == TokKind.Word || IsChar(k, '.') || IsChar(k, ',') || IsChar(k, '&'));
            if (!ok || (WordClassesOf(lex, first) & NotANameStart) != 0) continue;
            AddUnknownMention(first, last);
        }
    }

    /// <summary>"Holcim's share of the investment will be €90 million", "Korvath's portion of the cost": the possessor of a
    /// share of a spending noun is a company (capitalised words no stage claimed).</summary>
    private void ShareOwners(WordClassLexicon lex, HashSet<int> dropPeople)
    {
        for (var i = 1; i + 3 < _n; i++)
        {
            if (_tk[i].Kind != TokKind.Possessive) continue;
            var share = i + 1;
            if (!(Is(share, "share") || Is(share, "portion") || Is(share, "part")) || !Is(share + 1, "of")) continue;
            if (!SpendingNounAfter(lex, Is(share + 2, "the") || Is(share + 2, "its") || Is(share + 2, "their") ? share + 3 : share + 2)
                && !(Is(share + 3, "cost") || Is(share + 3, "costs"))) continue;
            var last = i - 1;
            if (!IsNameWord(last) || _cover[last] != Cover.None) continue;
            var first = last;
            while (first > 0 && last - first + 1 < MaxFrameNameTokens && !_tk[first].SentenceStart && IsNameWord(first - 1) && _cover[first - 1] == Cover.None) first--;
            TakeAsOrganisation(lex, first, last, dropPeople);
        }
    }

    /// <summary>"Qatar Airways will invest …", "Nordic Cement plans to build …": at a sentence start, a place word followed by
    /// capitalised words no stage claimed, then a singular finite or modal verb, in an investing sentence — one company name
    /// that begins with a place (the place stage took its first word).</summary>
    private void PlaceLedSubjects(WordClassLexicon lex, HashSet<int> dropPeople)
    {
        for (var i = 0; i + 2 < _n; i++)
        {
            if (!(_tk[i].SentenceStart || i == 0) || _cover[i] != Cover.Place || !IsNameWord(i)) continue;
            var k = i;
            while (k + 1 < _n && _cover[k + 1] == Cover.Place && _owner[k + 1] == _owner[i] && IsNameWord(k + 1)) k++;
            var last = k;
            while (last + 1 < _n && last + 1 - i < MaxFrameNameTokens && IsNameWord(last + 1) && _cover[last + 1] == Cover.None && _tk[last + 1].Kind == TokKind.Word) last++;
            if (last == k) continue;
            if (!SingularVerbAt(lex, last + 1) || !InvestingSentence(lex, i)) continue;
            for (var t = i; t <= k; t++) _cover[t] = Cover.None;
            if (!NameFits(lex, i, last)) { for (var t = i; t <= k; t++) _cover[t] = Cover.Place; continue; }
            TakeAsOrganisation(lex, i, last, dropPeople);
        }
    }

    /// <summary>"Viking will pay EUR 130 million for the new ship", "Korvath pays $90 million for …": at a sentence start,
    /// capitalised words no stage claimed (not a person), an optional modal, a form of "pay", an amount of money within
    /// <see cref="PaidAmountReach"/> words and "for" after it — the payer of a sum for something is a company.</summary>
    private void PayingSubjects(WordClassLexicon lex, HashSet<int> dropPeople)
    {
        for (var i = 0; i + 3 < _n; i++)
        {
            if (!(_tk[i].SentenceStart || _tk[i].NewlineBefore || i == 0) || !IsNameWord(i) || _cover[i] != Cover.None) continue;
            var last = i;
            while (last + 1 < _n && last + 1 - i < MaxFrameNameTokens && IsNameWord(last + 1) && _cover[last + 1] == Cover.None && _tk[last + 1].Kind == TokKind.Word) last++;
            var v = last + 1;
            if (v < _n && _tk[v].Kind == TokKind.Word && (WordClassesOf(lex, v) & WordClass.Modal) != 0) v++;
            if (!(Is(v, "pay") || Is(v, "pays") || Is(v, "paid"))) continue;
            int figure = -1, forAt = -1;
            for (var k = v + 1; k < Math.Min(_n, v + 1 + PaidAmountReach) && _tk[k].Sentence == _tk[v].Sentence; k++)
            {
                if (figure < 0 && IsFigure(k) && MoneyCueNear(lex, k)) figure = k;
                else if (figure >= 0 && Is(k, "for")) { forAt = k; break; }
            }
            if (forAt < 0) continue;
            // "Viking will pay": before a modal or a finite "pays", a lone word ending like a participle that no word class
            // lists is a name, not a gerund ("Building will cost" has a listed word)
            TakeAsOrganisation(lex, i, last, dropPeople, participleShapeIsName: i == last && WordClassesOf(lex, i) == WordClass.None);
        }
    }

    private static bool ParticipleShape(ReadOnlySpan<char> w) => w.EndsWith("ed") || w.EndsWith("ing");

    /// <summary>"Kelvara approved an investment of EUR 20 mn", "Kelvara will raise capacity with an investment of $X", "Kelvara's
    /// board approved …", "The board of Kelvara approved …": in a sentence with an amount of money, the subject of a clause
    /// whose object holds a spending noun is an organisation when it is a capitalised name no stage claimed — or the name
    /// that owns the subject's governing body (board, management, directors, shareholders, owners).</summary>
    private void SpendingObjectSubjects(WordClassLexicon lex)
    {
        var first = 0;
        while (first < _n)
        {
            var sentence = _tk[first].Sentence;
            var end = first;
            bool figure = false, money = false, spending = false, unclaimed = false;
            for (; end < _n && _tk[end].Sentence == sentence; end++)
            {
                figure |= IsFigure(end);
                money |= IsMoneyCue(lex, end);
                if (_tk[end].Kind != TokKind.Word) continue;
                spending |= IsSpendingNoun(lex, end) || (WordClassesOf(lex, end) & InvestingPredicate) != 0;
                unclaimed |= _tk[end].IsCap && _cover[end] == Cover.None;
            }
            if (figure && money && spending && unclaimed) SpendingObjectSubjectsIn(lex, first, end);
            first = end;
        }
    }

    private void SpendingObjectSubjectsIn(WordClassLexicon lex, int first, int end)
    {
        var span = new TextSpan(_tk[first].Start, _tk[end - 1].End);
        var sentence = lex == _doc.Lexicon ? _doc.SentenceWithSpan(span) : -1;
        var syntax = sentence >= 0 ? _doc.Syntax(sentence) : ShallowParser.Parse(_t, span, lex);
        foreach (var cl in syntax.Clauses)
        {
            // "Viking Line and Baltia Yards said there were plans to build a €240 million ferry": the speakers of an agentless
            // investing plan (existential "there", passive) are organisations, each conjunct of a pair
            // ("said on Monday that there were plans …": the parser may take the that-clause for a relative one of the reporting clause)
            var reporter = cl.Speaker ?? (cl.Parent >= 0 && cl.Parent < syntax.Clauses.Count && syntax.Clauses[cl.Parent] is { Subject: { } ps, SubjectInherited: false } parent
                                          && (parent.PredicateClasses & WordClass.ReportingVerb) != 0 ? ps : null);
            if (reporter is { } speaker && (cl.PredicateClasses & InvestingPredicate) != 0 && AmountIn(first, end, cl.Span)
                && (cl.Passive || cl.Subject is { } es && _t.AsSpan(es.Start, es.End - es.Start).Equals("there", StringComparison.OrdinalIgnoreCase)))
                SpeakerConjuncts(lex, first, end, speaker);
            if (cl.Subject is not { } subject || cl.SubjectInherited || cl.Predicate is not { } pred || (cl.PredicateClasses & WordClass.ReportingVerb) != 0) continue;
            // the object and what follows it in the clause ("raise capacity with an investment of …")
            if (!SpendingNounWithAmountIn(lex, first, end, new TextSpan(pred.End, cl.Span.End), cl.Span)) continue;
            var name = GoverningBodyOwner(first, end, subject) ?? subject;
            if (UnknownName(lex, first, end, name, out var from, out var to)) AddUnknownMention(from, to);
        }
    }

    /// <summary>"A and B" (or one name): each conjunct of the speaker span that passes <see cref="UnknownName"/>.</summary>
    private void SpeakerConjuncts(WordClassLexicon lex, int first, int end, TextSpan speaker)
    {
        int from = -1, to = -1, and = -1;
        for (var k = first; k < end; k++)
        {
            if (_tk[k].End <= speaker.Start) continue;
            if (_tk[k].Start >= speaker.End) break;
            if (from < 0) from = k;
            to = k;
            if (Is(k, "and")) { if (and >= 0) return; and = k; }
        }
        if (from < 0) return;
        if (and < 0) { if (UnknownName(lex, first, end, speaker, out var a, out var b)) AddUnknownMention(a, b); return; }
        if (and == from || and == to) return;
        var left = new TextSpan(_tk[from].Start, _tk[and - 1].End);
        var right = new TextSpan(_tk[and + 1].Start, _tk[to].End);
        if (UnknownName(lex, first, end, left, out var l0, out var l1)) AddUnknownMention(l0, l1);
        if (UnknownName(lex, first, end, right, out var r0, out var r1)) AddUnknownMention(r0, r1);
    }

    /// <summary>The span after the predicate holds a spending noun and the clause holds a figure.</summary>
    private bool SpendingNounWithAmountIn(WordClassLexicon lex, int first, int end, TextSpan obj, TextSpan clause)
    {
        bool noun = false, figure = false;
        for (var k = first; k < end; k++)
        {
            if (_tk[k].Start >= obj.Start && _tk[k].End <= obj.End && IsSpendingNoun(lex, k)) noun = true;
            if (_tk[k].Start >= clause.Start && _tk[k].End <= clause.End && IsFigure(k)) figure = true;
        }
        return noun && figure;
    }

    /// <summary>"investment", "capex" in lower case (SpendingNoun is a rule-only class: read it unmasked).</summary>
    private bool IsSpendingNoun(WordClassLexicon lex, int k) =>
        _tk[k].Kind == TokKind.Word && !_tk[k].IsCap && (ClassesOf(lex, k) & WordClass.SpendingNoun) != 0;

    private bool IsGoverningBody(int k) => Is(k, "board") || Is(k, "management") || Is(k, "directors") || Is(k, "shareholders") || Is(k, "owners");

    /// <summary>"Kelvara Metals' board", "Kelvara 's board of directors", "The board of Kelvara": the name that owns the
    /// governing body the subject names, or null.</summary>
    private TextSpan? GoverningBodyOwner(int first, int end, TextSpan subject)
    {
        int from = -1, to = -1;
        for (var k = first; k < end; k++)
        {
            if (_tk[k].End <= subject.Start) continue;
            if (_tk[k].Start >= subject.End) break;
            if (from < 0) from = k;
            to = k;
        }
        if (from < 0) return null;
        for (var k = from + 1; k <= to; k++)
        {
            if (!IsGoverningBody(k)) continue;
            // "Kelvara 's board", "Kelvara Metals' board"
            var possessive = _tk[k - 1].Kind == TokKind.Possessive || IsChar(k - 1, '\'') || IsChar(k - 1, '’');
            if (possessive && k - 2 >= from) return new TextSpan(_tk[from].Start, _tk[k - 2].End);
            // "The board of Kelvara" (the parser may end the subject at the body noun)
            if (Is(k + 1, "of") && k + 2 < end && _tk[k + 2].IsCap)
            {
                var last = k + 2;
                while (last + 1 < end && last + 1 - (k + 2) < MaxFrameNameTokens && _tk[last + 1].Kind == TokKind.Word && _tk[last + 1].IsCap) last++;
                return new TextSpan(_tk[k + 2].Start, _tk[last].End);
            }
        }
        return null;
    }

    /// <summary>"pay EUR 130 million for": the words from the verb to "for" (currency, figure, scale, a qualifier).</summary>
    private const int PaidAmountReach = 6;

    /// <summary>A money cue on the figure or a word next to it ("EUR 130 million", "$90m", "Rs310").</summary>
    private bool MoneyCueNear(WordClassLexicon lex, int k) =>
        IsMoneyCue(lex, k) || k > 0 && IsMoneyCue(lex, k - 1) || k + 1 < _n && IsMoneyCue(lex, k + 1);

    private bool NameFits(WordClassLexicon lex, int first, int last)
    {
        if ((WordClassesOf(lex, last) & (WordClass.CompanyNoun | WordClass.ScopeNoun | WordClass.PlanNoun)) != 0 && !IsNameWord(last)) return false;
        for (var t = first; t <= last; t++) if (_cover[t] != Cover.None || !IsNameWord(t)) return false;
        return true;
    }

    /// <summary>A modal, or a verb in the singular ("plans", "said", "will"), right after a subject.</summary>
    private bool SingularVerbAt(WordClassLexicon lex, int verb)
    {
        if (verb >= _n || _tk[verb].Kind != TokKind.Word || IsNameWord(verb)) return false;
        var vc = WordClassesOf(lex, verb);
        if ((vc & (WordClass.Modal | WordClass.Verb)) == 0 || (vc & WordClass.Preposition) != 0) return false;
        return (vc & WordClass.Modal) != 0 || Span(verb).EndsWith("s", StringComparison.Ordinal) || (vc & WordClass.PastForm) != 0
               || Span(verb).EndsWith("ed", StringComparison.Ordinal);
    }

    /// <summary>The sentence of token <paramref name="at"/> has a figure, a money cue and an investing or building verb.</summary>
    private bool InvestingSentence(WordClassLexicon lex, int at)
    {
        var s = _tk[at].Sentence;
        var lo = at;
        while (lo > 0 && _tk[lo - 1].Sentence == s) lo--;
        bool figure = false, money = false, verb = false;
        for (var k = lo; k < _n && _tk[k].Sentence == s; k++)
        {
            figure |= IsFigure(k);
            money |= IsMoneyCue(lex, k);
            if (_tk[k].Kind == TokKind.Word) verb |= (WordClassesOf(lex, k) & InvestingPredicate) != 0;
        }
        return figure && money && verb;
    }

    /// <summary>Tokens <paramref name="first"/>..<paramref name="last"/> become an organisation when they are a name no other
    /// stage made an organisation or place; a person guessed there (no role) is dropped for it.</summary>
    private void TakeAsOrganisation(WordClassLexicon lex, int first, int last, HashSet<int> dropPeople, bool participleShapeIsName = false)
    {
        if (last - first + 1 > MaxFrameNameTokens) return;
        if ((WordClassesOf(lex, first) & NotANameStart) != 0) return;
        var person = -1;
        for (var k = first; k <= last; k++)
        {
            if (!IsNameWord(k)) return;
            if (_cover[k] == Cover.Person)
            {
                if (person >= 0 && _owner[k] != person) return;
                person = _owner[k];
                continue;
            }
            if (_cover[k] != Cover.None) return;
        }
        if (first == last && LonePluralNoun(Span(first)) && !(participleShapeIsName && ParticipleShape(Span(first)))) return;
        if (person >= 0)
        {
            var p = _people[person];
            // a person with a role ("chief executive Ana Reis") is a person; the guess must cover exactly these words
            if (p.Role is not null || dropPeople.Contains(person)) return;
            var span = new TextSpan(_tk[first].Start, _tk[last].End);
            if (!p.Mentions.Contains(span)) return;
            dropPeople.Add(person);
            // the person's mentions may be its name parts one by one ("Silicon", "Box"): adjacent tokens make one name
            var tokens = new SortedSet<int>();
            foreach (var m in p.Mentions)
                for (var k = FirstTokenAt(m.Start); k < _n && _tk[k].Start < m.End; k++) tokens.Add(k);
            foreach (var k in tokens) _cover[k] = Cover.None;
            var runStart = -1;
            var prev = -2;
            foreach (var k in tokens)
            {
                if (k != prev + 1)
                {
                    if (runStart >= 0) AddUnknownMention(runStart, prev);
                    runStart = k;
                }
                prev = k;
            }
            if (runStart >= 0) AddUnknownMention(runStart, prev);
            return;
        }
        AddUnknownMention(first, last);
    }
}
