using CapexRadar.Domain;

namespace CapexRadar.Capex.Extraction;

/// <summary>
/// Forecast rules over reported clauses (issue 10): a market's spending projected in a reported clause, and a figure
/// projected for a named set of companies. Words in <c>Lexicon/capex-words.json</c>; each rule writes its trail line.
/// </summary>
internal sealed partial class CapexRun
{
    /// <summary>How far back from the spending noun the reporting verb may be ("said China's total spending on …").</summary>
    private const int MarketSubjectWindow = 8;

    /// <summary>
    /// "X said spending on AI data centres in the kingdom could exceed $40 billion", "Y expects data-centre investment in
    /// Germany to reach €12 billion", "Z said China's spending on chip tools would hold at $35 billion": the subject of the
    /// reported clause is a spending noun no company owns (no organisation, person or owner possessive in its phrase), with a
    /// place or market word, and its predicate projects a level. A forecast, whoever reports it.
    /// </summary>
    private bool MarketSpendingReported(int trigger, int start, int sentenceStart)
    {
        if (trigger < 0 || trigger >= start || !IsNounTrigger(trigger)) return false;
        var opener = -1;
        for (var k = trigger - 1; k >= Math.Max(sentenceStart, trigger - MarketSubjectWindow); k--)
        {
            if (CapexLexicon.ReportingVerbs.Contains(W(k)) || W(k) == "that") { opener = k; break; }
            if (!UnownedPhraseWord(k)) return false;
        }
        if (opener < 0) return false;
        var predicate = -1;
        for (var k = trigger + 1; k < start && predicate < 0; k++)
        {
            if (CapexWords.Is(CapexWords.ProjectingModal, W(k)))
            {
                var v = k + 1;
                if (W(v) == "be" && W(v + 1) is "expected" or "set" or "likely" && W(v + 2) == "to") v += 3;
                while (v < start && CapexWords.Is(CapexWords.ProjectionAdverb, W(v))) v++;
                if (!(CapexWords.Is(CapexWords.ProjectingVerb, W(v)) || CapexLexicon.ForecastPredicates.Contains(W(v)))) return false;
                predicate = k;
            }
            else if (!UnownedPhraseWord(k)) return false;
        }
        return predicate >= 0 && (MarketMarkers(opener + 1, predicate, countryIn: true) || HomelandAfterIn(opener + 1, predicate));
    }

    /// <summary>How far back from the predicate the subject of a reported projection may reach (tokens): bounded, so linear.</summary>
    private const int ProjectedSubjectWindow = 18;

    /// <summary>
    /// "techUK estimates UK data-centre investment will average £10 billion a year", "we estimate Gulf data-centre capex by
    /// hyperscalers, telcos and sovereign platforms will reach $38 billion", "the ministry expects that the data centre market of
    /// Ruritania will attract $1 billion of investment", "we now estimate cumulative investment by operators in India at ₹2 lakh
    /// crore": a reported clause whose subject no company owns — a spending or market noun with a place or many spenders — and whose
    /// predicate projects a level ([modal] [adverbs] projecting verb), or an estimate verb that puts it "at" the amount. A forecast,
    /// whoever reports it.
    /// </summary>
    private bool ReportedMarketProjection(int start, int sentenceStart, bool spendingAfter)
    {
        var p = PreviousWordBeforeAmount(start);
        if (p <= sentenceStart) return false;
        var estimateAt = W(p) == "at";
        var subjectEnd = p;
        if (!estimateAt)
        {
            var v = W(p) == "to" ? p - 1 : p;
            if (!(CapexWords.Is(CapexWords.ProjectingVerb, W(v)) || CapexLexicon.ForecastPredicates.Contains(W(v)))) return false;
            var m = v - 1;
            while (m > sentenceStart && CapexWords.Is(CapexWords.ProjectionAdverb, W(m))) m--;
            if (!CapexWords.Is(CapexWords.ProjectingModal, W(m))) return false;
            subjectEnd = m;
        }
        var opener = -1;
        bool spending = false, market = false, marker = false, place = false;
        for (var k = subjectEnd - 1; k >= Math.Max(sentenceStart, subjectEnd - ProjectedSubjectWindow); k--)
        {
            var w = W(k);
            if (CapexLexicon.ReportingVerbs.Contains(w) || CapexWords.Is(CapexWords.EstimateAtVerb, w) || w == "that") { opener = k; break; }
            // "by hyperscalers, telcos and sovereign platforms": a list of many spenders inside the subject
            if (w is "," or "and" or "or") continue;
            if (!UnownedPhraseWord(k)) return false;
            if (IsNounTrigger(k)) spending = true;
            if (CapexWords.Is(CapexWords.MarketNoun, w)) market = true;
            // "the association estimates the continent will need $15 billion of data-centre investment": a place as the subject
            if (CapexWords.Is(CapexWords.HomelandNoun, w) || doc.LocationAt(k) is { Location.Kind: LocationKind.Country or LocationKind.Region }) place = true;
            if (CapexLexicon.GlobalWords.Contains(w) || CapexLexicon.DomesticWords.Contains(w) || CapexLexicon.AggregateMarkers.Contains(w)
                || doc.LocationAt(k) is { Location.Kind: LocationKind.Country or LocationKind.Region }) marker = true;
        }
        if (opener < 0 || opener == subjectEnd - 1) return false;
        if (!((spending || market) && marker || place && spendingAfter)) return false;
        // "estimate … at $X": only an estimate verb puts a figure on the phrase
        return !estimateAt || CapexWords.Is(CapexWords.EstimateAtVerb, W(opener));
    }

    /// <summary>"Analysts expect Contoso to spend $X", "economists see Contoso investing": a source's projection of one company's
    /// spending is a forecast for that company, not its commitment. The organisation directly follows a projection verb whose
    /// subject is a source noun.</summary>
    private bool SourceProjectsCompany(OrgMention org)
    {
        var v = org.Tokens.Start - 1;
        if (!CapexWords.Is(CapexWords.ProjectionWord, W(v))) return false;
        var s = v - 1;
        if (W(s) is "now" or "also" or "still" or "broadly" or "generally") s--;
        return CapexWords.Is(CapexWords.SourceSubject, W(s));
    }

    /// <summary>A word of a noun phrase that gives spending no owner: no organisation, person, owner possessive, company
    /// noun, amount or clause punctuation.</summary>
    private bool UnownedPhraseWord(int k)
    {
        if (doc.OrgAt(k) is not null || doc.PersonAt(k) is not null || doc.QuantityAtToken(k) is not null) return false;
        var w = W(k);
        if (CapexWords.Is(CapexWords.OwnerPossessive, w) || CapexLexicon.CompanyPronouns.Contains(w) || CapexLexicon.CompanyNouns.Contains(w)) return false;
        var t = doc.T[k];
        return t.IsWord || t.IsNumber || w is "-" or "'" or "’" or "&" or "/";
    }

    /// <summary>"in the kingdom", "in the country": a homeland noun after "in the".</summary>
    private bool HomelandAfterIn(int from, int to)
    {
        for (var k = from + 2; k < to; k++)
            if (CapexWords.Is(CapexWords.HomelandNoun, W(k)) && W(k - 1) == "the" && W(k - 2) is "in" or "across" or "throughout") return true;
        return false;
    }

    /// <summary>
    /// "combined 2027 capex of about $500 billion for Northwind, Contoso and Fabrikam", "a total of $80 billion across A, B and C":
    /// a figure projected for a named set of companies (three or more, or two with a collective word) is a forecast with
    /// that peer group as scope, not the commitment of the first one named.
    /// </summary>
    private string? NamedGroupScope(int start, int after, int clauseStart, int clauseEnd)
    {
        var k = after;
        // "$640 billion in 2026 for A, B and C": a short time phrase may sit between
        for (var hop = 0; hop < 3 && k < clauseEnd && !CapexWords.Is(CapexWords.GroupOpener, W(k)); hop++) k++;
        if (k >= clauseEnd || !CapexWords.Is(CapexWords.GroupOpener, W(k))) return null;
        var first = doc.OrgAt(k + 1);
        if (first is null || first.Tokens.Start != k + 1) return null;
        var count = CoordinatedListAfter(first);
        if (count < 2 || count == 2 && !CollectiveWord(Math.Max(clauseStart, start - 6), k)) return null;
        if (count >= 3 && !CollectiveWord(Math.Max(clauseStart, start - 6), k) && !ForecastVerbBetween(Math.Max(clauseStart, start - 12), start)
            && !ProjectionWordBefore(Math.Max(clauseStart, start - 12), start)) return null;
        var names = new List<string>();
        var p = first;
        while (p is not null && names.Count < count)
        {
            names.Add(p.Org.Name);
            var q = p.Tokens.End;
            if (W(q) == ",") q++;
            if (W(q) == "and") q++;
            p = doc.OrgAt(q);
        }
        return "peer:" + string.Join(", ", names);
    }

    /// <summary>"We model", "analysts see", "we now estimate": a projection word before the amount.</summary>
    private bool ProjectionWordBefore(int from, int to)
    {
        for (var k = from; k < to; k++)
            if (CapexWords.Is(CapexWords.ProjectionWord, W(k)))
                return true;
        return false;
    }

    /// <summary>How many earlier commitments a definite amount is compared with (bounded: linear on hostile input).</summary>
    private const int RepeatLookback = 64;

    /// <summary>"The ₹60,000 crore outlay", "this $4 billion plan": an amount after a definite determiner that equals (±1 %,
    /// same currency) a commitment with an owner stated before (among the last <see cref="RepeatLookback"/>) is a mention of that plan.</summary>
    private Candidate? RepeatedPlan(int start, Quantity q, List<Candidate> earlier)
    {
        if (!CapexWords.Is(CapexWords.DefiniteDeterminer, W(PreviousWordBeforeAmount(start))) || q.Value is not { } v || v <= 0) return null;
        bool Same(Candidate c) => c.Kind == CapexKind.Commitment && c.Org is not null && c.Q.Quantity.Currency == q.Currency
                                  && c.Q.Quantity.Value is { } w && Math.Abs(w - v) <= w / 100m;
        for (var i = earlier.Count - 1; i >= Math.Max(0, earlier.Count - RepeatLookback); i--) if (Same(earlier[i])) return earlier[i];
        for (var i = _accepted.Count - 1; i >= Math.Max(0, _accepted.Count - RepeatLookback); i--) if (Same(_accepted[i])) return _accepted[i];
        return null;
    }

    /// <summary>How far from the amount "its parent X" is looked for (tokens, each side): bounded, so a giant sentence stays linear.</summary>
    private const int ParentWindow = 40;

    /// <summary>"its parent Contoso", "parent company Contoso", "the parent, Contoso": a listed organisation named as the parent in
    /// the sentence (not the unit itself).</summary>
    private OrganizationEntity? ListedParentNamed(int from, int to, OrganizationEntity unit)
    {
        for (var k = from; k < to; k++)
        {
            if (!CapexWords.Is(CapexWords.ParentNoun, W(k)) || !(W(k - 1) is "its" or "the" or "their")) continue;
            var n = k + 1;
            if (W(n) is "company" or "group" or "firm") n++;
            if (W(n) == ",") n++;
            if (doc.OrgAt(n) is { } m && m.Tokens.Start == n && m.Org.Listings.Count > 0 && m.Org.CompanyId != unit.CompanyId) return m.Org;
        }
        return null;
    }

    /// <summary>"well above the $95 billion it had pointed to in October": after a contrasted definite amount, a contact or
    /// relative clause — a company subject, auxiliaries, a verb of guidance — states the earlier plan.</summary>
    private bool GuidanceRelative(int after)
    {
        // a contact clause the parser may not split ("it had pointed to"): [that|which] subject [auxiliaries] guidance verb
        var k = after;
        // a reduced relative: "above the RM15 billion originally pencilled in", "below the $9 billion previously flagged"
        var r = k;
        for (var hop = 0; hop < GuidanceAuxiliaries && CapexWords.Is(CapexWords.GuidanceAuxiliary, W(r))
                           && W(r) is not ("had" or "has" or "have" or "was" or "were" or "is" or "been"); hop++) r++;
        if (r > k && CapexWords.Is(CapexWords.GuidanceVerb, W(r))) return true;
        if (W(k) is "that" or "which") k++;
        if (W(k) is "it" or "they" or "we") k++;
        else if (W(k) == "the" && CapexLexicon.CompanyNouns.Contains(W(k + 1))) k += 2;
        else if (doc.OrgAt(k) is { } named && named.Tokens.Start == k) k = named.Tokens.End;
        else return false;
        for (var hop = 0; hop < GuidanceAuxiliaries && CapexWords.Is(CapexWords.GuidanceAuxiliary, W(k)); hop++) k++;
        return CapexWords.Is(CapexWords.GuidanceVerb, W(k));
    }

    /// <summary>Auxiliaries and adverbs between the subject and the verb of an earlier plan ("had originally").</summary>
    private const int GuidanceAuxiliaries = 3;

    /// <summary>"well above the $X", "below the $X", "from the $X": a definite amount set against another.</summary>
    private bool ContrastedDefinite(int start)
    {
        var p = PreviousWordBeforeAmount(start);
        if (W(p) != "the") return false;
        p--;
        if (CapexWords.Is(CapexWords.ContrastWord, W(p))) return true;
        return false;
    }

    /// <summary>The organisation subject of the clause whose object holds the spending noun <paramref name="trigger"/>, when
    /// its predicate does not receive money ("Cameco will provide an investment", not "X will receive an investment").</summary>
    private OrganizationEntity? GiverOfSpendingNoun(CapexRadar.Text.Syntax.Clause? cl, int trigger, Candidate c)
    {
        if (cl is null || !IsNounTrigger(trigger) || cl.SubjectInherited || cl.Predicate is null || !InObject(cl, trigger) || ReceivesSpendingNoun(cl, trigger)) return null;
        if (ClauseSubjectOrg(cl) is not { } own) return null;
        c.Trail.Add($"owner: '{own.Org.Name}', subject of the clause whose object is the spending noun (a giving, not receiving, predicate)");
        return own.Org;
    }

    /// <summary>"Together, they will invest", "they will jointly spend": a plural pronoun subject with a collective word
    /// between the clause start and the amount.</summary>
    private bool GroupPronounTogether(int pronoun, int start, int clauseStart)
    {
        if (!CapexWords.Is(CapexWords.PluralPronoun, W(pronoun))) return false;
        var from = Math.Max(0, Math.Min(clauseStart, pronoun - 3));
        for (var k = from; k < start; k++)
            if (CapexWords.Is(CapexWords.CollectiveWord, W(k))) return true;
        return false;
    }

    /// <summary>"X will receive an up-front investment": the spending noun is the object of a receiving predicate.</summary>
    private bool ReceivesSpendingNoun(CapexRadar.Text.Syntax.Clause? cl, int trigger, int amountStart = -1)
    {
        if (cl?.Predicate is not { } pred || !IsNounTrigger(trigger) || !InObject(cl, trigger)) return false;
        var r = doc.Range(pred);
        for (var t = r.Start; t < r.End; t++)
            if (CapexWords.Is(CapexWords.ReceivingVerb, W(t)) && !RaisesPlanLevel(t, amountStart)) return true;
        return false;
    }

    /// <summary>
    /// "has raised the planned investment in its campus to €5.5 billion from €4.2 billion": a raise verb with the amount
    /// after "to" or "from" lifts a plan's level — not money received ("raised $2 billion of investment"; "up to" is a cap).
    /// </summary>
    private bool RaisesPlanLevel(int verb, int amountStart) =>
        amountStart > 1 && CapexWords.Is(CapexWords.LevelRaiseVerb, W(verb))
        && W(amountStart - 1) is "to" or "from" && W(amountStart - 2) != "up";

    /// <summary>
    /// "Entergy reported capital spending of $6.1 billion across its four states last year", "the company's investments …
    /// surpass EEK 150mn in the past years": a spending noun before the amount, a past period after it (last year, a past
    /// year, "in the past years", "to date"), and no plan word anywhere in the clause — money already spent.
    /// </summary>
    private bool RealisedNounFigure(int trigger, int start, int after, int clauseStart, int clauseEnd)
    {
        if (!IsNounTrigger(trigger) || trigger > start) return false;
        var past = PastPeriodIn(after, clauseEnd) || SinceOrToDate(after, clauseEnd) || PastYearsPhrase(after, clauseEnd);
        if (!past) return false;
        for (var k = clauseStart; k < clauseEnd; k++)
            if (CapexWords.Is(CapexWords.PlanMarker, W(k))) return false;
        return true;
    }

    /// <summary>"in the past years", "over the past five years", "in recent years".</summary>
    private bool PastYearsPhrase(int from, int to)
    {
        for (var k = from; k + 1 < to; k++)
        {
            if (!CapexWords.Is(CapexWords.PastYearsHead, W(k)) || W(k) == "last" && W(k + 1) == "year") continue;
            var n = k + 1;
            if (doc.T[n].IsNumber || QuantityLexicon.SmallNumbers.ContainsKey(W(n)) || W(n) is "few" or "several" or "two" or "three") n++;
            if (W(n) is "years" or "decade" or "decades") return true;
        }
        return false;
    }
}
