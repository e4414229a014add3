using CapexRadar.Domain;
using CapexRadar.Text.Syntax;

namespace CapexRadar.Capex.Extraction;

/// <summary>
/// Rules of the tenth session (issue 10), for the classes blind sets keep missing: a peer group or a body's members as the
/// subject of a spending verb (forecast, whatever company is named nearby), an industry body that projects, a deal added
/// "on top of" a buyer's deal, an amount allotted in a passive clause after a plan (a part of it), and an earlier figure
/// that names its plan by a verb. Words in <c>Lexicon/capex-words.json</c> (SupplyVerb, BodyNameWord, BodyNoun, BodyModifier,
/// MemberNoun, OnTrackWord, AdditiveLink, AllotVerb).
/// </summary>
internal sealed partial class CapexRun
{
    /// <summary>How many words of a verb group ("were on track to", "will together") may stand between a peer-group subject
    /// and its spending verb.</summary>
    private const int VerbGroupReach = 6;

    /// <summary>How many words of modifiers ("Australia's data centre", "European telecom") a peer-group subject may have.</summary>
    private const int PeerPhraseReach = 6;

    /// <summary>
    /// "Australia's data centre operators as a group were on track to spend …", "US utilities will spend …", "European telecom
    /// operators together would invest …", "its members will spend …", "member utilities to invest …": the noun phrase right
    /// before the spending verb's group is a plural sector or peer noun (or the members of a body), with no organisation, person
    /// or company pronoun in it — a figure for a group of companies, read on the words when the parse missed the clause
    /// ("X said [no that] operators were …"). Not "both companies", "the two firms": those are named companies. Returns the
    /// first token of the subject, or -1.
    /// </summary>
    private int PeerGroupSubjectBefore(int trigger, int sentenceStart)
    {
        if (trigger <= sentenceStart || (Cls(trigger) & WordClass.InvestVerb) == 0) return -1;
        var p = trigger - 1;
        for (var hop = 0; hop < VerbGroupReach && p > sentenceStart
                          && ((Cls(p) & (WordClass.Modal | WordClass.Auxiliary | WordClass.Infinitive | WordClass.Adverb | WordClass.Negation)) != 0
                              || CapexWords.Is(CapexWords.OnTrackWord, W(p)) || CapexWords.Is(CapexWords.ProjectionAdverb, W(p))); hop++) p--;
        // "chipmakers in Taiwan would invest", "operators across Europe will spend": a place after the head
        if (doc.LocationAt(p) is { } place)
        {
            var prep = place.Tokens.Start - 1;
            if (W(prep) == "the") prep--;
            if (W(prep) is "in" or "across" or "throughout" or "outside") p = prep - 1;
        }
        // "as a group", "as a whole", "together", "combined", "collectively"
        if (W(p) is "group" or "whole" && W(p - 1) == "a" && W(p - 2) == "as") p -= 3;
        else if ((Cls(p) & WordClass.PeerGroupWord) != 0 && W(p) is not ("group" or "total")) p--;
        var head = W(p);
        var member = CapexWords.Is(CapexWords.MemberNoun, head) || W(p - 1) == "member";
        if (!member && !((Cls(p) & WordClass.ScopeNoun) != 0 && head.EndsWith('s') || CapexWords.Is(CapexWords.SectorPlural, head))) return -1;
        if (doc.OrgAt(p) is not null || doc.PersonAt(p) is not null) return -1;
        var first = p;
        var modifiers = 0;
        var anaphoric = false;
        for (var k = p - 1; k >= Math.Max(sentenceStart, p - PeerPhraseReach); k--)
        {
            var w = W(k);
            if (doc.OrgAt(k) is not null || doc.PersonAt(k) is not null) return -1;
            var cls = Cls(k);
            // "its members": the members of the body named before; "its operators": the company's own
            if ((cls & WordClass.Possessive) != 0) { if (!member) return -1; first = k; break; }
            // "us" is a pronoun, "US utilities" a place's
            if ((cls & WordClass.Pronoun) != 0 && !(w == "us" && char.IsUpper(doc.Text[doc.T[k].Start + 1]))) return -1;
            if (w is "'s" or "’s" or "'" or "’" || w == "-" && !doc.T[k].SpaceBefore) { first = k; continue; }
            if (!doc.T[k].IsWord || (cls & (WordClass.Verb | WordClass.Preposition | WordClass.SubordinatingConjunction | WordClass.RelativePronoun | WordClass.CoordinatingConjunction)) != 0
                && (cls & WordClass.Determiner) == 0) break;
            // "both companies", "the two firms", "these operators": companies named before, not a peer group
            if (w is "both" or "these" or "those" || QuantityLexicon.SmallNumbers.ContainsKey(w) || doc.T[k].IsNumber) anaphoric = true;
            else if ((cls & WordClass.Determiner) == 0) modifiers++;
            first = k;
        }
        if (anaphoric && !member) return -1;
        // "the operators will spend": a bare definite plural refers to companies named before
        if (!member && modifiers == 0 && W(first) is "the") return -1;
        return first;
    }

    /// <summary>Scope of a peer-group forecast: a country found around it, the world when its subject or clause says so, else the industry.</summary>
    private string PeerScope(int subjectStart, int trigger, int clauseEnd, string found)
    {
        if (found != "global") return found;
        for (var t = subjectStart; t < clauseEnd; t++)
            if ((Cls(t) & WordClass.WorldWord) != 0 || CapexLexicon.GlobalWords.Contains(W(t))) return "global";
        return "industry";
    }

    /// <summary>
    /// "NextDC said the Australian market would attract more than A$25 billion of investment", "the sector will need $40 billion
    /// of new capacity": a clause whose subject is a market, sector or industry (no organisation, person or owner's possessive
    /// in it) and whose predicate projects a level (<c>ProjectingVerb</c>), with the amount after the predicate — a forecast,
    /// whoever reports it.
    /// </summary>
    private bool MarketSubjectProjects(Clause? cl, int start)
    {
        if (cl?.Subject is not { } s || cl.SubjectInherited || cl.Predicate is not { } pred || doc.T[start].Start < pred.End) return false;
        var pr = doc.Range(pred);
        var projects = false;
        for (var t = pr.Start; t < pr.End; t++) projects |= CapexWords.Is(CapexWords.ProjectingVerb, LemmaOf(t)) || (Cls(t) & WordClass.ForecastVerb) != 0;
        if (!projects) return false;
        var r = doc.Range(s);
        bool market = false, spending = false, collective = false, named = false;
        for (var t = r.Start; t < r.End; t++)
        {
            var cls = Cls(t);
            // "Big Tech's combined capital expenditure", "the four companies' aggregate capex": a named group's figure
            collective |= CapexWords.Is(CapexWords.CollectiveWord, W(t)) || W(t) == "aggregate";
            named |= doc.OrgAt(t) is not null || doc.PersonAt(t) is not null || (cls & (WordClass.Pronoun | WordClass.Possessive)) != 0
                     // "the company's investment" (an owner), not "Australia's data centre investment" (a place's market)
                     || W(t) is "'s" or "’s" or "'" or "’" && doc.LocationAt(t - 1) is null;
            // the head: the last word of the subject before a prepositional phrase
            if ((cls & WordClass.Preposition) != 0) break;
            market = CapexWords.Is(CapexWords.MarketNoun, W(t));
            spending = (cls & WordClass.SpendingNoun) != 0;
        }
        if (spending && collective) return true;
        if (named) return false;
        if (market) return true;
        // "Investment in data centres across Southeast Asia is forecast to reach …": a spending noun whose phrase names a place,
        // a market or a spread of places (no company) — not "Capital spending will reach $10 billion, the company said"
        if (!spending) return false;
        for (var t = r.End; t < pr.Start; t++)
        {
            if (doc.OrgAt(t) is not null || (Cls(t) & WordClass.Possessive) != 0) return false;
            if (doc.LocationAt(t) is not null || W(t) is "across" or "worldwide" or "globally" || CapexWords.Is(CapexWords.MarketNoun, W(t))
                || (Cls(t) & WordClass.ScopeNoun) != 0 && W(t).EndsWith('s')) return true;
        }
        return false;
    }

    /// <summary>"attract" for "attracts", "attracted", "attracting"; the word itself otherwise (a cheap lemma for <c>ProjectingVerb</c>).</summary>
    private string LemmaOf(int t)
    {
        var w = W(t);
        if (CapexWords.Is(CapexWords.ProjectingVerb, w)) return w;
        if (w.EndsWith("ing", StringComparison.Ordinal) && w.Length > 5) return w[..^3];
        if (w.EndsWith("ed", StringComparison.Ordinal) && w.Length > 4) return w[..^2];
        if (w.EndsWith('s') && w.Length > 3) return w[..^1];
        return w;
    }

    private Dictionary<string, bool>? _bodies;

    /// <summary>
    /// An industry body — an institute, association, council, chamber or federation by its name, or one an apposition calls a
    /// trade group or industry body ("X, the trade group for investor-owned utilities", "lobby group X") — speaks for an
    /// industry; it does not spend. Decided once per organisation and run.
    /// </summary>
    private bool IndustryBody(OrganizationEntity o)
    {
        _bodies ??= [];
        if (_bodies.TryGetValue(o.CompanyId, out var known)) return known;
        var body = false;
        foreach (var part in o.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (CapexWords.Is(CapexWords.BodyNameWord, part.Trim('.', ',', '(', ')').ToLowerInvariant())) { body = true; break; }
        if (!body)
            foreach (var m in doc.Orgs)
            {
                if (m.Org.CompanyId != o.CompanyId) continue;
                var e = m.Tokens.End;
                // "X, the trade group for …", "X, an industry body", "X, the country's main lobby group"
                if (W(e) == "," && W(e + 1) is "the" or "a" or "an" && (BodyPhrase(e + 2) || BodyPhrase(e + 3))) { body = true; break; }
                // "trade group X", "the industry body X"
                var s = m.Tokens.Start;
                if (CapexWords.Is(CapexWords.BodyNoun, W(s - 1)) && CapexWords.Is(CapexWords.BodyModifier, W(s - 2))) { body = true; break; }
            }
        _bodies[o.CompanyId] = body;
        return body;
    }

    /// <summary>"trade group", "industry body", "lobby association" starting at token <paramref name="k"/>.</summary>
    private bool BodyPhrase(int k) => CapexWords.Is(CapexWords.BodyModifier, W(k)) && CapexWords.Is(CapexWords.BodyNoun, W(k + 1));

    /// <summary>
    /// "…, on top of the $300 billion deal the two companies signed in 2025", "in addition to a $10 billion contract signed in
    /// March": an agreement added to a capacity deal or purchase stated before it in the sentence is the same buyer's
    /// commitment (not a prior target: both stand). Its period is its own (none here).
    /// </summary>
    private Candidate? AddedDeal(AmountSite at, List<Candidate> earlier)
    {
        if (earlier.Count == 0 || !CapexWords.Is(CapexWords.AgreementNoun, W(at.After))) return null;
        var p = PreviousWordBeforeAmount(at.Start);
        if (!(W(p) is "the" or "a" or "an" or "its" or "their")) return null;
        p--;
        var linked = W(p) == "of" && W(p - 1) == "top" && W(p - 2) == "on" || W(p) == "to" && CapexWords.Is(CapexWords.AdditiveLink, W(p - 1))
                     || W(p) is not ("top" or "addition" or "adding") && CapexWords.Is(CapexWords.AdditiveLink, W(p));
        if (!linked) return null;
        var prev = earlier[^1];
        if (prev.Kind != CapexKind.Commitment || prev.Org is null) return null;
        var prevAfter = AfterAmount(prev.Q);
        if (CapacityAgreement(prevAfter, at.Sentence.End) is null && !CapacityPurchase(PreviousWordBeforeAmount(prev.Q.Tokens.Start), prevAfter)) return null;
        var c = new Candidate { Kind = CapexKind.Commitment, Q = at.Qa, Sentence = at.Qa.Sentence, Org = prev.Org };
        c.Trail.Add($"an agreement added ('{W(p)}') to the capacity bought just before ({prev.Q.Quantity.Text}): the same buyer's commitment, {prev.Org.Name}");
        return c;
    }

    /// <summary>"It had previously pencilled in ¥650 billion", "from the ¥250 billion which the company had indicated", "the $6
    /// billion it set in spring": the earlier figure names its plan by a verb (a plan in the past perfect, or a relative clause).</summary>
    private bool EarlierPlanStated(int trigger, int after) =>
        trigger >= 0 && PastPerfectPlan(trigger) || GuidanceRelative(after) || EarlierPlanRelative(after);

    /// <summary>
    /// "A further €700 million is earmarked for solar plants", "Another $400 million has been set aside for …", "Some €600
    /// million will be allocated to …", "About $2 billion a year will go to …": an amount opening its sentence, allotted by a
    /// passive (or "go to") predicate, with no spender named — a part of the plan stated just before, never a projection.
    /// </summary>
    private bool PassiveAllotment(int start, int after, int sentenceStart)
    {
        for (var k = sentenceStart; k < start; k++)
            if (!(W(k) is "a" or "an" or "more" or "than" or "up" or "to" || (Cls(k) & WordClass.AmountQualifier) != 0)) return false;
        var v = after;
        // "$9 billion a year", "$2 billion annually"
        if (W(v) is "a" or "per" or "each" && W(v + 1) == "year") v += 2;
        else if (W(v) == "annually") v++;
        var be = false;
        for (var hop = 0; hop < AllotVerbGroup; hop++)
        {
            var cls = Cls(v);
            if ((cls & (WordClass.BeForm | WordClass.Modal | WordClass.Auxiliary)) != 0 || (cls & WordClass.Adverb) != 0 && hop > 0) { be |= (cls & WordClass.BeForm) != 0; v++; }
            else break;
        }
        if (!CapexWords.Is(CapexWords.AllotVerb, W(v))) return false;
        // "is going to", "will go to", "goes to": no passive needed; "set aside"
        if (W(v) is "go" or "goes" or "going") return W(v + 1) is "to" or "towards" or "toward" or "into";
        if (W(v) == "set") return be && W(v + 1) == "aside";
        return be;
    }

    /// <summary>
    /// The comma that opens an aside on what a spending noun counts, given the comma that closes it: ", including finance
    /// leases,", ", excluding land,", ", net of grants,". -1 when the words before <paramref name="close"/> are no such aside.
    /// </summary>
    private int CountingAsideOpen(int close, int limit)
    {
        for (var k = close - 1; k >= Math.Max(limit, close - CountingAsideReach); k--)
        {
            if (W(k) is "." or ";" || doc.QuantityAtToken(k) is { Quantity.Kind: QuantityKind.Money }) return -1;
            if (W(k) != ",") continue;
            return W(k + 1) is "including" or "excluding" or "ex" || W(k + 1) == "net" && W(k + 2) == "of" || W(k + 1) == "not" && W(k + 2) == "including"
                   ? ((Cls(k - 1) & WordClass.SpendingNoun) != 0 ? k : -1) : -1;
        }
        return -1;
    }

    /// <summary>How many words an aside on what a spending noun counts may have.</summary>
    private const int CountingAsideReach = 10;

    /// <summary>"Working with Oracle and SoftBank Group," / "Together with its partners," / "Alongside Nvidia,": the sentence opens
    /// with a participle or preposition and runs to the comma at <paramref name="comma"/> with no other comma or verb of its own.</summary>
    private bool OpeningPhraseBefore(int comma)
    {
        if (doc.SentenceOf(comma) is not (>= 0 and var si)) return false;
        var s = doc.Sentences[si].Start;
        if (comma - s > OpeningPhraseReach) return false;
        var first = Cls(s);
        // a preposition, or a participle ("Working", "Partnering", "Teaming up": a word in -ing the word classes may not list)
        if (!((first & (WordClass.Preposition | WordClass.Gerund)) != 0 || W(s).Length > 5 && W(s).EndsWith("ing", StringComparison.Ordinal)
              || W(s) is "together" or "alongside" or "along" or "jointly")) return false;
        for (var k = s + 1; k < comma; k++)
            if (W(k) is "," or ";" or ":" || (Cls(k) & WordClass.Modal) != 0) return false;
        return true;
    }

    /// <summary>How long an opening phrase ("Working with Oracle and SoftBank Group,") may be.</summary>
    private const int OpeningPhraseReach = 14;

    /// <summary>"Three months ago, the company had guided to $40 billion", "it had targeted ¥2 trillion", "had forecast $9 billion":
    /// the verb of an earlier plan in the past perfect right before the amount (past "to", "for" or "at"). Returns the verb, or -1.</summary>
    private int GuidedEarlier(int start)
    {
        var p = VerbBeforeAmount(start);
        if (W(p) is "to" or "for" or "at" or "around") p--;
        // not "companies had announced $14.9 billion of investments": announcing, pledging or committing in the past perfect
        // reports plans made, not a figure since replaced
        return CapexWords.Is(CapexWords.GuidanceVerb, W(p)) && W(p) is not ("announced" or "pledged" or "promised" or "committed" or "issued" or "given" or "set" or "laid" or "proposed")
               && PastPerfectPlan(p) ? p : -1;
    }

    /// <summary>How many sentences back the plan of a passively allotted part may stand.</summary>
    private const int PassiveAllotmentReach = 2;

    /// <summary>Words of a verb group before an allotting participle ("has also been", "will be").</summary>
    private const int AllotVerbGroup = 4;
}
