using CapexRadar.Domain;
using CapexRadar.Text.Syntax;

namespace CapexRadar.Capex.Extraction;

/// <summary>Tense and modality of the verb group that governs an amount.</summary>
internal enum VerbTense
{
    /// <summary>Nothing that places the spending in time ("invests", a noun frame).</summary>
    Unmarked,
    /// <summary>Money already gone: a past form of a verb of spending with no modal, infinitive or intent in its group and a
    /// past time in the clause ("poured $72 billion … last year"), or a bare past copula after a spending noun ("capex was $X").</summary>
    Realised,
    /// <summary>A plan: a modal, an infinitive after an intent or projection ("expects to", "is set to", "likely to"), or a plan verb.</summary>
    Intended,
}

/// <summary>What the subject of the governing clause is.</summary>
internal enum SubjectClass { Unknown, Self, Place, Market, Analyst }

/// <summary>What the amount is in its clause.</summary>
internal enum AmountRole
{
    /// <summary>Object or complement of the governing verb.</summary>
    Object,
    /// <summary>A part of a whole named in a sentence-opening phrase ("Of the initial billion, $X …").</summary>
    Part,
    /// <summary>The level of a noun that makes the subject a spender ("the largest spender, at around $X").</summary>
    SpenderLevel,
}

internal enum KindVerdict { Undecided, Commitment, Forecast, NotAFact }

/// <summary>The clause's one kind decision for an amount: the verdict, the three readings it rests on, the verb that governs
/// the amount (a token, or -1) and, for a commitment, the owner the clause names (may be null: the usual owner rules decide).</summary>
internal readonly record struct KindDecision(KindVerdict Verdict, VerbTense Tense, SubjectClass Subject, AmountRole Role, int Verb,
    OrganizationEntity? Owner, string Reason)
{
    public static KindDecision None(VerbTense tense, SubjectClass subject, AmountRole role, int verb) => new(KindVerdict.Undecided, tense, subject, role, verb, null, "");

    public string Describe() => $"kind [clause]: {Verdict} — verb group {Tense}, subject {Subject}, amount {Role}: {Reason}";
}

/// <summary>
/// Stage 3b of one amount (issue 10, twelfth session): ONE kind decision over the clause. It reads (a) the verb group that
/// governs the amount — its tense, aspect and modality (realised "spent / poured / was" against planned "will / plans to /
/// expects to / is set to / budgeted"); (b) the class of the clause's subject (the company itself, a place, a market or peer
/// group, an analyst); (c) the amount's role (object of the verb, a part of a whole named in an opening "Of the …," phrase, the
/// level of a spender noun). It decides <see cref="KindVerdict.NotAFact"/> (money already spent), <see cref="KindVerdict.Commitment"/>
/// (the company's own plan, including frames with no investing verb: what a plan will cost, where its own capex will stay, a
/// capacity deal taken to a level) or <see cref="KindVerdict.Forecast"/> (a place as the spender); parts of a pledge take the
/// whole's kind and owner. Undecided leaves the older rules to decide. Words come from <c>capex-words.json</c>
/// (RealisedSpendVerb, CostVerb, SpenderNoun, DealGrowVerb, PlanOpenerModifier, ProjectingVerb, OnTrackWord, AgreementNoun) and
/// the shared word classes. Every scan is bounded (<see cref="GroupReach"/>, <see cref="SubjectReach"/>).
/// </summary>
internal sealed partial class CapexRun
{
    /// <summary>How far back from the amount the governing verb is looked for, and how long a verb group may be (tokens).</summary>
    private const int GroupReach = 8;

    /// <summary>How far back from the verb group its subject's noun phrase is read (tokens).</summary>
    private const int SubjectReach = 10;

    private KindDecision DecideKind(AmountSite at)
    {
        var (_, sentence, start, after, clauseStart, clauseEnd) = at;
        var role = PartOpenerBefore(start, sentence.Start) ? AmountRole.Part : SpenderLevelBefore(start, clauseStart) >= 0 ? AmountRole.SpenderLevel : AmountRole.Object;
        var verb = GoverningVerb(start, clauseStart);
        var (groupStart, modal, intent) = verb >= 0 ? VerbGroup(verb, clauseStart) : (-1, false, false);
        var tense = verb < 0 ? VerbTense.Unmarked : TenseOf(verb, groupStart, modal, intent, after, clauseStart, clauseEnd);
        var subjectAt = role == AmountRole.SpenderLevel ? SpenderLevelBefore(start, clauseStart) : groupStart;
        var subject = subjectAt >= 0 ? ClassOfSubjectBefore(subjectAt, Math.Max(clauseStart, sentence.Start)) : SubjectClass.Unknown;
        var none = KindDecision.None(tense, subject, role, verb);

        // (1) "poured $72 billion into capital projects last year", "capital expenditure was about $37.5 billion in the quarter":
        // realised spending is no capex fact, whoever spent it
        if (tense == VerbTense.Realised && role != AmountRole.Part)
            return none with { Verdict = KindVerdict.NotAFact, Reason = $"'{W(verb)}' reports money already spent" };

        // (2) "India will remain the largest spender, at around $45 billion": a place as the spender is a market figure
        if (role == AmountRole.SpenderLevel && subject == SubjectClass.Place)
            return none with { Verdict = KindVerdict.Forecast, Reason = "a place is the subject of a spender noun whose level is the amount" };

        // (3) "has expanded its agreement to buy GPU capacity from X to about $21 billion": a capacity deal taken to a level is the
        // buyer's commitment (the verb governs "to" + the amount across the seller's name)
        if (GrownCapacityDeal(start, clauseStart) is var grow and >= 0)
            return none with { Verdict = KindVerdict.Commitment, Verb = grow, Tense = VerbTense.Intended, Reason = $"a capacity deal taken to a level ('{W(grow)}')" };

        if (verb < 0) return none;
        // (4) "The first phase will cost €8.5 billion", "the campus would cost about $3 billion to build": what a plan will cost is
        // the plan's owner's commitment (a modal or an intent in the group; "cost $X last year" is no plan)
        if (CapexWords.Is(CapexWords.CostVerb, W(verb)) && (modal || intent) && subject is SubjectClass.Self or SubjectClass.Unknown
            && PlanSubjectBefore(groupStart, Math.Max(clauseStart, sentence.Start)))
            return none with { Verdict = KindVerdict.Commitment, Tense = VerbTense.Intended, Owner = SpeakerOrg(at), Reason = $"what a plan will cost ('{W(verb)}')" };

        // (5) "capital expenditure was likely to stay around $60 billion", "its capex should hold at roughly €2.5 billion": the
        // company's own spending projected at a level by the company (its possessive, or a speaker of the company) is its plan
        if (CapexWords.Is(CapexWords.ProjectingVerb, W(verb)) && (modal || intent) && OwnSpendingSubject(groupStart, Math.Max(clauseStart, sentence.Start)) is var own and >= 0
            && SpeakerOrg(at) is { } self && !IsForecaster(self))
            return none with { Verdict = KindVerdict.Commitment, Tense = VerbTense.Intended, Subject = SubjectClass.Self, Owner = self, Reason = $"the company's own spending held at a level ('{W(own)} … {W(verb)}')" };

        return none;
    }

    /// <summary>The verb that governs the amount: the nearest verb before it in its clause (within <see cref="GroupReach"/> tokens,
    /// across its qualifiers, "to", "at", "around" and an object noun phrase "an investment of"), not across a comma or another amount.</summary>
    private int GoverningVerb(int start, int clauseStart)
    {
        for (var p = start - 1; p >= Math.Max(clauseStart, start - GroupReach); p--)
        {
            var w = W(p);
            if (w is "," or ";" or ":" or "(" or ")" || doc.QuantityAtToken(p) is { Quantity.Kind: QuantityKind.Money } || doc.OrgAt(p) is not null) return -1;
            if (IsVerbWord(p)) return p;
        }
        return -1;
    }

    private bool IsVerbWord(int p)
    {
        var w = W(p);
        if (CapexWords.Is(CapexWords.RealisedSpendVerb, w) || CapexWords.Is(CapexWords.CostVerb, w) || CapexWords.Is(CapexWords.PastAmountVerb, w)
            || (Cls(p) & WordClass.PastCopula) != 0) return true;
        // "stay", "hold", "remain" after "to" or a modal: a projecting verb
        if (CapexWords.Is(CapexWords.ProjectingVerb, w) && (W(p - 1) == "to" || (Cls(p - 1) & WordClass.Modal) != 0)) return true;
        // any other listed verb form (not one as often a noun: "plans", "budget") ends the search; read on the word classes, not
        // the parse, so an amount no rule needs a clause for costs no parse
        return (Cls(p) & WordClass.Verb) != 0 && (Cls(p) & WordClass.NounVerb) == 0;
    }

    /// <summary>The verb group that ends at <paramref name="verb"/>: its first token, whether it holds a modal ("will", "would")
    /// and whether it holds an intent or projection before an infinitive ("expects to", "is set to", "likely to", "plans to").</summary>
    private (int Start, bool Modal, bool Intent) VerbGroup(int verb, int clauseStart)
    {
        bool modal = false, intent = false;
        var first = verb;
        for (var p = verb - 1; p >= Math.Max(clauseStart, verb - GroupReach); p--)
        {
            var w = W(p);
            var k = Cls(p);
            if ((k & WordClass.Modal) != 0) { modal = true; first = p; continue; }
            if (w == "to" && p + 1 <= verb) { first = p; continue; }
            if ((k & (WordClass.IntentVerb | WordClass.ForecastVerb)) != 0 && W(p + 1) == "to" || CapexWords.Is(CapexWords.OnTrackWord, w) && w != "about")
            {
                intent = true; first = p; continue;
            }
            if ((k & (WordClass.Auxiliary | WordClass.Adverb | WordClass.Negation)) != 0) { first = p; continue; }
            break;
        }
        return (first, modal, intent);
    }

    private VerbTense TenseOf(int verb, int groupStart, bool modal, bool intent, int after, int clauseStart, int clauseEnd)
    {
        if (modal || intent || (Cls(verb) & (WordClass.PlanVerb | WordClass.IntentVerb)) != 0) return VerbTense.Intended;
        var w = W(verb);
        var perfect = false;
        for (var p = groupStart; p < verb; p++) perfect |= W(p) is "has" or "have" or "had";
        // "poured $72 billion into capital projects last year", "Last year X invested $7.5 billion": a past form of a verb of spending
        // with a past time in its clause ("has spent $X so far" is a running total the older rules drop)
        if (CapexWords.Is(CapexWords.RealisedSpendVerb, w) && !perfect && W(groupStart - 1) is not ("to" or "be" or "been")
            && (PastPeriodIn(clauseStart, clauseEnd) || PastTimeAfter(after, clauseEnd) || PastTimeIn(clauseStart, clauseEnd)))
            return VerbTense.Realised;
        // "capital expenditure was about $37.5 billion in the December quarter": a bare past copula after a spending noun
        if (((Cls(verb) & WordClass.PastCopula) != 0 || CapexWords.Is(CapexWords.PastAmountVerb, w)) && SpendingNounSubject(groupStart, clauseStart))
            return VerbTense.Realised;
        return VerbTense.Unmarked;
    }

    /// <summary>"last year", "last quarter", "a year ago", "during 2025" (a past year) anywhere in the clause.</summary>
    private bool PastTimeIn(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (W(k) == "last" && (Cls(k + 1) & WordClass.TimeNoun) != 0) return true;
            if ((Cls(k) & WordClass.TimeNoun) != 0 && W(k + 1) is "ago" or "earlier") return true;
        }
        return false;
    }

    /// <summary>The noun phrase right before a past copula names money spent: a spending noun ("capex", "capital expenditure",
    /// "spending", "investments") and no plan noun ("budget", "target", "guidance") or plan verb ("its planned investment was").
    /// (Replaces the older PastCopulaFigure, which read the parse's predicate and so also took "was likely to stay around $X".)</summary>
    private bool SpendingNounSubject(int verb, int clauseStart)
    {
        var spending = false;
        for (var p = verb - 1; p >= Math.Max(clauseStart, verb - SubjectReach); p--)
        {
            var w = W(p);
            if (w is "," or ";" or ":" or "that" or "which" || (Cls(p) & WordClass.Verb) != 0 && (Cls(p) & WordClass.SpendingNoun) == 0 && VerbAt(p)) break;
            var k = Cls(p);
            if ((k & WordClass.PlanNoun) != 0 && (k & WordClass.SpendingNoun) == 0 || (k & (WordClass.PlanVerb | WordClass.IntentVerb)) != 0) return false;
            if ((k & WordClass.SpendingNoun) != 0) spending = true;
        }
        return spending;
    }

    /// <summary>"Of the initial billion, …", "Of that first tranche, …", "Of the €1 billion, …": the sentence opens with "of", a
    /// determiner, up to three modifiers or an amount and a whole, then a comma before the amount.</summary>
    private bool PartOpenerBefore(int start, int sentenceStart)
    {
        var k = sentenceStart;
        if (W(k) != "of" || !CapexWords.Is(CapexWords.DefiniteDeterminer, W(k + 1))) return false;
        k += 2;
        for (var hop = 0; hop < 4 && k < start; hop++)
        {
            if (W(k) == ",") return k < start && PreviousWordBeforeAmount(start) == k;
            var w = W(k);
            var whole = CapexWords.Is(CapexWords.PlanOpenerModifier, w) || CapexWords.Is(CapexWords.WholeNoun, w) || (Cls(k) & WordClass.NumberWord) != 0
                        || CapexWords.Is(CapexWords.PlanAnaphor, w) || w is "tranche" or "instalment" or "installment";
            if (doc.QuantityAtToken(k) is { } q) { k = q.Tokens.End; continue; }
            if (!whole) return false;
            k++;
        }
        return W(k) == "," && PreviousWordBeforeAmount(start) == k;
    }

    /// <summary>"the largest spender, at around $45 billion": the token that opens the spender's noun phrase, or -1.</summary>
    private int SpenderLevelBefore(int start, int clauseStart)
    {
        var p = PreviousWordBeforeAmount(start);
        if (W(p) != "at" || W(p - 1) != ",") return -1;
        var head = p - 2;
        if (!CapexWords.Is(CapexWords.SpenderNoun, W(head))) return -1;
        for (var k = head - 1; k >= Math.Max(clauseStart, head - 5); k--)
            if (W(k) is "the" or "a" or "an") return k;
        return -1;
    }

    /// <summary>The class of the subject whose noun phrase ends right before <paramref name="at"/> (a verb group or a spender
    /// noun phrase), read back to the clause's start or a comma, at most <see cref="SubjectReach"/> tokens.</summary>
    private SubjectClass ClassOfSubjectBefore(int at, int limit)
    {
        // "India will remain the largest spender": skip the verb group back to its subject
        var p = at - 1;
        while (p >= limit && (Cls(p) & (WordClass.Verb | WordClass.Modal | WordClass.Auxiliary | WordClass.Adverb)) != 0 && doc.LocationAt(p) is null && doc.OrgAt(p) is null) p--;
        var place = false;
        for (var k = p; k >= Math.Max(limit, p - SubjectReach); k--)
        {
            var w = W(k);
            if (w is "," or ";" or ":" or "that") break;
            if (doc.OrgAt(k) is { } m) return IsForecaster(m.Org) ? SubjectClass.Analyst : SubjectClass.Self;
            if (doc.PersonAt(k) is not null || CapexLexicon.CompanyPronouns.Contains(w) || (Cls(k) & WordClass.CompanyNoun) != 0) return SubjectClass.Self;
            if (doc.LocationAt(k) is { } l && k == p - (l.Tokens.End - 1 - l.Tokens.Start) && l.Location.Kind == LocationKind.Country) place = true;
            if (CapexWords.Is(CapexWords.SourceSubject, w)) return SubjectClass.Analyst;
            if ((Cls(k) & WordClass.ScopeNoun) != 0 || CapexLexicon.AggregateMarkers.Contains(w) && doc.LocationAt(k) is null) return SubjectClass.Market;
        }
        return place ? SubjectClass.Place : SubjectClass.Unknown;
    }

    /// <summary>"The first phase will cost", "the new campus would cost": the subject before the verb group is a plan, a phase or
    /// a project (a plan anaphor or a project head), within the clause.</summary>
    private bool PlanSubjectBefore(int groupStart, int limit)
    {
        for (var k = groupStart - 1; k >= Math.Max(limit, groupStart - SubjectReach); k--)
        {
            var w = W(k);
            if (w is "," or ";" or ":" || doc.OrgAt(k) is not null || doc.QuantityAtToken(k) is not null) return false;
            if (CapexWords.Is(CapexWords.PlanAnaphor, w) || CapexLexicon.ProjectHeads.Contains(w)) return true;
        }
        return false;
    }

    /// <summary>"capital expenditure was likely to stay", "its capex should hold": a spending noun heads the subject before the verb
    /// group, with no place, market or peer-group word in it (those are forecasts); the token of the spending noun, or -1.</summary>
    private int OwnSpendingSubject(int groupStart, int limit)
    {
        var noun = -1;
        for (var k = groupStart - 1; k >= Math.Max(limit, groupStart - SubjectReach); k--)
        {
            var w = W(k);
            if (w is "," or ";" or ":" or "that") break;
            if (doc.LocationAt(k) is not null || (Cls(k) & (WordClass.ScopeNoun | WordClass.WorldWord)) != 0 || CapexLexicon.AggregateMarkers.Contains(w)
                || CapexWords.Is(CapexWords.CollectiveWord, w) || (Cls(k) & WordClass.PlanNoun) != 0 && (Cls(k) & WordClass.SpendingNoun) == 0) return -1;
            // "spending on AI infrastructure will exceed …", "its investment in the venture would …": a preposition after the noun
            // names what is spent on, as a market's figure does — not the company's own capex line
            if ((Cls(k) & WordClass.Preposition) != 0 && noun < 0) return -1;
            if ((Cls(k) & WordClass.SpendingNoun) != 0 && noun < 0) noun = k;
        }
        return noun;
    }

    /// <summary>The company the clause speaks for: a possessor right before the subject ("Corvane's capex"), the organisation or a
    /// person's employer that reports the clause ("…, Corvane said", "CFO Mara Lind said …"), else the subject organisation.</summary>
    private OrganizationEntity? SpeakerOrg(AmountSite at)
    {
        var (qa, sentence, start, _, _, _) = at;
        var cl = doc.ClauseAtToken(start);
        // the reporting frame of the clause, or of the clause it hangs off
        for (var hop = 0; cl is not null && hop < 3; hop++)
        {
            if (cl.Speaker is { } sp)
            {
                var r = doc.Range(sp);
                for (var k = r.Start; k < r.End; k++)
                {
                    if (doc.OrgAt(k) is { } m) return m.Org;
                    if (doc.PersonAt(k) is { } person && doc.Entities.FindOrganization(person.Person.OrganizationId) is { } employer) return employer;
                }
                // "She added that capital expenditure was likely to stay …": the person a pronoun stands for, and her employer
                if (r.End - r.Start == 1 && CapexLexicon.PersonPronouns.Contains(W(r.Start)) && LastPersonBefore(r.Start) is { } named
                    && doc.Entities.FindOrganization(named.OrganizationId) is { } hers) return hers;
                if (r.Start < r.End && CapexLexicon.CompanyPronouns.Contains(W(r.Start)) || r.End - r.Start <= 3 && (Cls(r.End - 1) & WordClass.CompanyNoun) != 0)
                    return ResolvePronoun(r.Start, sentence.Start, qa.Sentence);
            }
            cl = cl.Parent >= 0 ? doc.Syntax(qa.Sentence).Clauses[cl.Parent] : null;
        }
        // "Corvane's capital spending should hold …", "Corvane said its capex would stay …": an organisation before the amount
        for (var k = start - 1; k >= Math.Max(sentence.Start, start - SubjectWindow); k--)
        {
            if (doc.OrgAt(k) is { } m) return m.Org;
            if (doc.PersonAt(k) is { } person && doc.Entities.FindOrganization(person.Person.OrganizationId) is { } employer) return employer;
        }
        return null;
    }

    /// <summary>"has expanded its agreement to buy GPU capacity from X to about $21 billion", "enlarged its contract for cloud
    /// capacity with X to $6 billion": a verb that grows a deal, the deal noun in its object, capacity named before the amount,
    /// then "to" and the amount; the verb's token, or -1.</summary>
    private int GrownCapacityDeal(int start, int clauseStart)
    {
        var p = PreviousWordBeforeAmount(start);
        if (W(p) != "to") return -1;
        bool deal = false, capacity = false;
        for (var k = p - 1; k >= Math.Max(clauseStart, p - 16); k--)
        {
            var w = W(k);
            if (w is "," or ";" || doc.QuantityAtToken(k) is { Quantity.Kind: QuantityKind.Money }) return -1;
            if ((Cls(k) & WordClass.CapacityNoun) != 0 || CapexWords.Is(CapexWords.EquipmentNoun, w)) capacity = true;
            if (CapexWords.Is(CapexWords.AgreementNoun, w)) deal = true;
            if (CapexWords.Is(CapexWords.DealGrowVerb, w)) return deal && capacity && VerbAt(k) ? k : -1;
        }
        return -1;
    }

    /// <summary>Stage 10: the clause's verdict over what the older rules decided — a commitment the clause names stays one (a
    /// forecast made of it by a window rule becomes the company's again), a place as the spender makes a forecast with its country.</summary>
    private Candidate? ApplyKindDecision(Candidate? c, KindDecision kind, AmountSite at)
    {
        if (c is null || kind.Verdict == KindVerdict.Undecided) return c;
        if (kind.Verdict == KindVerdict.Commitment)
        {
            if (c.Kind != CapexKind.Commitment)
            {
                c.Trail.Add($"kind: commitment [clause: {kind.Reason}] rather than {c.Kind}");
                c.Kind = CapexKind.Commitment;
                c.Scope = string.Empty;
                c.Speaker = null;
                c.Org = kind.Owner ?? SpeakerOrg(at);
            }
            else if (c.Org is null && (kind.Owner ?? SpeakerOrg(at)) is { } owner)
            {
                c.Org = owner;
                c.Trail.Add($"owner [clause: {kind.Reason}]: '{owner.Name}'");
            }
            return c;
        }
        if (kind.Verdict == KindVerdict.Forecast)
        {
            var (_, sentence, start, _, clauseStart, clauseEnd) = at;
            if (c.Kind != CapexKind.Forecast) MakeForecast(c, Math.Max(clauseStart, start - SubjectReach), clauseStart, clauseEnd, sentence.Start);
            if (PlaceOfSubjectBefore(SpenderLevelBefore(start, clauseStart), Math.Max(clauseStart, sentence.Start)) is { } place)
                c.Scope = "country:" + place.Location.CountryCode;
            c.Trail.Add($"kind: forecast [clause: {kind.Reason}] (scope {c.Scope})");
        }
        return c;
    }

    /// <summary>The country that heads the subject before a spender's noun phrase ("India will remain the largest spender").</summary>
    private LocationMention? PlaceOfSubjectBefore(int at, int limit)
    {
        if (at < 0) return null;
        for (var k = at - 1; k >= Math.Max(limit, at - SubjectReach); k--)
        {
            if (W(k) is "," or ";" or ":" or "that") break;
            if (doc.LocationAt(k) is { Location.Kind: LocationKind.Country } l && !string.IsNullOrEmpty(l.Location.CountryCode)) return l;
        }
        return null;
    }

    /// <summary>"… to between A$2.4 billion and A$2.6 billion from A$2.0 billion to A$2.2 billion": <paramref name="end"/> follows
    /// "to" right after <paramref name="from"/>, which follows "from", in the same currency and higher, and the new level was
    /// stated before in the sentence ("to" or "between" before an earlier amount) — so "from X to Y" is the earlier range, not
    /// the revision itself ("raised its budget from $5 billion to $7 billion" keeps $7 billion as the plan).</summary>
    private bool EarlierRangeEnd(QuantityAt from, QuantityAt end)
    {
        if (W(PreviousWordBeforeAmount(from.Tokens.Start)) != "from" || W(AfterAmount(from)) != "to" || PreviousWordBeforeAmount(end.Tokens.Start) != AfterAmount(from)
            || from.Quantity.Currency != end.Quantity.Currency || from.Quantity.High is not null || end.Quantity.Value is not { } hi || from.Quantity.Value is not { } lo || hi <= lo) return false;
        foreach (var q in doc.SentenceQuantities[from.Sentence])
        {
            if (q.Tokens.Start >= from.Tokens.Start) break;
            if (q.Quantity.Kind == QuantityKind.Money && W(PreviousWordBeforeAmount(q.Tokens.Start)) is "to" or "between") return true;
        }
        return false;
    }
}
