using CapexRadar.Domain;
using CapexRadar.Text.Syntax;

namespace CapexRadar.Capex.Extraction;

/// <summary>
/// Stage 4b, clause first (issue 10, eleventh session): an earlier plan told by the clause attached to the amount. A
/// past-perfect or passive-past plan clause on the amount, a dated past participle right after a definite amount, or a
/// copula whose subject names an earlier figure makes the amount a prior target of the same owner as the new plan
/// (<see cref="AsPriorTarget"/> and the sentence's commitment decide the owner). Each rule's comment quotes its phrase class.
/// </summary>
internal sealed partial class CapexRun
{
    /// <summary>"the $X [it had] pencilled in": the reach of a reduced participle or relative after the amount's noun phrase.</summary>
    private const int DatedParticipleReach = 4;

    /// <summary>The rule that makes the amount an earlier plan by clause structure, or null.</summary>
    private string? EarlierPlanByClause(AmountSite at)
    {
        var (_, _, start, after, _, _) = at;
        // Rule "past-perfect relative": "above the R$10 billion the company had initially mentioned for this stage", "the €1.8 billion
        // it had set for the same horizon" — a relative clause on the amount in the past perfect states what was said before (not
        // "the $X it had invested": money already spent, told apart by SpentRelative)
        if (RelativeAfterAmount(after) is { Predicate: { } p } rel && PastPerfect(p) && (rel.PredicateClasses & WordClass.InvestVerb) == 0)
            return "past-perfect relative clause on the amount";
        // Rule "passive past relative": "the roughly ¥70 billion that was shown in the medium-term plan", "the $7 billion which was set
        // out in its previous plan" — the amount is the subject of a past passive that names a plan or states one
        // (not "the $2 billion that was spent on …": money already spent)
        if (PassiveRelativeAfter(after) is { } pas && (pas.PredicateClasses & WordClass.InvestVerb) == 0)
        {
            var r = doc.Range(pas.Span);
            var plan = (pas.PredicateClasses & (WordClass.PlanVerb | WordClass.ReportingVerb)) != 0;
            for (var k = r.Start; k < r.End && !plan; k++) plan = (Cls(k) & WordClass.PlanNoun) != 0;
            if (plan) return "passive past relative clause on the amount naming a plan";
        }
        // Rule "dated participle": "instead of the €11 billion announced in 2025", "the $7 billion flagged last year" — a definite
        // amount, then a past participle of a plan or reporting verb dated in the past
        if (DatedParticiple(start, after)) return "definite amount with a dated past participle of a plan verb";
        // Rule "earlier-figure subject": "Our earlier number was RM5 billion", "The previous target had been $7 billion" — a copula
        // whose subject names an earlier figure
        if (EarlierFigureSubject(start)) return "copula whose subject names an earlier figure";
        return null;
    }

    /// <summary>"had pencilled", "had initially mentioned": "had" and a later word in the verb group.</summary>
    private bool PastPerfect(TextSpan predicate)
    {
        var r = doc.Range(predicate);
        for (var k = r.Start; k < r.End - 1; k++)
            if (W(k) == "had") return true;
        return false;
    }

    /// <summary>A relative clause opened right after the amount's noun phrase by "that"/"which" whose predicate is a past passive.</summary>
    private Clause? PassiveRelativeAfter(int after)
    {
        for (var k = after; k < Math.Min(doc.T.Count, after + AmountNounPhraseTail); k++)
        {
            // ("that was shown in …": a participle the word classes do not list still makes the past passive)
            if (W(k) is "that" or "which")
                return doc.ClauseAtToken(k) is { Link: ClauseLink.Relative } cl && (Cls(k + 1) & WordClass.PastCopula) != 0 && Participle(k + 2) ? cl : null;
            if (!doc.T[k].IsWord || doc.OrgAt(k) is not null) return null;
        }
        return null;
    }

    /// <summary>"the €11 billion announced in 2025": "the" before the amount, a past participle of a plan or reporting verb right
    /// after it (or after its unit word), and a past date within <see cref="DatedParticipleReach"/> words.</summary>
    private bool DatedParticiple(int start, int after)
    {
        if (!CapexWords.Is(CapexWords.DefiniteDeterminer, W(PreviousWordBeforeAmount(start)))) return false;
        var v = after;
        var cls = Cls(v);
        if ((cls & WordClass.PastForm) == 0 || (cls & (WordClass.PlanVerb | WordClass.ReportingVerb)) == 0) return false;
        for (var k = v + 1; k < Math.Min(doc.T.Count, v + 1 + DatedParticipleReach); k++)
        {
            if (W(k) is "," or "." or ";") return false;
            if ((Cls(k) & (WordClass.Month | WordClass.Season | WordClass.PastTimeWord)) != 0) return true;
            if (doc.T[k].IsNumber && PeriodScanner.YearValue(doc.T[k]) is { } y && y < Year()) return true;
        }
        return false;
    }

    /// <summary>"Our earlier number was RM5 billion", "The original budget had been $7 billion": the amount right after a copula
    /// whose subject holds an earlier-figure word (earlier, previous, original, initial).</summary>
    private bool EarlierFigureSubject(int start)
    {
        if (doc.ClauseAtToken(start) is not { Subject: { } s, Predicate: { } p } cl || cl.SubjectInherited) return false;
        var pr = doc.Range(p);
        if (pr.End != PreviousWordBeforeAmount(start) + 1) return false;
        var copula = false;
        for (var k = pr.Start; k < pr.End; k++) copula |= (Cls(k) & WordClass.BeForm) != 0;
        if (!copula) return false;
        var r = doc.Range(s);
        for (var k = r.Start; k < r.End; k++)
            if ((Cls(k) & WordClass.PriorMarker) != 0 && W(k) is not ("last" or "existing" or "old")) return true;
        return false;
    }

    /// <summary>"said it had earmarked $1.1 billion for the next two years": a past perfect in a reported clause, with no other
    /// amount in the sentence to replace and no earlier-figure word ("previously", "originally"), is reported speech's tense shift
    /// of a current plan, not an earlier one.</summary>
    private bool BackshiftedReport(AmountSite at, int trigger)
    {
        if (doc.ClauseAtToken(trigger) is not { Link: ClauseLink.Reported } cl) return false;
        foreach (var other in doc.SentenceQuantities[at.Qa.Sentence])
            if (other.Quantity.Kind == QuantityKind.Money && other.Tokens.Start != at.Start && (other.Tokens.Start < at.Start || other.Tokens.Start >= at.After)) return false;
        for (var k = doc.Range(cl.Span).Start; k < at.Start; k++)
            if ((Cls(k) & WordClass.PriorMarker) != 0) return false;
        return true;
    }

    /// <summary>"of the construction and substation costs", "of the bill": the amount is a share of a cost.</summary>
    private bool CostShareAfter(int after)
    {
        if (W(after) != "of") return false;
        for (var k = after + 1; k < Math.Min(doc.T.Count, after + 1 + CostShareReach); k++)
        {
            if (!doc.T[k].IsWord) return false;
            if (CapexWords.Is(CapexWords.CostNoun, W(k))) return true;
        }
        return false;
    }

    /// <summary>"of the [construction and substation] costs": the words between "of" and the cost noun.</summary>
    private const int CostShareReach = 6;

    /// <summary>Whether the parse reads token <paramref name="k"/> as a verb.</summary>
    private bool VerbAt(int k)
    {
        var syntax = doc.Syntax(doc.SentenceOf(k));
        var i = syntax.TokenAt(doc.T[k].Start);
        return i >= 0 && syntax.Tokens[i].Tag == TokenTag.Verb;
    }

    /// <summary>A past participle: listed as a past form, or an unlisted word in -ed / -en / -wn ("shown", "drawn", "mentioned").</summary>
    private bool Participle(int k)
    {
        if ((Cls(k) & WordClass.PastForm) != 0) return true;
        var w = W(k);
        return Cls(k) == WordClass.None && w.Length > 3 && (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("en", StringComparison.Ordinal) || w.EndsWith("wn", StringComparison.Ordinal));
    }

    /// <summary>Rule "projected object" (stage 9, forecast frames): "The trade body techUK expects £30 billion of private investment in
    /// UK data centres by 2030", "Contoso sees $5 billion of data-centre spending across Southeast Asia": a projecting predicate whose
    /// direct object is the amount of a spending noun that no company owns ("its", "their" absent), in a place or market.</summary>
    private bool ProjectedMarketObject(Clause? cl, AmountSite at)
    {
        if (cl?.Predicate is not { } p || (cl.PredicateClasses & WordClass.ForecastVerb) == 0) return false;
        var pr = doc.Range(p);
        if (VerbBeforeAmount(at.Start) != pr.End - 1 || W(at.After) != "of") return false;
        var spending = false;
        for (var k = at.After + 1; k < Math.Min(at.ClauseEnd, at.After + 1 + ProjectedNounReach) && !spending; k++)
        {
            if (!doc.T[k].IsWord && W(k) != "-") return false;
            spending = CapexLexicon.Triggers.Contains(W(k)) && (Cls(k) & WordClass.SpendingNoun) != 0 || W(k) is "investment" or "investments" or "spending" or "capex";
        }
        if (!spending) return false;
        for (var k = at.After; k < at.ClauseEnd; k++)
            if (CapexWords.Is(CapexWords.OwnerPossessive, W(k))) return false;
        return MarketMarkers(at.After, at.ClauseEnd, countryIn: true);
    }

    /// <summary>"of [private] investment", "of [data-centre] spending": the words between "of" and the spending noun.</summary>
    private const int ProjectedNounReach = 5;

    /// <summary>"Its Italian unit Fastweb will add …", "Its subsidiary Contoso Cloud is to invest …": a subject that names a unit of the
    /// company "its" stands for; the parent spends (the corpus convention: a brand or unit resolves to the parent the story names).
    /// Returns the token of "its", or -1.</summary>
    private int UnitOfPossessor(Clause? cl)
    {
        if (cl?.Subject is not { } s) return -1;
        var r = doc.Range(s);
        if (W(r.Start) != "its") return -1;
        for (var k = r.Start + 1; k < Math.Min(r.End, r.Start + 4); k++)
            if (CapexLexicon.VehicleNouns.Contains(W(k)) || W(k) is "unit" or "subsidiary" or "arm" or "division" or "affiliate")
                return k + 1 < r.End && doc.T[k + 1].Capitalized ? r.Start : -1;
        return -1;
    }

    /// <summary>"… for a GPU cluster in Milan", "… on new substations": a purpose phrase later in the clause (no blocker such as
    /// "revenue" or "earnings" in it).</summary>
    private bool PurposeAfter(int after, int clauseEnd)
    {
        var purpose = false;
        for (var k = after; k < clauseEnd; k++)
        {
            if (CapexLexicon.Blockers.Contains(W(k))) return false;
            purpose |= W(k) is "for" or "on" or "toward" or "towards";
        }
        return purpose;
    }
}
