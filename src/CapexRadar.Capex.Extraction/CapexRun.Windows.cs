using CapexRadar.Domain;
using CapexRadar.Text.Syntax;

namespace CapexRadar.Capex.Extraction;

/// <summary>Rules for the window and the stated equivalent of a fact found otherwise (capex_full, issue 10): a rate right after
/// the amount, a stretch of two fiscal years, a window or a conversion stated in a sentence of its own, an earlier target
/// "for the same period", a whole named by its currency. Each rule reads word classes of <c>Lexicon/capex-words.json</c>.</summary>
internal sealed partial class CapexRun
{
    /// <summary>How many sentences back a later window may reach for its plan.</summary>
    private const int LaterStatementReach = 3;

    /// <summary>How many sentences back an explicit slice frame ("Of the total amount, …") reaches for the plan it slices.</summary>
    private const int SliceFrameReach = 10;

    /// <summary>"₹8,000 crore a year on cloud sites", "$8 billion to $10 billion a year on AI computing": "a year" right after the
    /// amount is its rate, also where a following "on" would make it a shift in time for the scanner ("a year on, …").
    /// Not "$5 billion a year earlier" (a time shift).</summary>
    private bool RateRightAfterAmount(int after) =>
        W(after) is "a" or "each" or "every" or "per" && W(after + 1) == "year" && !CapexWords.Is(CapexWords.TimeShiftWord, W(after + 2));

    /// <summary>"between fiscal 2026 and fiscal 2028", "from FY2026 to FY2028": two fiscal years joined by a stretch word are one
    /// window of all the years between (the scanner reads each fiscal year alone).</summary>
    private int? FiscalStretchYears(QuantityAt first)
    {
        if (first.Quantity.Period is not { Fiscal: true, FiscalYear: { } y1 }) return null;
        if (!(W(first.Tokens.Start - 1) is "between" or "from")) return null;
        if (!(W(first.Tokens.End) is "and" or "to" or "through" or "until" or "-" or "–")) return null;
        if (doc.QuantityAtToken(first.Tokens.End + 1) is not { Quantity.Period: { Fiscal: true, FiscalYear: { } y2 } } || y2 <= y1 || y2 - y1 > 30) return null;
        return y2 - y1 + 1;
    }

    /// <summary>"… will take ₹16,000 crore of that amount and is expected to start serving customers in 2027": a single year in a
    /// coordinated clause with a predicate of its own that does not spend, and no amount, is that clause's date, not the spending
    /// window.</summary>
    private bool YearOfCoordinatedClause(QuantityAt amount, QuantityAt period)
    {
        if (period.Quantity.Kind != QuantityKind.Period || period.Quantity.Period is not { Years: 1, Annual: false, Fiscal: false }) return false;
        if (period.Tokens.Start < amount.Tokens.End) return false;
        if (doc.ClauseAtToken(period.Tokens.Start) is not { Link: ClauseLink.Coordinate, Predicate: not null } pc) return false;
        if (doc.ClauseAtToken(amount.Tokens.Start) is not { } ac || ac.Index == pc.Index || (pc.PredicateClasses & WordClass.InvestVerb) != 0) return false;
        foreach (var q in doc.QuantitiesIn(doc.Range(pc.Span).Start, doc.Range(pc.Span).End))
            if (q.Quantity.Kind == QuantityKind.Money) return false;
        return true;
    }

    /// <summary>"a five-year, $3.5 billion agreement …": a duration adjective coordinated with the amount before a plan or
    /// agreement noun is that noun's window (for that amount only).</summary>
    private bool CoordinatedAdjectiveWindow(QuantityAt p, QuantityAt amount) =>
        W(p.Tokens.End) == "," && doc.QuantityAtToken(p.Tokens.End + 1) is { Quantity.Kind: QuantityKind.Money } m && m == amount
        && (CapexWords.Is(CapexWords.AgreementNoun, W(m.Tokens.End)) || CapexWords.Is(CapexWords.PlanAnaphor, W(m.Tokens.End)));

    /// <summary>"When Son first floated the project in 2025, SoftBank had pencilled in …": the sentence opens with a subordinate
    /// clause (a subordinating conjunction, closed by a comma) that holds the period and not the amount.</summary>
    private bool OpeningSubordinateHolds(QuantityAt period, QuantityAt amount)
    {
        var first = doc.Sentences[amount.Sentence].Start;
        if ((Cls(first) & WordClass.SubordinatingConjunction) == 0 || period.Tokens.Start >= amount.Tokens.Start) return false;
        for (var k = period.Tokens.End; k < amount.Tokens.Start; k++)
            if (W(k) == ",") return true;
        return false;
    }

    /// <summary>"Marcos said the investment will be made over six years", "the new phase, to be completed over five years, will
    /// host …": a sentence with no amount whose definite plan noun (<c>PlanAnaphor</c>) is followed by a duration states the
    /// window of the latest commitment stated just before without one.</summary>
    private void LaterWindowOfPlan(int s)
    {
        var qs = doc.SentenceQuantities[s];
        if (qs.Count == 0 || qs.Any(q => q.Quantity.Kind == QuantityKind.Money)) return;
        if (qs.FirstOrDefault(q => q.Quantity is { Kind: QuantityKind.Duration, Period.Years: > 0 }) is not { } window) return;
        if (W(window.Tokens.Start + 1) is "past" or "last" or "previous") return;
        var sentenceStart = doc.Sentences[s].Start;
        var named = false;
        for (var k = window.Tokens.Start - 1; k >= Math.Max(sentenceStart, window.Tokens.Start - PlanAnaphorReach) && !named; k--)
        {
            if (!CapexWords.Is(CapexWords.PlanAnaphor, W(k))) continue;
            // "the investment", "the new phase", "this plan": a definite determiner at most two words before the head
            for (var d = k - 1; d >= Math.Max(sentenceStart, k - 3); d--)
                if (CapexWords.Is(CapexWords.DefiniteDeterminer, W(d))) { named = true; break; }
        }
        if (!named) return;
        var plan = LatestCommitmentWithin(s, LaterStatementReach, c => c.Org is not null);
        if (plan is null || plan.PeriodFound) return;
        plan.PeriodYears = window.Quantity.Period!.Years;
        plan.PeriodFound = true;
        plan.Trail.Add($"period: a later sentence names the plan and its window ('{window.Quantity.Text}')");
    }

    /// <summary>How far before a later window its plan noun may stand ("the investment will be made over six years").</summary>
    private const int PlanAnaphorReach = 8;

    /// <summary>"The sum is equivalent to about $6.9 billion.": a sentence whose only amount is in US dollars, after a word of
    /// equivalence (<c>EquivalenceWord</c>) and with a whole noun or a pronoun as its subject, is the stated conversion of the
    /// latest non-dollar commitment just before.</summary>
    private bool LaterStatedEquivalent(int s, QuantityAt usd)
    {
        if (usd.Quantity.Currency != "USD") return false;
        var sentenceStart = doc.Sentences[s].Start;
        var p = PreviousWordBeforeAmount(usd.Tokens.Start);
        if (W(p) is "to" or "of") p--;
        // the subject within the first words: only the sentence's first amount can be such a conversion
        if (!CapexWords.Is(CapexWords.EquivalenceWord, W(p)) || p >= sentenceStart + 4 + EquivalenceReach) return false;
        if (doc.SentenceQuantities[s].Count(q => q.Quantity.Kind == QuantityKind.Money) != 1) return false;
        // the subject: "The sum is", "That equals", "The figure is worth"
        var subject = false;
        for (var k = sentenceStart; k < p && k < sentenceStart + 4; k++)
            subject |= CapexWords.Is(CapexWords.WholeNoun, W(k)) || CapexWords.Is(CapexWords.PartPronoun, W(k));
        if (!subject) return false;
        var plan = LatestCommitmentWithin(s, 1, c => c.Sentence < s);
        if (plan is null || plan.Q.Quantity.Currency == "USD" || plan.Q.Quantity.UsdStated is not null || plan.StatedUsd is not null) return false;
        plan.StatedUsd = usd.Quantity.Value;
        plan.Trail.Add($"usd: stated in the next sentence ('{usd.Quantity.Text}')");
        return true;
    }

    /// <summary>How many words "is equivalent to" may stand after the sentence's first words ("The sum is equivalent to about").</summary>
    private const int EquivalenceReach = 4;

    /// <summary>The latest accepted commitment at most <paramref name="reach"/> sentences before <paramref name="s"/> that
    /// <paramref name="ok"/> accepts: a backward scan that stops at the reach (accepted facts are in sentence order), so a long
    /// document costs no more per sentence than its last few sentences' facts.</summary>
    private Candidate? LatestCommitmentWithin(int s, int reach, Func<Candidate, bool> ok)
    {
        for (var i = _accepted.Count - 1; i >= 0; i--)
        {
            var c = _accepted[i];
            if (s - c.Sentence > reach) break;
            if (c.Kind == CapexKind.Commitment && ok(c)) return c;
        }
        return null;
    }

    /// <summary>"the 100 billion yen target for the same period": an earlier target tied to the new plan's window.</summary>
    private bool SamePeriodStated(int after, int clauseEnd)
    {
        for (var k = after; k < Math.Min(clauseEnd, after + SamePeriodReach); k++)
            if (W(k) == "same" && CapexWords.Is(CapexWords.WindowNoun, W(k + 1))) return true;
        return false;
    }

    /// <summary>How far after an earlier target "the same period" may stand.</summary>
    private const int SamePeriodReach = 8;

    /// <summary>"Of the peso amount, …", "Of the dollar budget, …": a slice frame naming its whole by a currency word; the latest
    /// commitment in that currency (within <see cref="SliceFrameReach"/> sentences) is the whole.</summary>
    private Candidate? WholeNamedByCurrency(int start, int sentence)
    {
        var p = PreviousWordBeforeAmount(start);
        if (W(p) != "," || !CapexWords.Is(CapexWords.WholeNoun, W(p - 1))) return null;
        for (var k = p - 2; k >= Math.Max(0, p - 5) && W(k) != "of"; k--)
        {
            if (!QuantityLexicon.UnitWords.TryGetValue(W(k), out var sense)) continue;
            var word = W(k).TrimEnd('s');
            return LatestCommitmentWithin(sentence, SliceFrameReach, c => c.Org is not null
                                               && (sense.Iso is { } code ? c.Q.Quantity.Currency == code : c.Q.Quantity.Text.Contains(word, StringComparison.OrdinalIgnoreCase)));
        }
        return null;
    }
}
