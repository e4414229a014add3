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
}
