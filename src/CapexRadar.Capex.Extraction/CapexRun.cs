using CapexRadar.Domain;
using CapexRadar.Text.Syntax;

namespace CapexRadar.Capex.Extraction;

internal enum SubjectKind { None, Org, CompanyPronoun, Aggregate, Person, Stop, UnknownVehicle }

internal readonly record struct Subject(SubjectKind Kind, OrgMention? Org, int At);

internal sealed class Candidate
{
    public required CapexKind Kind;
    public required QuantityAt Q;
    public required int Sentence;
    public OrganizationEntity? Org;
    public string Scope = string.Empty;
    public string? Speaker;
    public int? PeriodYears;
    public int? FiscalYear;
    public bool PeriodFound;
    /// <summary>The period is a rate ("$5 billion a year"), not a window.</summary>
    public bool AnnualRate;
    /// <summary>An earlier plan dated by its own relative clause ("the $X it set out in 2023").</summary>
    public bool DatedEarlier;
    public bool Standalone;
    /// <summary>An earlier target said to be "for the same period" as the plan.</summary>
    public bool SamePeriod;
    /// <summary>A US-dollar equivalent stated in a sentence of its own ("The sum is equivalent to about $6.9 billion").</summary>
    public decimal? StatedUsd;
    public IReadOnlyList<string> Purposes = [];
    /// <summary>Which rules decided this candidate's kind and owner, in order (for <c>extract --explain</c>).</summary>
    public readonly List<string> Trail = [];
}

/// <summary>One pass of capex extraction over an indexed document.</summary>
internal sealed partial class CapexRun(DocumentIndex doc, FxTable fx, DateTimeOffset? publishedAt)
{
    private const int TriggerWindow = 25;
    private const int SubjectWindow = 45;
    private const decimal MinUsd = 1_000_000m;

    private readonly List<Candidate> _accepted = [];

    public IReadOnlyList<Candidate> Accepted => _accepted;

    /// <summary>Words read by the rules so far: a deterministic measure of work, so tests can show the rules stay linear on hostile
    /// input by comparing the count at n and 2n (no timing).</summary>
    public long Steps { get; private set; }

    private string W(int t)
    {
        Steps++;
        return doc.W(t);
    }

    private static readonly HashSet<string> Determiners = ["the", "a", "an", "its", "this", "that", "their", "our", "his", "her"];

    public IReadOnlyList<CapexFact> FindFacts()
    {
        for (var s = 0; s < doc.Sentences.Count; s++)
        {
            var inSentence = new List<Candidate>();
            var priors = new List<(Candidate C, bool PlanNoun)>();
            LaterWindowOfPlan(s);
            QuantityAt? lastMoney = null;
            Candidate? lastPrior = null;
            foreach (var q in doc.SentenceQuantities[s])
            {
                if (q.Quantity.Kind != QuantityKind.Money) continue;
                if (LaterStatedEquivalent(s, q)) continue;
                // "raised its guidance to between A$2.4 billion and A$2.6 billion from A$2.0 billion to A$2.2 billion": the amount's role
                // is the high end of the earlier range, not a plan of its own
                if (lastPrior is not null && lastMoney is not null && EarlierRangeEnd(lastMoney, q))
                {
                    lastPrior.Q = lastPrior.Q with { Quantity = lastPrior.Q.Quantity with { High = q.Quantity.Value } };
                    lastPrior.Trail.Add($"range: '{q.Quantity.Text}' is the high end of the earlier range ('from … to …' after the new level)");
                    lastMoney = q;
                    continue;
                }
                var c = Analyze(q, inSentence, out var prior, out var planNoun);
                lastMoney = q;
                lastPrior = prior ? c : null;
                if (c is null) continue;
                if (prior) priors.Add((c, planNoun));
                else inSentence.Add(c);
            }
            var kept = new List<Candidate>();
            foreach (var (p, planNoun) in priors)
            {
                // a prior belongs to the commitment it is compared with, in the same sentence
                var owner = NearestCommitment(inSentence, p.Q.Tokens.Start);
                if (owner is not null)
                {
                    p.Org = owner.Org;
                    p.Trail.Add($"owner: the commitment it is compared with in the sentence ({owner.Org?.Name ?? "-"}, {owner.Q.Quantity.Text})");
                    if (!p.PeriodFound && p.DatedEarlier && (owner.PeriodYears != 1 || owner.AnnualRate))
                        p.Trail.Add("period: none — a plan dated on its own is not tied to the new plan's multi-year window or yearly rate");
                    else if (!p.PeriodFound) { p.PeriodYears = owner.PeriodYears; p.FiscalYear ??= owner.FiscalYear; }
                    if (p.Purposes.Count == 0) p.Purposes = owner.Purposes;
                    kept.Add(p);
                }
                else if (planNoun)
                {
                    p.Standalone = true;
                    // "The new figure replaces the 100 billion yen target for the same period": the plan's window
                    if (!p.PeriodFound && p.SamePeriod && RecentCommitment(s) is { } plan && plan.Org?.CompanyId == p.Org?.CompanyId)
                    {
                        p.PeriodYears = plan.PeriodYears;
                        p.Trail.Add($"period: 'the same period' as the plan it is compared with ({plan.Q.Quantity.Text})");
                    }
                    kept.Add(p);
                }
            }
            inSentence.AddRange(kept);
            _accepted.AddRange(inSentence.OrderBy(c => c.Q.Tokens.Start));
        }
        // a prior stated on its own counts only where the same company has a commitment in the text
        var committed = _accepted.Where(o => o.Kind == CapexKind.Commitment && o.Org is not null).Select(o => o.Org!.CompanyId).ToHashSet();
        _accepted.RemoveAll(c => c.Standalone && (c.Org is null || !committed.Contains(c.Org.CompanyId)));
        return Deduplicate(_accepted.Select(ToFact).ToList());
    }

    /// <summary>Every accepted candidate as a fact (before repeats are merged) with the rules that decided it.</summary>
    public IReadOnlyList<(CapexFact Fact, IReadOnlyList<string> Trail)> Explained() => _accepted.Select(c => (ToFact(c), (IReadOnlyList<string>)c.Trail)).ToList();

    /// <summary>The commitment nearest to a token (the list is in text order), within a bounded distance.</summary>
    private static Candidate? NearestCommitment(List<Candidate> inSentence, int token)
    {
        int lo = 0, hi = inSentence.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (inSentence[mid].Q.Tokens.Start < token) lo = mid + 1; else hi = mid;
        }
        Candidate? best = null;
        var bestDistance = 120;
        for (var k = Math.Max(0, lo - 8); k < Math.Min(inSentence.Count, lo + 8); k++)
        {
            var c = inSentence[k];
            if (c.Kind != CapexKind.Commitment) continue;
            var d = Math.Abs(c.Q.Tokens.Start - token);
            if (d < bestDistance) { best = c; bestDistance = d; }
        }
        return best;
    }

    // ------------------------------------------------------------------ one amount

    /// <summary>
    /// One money amount, decided in named stages (each writes its line to the candidate's trail, <c>extract --explain</c>):
    /// 1. <see cref="IsSpendableMoney"/> — a currency and at least <see cref="MinUsd"/>;
    /// 2. <see cref="Locate"/> — the amount's sentence and clause bounds;
    /// 3. <see cref="IsNotSpendingMoney"/> — stock, revenue, funding, public aid, running totals, realised figures;
    /// 4. <see cref="FindCues"/> — spending words, parts of a plan, earlier-plan cues (null: no spending cue);
    /// 5. <see cref="NewCandidate"/> — the rule that accepted it, its period and purposes;
    /// 6. <see cref="AsPriorTarget"/> — an earlier figure and its owner;
    /// 7. <see cref="AsPartOfPlan"/> — a part (or a repeat) of a plan stated before takes its kind and owner;
    /// 8. <see cref="OwnedByProjectNoun"/> — "the $X Stargate venture";
    /// 9. <see cref="AttributeBySubject"/> — forecast frames, then the clause's subject, then the last checks (forecasters, stakes, parents).
    /// </summary>
    private Candidate? Analyze(QuantityAt qa, List<Candidate> earlier, out bool prior, out bool planNoun)
    {
        prior = false;
        planNoun = false;
        if (!IsSpendableMoney(qa.Quantity)) return null;
        var at = Locate(qa);
        // "…, on top of the $300 billion deal the two companies signed in 2025": the same buyer's earlier deal
        if (AddedDeal(at, earlier) is { } added) return added;
        if (IsNotSpendingMoney(at)) return null;
        // stage 3b: one kind decision over the clause (CapexRun.ClauseKind.cs)
        var kind = DecideKind(at);
        if (kind.Verdict == KindVerdict.NotAFact) return null;
        if (FindCues(at, earlier, kind) is not { } cues) return null;
        var c = NewCandidate(at, cues);
        if (kind.Verdict != KindVerdict.Undecided || kind.Role == AmountRole.Part) c.Trail.Add(kind.Describe());
        if (cues.PriorCue)
        {
            prior = true;
            // "SoftBank had pencilled in ¥1.8 trillion": a plan verb in the past perfect names the plan as well as a plan noun
            planNoun = PlanNounNear(at.Start, at.After, at.ClauseStart) || cues.EarlierPlan && cues.Trigger >= 0 && PastPerfectPlan(cues.Trigger)
                       // "It had previously pencilled in ¥650 billion", "an increase from the ¥250 billion which the company had indicated": the
                       // earlier figure names its plan by a plan verb, whatever other cue ("previously", "from") made it a prior
                       || EarlierPlanStated(cues.Trigger, at.After)
                       // "Our earlier number was RM5 billion", "the $7 billion that was set out in its previous plan": the clause names it
                       || cues.EarlierPlan && EarlierPlanByClause(at) is not null;
            return AsPriorTarget(c, at, cues);
        }
        if (cues.Sub is { } whole) return AsPartOfPlan(c, at, cues, whole);
        if (cues.Head.Org is { } named) return OwnedByProjectNoun(c, named);
        return ApplyKindDecision(AttributeBySubject(c, at, cues, earlier), kind, at);
    }

    /// <summary>Where an amount sits: its sentence (token range), first token, the token after it (and its conversion), its clause.</summary>
    private readonly record struct AmountSite(QuantityAt Qa, TokenRange Sentence, int Start, int After, int ClauseStart, int ClauseEnd);

    /// <summary>What made an amount spending: the cues found before its kind and owner are decided.</summary>
    private sealed record AmountCues(int Trigger, bool Post, Head Head, Candidate? Sub, bool Repeated, bool PriorCue, bool EarlierPlan, bool Revised);

    /// <summary>Stage 1: a currency, a positive value and at least <see cref="MinUsd"/>.</summary>
    private bool IsSpendableMoney(Quantity q) =>
        q.Currency is not null && q.Value is > 0 && UsdMagnitude(q) is { } usd && usd >= MinUsd;

    /// <summary>Stage 2: the amount's sentence and clause bounds.</summary>
    private AmountSite Locate(QuantityAt qa)
    {
        var sentence = doc.Sentences[qa.Sentence];
        var start = qa.Tokens.Start;
        var after = AfterAmount(qa);
        return new AmountSite(qa, sentence, start, after, ClauseStart(start, sentence.Start), ClauseEnd(after, sentence.End));
    }

    /// <summary>Stage 3: money that is no spending whatever the cues (stock, funding, aid, running totals, realised figures).</summary>
    private bool IsNotSpendingMoney(AmountSite at)
    {
        var (qa, sentence, start, after, clauseStart, clauseEnd) = at;
        if (RightContextIsNotCapex(after, clauseEnd, IsSubAmount(start, after))) return true;
        // "80 million German marks in a new plant, equal to about €41 million": the stated equivalent of an amount before it
        if (LateConversion(qa, start)) return true;
        // "won a $14 billion contract from Meta to supply capacity": money coming in for the supplier, spending for the buyer
        if (FundingVerbBefore(start) && CapacityAgreement(after, sentence.End) is not { Buyer: not null }) return true;
        if (PublicMoneyBefore(start, clauseStart)) return true;
        // "bringing its total investment in the country to $20 billion", "the $17 billion it has already committed": a running total
        // or money committed before, not this plan
        if (CumulativeTotalBefore(start, clauseStart) || AlreadyAfter(AfterAmount(qa), sentence.End) || AlreadyBefore(start, clauseStart)) return true;
        // "last year's actual US$40.9 billion": realised spending
        if (ActualFigureBefore(start, clauseStart)) return true;
        // "after spending $72 billion last year", "having invested $5 billion in 2024"
        if (PreviousWordBeforeAmount(start) is var pw && W(pw) is "spending" or "investing" or "spent" or "invested" && W(pw - 1) is "after" or "having" or "been"
            && PastPeriodIn(start, clauseEnd)) return true;
        return CompoundHead(after, clauseEnd).Negative && CapacityAgreement(after, sentence.End) is null;
    }

    /// <summary>Stage 4: spending words before or after the amount, a project noun, the plan it is part of, earlier-plan
    /// cues, a revision; null when nothing makes it spending or the cues say it is spent or a past comparison.</summary>
    private AmountCues? FindCues(AmountSite at, List<Candidate> earlier, KindDecision kind)
    {
        var (qa, sentence, start, after, clauseStart, clauseEnd) = at;
        var q = qa.Quantity;
        var head = CompoundHead(after, clauseEnd);
        var trigger = TriggerBefore(start, clauseStart);
        // "has contracted $2 billion of cloud capacity": buying capacity is spending
        // ("agreed to buy up to $14.2 billion of cloud computing capacity": the verb before "up to" / "as much as")
        if (trigger < 0 && VerbBeforeAmount(start) is var verb && verb >= clauseStart && CapacityPurchase(verb, after)) trigger = verb;
        // "will pay €400 million for a new desalination plant": paying for an asset being built is spending on it
        if (trigger < 0 && VerbBeforeAmount(start) is var payer && payer >= clauseStart && AssetPayment(payer, after)) trigger = payer;
        // "agreed to pay CoreWeave as much as $18 billion for cloud capacity": the payee between the verb and the amount
        if (trigger < 0 && doc.OrgAt(PreviousWordBeforeAmount(start)) is { } payee && payee.Tokens.Start - 1 >= clauseStart
            && CapexWords.Is(CapexWords.PayVerb, W(payee.Tokens.Start - 1)) && AssetPayment(payee.Tokens.Start - 1, after)) trigger = payee.Tokens.Start - 1;
        // "would put €1.1 billion to work on GPU clusters": money put to work is spent
        // "will put $300 million into battery storage": money put into an asset (not into a company: a stake, told apart later)
        if (trigger < 0 && PreviousWordBeforeAmount(start) is var putter && putter >= clauseStart && W(putter) is "put" or "puts" or "putting"
            && (W(after) == "to" && W(after + 1) == "work" || W(after) == "into")) trigger = putter;
        // "will bear about ¥60 billion of the construction and substation costs": a share of a build's cost taken on is spending
        if (trigger < 0 && VerbBeforeAmount(start) is var bearer && bearer >= clauseStart && CapexWords.Is(CapexWords.CostBearVerb, W(bearer)) && CostShareAfter(after)) trigger = bearer;
        // "is planning up to $4.8 billion at its own campus", "plans $2 billion of upgrades": a plan verb whose direct object is the amount
        if (trigger < 0 && VerbBeforeAmount(start) is var planner && planner >= clauseStart && CapexWords.Is(CapexWords.AmountPlanVerb, W(planner)) && VerbAt(planner)) trigger = planner;
        // "Its Italian unit will add €150 million over the same period for a GPU cluster": after a plan, money a future "add" puts
        // toward a purpose is more of the plan (not "added 3%", not "will add $2 billion to revenue": no purpose, a blocker)
        if (trigger < 0 && VerbBeforeAmount(start) is var adder && adder > clauseStart && W(adder) is "add" or "adds" && W(adder - 1) is "will" or "would" or "to" or "also"
            && PurposeAfter(after, clauseEnd) && (earlier.Count > 0 || RecentCommitment(qa.Sentence) is not null)) trigger = adder;
        // "Three months ago, the company had guided to $40 billion": an earlier plan's verb in the past perfect
        if (trigger < 0 && GuidedEarlier(start) is var guided and >= 0) trigger = guided;
        // "Holcim's share of the investment will be €90 million", "of which Wartsila's share will be EUR29m"
        // (before any spending word further back: "the investment …, and Holcim's share of the investments will be …")
        if (PossessedShareBefore(start, clauseStart) is { } share) trigger = share;
        // the clause's kind decision found the verb that makes the amount spending where no spending word does ("will cost",
        // "likely to stay", "expanded its agreement … to")
        if (trigger < 0 && kind.Verdict == KindVerdict.Commitment && kind.Verb >= 0) trigger = kind.Verb;
        // "its shareholders will inject €500 million of fresh capital into the company": a capital injection, not capex
        if (trigger >= 0 && CapexWords.Is(CapexWords.InjectVerb, W(trigger)) && CapitalInjection(after, clauseEnd)) return null;
        // "has agreed to buy roughly 100,000 Nvidia GPUs for the site, worth around $4 billion": the value of capacity bought
        if (trigger < 0 && W(PreviousWordBeforeAmount(start)) == "worth" && CapacityBoughtBefore(PreviousWordBeforeAmount(start), sentence.Start) is { } buyVerb) trigger = buyVerb;
        // "a $3.5 billion agreement under which Meta will buy GPU capacity", "signed a $1.2 billion agreement with GE Vernova for
        // turbines": an agreement to buy capacity or equipment is the buyer's spending
        var contract = CapacityAgreement(after, sentence.End);
        if (contract is not null) head = new Head(true, false, contract.Buyer ?? head.Org);
        // "would supply Meta Platforms with $3 billion of AI infrastructure": the recipient buys
        else if (trigger < 0 && SuppliedRecipient(start, after, sentence.Start) is { } recipient) head = new Head(true, false, recipient);
        var post = TriggerAfter(after, clauseEnd);
        var repeated = false;
        // "Of the peso amount, …": the whole named by its currency; "Of the total amount, …": the plan stated before, even some sentences back
        var sub = IsSubAmount(start, after)
            ? WholeNamedByCurrency(start, qa.Sentence) ?? earlier.LastOrDefault() ?? (SliceOfRecentPlan(start) ? RecentCommitment(qa.Sentence, SliceFrameReach) : null)
            : null;
        // "The first 100-megawatt phase, costing about R$3.8 billion, …": the cost of a stage of the plan stated before
        if (sub is null && trigger < 0 && CostOfPlanStage(start, sentence.Start)) sub = RecentCommitment(qa.Sentence);
        // "roughly Rs 6,500 crore of the total would be spent in …": a slice of a plan stated shortly before
        if (sub is null && PartOfWhole(after)) sub = earlier.LastOrDefault() ?? RecentCommitment(qa.Sentence);
        // "…, with 600 billion won going to a GPU cluster", "split between €700 million for servers and …": parts of the figure just stated
        if (sub is null && (WithPartAllotted(start, after) || SplitPart(start))) sub = earlier.LastOrDefault() ?? RecentCommitment(qa.Sentence);
        // "A further €700 million is earmarked for …", "Another $400 million has been set aside for …": an allotted part of the plan
        if (sub is null && trigger < 0 && PassiveAllotment(start, after, sentence.Start)) sub = earlier.LastOrDefault() ?? RecentCommitment(qa.Sentence, PassiveAllotmentReach);
        // "Within the plan, $500 million is earmarked for …"
        if (sub is null && (WithinThePlan(start, sentence.Start) || OfTheWhole(start, sentence.Start))) sub = earlier.LastOrDefault() ?? RecentCommitment(qa.Sentence);
        // "The ₹60,000 crore outlay includes …": a definite mention of an amount already committed is that plan again
        if (sub is null && RepeatedPlan(start, q, earlier) is { } again)
        {
            sub = again;
            repeated = true;
        }
        // "Of the initial billion, €300 million is earmarked for …": a part of the whole the opening phrase names (its "initial"
        // names the first instalment of the plan, not an earlier figure)
        if (sub is null && kind.Role == AmountRole.Part) sub = earlier.LastOrDefault() ?? RecentCommitment(qa.Sentence);
        // "The first phase will cost SR7.5 billion and house …": what a phase or project of a plan stated before will cost is a part
        // of that plan (its owner, not a supplier named later in the clause); with no plan before, the clause's speaker owns it
        if (sub is null && kind.Verdict == KindVerdict.Commitment && kind.Verb >= 0 && CapexWords.Is(CapexWords.CostVerb, W(kind.Verb)))
            sub = earlier.LastOrDefault() ?? RecentCommitment(qa.Sentence);
        var priorCue = kind.Role != AmountRole.Part && PriorCue(start, after, clauseStart);
        // "above the $6 billion it had pencilled in": a relative clause stating an earlier plan
        var earlierPlan = !priorCue && kind.Role != AmountRole.Part && (PlanVerbAfter(after) && EarlierPlanRelative(after) || SupersedeVerbBefore(start, clauseStart) && ObjectOfRevision(start)
                                        || ContrastedDefinite(start) && GuidanceRelative(after)
                                        // stage 4b: the clause attached to the amount states an earlier plan (CapexRun.Kinds.cs)
                                        || EarlierPlanByClause(at) is not null);
        // "the company had planned to spend only VND 5,000 billion": a plan in the past perfect is the earlier figure
        // (not "X said it had earmarked $1.1 billion for the next two years": reported speech shifts a current plan into the past perfect)
        if (!priorCue && !earlierPlan && kind.Role != AmountRole.Part && trigger >= 0 && PastPerfectPlan(trigger) && !BackshiftedReport(at, trigger)) earlierPlan = true;
        priorCue |= earlierPlan;

        // "from NT$60 billion a year earlier": last year's spending, not a superseded plan
        if (priorCue && (W(after) is "a" && W(after + 1) == "year" && W(after + 2) is "earlier" or "ago" || W(after) == "last" && W(after + 1) == "year"
            || W(after) is "in" && doc.T.Count > after + 1 && PeriodScanner.YearValue(doc.T[after + 1]) is { } y && y < Year())) return null;
        // "compared with about $230 billion last year", "double the $1 billion it set aside last year": a past figure for comparison
        // "versus roughly $13 billion over the previous three years": a past window
        if (ComparisonBefore(start, clauseStart) && (PastTimeAfter(after, clauseEnd) || PastYearsPhrase(after, Math.Min(clauseEnd, after + 6)))) return null;
        // "$5 billion in 2025 and $7 billion in 2026": the second amount shares the first one's verb
        if (trigger < 0 && !post && !head.Positive && sub is null && !priorCue && Coordinated(start, earlier) is { } lead) sub = lead;
        // "spent $12 billion last year": spending already done, not a plan
        if (trigger >= 0 && W(trigger) is "spent" or "invested" && (PastPeriodIn(clauseStart, clauseEnd) || PastTense(trigger) || SinceOrToDate(clauseStart, clauseEnd))) return null;
        // "we have deployed about ₹4,000 crore so far", "it has committed $3 billion to date": any spending verb in a past form
        // with "so far" / "to date" / "since 2023" is a running total, not a plan
        if (trigger >= 0 && (Cls(trigger) & WordClass.PastForm) != 0 && !PlanAuxiliaryBefore(trigger) && SinceOrToDate(clauseStart, clauseEnd)) return null;
        // "reported capital spending of $6.1 billion last year", "investments … surpass EEK 150mn in the past years": realised
        if (trigger >= 0 && RealisedNounFigure(trigger, start, after, clauseStart, clauseEnd)) return null;
        // "plans to raise that to 1.1 trillion won", "lifted its budget to €900 million": a revised plan
        var revised = trigger < 0 && (RevisedTo(start, clauseStart, earlier.Count > 0 || RecentCommitment(qa.Sentence) is not null) || RevisedClause(start));
        var accepted = (trigger >= 0) || post || head.Positive || sub is not null || revised || kind.Verdict == KindVerdict.Forecast
                       // "the data-centre construction market will reach ¥1.2 trillion" (decided as a forecast at stage 9)
                       || !priorCue && BuildMarketProjected(start, clauseStart);
        if (!accepted && !priorCue) return null;
        // "the 151 billion yuan it spent last year", "capital spending in the quarter was $14.6 billion": realised spending
        // (decided on clauses, so only for amounts with a spending cue: the clause parse is the costly part)
        // ("a $6.3 billion agreement under which Microsoft has contracted GPU capacity" is a deal, not money spent)
        // ("capital spending in the quarter was $14.6 billion" is decided by the clause kind stage: a bare past copula after a spending noun)
        if (SpentRelative(after) && contract is null) return null;

        return new AmountCues(trigger, post, head, sub, repeated, priorCue, earlierPlan, revised);
    }

    /// <summary>Stage 5: a commitment candidate with the rule that accepted it, its period and its purposes.</summary>
    private Candidate NewCandidate(AmountSite at, AmountCues cues)
    {
        var (qa, _, start, after, clauseStart, clauseEnd) = at;
        var (trigger, post, head, sub, repeated, priorCue, _, revised) = cues;
        var c = new Candidate { Kind = CapexKind.Commitment, Q = qa, Sentence = qa.Sentence };
        c.Trail.Add(trigger >= 0 ? $"spending word before the amount: '{doc.Text[doc.T[trigger].Start..doc.T[trigger].End]}'"
            : post ? "spending word after the amount" : head.Positive && !repeated ? "project noun after the amount" : repeated ? "a definite mention of a plan stated before"
            : sub is not null ? "part of a plan stated before"
            : revised ? "a revised plan ('raise that to …')" : "earlier-figure cue");
        (c.PeriodYears, c.FiscalYear, c.PeriodFound, c.AnnualRate) = PeriodFor(qa, clauseStart, clauseEnd, priorCue);
        if (RateRightAfterAmount(after) && !(c.PeriodYears == 1 && c.AnnualRate))
        {
            (c.PeriodYears, c.PeriodFound, c.AnnualRate) = (1, true, true);
            c.Trail.Add("period: a rate right after the amount ('a year')");
        }
        c.Purposes = PurposesFor(trigger >= 0 ? Math.Min(trigger, start) : start, clauseEnd);

        return c;
    }

    /// <summary>Stage 6: an earlier figure ("up from", "previously", "the $X it had pencilled in") and its owner.</summary>
    private Candidate AsPriorTarget(Candidate c, AmountSite at, AmountCues cues)
    {
        var (qa, sentence, start, after, clauseStart, clauseEnd) = at;
        var (_, _, _, _, _, _, earlierPlan, _) = cues;
        c.Kind = CapexKind.PriorTarget;
        c.Trail.Add(earlierPlan ? EarlierPlanByClause(at) is { } rule ? $"kind: prior target [clause: {rule}]" : "kind: prior target — a relative clause after the amount states an earlier plan"
            : "kind: prior target — an earlier-figure cue ('from', 'earlier', 'previously' …)");
        DatedEarlierPlan(c, after);
        c.SamePeriod = SamePeriodStated(after, clauseEnd);
        var subj = ResolveSubject(start, clauseStart, sentence.Start);
        c.Org = subj.Kind switch
        {
            SubjectKind.Org => subj.Org!.Org,
            SubjectKind.CompanyPronoun => ResolvePronoun(subj.At, sentence.Start, qa.Sentence),
            _ => ForwardOrg(after, clauseEnd) ?? ResolvePronoun(start, sentence.Start, qa.Sentence),
        };
        return c;
    }

    /// <summary>Stage 7: a part of a plan stated before (or a definite repeat of it) takes its kind, owner and period.</summary>
    private Candidate AsPartOfPlan(Candidate c, AmountSite at, AmountCues cues, Candidate sub)
    {
        var (_, sentence, start, after, clauseStart, _) = at;
        var (trigger, _, _, _, repeated, _, _, _) = cues;
        if (repeated) c.Trail.Add("the same amount as a commitment stated before, after a definite determiner: the same plan");
        c.Kind = sub.Kind;
        c.Org = sub.Org;
        c.Trail.Add($"kind and owner: those of the plan it is part of ({sub.Kind}, {sub.Org?.Name ?? "-"}, {sub.Q.Quantity.Text})");
        InheritWholePeriod(c, sub);
        // "A and B will build a €1bn site. B will invest €700m of that sum": a named spender of the slice wins
        if (sub.Kind == CapexKind.Commitment && ResolveSubject(trigger >= 0 ? trigger : start, clauseStart, sentence.Start) is { Kind: SubjectKind.Org } own
            && !IsForecaster(own.Org!.Org)
            // "TCS will set aside ₹18,000 crore for HyperVault … HyperVault will put ₹7,500 crore of that into …": a name no list
            // knows, spending a slice of a known company's plan, is that company's unit or brand
            && (own.Org.Org.InKnowledgeBase || sub.Org is not { InKnowledgeBase: true }))
            c.Org = own.Org.Org;
        c.Scope = sub.Scope;
        c.Speaker = sub.Speaker;
        return c;
    }

    /// <summary>Stage 8: an organisation named in the project noun after the amount owns it.</summary>
    private static Candidate OwnedByProjectNoun(Candidate c, OrgMention named)
    {
        c.Org = named.Org;
        c.Trail.Add($"owner: the organisation named in the project noun after the amount ({c.Org.Name})");
        return c;
    }

    /// <summary>Stage 9: forecast frames (peer-group subject, a market's spending reported, a named group), then the clause's
    /// subject decides the owner or makes a forecast; last, forecasters, stakes and listed parents.</summary>
    private Candidate? AttributeBySubject(Candidate c, AmountSite at, AmountCues cues, List<Candidate> earlier)
    {
        var (qa, sentence, start, after, clauseStart, clauseEnd) = at;
        var (trigger, _, head, _, _, _, _, _) = cues;
        var q = qa.Quantity;
        var anchor = trigger >= 0 ? trigger : start;
        var clause = doc.ClauseAtToken(start);
        c.Trail.Add(Describe(clause));
        // clause first: the subject of the clause whose predicate governs the amount (passive by-agent, reported pronoun, unknown
        // name); the nearest subject before the spending word (a window) only where the parse names no owner
        var nearest = ResolveSubject(anchor, clauseStart, sentence.Start);
        var byClause = OwnerOfGoverningClause(clause, at, cues, nearest, c);
        var subject = byClause ?? ClauseSubjectOverride(nearest, clause, start, head.Positive, c);
        // "X (ESMC), the joint venture in which A holds 70% and B 10% each, will invest …": the head before a long apposition
        if (trigger >= 0 && subject.Kind == SubjectKind.Org && HeadBeforeApposition(trigger, sentence.Start) is { } headOrg && headOrg.Org.CompanyId != subject.Org!.Org.CompanyId)
        {
            c.Trail.Add($"owner: the organisation that opens the sentence before its apposition ('{headOrg.Org.Name}'), not '{subject.Org.Org.Name}' inside it");
            subject = new Subject(SubjectKind.Org, headOrg, headOrg.Tokens.Start);
        }
        // "Yano Research projects that the domestic data-centre construction market will reach ¥1.2 trillion": a projected market of building
        if (trigger < 0 && !cues.Post && BuildMarketProjected(start, clauseStart))
        {
            MakeForecast(c, start, clauseStart, clauseEnd, sentence.Start);
            c.Trail.Add("kind: forecast — a market of building ('construction market') projected to reach the amount");
            return c;
        }
        var passive = IsPassive(after, clauseEnd);
        // "Holcim's share of the investment will be €90 million": the share's possessor spends it
        if (trigger >= 0 && CapexWords.Is(CapexWords.ShareNoun, W(trigger)) && ShareHolder(trigger) is { } holder)
        {
            c.Org = holder;
            c.Trail.Add($"owner: the possessor of the share ('{holder.Name}')");
            return c;
        }
        if (ScopeSubject(clause))
        {
            MakeForecast(c, Math.Min(anchor, start), clauseStart, clauseEnd, sentence.Start);
            c.Scope = PeerGroupScope(clause!, c.Scope);
            c.Trail.Add($"kind: forecast — the investing clause's subject is an industry, market or peer group (scope {c.Scope})");
            return c;
        }
        if (MarketSubjectProjects(clause, start))
        {
            MakeForecast(c, Math.Min(doc.Range(clause!.Subject!.Value).Start, Math.Min(anchor, start)), clauseStart, clauseEnd, sentence.Start);
            c.Trail.Add($"kind: forecast — the clause's subject is a market or sector and its predicate projects a level (scope {c.Scope})");
            return c;
        }
        // "X said Australia's data centre operators as a group were on track to spend …", "its members will spend …": a peer group
        // or a body's members right before the spending verb, read on the words (the parse may miss an unmarked reported clause)
        // (a window rule for reported clauses the parse misses: not where the parse named an organisation, "Kestrel Foundries will invest")
        if (byClause is not { Kind: SubjectKind.Org } && PeerGroupSubjectBefore(trigger, sentence.Start) is var peerAt and >= 0)
        {
            MakeForecast(c, Math.Min(peerAt, Math.Min(anchor, start)), clauseStart, clauseEnd, sentence.Start);
            c.Scope = PeerScope(peerAt, trigger, clauseEnd, c.Scope);
            c.Trail.Add($"kind: forecast — the spending verb's subject is a peer group or a body's members ('{doc.Text[doc.T[peerAt].Start..doc.T[trigger - 1].End]}', scope {c.Scope})");
            return c;
        }
        if (MarketSpendingReported(trigger, start, sentence.Start))
        {
            MakeForecast(c, Math.Min(anchor, start), clauseStart, clauseEnd, sentence.Start);
            c.Trail.Add("kind: forecast — the reported clause's subject is a market's spending (no owner; a place or market word) and its predicate projects");
            return c;
        }
        if (NamedGroupScope(start, after, clauseStart, clauseEnd) is { } peers)
        {
            MakeForecast(c, Math.Min(anchor, start), clauseStart, clauseEnd, sentence.Start);
            c.Scope = peers;
            c.Trail.Add($"kind: forecast — a figure projected for a named set of companies (scope {peers})");
            return c;
        }
        if (ProjectedMarketObject(clause, at))
        {
            MakeForecast(c, Math.Min(anchor, start), clauseStart, clauseEnd, sentence.Start);
            c.Trail.Add($"kind: forecast [clause: a projecting predicate whose object is a market's spending] (scope {c.Scope})");
            return c;
        }
        // "The federal government expects its tax regime to attract R$2 trillion of investment": a public body's
        // projection of other people's spending
        var publicProjection = subject.Kind != SubjectKind.Org && PublicBodyProjects(sentence.Start, Math.Min(anchor, start));
        if (publicProjection) MakeForecast(c, Math.Min(anchor, start), clauseStart, clauseEnd, sentence.Start);
        else switch (subject.Kind)
        {
            case SubjectKind.Org:
                // "Under the supply deal with Halla, Korpela will receive an up-front investment, up to $40 million": money coming in
                if (ReceivesSpendingNoun(clause, anchor, start)) return null;
                // "Microsoft, Alphabet, Amazon and Meta will spend a combined $400 billion": many spenders, one market figure
                if (CoordinatedOrgCount(subject.Org!) >= 2 && CollectiveWord(subject.Org!.Tokens.Start, Math.Min(clauseEnd, after + 4)))
                {
                    MakeForecast(c, subject.At, clauseStart, clauseEnd, sentence.Start);
                    c.Scope = "industry";
                    break;
                }
                // "Bain & Co. estimates that Brazil will need $12 billion of investment": the organisation projects a market
                if (ProjectsMarket(subject.Org!, q, start, after, clauseEnd))
                {
                    MakeForecast(c, subject.At, clauseStart, clauseEnd, sentence.Start);
                    break;
                }
                // "Analysts expect Contoso to spend $X": a source's projection for one company
                if (SourceProjectsCompany(subject.Org!))
                {
                    MakeForecast(c, subject.At, clauseStart, clauseEnd, sentence.Start);
                    c.Scope = "company:" + subject.Org!.Org.Name;
                    c.Trail.Add($"kind: forecast — a source's projection ('analysts expect …') of one company's spending (scope {c.Scope})");
                    break;
                }
                c.Org = subject.Org!.Org;
                // "Viking Line and STX Finland said … plans to build a €240 million ferry": of two coordinated organisations, the
                // first named leads the pair (the nearest is only the last conjunct)
                if (FirstOfCoordinatedPair(subject.Org!) is { } lead && lead.Org.CompanyId != c.Org.CompanyId)
                {
                    c.Org = lead.Org;
                    c.Trail.Add($"owner: the first of two coordinated organisations ('{lead.Org.Name}')");
                }
                break;
            case SubjectKind.CompanyPronoun:
                // "A and B … Together, they will invest $X": a figure for a named group of companies is a forecast
                if (GroupPronounTogether(subject.At, start, clauseStart))
                {
                    MakeForecast(c, subject.At, clauseStart, clauseEnd, sentence.Start);
                    c.Scope = "peer";
                    c.Trail.Add("kind: forecast — a plural pronoun with a collective word ('together, they'): a named group's figure");
                    break;
                }
                // "Khalid Al-Otaibi, chief executive of Najd Thermal Solutions, …, said the company would invest": the company of the role
                if (CompanyOfSpeakerRole(sentence.Start, subject.At) is { } roleOrg)
                {
                    c.Org = roleOrg;
                    c.Trail.Add($"owner: '{roleOrg.Name}', the company of the speaker's role");
                    break;
                }
                c.Org = ResolvePronoun(subject.At, sentence.Start, qa.Sentence);
                break;
            case SubjectKind.Aggregate:
                MakeForecast(c, subject.At, clauseStart, clauseEnd, sentence.Start);
                break;
            case SubjectKind.UnknownVehicle:
                // the spender is a venture we cannot name; its owners are not the spender
                return null;
            case SubjectKind.Stop:
                // "X said that [no company] …": a market figure when it has market words or a projection verb
                if (MarketMarkers(subject.At, Math.Min(clauseEnd, after + 9), countryIn: true) || ForecastPredicateAfter(after, clauseEnd)
                    || W(subject.At) == "that" && PlaceSubjectAt(subject.At + 1))
                {
                    MakeForecast(c, subject.At, clauseStart, clauseEnd, sentence.Start);
                    break;
                }
                c.Org = ForwardOrg(after, clauseEnd) ?? ResolvePronoun(subject.At, sentence.Start, qa.Sentence);
                // "A and B said there were plans to build …": the pair that reports an agentless plan is led by its first
                if (c.Org is not null && SpeakerPairLead(sentence.Start, subject.At, c.Org) is { } pairLead)
                {
                    c.Org = pairLead;
                    c.Trail.Add($"owner: the first of the two organisations reporting the plan ('{pairLead.Name}')");
                }
                break;
            case SubjectKind.Person:
                if (passive || ForecastVerbBetween(subject.At, start) || (trigger >= 0 && IsNounTrigger(trigger) && ForecastPredicateAfter(after, clauseEnd)))
                {
                    MakeForecast(c, subject.At, clauseStart, clauseEnd, sentence.Start);
                    break;
                }
                var person = doc.PersonAt(subject.At)?.Person;
                c.Org = doc.Entities.FindOrganization(person?.OrganizationId) ?? ResolvePronoun(subject.At, sentence.Start, qa.Sentence);
                break;
            default:
                // no spender named: a market figure when market words surround it ("India's data-centre investment could touch…")
                var subjectStart = Math.Max(clauseStart, Math.Min(anchor, start) - 12);
                if ((passive || ForecastPredicateAfter(after, clauseEnd) || IsNounTrigger(anchor))
                    && MarketMarkers(subjectStart, Math.Min(clauseEnd, after + 9), countryIn: true)
                    // "According to IDC, spending on AI infrastructure will reach $200 billion": a cited projection of nobody's spending
                    || IsNounTrigger(anchor) && ForecastPredicateAfter(after, clauseEnd) && !OrgBetween(anchor, start) && SourceCited(Math.Max(sentence.Start, start - 60), Math.Min(sentence.End, after + 60)))
                {
                    MakeForecast(c, Math.Min(anchor, start), clauseStart, clauseEnd, sentence.Start);
                    break;
                }
                // "Cameco will provide an up-front investment, to a maximum of $60 million, to cover …": the amount is set off by
                // commas, but the spending noun is the object of a clause whose subject is an organisation that gives, not receives
                // ("Korpela will receive an investment, up to $40 million, …": money coming in, like "received $X")
                if (ReceivesSpendingNoun(clause, anchor, start)) return null;
                if (GiverOfSpendingNoun(clause, anchor, c) is { } giver) { c.Org = giver; break; }
                // "The total investment will be €10 million, and Harbrook's share of it €2.7 million": a joint whole, no one owner
                if (CompanyShareOfItAfter(after, sentence.End))
                {
                    c.Trail.Add("owner: none — a company's share of this amount follows in the sentence: a joint whole");
                    break;
                }
                c.Org = ForwardOrg(after, clauseEnd) ?? ResolvePronoun(start, sentence.Start, qa.Sentence);
                break;
        }
        if (c.Kind == CapexKind.Commitment && c.Org is null && UnknownSpender(clause, c) is { } unknown) c.Org = unknown;
        // "Within the plan, Samsung will also spend 12 trillion won": a part of the plan just named takes its period
        if (c.Kind == CapexKind.Commitment && !c.PeriodFound && PartFrameOpening(sentence.Start, start)
            && (earlier.LastOrDefault() ?? RecentCommitment(qa.Sentence)) is { } whole && whole.Org?.CompanyId == c.Org?.CompanyId)
            InheritWholePeriod(c, whole);
        c.Trail.Add($"nearest subject: {subject.Kind} → {c.Kind}, owner {c.Org?.Name ?? "-"}");
        // "techUK estimates UK data-centre investment will average £10 billion a year": a market's spending projected
        if (c.Kind == CapexKind.Commitment && ReportedMarketProjection(start, sentence.Start, cues.Post))
        {
            MakeForecast(c, Math.Min(anchor, start), clauseStart, clauseEnd, sentence.Start);
            c.Trail.Add("kind: forecast — a reported clause projects a market's spending (subject a spending or market noun no company owns, with a place or many spenders)");
            return c;
        }
        // a research firm, consultancy or broker projects a market; it does not commit its own money
        if (c.Kind == CapexKind.Commitment && (IsForecaster(c.Org, () => ForecastVerbBetween(Math.Max(clauseStart, subject.At), start) || ForecastPredicateAfter(after, clauseEnd))
                                               || subject.Kind is SubjectKind.None or SubjectKind.Stop && ForecasterIn(sentence.Start, sentence.End)
                                               // "The Uptime Council estimates capital spending of $X by data-centre operators": an industry body projects
                                               || c.Org is { } body && IndustryBody(body) && (ForecastVerbBetween(Math.Max(clauseStart, subject.At), start) || ForecastPredicateAfter(after, clauseEnd))))
        {
            MakeForecast(c, Math.Min(anchor, start), clauseStart, clauseEnd, sentence.Start);
            return c;
        }
        // "Contoso Labs, the AI arm …, will invest $X, its parent Contoso said": a unit without a listing spends for the listed parent named
        if (c.Kind == CapexKind.Commitment && c.Org is { Listings.Count: 0 } unit && ListedParentNamed(Math.Max(sentence.Start, start - ParentWindow), Math.Min(sentence.End, after + ParentWindow), unit) is { } parent)
        {
            c.Trail.Add($"owner: the listed parent the sentence names ('its parent {parent.Name}') for the unit '{unit.Name}'");
            c.Org = parent;
        }
        // "agreed to invest up to $5 billion in the company": money put into another company is a stake
        if (c.Kind == CapexKind.Commitment && InvestsInDefiniteCompany(after, clauseEnd)) return null;
        if (c.Kind == CapexKind.Commitment && EquityTarget(after, clauseEnd, c.Org) is { } target)
        {
            // money put into a data-centre venture ("invest $100 billion in Stargate") builds that venture's capacity
            if (!target.Org.Tags.Contains("datacenter") || target.Org.Tags.Contains("investor")) return null;
            c.Org = target.Org;
        }
        return c;
    }

    private decimal? UsdMagnitude(Quantity q)
    {
        if (q.UsdStated is { Value: { } v }) return v;
        return fx.ToUsd(q.Value!.Value, q.Currency!, Year());
    }

    private int Year() => publishedAt?.Year ?? DateTime.UtcNow.Year;

    /// <summary>The token after the amount and its stated conversion (closing bracket or dash included).</summary>
    private int AfterAmount(QuantityAt qa)
    {
        var after = qa.Tokens.End;
        if (qa.Quantity.Equivalent is { } eq)
        {
            var r = doc.Range(eq.Span);
            if (r.End > after)
            {
                after = r.End;
                if (W(after) is ")" or "]" or "—" or "–") after++;
            }
        }
        return after;
    }

    // ------------------------------------------------------------------ clauses

    private int ClauseStart(int t, int sentenceStart)
    {
        var limit = Math.Max(sentenceStart, t - 80);
        for (var p = t - 1; p >= limit; p--)
        {
            var w = W(p);
            if (w == ";") return p + 1;
            if (w is "while" or "whereas") return p + 1;
            if (w == "but" && W(p - 1) == ",") return p + 1;
        }
        return limit;
    }

    private int ClauseEnd(int t, int sentenceEnd)
    {
        var limit = Math.Min(sentenceEnd, t + 60);
        for (var p = t; p < limit; p++)
        {
            var w = W(p);
            if (w == ";") return p;
            if (w is "while" or "whereas") return p;
            if (w == "but" && W(p - 1) == ",") return p;
        }
        return limit;
    }

    // ------------------------------------------------------------------ capex or not

    /// <summary>"$80 billion of stock", "$16 billion in revenue", "HK$4.50 a share", "$800 billion short".</summary>
    private bool RightContextIsNotCapex(int after, int clauseEnd, bool partOfPledge)
    {
        var w = W(after);
        if (after >= clauseEnd) return false;
        if (w is "a" or "per" && W(after + 1) is "share" or "barrel" or "unit" or "head" or "month" or "ton" or "tonne") return true;
        if (w == "short") return true;
        // "spend ¥1.5 trillion on research and development": operating spending, not capex; but "including $50 billion for
        // research and development" is a part of an investment pledge like any other (corpus convention)
        if (!partOfPledge && w is "on" or "for" or "in" && (W(after + 1) == "r&d" || W(after + 1) == "r" && W(after + 2) == "&" && W(after + 3) == "d" || W(after + 1) == "research" && W(after + 2) == "and" && W(after + 3) == "development")) return true;
        // "Roughly SAR 7.5 billion of it will fund a campus": a slice of the plan, whatever the verb after it
        if (w == "of" && PartOfWhole(after)) return false;
        if (w is "of" or "in" or "off" or "from" or "to" or "on" or "into")
        {
            for (var k = after + 1; k < Math.Min(clauseEnd, after + 5); k++)
            {
                var x = W(k);
                // "invest NOK 10 billion in its share of the second phase of the site": a portion of a project's cost, not equity
                if (x is "share" && ShareOfProject(k)) return false;
                if (CapexLexicon.NonCapexObjects.Contains(x) || CapexLexicon.NonCapexObjects.Contains(Hyphenated(k))) return true;
                if (CapexLexicon.Triggers.Contains(x) || x is "capital" or "," or "." or "and") return false;
                if (doc.QuantityAtToken(k) is not null) return false;
            }
        }
        return false;
    }

    /// <summary>"raised $6 billion", "secured about $2 billion", "received $500 million": money coming in, not going out.</summary>
    private bool FundingVerbBefore(int start)
    {
        var p = start - 1;
        while (p >= 0 && W(p) is "about" or "around" or "roughly" or "approximately" or "nearly" or "almost" or "some" or "over" or "more" or "than"
               or "up" or "to" or "as" or "much" or "least" or "at" or "another" or "an" or "additional" or "a" or "further") p--;
        // "which is being financed through a $27 billion joint venture", "funded by a $2 billion loan": the money that pays, not spending
        if (W(p) is "through" or "via" or "by" or "with" && W(p - 1) is "financed" or "funded" or "financing" or "funding" or "refinanced") return true;
        return W(p) is "raised" or "raises" or "raise" or "raising" or "secured" or "secures" or "borrowed" or "borrow" or "received" or "receives"
            or "obtained" or "attracted" or "won" or "wins" or "landed" or "netted" or "earned" or "earns" or "generated" or "generates" or "collected";
    }

    /// <summary>"start-ups" from the tokens start, -, ups (empty when no glued hyphen follows).</summary>
    private string Hyphenated(int k) =>
        W(k + 1) == "-" && k + 2 < doc.T.Count && !doc.T[k + 1].SpaceBefore && !doc.T[k + 2].SpaceBefore ? W(k) + "-" + W(k + 2) : string.Empty;

    private readonly record struct Head(bool Positive, bool Negative, OrgMention? Org);

    private static readonly HashSet<string> HeadStops =
    [
        "of", "in", "for", "to", "at", "on", "with", "by", "from", "that", "which", "and", "or", "is", "was", "will", "would", "has",
        "had", "said", "says", "as", "over", "into", "this", "next", "last", "a", "an", "the", "annually", "each", "per", "through",
        "by", "within", "across", "during", "until", "before", "after", "while", "since", "could", "can", "may", "should", "are", "were",
    ];

    /// <summary>The words right after an amount, up to a preposition or verb: "advanced packaging plant", "Stargate venture", "acquisition".</summary>
    private Head CompoundHead(int after, int clauseEnd)
    {
        bool pos = false, neg = false;
        OrgMention? org = null;
        var limit = Math.Min(clauseEnd, after + 5);
        for (var k = after; k < limit; k++)
        {
            var t = doc.T[k];
            if (!t.IsWord && !(t.Lower == "-" && !t.SpaceBefore)) break;
            // "a $200 billion manufacturing and research programme": two modifiers of one project noun
            if (t.Lower == "and" && k > after && ProjectHeadWithin(k + 1, Math.Min(clauseEnd, k + 4))) continue;
            if (HeadStops.Contains(t.Lower) && doc.OrgAt(k) is null) break;
            var o = doc.OrgAt(k);
            if (o is not null) { org ??= o; k = o.Tokens.End - 1; continue; }
            // "a US$180 million turnkey construction contract": a contract to build an asset is the buyer's spending on it
            if (t.Lower is "contract" or "contracts" && k > after && CapexWords.Is(CapexWords.BuildContractModifier, W(k - 1))) pos = true;
            else if (CapexLexicon.NonCapexHeads.Contains(t.Lower)) neg = true;
            if (CapexLexicon.ProjectHeads.Contains(t.Lower)) pos = true;
            if (t.Lower == "data" && W(k + 1) is "centre" or "centres" or "center" or "centers" or "-") pos = true;
        }
        // "investment in OpenAI", "investment from SoftBank": a stake or funding, not spending
        if (pos && !neg)
        {
            for (var k = after; k < limit; k++)
            {
                if (W(k) is "investment" or "investments" && W(k + 1) is "from" or "by") neg = true;
            }
        }
        // "a $10 billion agreement to build data centres": the amount pays for construction
        if (!pos)
        {
            for (var k = after; k < limit + 1 && k < clauseEnd; k++)
            {
                if (W(k) == "to" && CapexLexicon.BuildVerbs.Contains(W(k + 1)) && W(k + 1) is not ("add" or "open" or "set" or "expand"))
                {
                    pos = true;
                    var hard = false;
                    for (var h = after; h < k; h++)
                        if (W(h) is "acquisition" or "purchase" or "stake" or "loan" or "loans" or "bond" or "bonds" or "fund" or "funding" or "credit"
                            or "financing" or "grant" or "grants" or "subsidy" or "subsidies" or "contract" or "contracts" or "order" or "orders" or "equity")
                            hard = true;
                    neg = neg && hard;
                    break;
                }
                if (!doc.T[k].IsWord) break;
            }
        }
        if (org is not null && !pos) org = null;
        return new Head(pos && !neg, neg, neg ? null : org);
    }

    private bool ProjectHeadWithin(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!doc.T[k].IsWord || HeadStops.Contains(W(k)) || CapexLexicon.NonCapexHeads.Contains(W(k))) return false;
            if (CapexLexicon.ProjectHeads.Contains(W(k))) return true;
        }
        return false;
    }

    /// <summary>A spending word before the amount, within the clause, with nothing in between that makes it something else.</summary>
    private int TriggerBefore(int start, int clauseStart)
    {
        var limit = Math.Max(clauseStart, start - TriggerWindow);
        for (var p = start - 1; p >= limit; p--)
        {
            var qa = doc.QuantityAtToken(p);
            if (qa is not null && qa.Quantity.Kind == QuantityKind.Money) return -1;
            var w = W(p);
            // "capital expenditures, including principal payments on finance leases, of $115 billion": an aside on what the
            // spending noun counts is skipped whole
            if (w == "," && CountingAsideOpen(p, limit) is var open and >= 0) { p = open; continue; }
            if (CapexLexicon.Triggers.Contains(w))
            {
                if (InvestsInAnOrganisation(p, start)) return -1;
                if (IsTriggerInContext(p)) return p;
                continue;
            }
            if (w == "aside" && W(p - 1) is "set" or "sets" or "setting") return p;
            // "had pencilled in ¥1.8 trillion", "has penciled in $3 billion for the plant": a phrasal verb of planning
            if (w == "in" && CapexWords.Is(CapexWords.PencilVerb, W(p - 1))) return p - 1;
            // "build a 240 million euro ferry", "construct a $2 billion plant"
            if (CapexLexicon.BuildVerbs.Contains(w) && p >= start - 3 && w is not ("add" or "adds" or "adding" or "open" or "opens" or "set" or "setting")) return p;
            if (w == "price" && W(p + 1) == "tag") return p;
            if (CapexLexicon.CostWords.Contains(w) && BuildVerbBefore(p, clauseStart)) return p;
            if (w is "raised" or "raises" or "raise" or "raising" && p >= start - 2) return -1; // "raised $6 billion": funding
            // "investment in South Korea's data-centre market will reach …": a market named as the place of spending is no blocker;
            // "market value", "market capitalisation" are
            if (CapexLexicon.Blockers.Contains(w) && !(w == "market" && !CapexWords.Is(CapexWords.MarketValueWord, W(p + 1)))) return -1;
            if (w is "." && p > limit && doc.T[p].SpaceBefore) return -1;
        }
        return -1;
    }

    /// <summary>"its investment in Zephyr AI is worth $8 billion", "invested $2 billion in Zephyr AI": a stake.</summary>
    private bool InvestsInAnOrganisation(int p, int start)
    {
        if (!(W(p) is "investment" or "investments" or "invested" or "invest" or "invests" or "investing")) return false;
        for (var k = p + 1; k < Math.Min(start, p + 5); k++)
        {
            if (W(k) is not ("in" or "into")) continue;
            // "the total investment in the company will be EUR58m": money put into a company named by a noun
            if (W(k + 1) == "the" && (Cls(k + 2) & WordClass.CompanyNoun) != 0 && !(W(k + 3) is "'" or "’" or "'s" or "’s")) return true;
            for (var j = k + 1; j < Math.Min(doc.T.Count, k + 5); j++)
            {
                if (!doc.T[j].IsWord && W(j) != "-") break;
                if (doc.OrgAt(j) is { } o) return W(o.Tokens.End) is not ("'" or "’");
            }
            return false;
        }
        return false;
    }

    /// <summary>"investment properties", "cash flow after investments", "the fair value of its investments", "return on investment": the spending word is not about spending.</summary>
    private bool IsTriggerInContext(int p)
    {
        if (CapexLexicon.TriggerModifiedNouns.Contains(W(p + 1))) return false;
        if (W(p) is "spending" or "investment" or "investments" or "spend" or "outlays" or "budget" or "budgets"
            && (CapexLexicon.NonCapexSpendingKinds.Contains(W(p - 1)) || W(p - 1) == "development" && W(p - 2) == "and" && W(p - 3) == "research")) return false;
        var before = W(p - 1);
        if (before is "after" or "before" or "excluding" or "ex" or "net" or "on" && W(p) is "investment" or "investments" or "capex" or "spending" or "expenditure") return false;
        for (var k = p - 1; k >= Math.Max(0, p - 9); k--)
        {
            if (W(k) == "value" && W(k - 1) is "fair" or "book" or "asset" or "market" or "carrying" or "enterprise") return false;
            if (W(k) is "return" or "returns" && W(k + 1) == "on") return false;
        }
        return true;
    }

    private bool BuildVerbBefore(int p, int clauseStart)
    {
        for (var k = p - 1; k >= Math.Max(clauseStart, p - 16); k--)
            if (CapexLexicon.BuildVerbs.Contains(W(k)) || W(k) is "planned" or "proposed") return true;
        return false;
    }

    /// <summary>"$3 trillion to be spent", "85 billion yuan of that set aside", "$14.9 billion of AI investments", "$X in capital spending".</summary>
    private bool TriggerAfter(int after, int clauseEnd)
    {
        var limit = Math.Min(clauseEnd, after + 6);
        var k = after;
        if (W(k) == "of" && W(k + 1) is "that" or "which" or "this" or "it") k += 2;
        if (W(k) is "to" or "will" or "would" or "is" or "are" or "was" && W(k + 1) == "be" && CapexLexicon.Triggers.Contains(W(k + 2))) return true;
        if (W(k) == "set" && W(k + 1) == "aside") return true;
        // "$500 million is earmarked for", "will be allocated to": an auxiliary before the participle
        for (var n = 0; n < 3 && (Cls(k + n) & WordClass.Auxiliary) != 0 || n < 3 && (Cls(k + n) & WordClass.Modal) != 0 && n == 0; n++)
            if (W(k + n + 1) is "earmarked" or "allocated" or "budgeted" or "set" && (W(k + n + 1) != "set" || W(k + n + 2) == "aside")) return true;
        if (W(k) is "earmarked" or "allocated" or "budgeted" or "committed" or "pledged" or "invested" or "spent") return true;
        if (W(k) is "of" or "in")
        {
            for (var j = k + 1; j < limit; j++)
            {
                var w = W(j);
                // "NT$480 billion in capital appropriations for fab construction"
                if (w is "investment" or "investments" or "capex" or "spending" or "expenditure" or "expenditures" or "outlays" or "commitments" or "pledges"
                    or "appropriations" or "appropriation")
                    return true;
                if (w == "-" && !doc.T[j].SpaceBefore) continue; // "data-centre investment"
                if (!doc.T[j].IsWord || HeadStops.Contains(w) || CapexLexicon.NonCapexObjects.Contains(w)) return false;
            }
        }
        return false;
    }

    /// <summary>"spent $X", "has already invested $X": done, unless "will have", "be", "to be" make it a plan.</summary>
    private bool PastTense(int trigger)
    {
        for (var k = trigger - 1; k >= Math.Max(0, trigger - 3); k--)
            if (W(k) is "be" or "been" or "being" or "will" or "would" or "to" or "is" or "are" or "plans" or "expects") return false;
        return true;
    }

    /// <summary>"will have deployed", "to be committed": a plan's auxiliaries right before a past form.</summary>
    private bool PlanAuxiliaryBefore(int trigger)
    {
        for (var k = trigger - 1; k >= Math.Max(0, trigger - 3); k--)
            if (W(k) is "will" or "would" or "be" or "to" or "shall") return true;
        return false;
    }

    /// <summary>"since 2023", "to date", "so far": spending already done.</summary>
    private bool SinceOrToDate(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (W(k) == "since" && doc.QuantityAtToken(k + 1) is { Quantity.Kind: not QuantityKind.Money }) return true;
            if (W(k) == "since" && W(k + 1).Length == 4 && W(k + 1).All(char.IsDigit)) return true;
            if (W(k) == "to" && W(k + 1) == "date" || W(k) == "so" && W(k + 1) == "far") return true;
        }
        return false;
    }

    private HashSet<string>? _forecasters;
    private HashSet<string>? _namedForecasters;

    /// <summary>Research firms, consultancies, brokers and banks' analysts: organisations that project markets.
    /// One known only by a word in its name ("… Consultancy Services") counts only when the sentence projects
    /// (<paramref name="projecting"/>): such companies also spend their own money.</summary>
    private bool IsForecaster(OrganizationEntity? o, Func<bool>? projecting = null)
    {
        if (o is null) return false;
        if (_forecasters is null) (_forecasters, _namedForecasters) = FindForecasters();
        if (_forecasters.Contains(o.CompanyId)) return true;
        return _namedForecasters!.Contains(o.CompanyId) && (projecting is null || projecting());
    }

    private bool ForecasterIn(int from, int to)
    {
        for (var k = from; k < to; k++)
            if (doc.OrgAt(k) is { } m && IsForecaster(m.Org)) return true;
        return false;
    }

    private (HashSet<string> Described, HashSet<string> Named) FindForecasters()
    {
        var set = new HashSet<string>();
        var named = new HashSet<string>();
        foreach (var m in doc.Orgs)
        {
            var o = m.Org;
            if (o.Tags.Contains("datacenter") || o.Tags.Contains("investor")) continue;
            if (o.Tags.Contains("broker") || o.Tags.Contains("bank") || o.Tags.Contains("research") || o.Tags.Contains("consultancy"))
            {
                set.Add(o.CompanyId);
                continue;
            }
            var b1 = W(m.Tokens.Start - 1);
            var b2 = W(m.Tokens.Start - 2);
            // trade bodies ("the Mexican Association of Data Centres", "trade association SpainDC") speak for an
            // industry; they do not spend: their figures are forecasts
            var nameWords = NameWords(o.Name);
            if (b1 is "association" or "federation" or "alliance" || nameWords.Association)
            {
                set.Add(o.CompanyId);
                continue;
            }
            if (nameWords.ForecasterWord) named.Add(o.CompanyId);
            if (b1 is "consultancy" or "researcher" or "tracker" or "consultant" || b1 is "firm" or "house" or "group" && b2 is "research" or "consulting" or "analyst" or "analytics" or "advisory" or "data" or "brokerage" or "forecasting"
                || CapexLexicon.SourceNouns.Contains(W(m.Tokens.End)) && W(m.Tokens.End) is "analyst" or "analysts" or "economists" or "strategists" or "researchers")
                set.Add(o.CompanyId);
        }
        named.ExceptWith(set);
        return (set, named);
    }

    [ThreadStatic] private static Dictionary<string, (bool Association, bool ForecasterWord)>? _nameWords;

    /// <summary>Whether a company name has a trade-body word ("association", "federation", "alliance") or a forecaster's
    /// word (<see cref="CapexLexicon.ForecasterNameWords"/>): read once per name on this thread, not once per mention
    /// (at most 4,096 names are kept).</summary>
    private static (bool Association, bool ForecasterWord) NameWords(string name)
    {
        var cache = _nameWords ??= new(StringComparer.Ordinal);
        if (cache.TryGetValue(name, out var known)) return known;
        bool association = false, forecaster = false;
        foreach (var part in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var w = part.Trim('.', ',').ToLowerInvariant();
            association |= w is "association" or "federation" or "alliance";
            forecaster |= CapexLexicon.ForecasterNameWords.Contains(w);
        }
        if (cache.Count >= 4096) cache.Clear();
        return cache[name] = (association, forecaster);
    }

    private bool PastPeriodIn(int from, int to)
    {
        foreach (var q in doc.QuantitiesIn(from, to))
            if (q.Quantity.Period is { } p && (p.RelativeYear == -1 || p.Year is { } y && y < Year())) return true;
        return false;
    }

    private Candidate? Coordinated(int start, List<Candidate> earlier)
    {
        var last = earlier.LastOrDefault();
        if (last is null || last.Q.Tokens.End > start || start - last.Q.Tokens.End > (GappedPart(start) ? GappedReach : 10)) return null;
        var joined = false;
        for (var k = last.Q.Tokens.End; k < start; k++)
        {
            var w = W(k);
            if (w is "and" or "then" or "plus" or "," or "followed") joined = true;
            if (CapexLexicon.Blockers.Contains(w) || w is ";" or "while" or "but" or "from" || doc.OrgAt(k) is not null) return null;
        }
        return joined ? last : null;
    }

    /// <summary>"$300 million goes to a plant in Charlotte, North Carolina, and about $250 million to a blade line": "and",
    /// the amount, then the preposition of its destination — the verb of the part before it is understood.</summary>
    private bool GappedPart(int start)
    {
        var p = PreviousWordBeforeAmount(start);
        return W(p) == "and" && doc.QuantityAtToken(start) is { } q && (Cls(q.Tokens.End) & WordClass.Preposition) != 0 && W(q.Tokens.End) is not "of";
    }

    /// <summary>How far back the part a gapped "and $Y to …" continues may start (a destination with a place and its state).</summary>
    private const int GappedReach = 24;

    private bool CumulativeTotalBefore(int start, int clauseStart)
    {
        var p = start - 1;
        while (p > clauseStart && W(p) is "about" or "around" or "roughly" or "approximately" or "some" or "nearly" or "almost" or "more" or "than" or "over") p--;
        if (W(p) != "to") return false;
        var total = false;
        for (var k = p - 1; k >= Math.Max(clauseStart, p - 9); k--)
        {
            var w = W(k);
            if (w is "total" or "cumulative" or "overall" or "combined" or "aggregate") total = true;
            if (w is "bringing" or "brings" or "brought" or "taking" or "takes" or "took" or "pushing") return total;
            if (doc.QuantityAtToken(k) is { Quantity.Kind: QuantityKind.Money } || w is "," or ";") return false;
        }
        return false;
    }

    /// <summary>"it had already made a USD5m investment commitment", "has already spent $2 billion": done before this story.</summary>
    private bool AlreadyBefore(int start, int clauseStart)
    {
        for (var k = start - 1; k >= Math.Max(clauseStart, start - AlreadyReach); k--)
        {
            if (doc.QuantityAtToken(k) is { Quantity.Kind: QuantityKind.Money }) return false;
            if (W(k) == "already" && (Cls(k + 1) & WordClass.PastForm) != 0) return true;
        }
        return false;
    }

    /// <summary>"already made a", "already invested about": the words between "already" and the amount.</summary>
    private const int AlreadyReach = 4;

    private bool AlreadyAfter(int after, int sentenceEnd)
    {
        for (var k = after; k < Math.Min(sentenceEnd, after + 5); k++)
        {
            if (W(k) == "already" && k + 1 < doc.T.Count && (W(k + 1).EndsWith("ed", StringComparison.Ordinal) || W(k + 1) is "spent" or "sunk" or "put")) return true;
            if (W(k) is "," or ";" || doc.QuantityAtToken(k) is not null) return false;
        }
        return false;
    }

    private static readonly HashSet<string> RevisionVerbs =
    [
        "raise", "raises", "raised", "raising", "lift", "lifts", "lifted", "lifting", "increase", "increases", "increased", "increasing",
        "boost", "boosts", "boosted", "boosting", "cut", "cuts", "cutting", "trim", "trims", "trimmed", "trimming", "lower", "lowers",
        "lowered", "lowering", "reduce", "reduces", "reduced", "reducing", "revise", "revises", "revised", "revising", "hike", "hikes",
        "hiked", "bump", "bumped", "scale", "scaled", "expand", "expanded",
    ];

    /// <summary>"raise that to $X", "lifted its budget for 2026 to $X", "cut it to $X": a revision verb whose object is a spending plan
    /// (a pronoun for the plan just named, or a plan noun), then "to" and the amount.</summary>
    private bool RevisedTo(int start, int clauseStart, bool planNamedBefore)
    {
        var p = start - 1;
        while (p > clauseStart && W(p) is "about" or "around" or "roughly" or "approximately" or "some" or "nearly" or "almost" or "just") p--;
        if (W(p) != "to") return false;
        var planObject = false;
        for (var k = p - 1; k >= Math.Max(clauseStart, p - 7); k--)
        {
            var w = W(k);
            if (RevisionVerbs.Contains(w)) return planObject;
            if (CapexLexicon.Blockers.Contains(w) || doc.QuantityAtToken(k) is { Quantity.Kind: QuantityKind.Money } || doc.OrgAt(k) is not null) return false;
            // the object names spending ("its capex guidance", "its 2026 budget", "the investment plan"), or is a pronoun for a plan just named;
            // a bare "forecast"/"outlook"/"target" is more often revenue's
            if (w is "that" or "it" or "this" && k == p - 1 && planNamedBefore || CapexLexicon.Triggers.Contains(w) || w is "capital" or "plan" or "programme" or "program")
                planObject = true;
            else if (!(doc.T[k].IsWord || doc.T[k].IsNumber || w == "-")) return false;
        }
        return false;
    }

    /// <summary>"compared with", "versus", "double the", "up from", "than" right before an amount (qualifiers skipped).</summary>
    private bool ComparisonBefore(int start, int clauseStart)
    {
        var p = start - 1;
        while (p > clauseStart && W(p) is "about" or "around" or "roughly" or "approximately" or "some" or "nearly" or "almost" or "just" or "the" or "an" or "a") p--;
        var w = W(p);
        if (w is "with" or "to" && W(p - 1) is "compared" or "comparison") return true;
        return w is "versus" or "vs" or "against" or "than" or "double" or "twice" or "triple";
    }

    /// <summary>"last year", "a year earlier", "in 2024" (a past year), "the previous year" shortly after an amount, within its clause.</summary>
    private bool PastTimeAfter(int after, int clauseEnd)
    {
        var limit = Math.Min(clauseEnd, after + 7);
        for (var k = after; k < limit; k++)
        {
            var w = W(k);
            if (w is "," or ";" || doc.QuantityAtToken(k) is { Quantity.Kind: QuantityKind.Money }) return false;
            // "the $1 billion it had earmarked last year": an earlier plan, not past spending
            if (w is "earmarked" or "planned" or "budgeted" or "pledged" or "targeted" or "aside" or "allocated" or "committed" or "forecast" or "guided") return false;
            if (w == "last" && W(k + 1) is "year" or "fiscal" or "quarter") return true;
            if (w is "previous" or "prior" && W(k + 1) == "year") return true;
            if (w == "year" && W(k + 1) is "earlier" or "ago" or "before") return true;
            if (w == "in" && k + 1 < doc.T.Count && PeriodScanner.YearValue(doc.T[k + 1]) is { } y && y < Year()) return true;
            // "in fiscal 2024", "in the year to March 2024"
            if (w is "in" or "for" && doc.QuantityAtToken(k + 1) is { Quantity.Period: { } pi } pq && pq.Quantity.Kind != QuantityKind.Money
                && (pi.FiscalYear is { } fy && fy < Year() || pi.Year is { } py && py < Year() || pi.RelativeYear == -1))
                return true;
        }
        return false;
    }

    /// <summary>"of the total", "of that amount", "of the planned investment": the amount is part of a figure stated before.</summary>
    private bool PartOfWhole(int after)
    {
        // "Roughly $9 billion a year of the budget is set aside …": a rate between the amount and the whole
        if (W(after) is "a" or "per" && W(after + 1) == "year" && W(after + 2) == "of") after += 2;
        if (W(after) != "of" || !(W(after + 1) is "the" or "that" or "this" or "its" or "their" or "which" or "it")) return false;
        // "About $40 billion of that will be spent in the US"
        if (W(after + 1) is "that" or "this" or "it" or "which" && !(doc.T.Count > after + 2 && doc.T[after + 2].IsWord && char.IsLetter(W(after + 2)[0])
                                                                  && !(W(after + 2) is "will" or "would" or "is" or "was" or "goes" or "went" or "to" or "being" or "has" or "had" or "could" or "should" or "may"
                                                                       // "will put ₹7,500 crore of that into its first campus"
                                                                       || CapexWords.Is(CapexWords.DestinationPreposition, W(after + 2)))))
            return true;
        var k = after + 2;
        // "of the 2026 budget", "of the overall 2027 plan": a year, an adjective of the whole, or both; "of the three-year budget", "of
        // that annual budget": a window of the whole
        for (var hop = 0; hop < 4 && (W(k) is "overall" or "planned" or "announced" or "pledged" or "committed" or "promised" or "proposed" or "new" or "whole" or "entire"
                                         or "annual" or "yearly" or "multiyear" or "multi-year" or "capital" or "year" or "-"
                                     || k < doc.T.Count && (PeriodScanner.YearValue(doc.T[k]) is not null || QuantityLexicon.SmallNumbers.ContainsKey(W(k)) && W(k + 1) == "-")); hop++)
            // "of this year's outlay", "of next year's budget": a possessive time phrase names the whole
            k = W(k) == "year" && AfterPossessive(k + 1) is var past and > 0 ? past : k + 1;
        return W(k) is "total" or "sum" or "amount" or "figure" or "money" or "investment" or "outlay" or "plan" or "programme" or "program"
            or "budget" or "pledge" or "commitment" or "spending" or "capex";
    }

    /// <summary>"Of the total, $2 billion…", "The plan includes $2 billion…": the amount is a slice of a plan named in an earlier sentence.</summary>
    private bool SliceOfRecentPlan(int start)
    {
        var p = start - 1;
        while (p >= 0 && W(p) is "about" or "around" or "roughly" or "approximately" or "some" or "nearly" or "almost" or "more" or "than" or "over" or "up" or "to") p--;
        if (CapexWords.Is(CapexWords.PartVerb, W(p)))
        {
            // "The scaled-back figure, disclosed with its results, includes …": the subject before an apposition set off by commas
            if (W(p - 1) == ",")
                for (var k = p - 2; k >= Math.Max(0, p - 2 - AppositionReach); k--)
                    if (W(k) == ",") { p = k; break; }
                    else if (W(k) is "." or ";" or ":") break;
            // "The plan includes", "It includes", "The total includes", "The €3 billion includes", "The budget covers": the subject
            // is the plan, a noun for a whole figure, the whole amount itself, or a pronoun for it
            for (var k = p - 1; k >= Math.Max(0, p - 4); k--)
            {
                if (doc.OrgAt(k) is not null) return false;
                if (CapexWords.Is(CapexWords.PartPronoun, W(k)) || CapexWords.Is(CapexWords.WholeNoun, W(k)) || CapexLexicon.PlanNouns.Contains(W(k))
                    || W(k) == "project" || doc.QuantityAtToken(k) is { Quantity.Kind: QuantityKind.Money }) return true;
            }
            return false;
        }
        // "Of the total, …", "Of this envelope, …", "Of that, …"
        // "Of the peso amount, …", "Of the overall dollar budget, …": up to two modifiers between the determiner and the noun
        return W(p) == "," && (CapexWords.Is(CapexWords.WholeNoun, W(p - 1)) || CapexWords.Is(CapexWords.PartPronoun, W(p - 1)))
               && (W(p - 2) == "of" || W(p - 3) == "of" || W(p - 4) == "of" && CapexWords.Is(CapexWords.DefiniteDeterminer, W(p - 3))
                   || W(p - 5) == "of" && CapexWords.Is(CapexWords.DefiniteDeterminer, W(p - 4)) && (doc.T[p - 3].IsWord || doc.T[p - 3].IsNumber)
                      && (doc.T[p - 2].IsWord || doc.T[p - 2].IsNumber));
    }

    /// <summary>How far back the opening comma of an apposition is looked for (tokens).</summary>
    private const int AppositionReach = 24;

    /// <summary>The latest commitment with a company in this sentence's neighbourhood (up to four sentences back).</summary>
    private Candidate? RecentCommitment(int sentence, int reach = 4) =>
        LatestCommitmentWithin(sentence, reach, c => c.Org is not null);

    private bool IsSubAmount(int start, int after) => SliceOfRecentPlan(start) ||
        (W(start - 1) == "which" && W(start - 2) == "of") || (W(after) == "of" && W(after + 1) is "that" or "which" or "this" or "it")
        // "including roughly $50 billion for research and development": the qualifier may stand between
        || W(PreviousWordBeforeAmount(start)) is "including" or "includes" or "include" || OfWhichClause(start);

    /// <summary>"up from an earlier plan of", "from A$1.6 billion … previously", "compared with a previous range of", "previously aiming for".</summary>
    private bool PriorCue(int start, int after, int clauseStart)
    {
        var limit = Math.Max(clauseStart, start - 8);
        var own = doc.ClauseAtToken(start);
        for (var p = start - 1; p >= limit; p--)
        {
            var qa = doc.QuantityAtToken(p);
            if (qa is not null && qa.Quantity.Kind == QuantityKind.Money) break;
            // "X, which buys chips from Y, unveiled a $500 million plant": a cue in another clause says nothing of this amount
            if (own is not null && doc.ClauseAtToken(p) is { } other && other.Index != own.Index && other.Link == ClauseLink.Relative && own.Link != ClauseLink.Relative) break;
            var w = W(p);
            // not "listed apart from parent X, will spend $Y": "from" before a company names a source, not an earlier figure
            if (w == "from" && W(p - 1) is not ("ranging" or "range" or "ranges") && !FromCompany(p)) return true;
            // "up on the $6.7 billion earmarked in 2024", "down on the $5 billion it set": the figure compared against
            if (w == "on" && W(p - 1) is "up" or "down" && p >= start - UpOnReach) return true;
            if (CapexLexicon.PriorCues.Contains(w))
            {
                if (w == "earlier" && W(p + 1) is "this" or "today" or "in" or "on" or "that" or "last") continue;
                return true;
            }
        }
        // "$80 billion previously", "$60 billion planned earlier", "the $25 billion it initially forecast"
        for (var k = after; k < Math.Min(doc.T.Count, after + 4); k++)
        {
            var w = W(k);
            // not "…, as earlier announced" / "as previously guided": the figure is confirmed, not replaced
            if (w is "previously" or "earlier" or "originally" && W(k + 1) is not ("this" or "in" or "today" or "said" or "reported" or "on")
                && !(W(k - 1) == "as" && CapexWords.Is(CapexWords.ReaffirmVerb, W(k + 1))))
                return true;
            if (doc.QuantityAtToken(k) is not null || w is "." or ";" or "and" or "but") break;
        }
        return false;
    }

    /// <summary>"up on [the] [about] $X": the words between the cue and the amount.</summary>
    private const int UpOnReach = 4;

    /// <summary>"from parent X", "from Y": an organisation (after an optional determiner or relation noun) right after "from".</summary>
    private bool FromCompany(int from)
    {
        var k = from + 1;
        if (Determiners.Contains(W(k))) k++;
        if (CapexWords.Is(CapexWords.ParentNoun, W(k)) || CapexWords.Is(CapexWords.RelationNoun, W(k))) k++;
        return doc.OrgAt(k) is { } m && m.Tokens.Start == k;
    }

    private bool PlanNounNear(int start, int after, int clauseStart)
    {
        // "the ¥100 billion five-year plan": the plan noun may end a compound of up to four tokens after the amount
        for (var p = Math.Max(clauseStart, start - 6); p < Math.Min(doc.T.Count, after + 5); p++)
            if (CapexLexicon.PlanNouns.Contains(W(p))) return true;
        return false;
    }

    /// <summary>"$5 billion and $10 billion in the company", "$2 billion into the start-up": the money buys into a company
    /// the story is about (not "in the company's data centres").</summary>
    private bool InvestsInDefiniteCompany(int after, int clauseEnd)
    {
        var k = after;
        for (var n = 0; n < 3 && W(k) is "and" or "," && doc.QuantityAtToken(k + 1) is { Quantity.Kind: QuantityKind.Money } more; n++) k = more.Tokens.End;
        if (!(W(k) is "in" or "into") || W(k + 1) != "the" || k + 2 >= clauseEnd) return false;
        var noun = W(k + 2) is "start" && W(k + 3) == "-" ? "start-up" : W(k + 2);
        var next = noun == "start-up" ? k + 5 : k + 3;
        if (!(noun is "company" or "start-up" or "startup" or "firm" or "developer" or "lab" or "laboratory" or "maker")) return false;
        return !(W(next) is "'" or "’" or "s");
    }

    /// <summary>"Ottawa has pledged up to C$240 million", "the government will provide": public money (aid, subsidies), not a company's capex.</summary>
    private bool PublicMoneyBefore(int start, int clauseStart)
    {
        var limit = Math.Max(clauseStart, start - 8);
        for (var p = start - 1; p >= limit; p--)
        {
            var w = W(p);
            if (!(w is "pledged" or "pledge" or "pledges" or "offered" or "offer" or "offers" or "promised" or "promise" or "promises"
                  or "granted" or "grant" or "grants" or "provide" or "provides" or "provided" or "committed" or "commit" or "commits"
                  or "earmarked" or "allocated" or "approved" or "awarded" or "fund" or "funds" or "funded" or "finance" or "finances"
                  or "financed" or "contribute" or "contributes" or "contributed" or "subsidise" or "subsidize")) continue;
            var s = p - 1;
            while (s >= limit - 2 && W(s) is "has" or "have" or "had" or "will" or "would" or "also" or "already" or "to" or "plans" or "agreed" or "is" or "set") s--;
            if (doc.LocationAt(s) is { } place && place.Location.Kind != LocationKind.Venue)
            {
                var before = W(place.Tokens.Start - 1);
                return !(before is "in" or "of" or "from" or "to" or "at" or "for" or "by" or "with" or "across" or "throughout" or "into" or "near"
                    or "outside" or "around" or "'" or "’");
            }
            if (W(s) is "union" or "commission" or "eu" or "bloc" && doc.OrgAt(s) is null) return true; // "the European Union has earmarked"
            return W(s) is "government" or "governments" or "state" or "ministry" or "authorities" or "administration" or "province" or "city"
                   && doc.OrgAt(s) is null && W(s - 1) is "the" or "a" or "its" or "federal" or "local" or "central" or "provincial" or "state";
        }
        return false;
    }

    /// <summary>"$X in OpenAI": money put into another organisation is a stake, not capex.</summary>
    private OrgMention? EquityTarget(int after, int clauseEnd, OrganizationEntity? spender)
    {
        var k = after;
        // "$5 billion and $10 billion in X and Y respectively"
        for (var n = 0; n < 3 && W(k) is "and" or "," && doc.QuantityAtToken(k + 1) is { Quantity.Kind: QuantityKind.Money } more; n++) k = more.Tokens.End;
        if (W(k) is "investment" or "investments" or "stake") k++;
        if (!(W(k) is "in" or "into")) return null;
        // "in OpenAI", "in the start-up Mistral", "in AI lab Anthropic"; not "in Microsoft's data centres"
        for (var j = k + 1; j < Math.Min(clauseEnd, k + 5); j++)
        {
            if (!doc.T[j].IsWord && W(j) != "-") return null;
            var o = doc.OrgAt(j);
            // "in Portugal with partners Nscale and Start Campus": a second preposition or a relation noun leaves the object of "in"
            if (o is null && ((Cls(j) & WordClass.Preposition) != 0 || CapexWords.Is(CapexWords.RelationNoun, W(j)))) return null;
            if (o is null) continue;
            if (W(o.Tokens.End) is "'" or "’") return null;
            return o.Org.CompanyId != spender?.CompanyId ? o : null;
        }
        return null;
    }

    // ------------------------------------------------------------------ who spends

    private Subject ResolveSubject(int anchor, int clauseStart, int sentenceStart)
    {
        var limit = Math.Max(clauseStart, anchor - SubjectWindow);
        for (var p = anchor - 1; p >= limit; p--)
        {
            var org = doc.OrgAt(p);
            if (org is not null)
            {
                // "The Contoso subsidiary also set aside …": the owner names the unit, which stands for the company named before
                if (W(org.Tokens.Start - 1) == "the" && CapexLexicon.VehicleNouns.Contains(W(org.Tokens.End)) && org.Tokens.End < anchor
                    && W(org.Tokens.End + 1) is not ("of" or "," or "("))
                    return new Subject(SubjectKind.CompanyPronoun, null, org.Tokens.Start - 1);
                if (!IsModifier(org)) return new Subject(SubjectKind.Org, org, org.Tokens.Start);
                // "Stargate, the venture of OpenAI, SoftBank and Oracle that aims to invest": the vehicle named before the apposition
                if (VehicleAppositionHead(org, out var unknownVehicle) is { } vehicle) return new Subject(SubjectKind.Org, vehicle, vehicle.Tokens.Start);
                if (unknownVehicle >= 0) return new Subject(SubjectKind.UnknownVehicle, null, unknownVehicle);
                p = org.Tokens.Start;
                continue;
            }
            if (doc.PersonAt(p) is { } person) return new Subject(SubjectKind.Person, null, person.Tokens.Start);
            var w = W(p);
            // "Equinix, Inc. (Nasdaq: EQIX), the …": skip a listing in brackets back to the organisation
            if (OrgBeforeParenthesis(p))
            {
                while (W(p) != "(") p--;
                continue;
            }
            // "X, the world's largest chipmaker, plans to…", "X, which owns Y, will…": skip the apposition back to X
            if (w == "," && AppositionStart(p, limit) is { } opening)
            {
                // "…for X, the venture of A and B, which aims to invest": the relative clause is about X
                if (W(p + 1) is "which" or "that" && doc.OrgAt(opening - 1) is { } named) return new Subject(SubjectKind.Org, named, named.Tokens.Start);
                p = opening;
                continue;
            }
            // "its suppliers will invest $X", "their customers plan to spend": the company's relations spend, not the company
            if (CapexWords.Is(CapexWords.OwnerPossessive, w) && CapexWords.Is(CapexWords.RelationNoun, W(p + 1)) && doc.OrgAt(p + 2) is null
                && !(W(p + 2) is "," or "and") && p + 1 < anchor)
                return new Subject(SubjectKind.UnknownVehicle, null, p);
            if (CapexLexicon.CompanyPronouns.Contains(w) && !doc.T[p].AllCaps) return new Subject(SubjectKind.CompanyPronoun, null, p);
            // "the board approved spending of …", "its directors agreed to …": the company decides
            if (CapexWords.Is(CapexWords.CompanyOrgan, w) && Determiners.Contains(W(p - 1)) && !(W(p + 1) == "of" && doc.OrgAt(p + 2) is not null))
                return new Subject(SubjectKind.CompanyPronoun, null, p - 1);
            if (CapexLexicon.CompanyNouns.Contains(w) && Determiners.Contains(W(p - 1)))
            {
                if (AppositiveOrgBefore(p - 1) is { } named) return new Subject(SubjectKind.Org, named, named.Tokens.Start);
                // "Digital Harbour, a joint venture of A and B, plans to invest": a vehicle whose name is no known organisation
                if ((CapexLexicon.VehicleNouns.Contains(w) || w == "joint") && UnknownNameBefore(p - 1)) return new Subject(SubjectKind.UnknownVehicle, null, p - 1);
                return new Subject(SubjectKind.CompanyPronoun, null, p - 1);
            }
            // "the German carrier", "the Munich-based company": one descriptive word between the article and the noun
            if (CapexLexicon.CompanyNouns.Contains(w) && W(p - 2) is "the" && doc.T[p - 1].IsWord && doc.OrgAt(p - 1) is null
                && !CapexLexicon.AggregateMarkers.Contains(W(p - 1)) && !(W(p - 1) is "joint" or "new" or "other" or "two" or "three" or "same"))
            {
                // "SoftLine Corp, the mobile carrier listed apart from its parent X, will spend": the name the description follows
                if (AppositiveOrgBefore(p - 2) is { } described) return new Subject(SubjectKind.Org, described, described.Tokens.Start);
                return new Subject(SubjectKind.CompanyPronoun, null, p - 2);
            }
            // (not "in the United States": a marker word inside a place's name is no group of spenders)
            if (CapexLexicon.AggregateMarkers.Contains(w) && !IsSuperlativeOwner(p) && doc.LocationAt(p) is null) return new Subject(SubjectKind.Aggregate, null, p);
            if (CapexLexicon.PersonPronouns.Contains(w)) return new Subject(SubjectKind.Person, null, p);
            if (w == ":") return new Subject(SubjectKind.Stop, null, p);
            if (w == "that" && ReportingVerbBefore(p)) return new Subject(SubjectKind.Stop, null, p);
        }
        return new Subject(SubjectKind.None, null, limit);
    }

    /// <summary>For a comma closing an apposition or relative clause after an organisation ("X, a unit of Y, …"),
    /// the position of the comma that opens it (right after the organisation).</summary>
    private int? AppositionStart(int close, int limit)
    {
        for (var q = close - 1; q >= Math.Max(limit, close - 20); q--)
        {
            var w = W(q);
            if (w is ";" or ":" || doc.QuantityAtToken(q) is { Quantity.Kind: QuantityKind.Money }) return null;
            if (CapexLexicon.Triggers.Contains(w) && doc.OrgAt(q) is null) return null;
            if (w != ",") continue;
            return (doc.OrgAt(q - 1) is not null || OrgBeforeParenthesis(q - 1)) && q < close - 1 ? q : null;
        }
        return null;
    }

    /// <summary>"Equinix, Inc. (Nasdaq: EQIX), the …": a closing bracket right after an organisation's listing.</summary>
    private bool OrgBeforeParenthesis(int close)
    {
        if (W(close) != ")") return false;
        for (var k = close - 1; k >= Math.Max(0, close - MaxListingTokens); k--)
            if (W(k) == "(") return doc.OrgAt(k - 1) is not null;
        return false;
    }

    /// <summary>"(Nasdaq: EQIX)", "(NYSE: BAM, TSX: BAM)": the tokens of a listing in brackets.</summary>
    private const int MaxListingTokens = 10;

    /// <summary>"Digital Harbour, a …": a capitalised name that is no organisation mention, right before an apposition at <paramref name="det"/>.</summary>
    private bool UnknownNameBefore(int det) =>
        W(det - 1) == "," && det - 2 >= 0 && doc.T[det - 2].IsWord && doc.T[det - 2].Capitalized && doc.OrgAt(det - 2) is null
        && doc.LocationAt(det - 2) is null && doc.PersonAt(det - 2) is null && doc.SentenceOf(det - 2) == doc.SentenceOf(det)
        && !(W(det - 2) is "monday" or "tuesday" or "wednesday" or "thursday" or "friday" or "saturday" or "sunday" or "meanwhile" or "separately"
             or "however" or "also" or "earlier" or "later" or "today" or "yesterday" or "january" or "february" or "march" or "april" or "may"
             or "june" or "july" or "august" or "september" or "october" or "november" or "december" or "instead" or "now" or "first"
             or "finally" or "still" or "together" or "locally" or "elsewhere" or "overall" or "analysts" or "officials");

    /// <summary>"X, the …": the organisation a noun phrase starting at <paramref name="det"/> stands in apposition to.</summary>
    private OrgMention? AppositiveOrgBefore(int det) => W(det - 1) == "," ? doc.OrgAt(det - 2) : null;

    /// <summary>For an organisation after "the venture of", "a consortium between", "the data-centre arm of": the vehicle named
    /// in front of that apposition ("Stargate, the venture of OpenAI and Oracle"), if any.</summary>
    private OrgMention? VehicleAppositionHead(OrgMention m, out int unknownAt)
    {
        unknownAt = -1;
        var p = ModifierChainStart(m) - 1;
        if (!(W(p) is "of" or "between" or "among" or "by" or "with")) return null;
        if (W(p) is "by" or "with" && !(W(p - 1) is "owned" or "formed" or "led" or "backed" or "created" or "controlled")) return null;
        var k = p - 1;
        if (W(k) is "owned" or "formed" or "led" or "backed" or "created" or "controlled") k--;
        if (!CapexLexicon.VehicleNouns.Contains(W(k))) return null;
        // adjectives between determiner and noun: "the data-centre joint venture", "a 50-50 consortium"
        for (var d = k - 1; d >= Math.Max(0, k - 6); d--)
        {
            var w = W(d);
            if (w is "the" or "a" or "an")
            {
                if (AppositiveOrgBefore(d) is { } head) return head;
                if (UnknownNameBefore(d)) unknownAt = d;
                return null;
            }
            if (!doc.T[d].IsWord && w != "-" || doc.OrgAt(d) is not null) return null;
        }
        return null;
    }

    /// <summary>The first token of the list or possessive chain an organisation sits in ("OpenAI, SoftBank and Oracle").</summary>
    private int ModifierChainStart(OrgMention m)
    {
        var p = m.Tokens.Start - 1;
        var start = m.Tokens.Start;
        while (p >= 0)
        {
            if (W(p) is "the") { p--; continue; }
            if (W(p) is "," or "and" && doc.OrgAt(p - 1) is { } prev) { start = prev.Tokens.Start; p = start - 1; continue; }
            if (W(p) == "and" && W(p - 1) == "," && doc.OrgAt(p - 2) is { } prev2) { start = prev2.Tokens.Start; p = start - 1; continue; }
            break;
        }
        return W(start - 1) == "the" ? start - 1 : start;
    }

    /// <summary>"the world's largest", "the industry's biggest": a superlative, not a market.</summary>
    private bool IsSuperlativeOwner(int p)
    {
        var k = p + 1;
        if (W(p) is "world" or "industry" or "sector" or "country" or "nation" && W(k) is "'" or "’" && W(k + 1) == "s") k += 2;
        else if (W(p) != "world's") return false;
        var next = W(k);
        if (W(k) is "second" or "third" or "fourth" or "fifth" && W(k + 1) == "-") next = W(k + 2);
        return next.EndsWith("est", StringComparison.Ordinal) || next is "top" or "leading" or "biggest" or "largest" or "No" or "no" or "number" or "first" or "only" or "most";
    }

    private bool ReportingVerbBefore(int p)
    {
        for (var k = p - 1; k >= Math.Max(0, p - 4); k--)
            if (CapexLexicon.ReportingVerbs.Contains(W(k))) return true;
        return false;
    }

    /// <summary>An organisation inside a prepositional phrase or a list after one ("a venture of OpenAI, SoftBank and Oracle"), or a source ("Morgan Stanley analysts").</summary>
    private bool IsModifier(OrgMention m)
    {
        if (CapexLexicon.SourceNouns.Contains(W(m.Tokens.End))) return true;
        if (m.Org.Tags.Contains("broker") && !m.Org.Tags.Contains("datacenter")) return true;
        // "Working with Oracle and SoftBank Group, OpenAI intends to invest": after the comma that closes an opening phrase, an
        // organisation followed by its finite verb opens the main clause (not the last item of a list: "A, B and C will …")
        if (W(m.Tokens.Start - 1) == "," && OpensClause(m) && W(m.Tokens.End) is not ("and" or "or") && OpeningPhraseBefore(m.Tokens.Start - 1)) return false;
        var p = m.Tokens.Start - 1;
        var loneComma = false;
        while (p >= 0)
        {
            if (W(p) is "the") { p--; continue; }
            // "backed by Saudi Arabia's Public Investment Fund": skip the possessor
            if (W(p) == "s" && W(p - 1) is "'" or "’")
            {
                p -= 2;
                if (doc.OrgAt(p) is { } owner) p = owner.Tokens.Start - 1;
                else if (doc.LocationAt(p) is { } place) p = place.Tokens.Start - 1;
                else p--;
                continue;
            }
            if (W(p) is "," or "and" && doc.OrgAt(p - 1) is { } prev) { loneComma |= W(p) == ","; p = prev.Tokens.Start - 1; continue; }
            if (W(p) == "and" && W(p - 1) == "," && doc.OrgAt(p - 2) is { } prev2) { p = prev2.Tokens.Start - 1; continue; }
            break;
        }
        // "…, and Microsoft said spending for its year would…": after a comma the conjunction opens a new clause whose subject it is
        if (p >= 1 && CapexWords.Is(CapexWords.ClauseConjunction, W(p)) && W(p - 1) is "," or ";" && OpensClause(m)) return false;
        // "with partners Singtel and AIS", "for its customer Contoso", "from supplier Fabrikam": a relation noun between the
        // preposition and the company — a partner, supplier or customer, not the clause's subject
        // (not across a lone comma: "Working with supplier X, Meridian will spend" — Meridian opens the clause)
        if (p >= 1 && !loneComma && CapexWords.Is(CapexWords.RelationNoun, W(p)))
        {
            var q = p - 1;
            if (Determiners.Contains(W(q))) q--;
            if (q >= 0 && CapexLexicon.Prepositions.Contains(W(q))) return true;
        }
        return p >= 0 && CapexLexicon.Prepositions.Contains(W(p));
    }

    /// <summary>The organisation is followed by a finite verb (reporting, modal, plan verb): it is a clause's subject.</summary>
    private bool OpensClause(OrgMention m)
    {
        var w = W(m.Tokens.End);
        return CapexLexicon.ReportingVerbs.Contains(w) || CapexWords.Is(CapexWords.FiniteVerbAfterSubject, w);
    }

    /// <summary>"it", "the company", "they": the nearest subject organisation earlier in the sentence, else the company of the latest fact nearby, else the announcer.</summary>
    public OrganizationEntity? ResolvePronoun(int at, int sentenceStart, int sentence)
    {
        var limit = Math.Max(sentenceStart, at - 80);
        for (var p = at - 1; p >= limit; p--)
        {
            // "X, the data-centre arm of Y, said it would…": the pronoun stands for X, not for the owner inside the apposition
            if (W(p) == "," && AppositionStart(p, limit) is { } opening && opening < p) { p = opening; continue; }
            var org = doc.OrgAt(p);
            if (org is null) continue;
            // "hours after X said it would spend": the organisation that speaks is the subject of its own clause
            if (!IsModifier(org) || W(org.Tokens.End) is "said" or "says" or "told" or "stated"
                || W(org.Tokens.End) is "announced" or "announces" && W(org.Tokens.End + 1) is "it" or "that" or "on" or "plans" or "a" or "its")
                return org.Org;
            p = org.Tokens.Start;
        }
        // "Telecom Ruritania said its board approved …": the unknown name that opens the sentence and speaks
        if (UnknownSpeakerAtStart(sentenceStart, at) is { } speaker) return speaker;
        // "The note singles out Amazon as the biggest spender. The online retailer and cloud provider said it expects to invest …":
        // a sentence opened by a definite description of a company stands for the one organisation the sentence before names
        if (DescribedCompanyOfPreviousSentence(sentenceStart, at, sentence) is { } described) return described;
        var recent = _accepted.LastOrDefault(c => c.Org is not null && c.Kind == CapexKind.Commitment && sentence - c.Sentence <= 2);
        if (recent is not null) return recent.Org;
        return Announcer();
    }

    /// <summary>"The online retailer and cloud provider said …": the sentence opens with "the", up to
    /// <see cref="DescriptionReach"/> words and a company noun before <paramref name="at"/>, and the sentence before names exactly
    /// one organisation: that organisation.</summary>
    private OrganizationEntity? DescribedCompanyOfPreviousSentence(int sentenceStart, int at, int sentence)
    {
        if (sentence == 0 || W(sentenceStart) != "the") return null;
        // the description ends in a company noun right before the verb that reports or plans ("provider said", "group will")
        var noun = false;
        for (var k = sentenceStart + 1; k < Math.Min(at, sentenceStart + 1 + DescriptionReach); k++)
        {
            if (doc.OrgAt(k) is not null || doc.PersonAt(k) is not null || !doc.T[k].IsWord && W(k) != "-") return null;
            if ((Cls(k) & (WordClass.ReportingVerb | WordClass.Modal | WordClass.Auxiliary)) != 0)
            {
                noun = k > sentenceStart + 1 && CapexLexicon.CompanyNouns.Contains(W(k - 1));
                break;
            }
        }
        if (!noun) return null;
        var previous = doc.Sentences[sentence - 1];
        OrganizationEntity? only = null;
        foreach (var m in doc.Orgs)
        {
            if (m.Tokens.Start < previous.Start || m.Tokens.Start >= previous.End) continue;
            if (only is not null && only.CompanyId != m.Org.CompanyId) return null;
            only = m.Org;
        }
        return only;
    }

    /// <summary>Words of a definite description of a company at a sentence's start ("the online retailer and cloud provider").</summary>
    private const int DescriptionReach = 7;

    public OrganizationEntity? Announcer() =>
        doc.Entities.FindOrganization(doc.Entities.AnnouncerId) ?? (doc.Orgs.Count > 0 ? doc.Orgs[0].Org : null);

    private OrganizationEntity? ForwardOrg(int from, int clauseEnd)
    {
        for (var p = from; p < clauseEnd; p++)
        {
            var org = doc.OrgAt(p);
            if (org is null) continue;
            if (!IsModifier(org)) return org.Org;
            p = org.Tokens.End - 1;
        }
        return null;
    }

    private bool IsPassive(int after, int clauseEnd)
    {
        var limit = Math.Min(clauseEnd, after + 5);
        for (var k = after; k < limit; k++)
        {
            if (W(k) == "be" && CapexLexicon.Triggers.Contains(W(k + 1))) return true;
            if (W(k) is "is" or "are" or "was" or "were" && W(k + 1) is "spent" or "invested" or "earmarked" or "committed" or "pledged" or "allocated") return true;
        }
        return false;
    }

    private int CoordinatedListAfter(OrgMention m)
    {
        var count = 1;
        var p = m.Tokens.End;
        while (p < doc.T.Count)
        {
            if (W(p) is "," or "and" && doc.OrgAt(p + 1) is { } next) { count++; p = next.Tokens.End; continue; }
            if (W(p) == "," && W(p + 1) == "and" && doc.OrgAt(p + 2) is { } next2) { count++; p = next2.Tokens.End; continue; }
            break;
        }
        return count;
    }

    private int CoordinatedOrgCount(OrgMention m)
    {
        var count = 1;
        var p = m.Tokens.Start - 1;
        while (p > 0)
        {
            if (W(p) is "," or "and" && doc.OrgAt(p - 1) is { } prev) { count++; p = prev.Tokens.Start - 1; continue; }
            if (W(p) == "and" && W(p - 1) == "," && doc.OrgAt(p - 2) is { } prev2) { count++; p = prev2.Tokens.Start - 1; continue; }
            break;
        }
        return count;
    }

    /// <summary>"A and B": the first organisation of a pair joined by "and" ending at <paramref name="m"/> (no third one before).</summary>
    private OrgMention? FirstOfCoordinatedPair(OrgMention m)
    {
        if (W(m.Tokens.Start - 1) != "and" || doc.OrgAt(m.Tokens.Start - 2) is not { } first) return null;
        return W(first.Tokens.Start - 1) is "," or "and" || CoordinatedOrgCount(m) != 2 ? null : first;
    }

    /// <summary>The last mention of <paramref name="org"/> between the sentence start and <paramref name="before"/>, when it
    /// closes an "A and B" pair: A.</summary>
    private OrganizationEntity? SpeakerPairLead(int sentenceStart, int before, OrganizationEntity org)
    {
        for (var k = before - 1; k >= sentenceStart; k--)
        {
            if (doc.OrgAt(k) is not { } m) continue;
            if (m.Org.CompanyId != org.CompanyId) return null;
            return FirstOfCoordinatedPair(m) is { } lead && lead.Org.CompanyId != org.CompanyId ? lead.Org : null;
        }
        return null;
    }

    private bool CollectiveWord(int from, int to)
    {
        for (var k = from; k < to; k++)
            if (W(k) is "combined" or "together" or "collectively" or "jointly" or "between" && !(W(k) == "between" && doc.QuantityAtToken(k + 1) is not null)) return true;
        return false;
    }

    /// <summary>Words that make an agentless amount a market figure: "worldwide", "companies", "domestic", "in China".</summary>
    private bool MarketMarkers(int from, int to, bool countryIn = false)
    {
        for (var k = from; k < to; k++)
        {
            var w = W(k);
            if (CapexLexicon.GlobalWords.Contains(w) || CapexLexicon.DomesticWords.Contains(w)) return true;
            if (CapexLexicon.AggregateMarkers.Contains(w) && doc.OrgAt(k) is null) return true;
            // "spending by Microsoft, Alphabet and Amazon"
            if (w == "by" && doc.OrgAt(k + 1) is { } first && CoordinatedListAfter(first) >= 2) return true;
            if (doc.LocationAt(k) is { } loc)
            {
                var before = W(loc.Tokens.Start - 1) == "the" ? W(loc.Tokens.Start - 2) : W(loc.Tokens.Start - 1);
                if (before is "across" or "throughout" || countryIn && before == "in" && loc.Location.Kind == LocationKind.Country) return true;
                var possessive = W(loc.Tokens.End) is "'" or "’" && W(loc.Tokens.End + 1) == "s";
                if (possessive && loc.Location.Kind == LocationKind.Country) return true;
            }
        }
        return false;
    }

    private bool OrgBetween(int from, int to)
    {
        for (var k = Math.Max(0, from); k < to; k++)
            if (doc.OrgAt(k) is not null) return true;
        return false;
    }

    /// <summary>"according to X", "X estimates", "X forecasts": the sentence cites a projection.</summary>
    private bool SourceCited(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            // not "according to the company", "according to people familiar with the plan", "according to a filing"
            if (W(k) == "according" && W(k + 1) == "to")
            {
                var next = W(k + 2);
                if (next == "the" && CapexLexicon.CompanyNouns.Contains(W(k + 3))) return false;
                if (next is "it" or "its" or "them" or "people" or "sources" or "persons" or "officials" or "executives" or "management") return false;
                if (next is "a" or "an" && W(k + 3) is "person" or "filing" or "statement" or "document" or "memo" or "source" or "spokesperson" or "spokesman" or "spokeswoman")
                    return false;
                return true;
            }
            // "IDC estimates", "Consultancy Roland Berger expects" (a name the entity list may not know)
            if (W(k) is "estimates" or "forecasts" or "projects" or "predicts" or "estimated" or "projected" or "predicted" or "forecast" or "expects" or "sees"
                && k > from && (doc.OrgAt(k - 1) is not null || doc.PersonAt(k - 1) is not null
                                || doc.T[k - 1].IsWord && doc.T[k - 1].Capitalized && k - 1 > doc.Sentences[Math.Max(0, doc.SentenceOf(k - 1))].Start))
                return true;
        }
        return false;
    }

    private static readonly HashSet<string> ProjectionVerbs =
    [
        "estimates", "estimated", "expects", "expected", "forecasts", "forecast", "projects", "projected", "predicts", "predicted",
        "reckons", "reckoned", "sees", "believes", "calculates", "calculated", "anticipates", "anticipated",
    ];

    /// <summary>"that Brazil will need", "that the US will spend": a country (not a company) is the subject of the reported clause.</summary>
    private bool PlaceSubjectAt(int k)
    {
        if (W(k) == "the") k++;
        return doc.LocationAt(k) is { Location.Kind: LocationKind.Country or LocationKind.Region } place && place.Tokens.Start == k
            && !(W(place.Tokens.End) is "'" or "’" or "-");
    }

    /// <summary>
    /// An organisation followed by a projection verb whose object is a market, not its own plan: "X estimates that Brazil will need",
    /// "X expects investment in data centres in Brazil to reach". Not "X expects to spend", "X expects its capex to…",
    /// "X expects capex of $60 billion" (a company's guidance) unless X carries no industry tag and the clause has market words.
    /// </summary>
    private bool ProjectsMarket(OrgMention org, Quantity q, int start, int after, int clauseEnd)
    {
        var v = org.Tokens.End;
        if (W(v) is "now" or "also" or "still") v++;
        if (!ProjectionVerbs.Contains(W(v)) || W(v + 1) is "to" or "it" or "its" or "they" or "their" or "we" or "our") return false;
        for (var k = v + 1; k < start; k++)
        {
            if (CapexLexicon.CompanyPronouns.Contains(W(k)) || doc.OrgAt(k) is not null || doc.PersonAt(k) is not null) return false;
            if (CapexLexicon.CompanyNouns.Contains(W(k)) && Determiners.Contains(W(k - 1))) return false;
        }
        var lead = W(v + 1) == "that" ? v + 2 : v + 1;
        if (PlaceSubjectAt(lead)) return true;
        if (org.Org.Tags.Count > 0)
        {
            // a company that projects the market: "Nvidia expects global data-centre capex to reach…", "sees hyperscaler spending topping…",
            // or a figure no single company spends ("$3 trillion to $4 trillion in AI infrastructure spending")
            return MarketMarkers(v + 1, Math.Min(clauseEnd, after + 9))
                   || UsdMagnitude(q) is >= 1_000_000_000_000m;
        }
        if (MarketMarkers(v + 1, Math.Min(clauseEnd, after + 9), countryIn: true)) return true;
        // "X expects investment in AI data centres to reach $12 billion" (not "X expects capex to reach…": guidance)
        // nor "X expects spending on the Texas plant to reach…": one project is the company's own
        for (var k = v + 1; k < start; k++)
            if (W(k) is "capex" or "capital" or "budget" or "plant" or "campus" or "facility" or "project" or "site" or "factory" or "fab" or "hub" or "expansion")
                return false;
        return ForecastPredicateAfter(after, clauseEnd);
    }

    /// <summary>A government, ministry or regulator (no company) followed within a few words by a projection verb, before
    /// <paramref name="to"/> in the sentence.</summary>
    private bool PublicBodyProjects(int from, int to)
    {
        for (var k = Math.Max(from, to - 40); k < to; k++)
        {
            if (!(W(k) is "government" or "governments" or "ministry" or "regulator" or "authorities" or "administration") || doc.OrgAt(k) is not null) continue;
            if (OrgBetween(k, to)) return false; // "…, and Aurora will invest $3 billion": the company spends
            for (var v = k + 1; v < Math.Min(to, k + 4); v++)
                if (W(v) is "expects" or "expected" or "projects" or "estimates" or "forecasts" or "predicts" or "sees" or "anticipates") return true;
        }
        return false;
    }

    private bool ForecastVerbBetween(int from, int to)
    {
        for (var k = from; k < to; k++)
            if (W(k) is "expects" or "expected" or "expect" or "projects" or "projected" or "estimates" or "estimated" or "forecast" or "forecasts" or "predicts" or "predicted" or "sees")
                return true;
        return false;
    }

    private bool IsNounTrigger(int p) =>
        W(p) is "investment" or "investments" or "spending" or "capex" or "expenditure" or "expenditures" or "outlay" or "outlays" or "budget" or "budgets";

    private bool ForecastPredicateAfter(int after, int clauseEnd)
    {
        for (var k = Math.Max(0, after - 12); k < Math.Min(clauseEnd, after + 2); k++)
            if (CapexLexicon.ForecastPredicates.Contains(W(k))) return true;
        return false;
    }

    // ------------------------------------------------------------------ forecasts

    private void MakeForecast(Candidate c, int subjectAt, int clauseStart, int clauseEnd, int sentenceStart)
    {
        c.Kind = CapexKind.Forecast;
        c.Org = null;
        c.Trail.Add("kind: forecast (projection of market or industry spending)");
        c.Scope = ScopeFor(c.Q, Math.Max(clauseStart, subjectAt - 8), Math.Min(clauseEnd, AfterAmount(c.Q) + 9));
        c.Speaker = SpeakerFor(subjectAt, sentenceStart);
    }

    private string ScopeFor(QuantityAt qa, int from, int clauseEnd)
    {
        for (var k = from; k < clauseEnd; k++)
            if (CapexLexicon.GlobalWords.Contains(W(k))) return "global";
        for (var k = from; k < clauseEnd; k++)
        {
            var loc = doc.LocationAt(k);
            if (loc is null) continue;
            var before = W(loc.Tokens.Start - 1);
            if (before == "the") before = W(loc.Tokens.Start - 2);
            var possessive = W(loc.Tokens.End) is "'" or "’" && W(loc.Tokens.End + 1) == "s";
            var subjectOfClause = before is "that" && W(loc.Tokens.End) is "will" or "would" or "could" or "may" or "might" or "should" or "needs" or "is" or "was";
            if ((possessive || subjectOfClause || before is "in" or "across" or "into" or "throughout" or "within" or "for" or "inside")
                && loc.Location.Kind != LocationKind.Region && !string.IsNullOrEmpty(loc.Location.CountryCode))
                return "country:" + loc.Location.CountryCode;
            k = loc.Tokens.End - 1;
        }
        for (var k = from; k < clauseEnd; k++)
        {
            if (!CapexLexicon.DomesticWords.Contains(W(k))) continue;
            if (qa.Quantity.Currency is { } cur && CapexLexicon.CurrencyCountry.TryGetValue(cur, out var cc)) return "country:" + cc;
            if (Announcer()?.CountryCode is { } ac) return "country:" + ac;
        }
        for (var k = from; k < clauseEnd; k++)
        {
            if (CapexLexicon.IndustryWords.Contains(W(k)) && doc.OrgAt(k) is null) return "industry";
            if (W(k) == "by" && doc.OrgAt(k + 1) is { } first && CoordinatedListAfter(first) >= 2) return "industry";
        }
        return "global";
    }

    /// <summary>Who projects: the nearest person, pronoun (resolved to the last person named) or organisation before the projection.</summary>
    private string? SpeakerFor(int at, int sentenceStart)
    {
        for (var p = Math.Min(at, doc.T.Count - 1); p >= sentenceStart; p--)
        {
            if (doc.PersonAt(p) is { } person) return person.Person.Name;
            if (CapexLexicon.PersonPronouns.Contains(W(p)) && W(p) is "he" or "she")
                return LastPersonBefore(p)?.Name;
            if (doc.OrgAt(p) is { } org)
            {
                var before = W(org.Tokens.Start - 1) == "the" ? W(org.Tokens.Start - 2) : W(org.Tokens.Start - 1);
                if (!IsModifier(org) || before is "at" or "from" or "by" || CapexLexicon.SourceNouns.Contains(W(org.Tokens.End))) return org.Org.Name;
                p = org.Tokens.Start;
            }
        }
        // "…, consultancy JLL estimated": the source named after the figure
        var end = Math.Min(doc.T.Count, at + 40);
        for (var p = at + 1; p < end; p++)
        {
            if (doc.SentenceOf(p) != doc.SentenceOf(at)) break;
            if (doc.PersonAt(p) is { } person) return person.Person.Name;
            if (doc.OrgAt(p) is { } org) return org.Org.Name;
        }
        return null;
    }

    private PersonEntity? LastPersonBefore(int p)
    {
        PersonEntity? best = null;
        var bestAt = -1;
        foreach (var m in doc.People)
            if (m.Tokens.Start < p && m.Tokens.Start > bestAt) { best = m.Person; bestAt = m.Tokens.Start; }
        return best;
    }

    // ------------------------------------------------------------------ period, purposes

    private (int? Years, int? FiscalYear, bool Found, bool Annual) PeriodFor(QuantityAt qa, int clauseStart, int clauseEnd, bool earlierFigure = false)
    {
        PeriodInfo? best = null;
        var bestDistance = int.MaxValue;
        int? fiscal = null;
        foreach (var other in doc.QuantitiesIn(clauseStart, clauseEnd))
        {
            if (other.Quantity.Period is not { } info) continue;
            var r = other.Tokens;
            if (r.Start < clauseStart || r.End > clauseEnd) continue;
            if (info.FiscalYear is not null) fiscal ??= info.FiscalYear;
            if (info.RelativeYear == -1 && info.Years == 1 && other.Quantity.Kind == QuantityKind.Period) continue; // "last year"
            if (IsAdjectiveDuration(other) && !CoordinatedAdjectiveWindow(other, qa)) continue;
            if (info.Years is null && info.FiscalYear is null && !info.Annual) continue;
            if (MilestoneDate(other) || PeriodOfAnotherClause(qa, other) || DateOfEarlierPlan(qa, other, info) || YearOfCoordinatedClause(qa, other)) continue;
            if (FiscalStretchYears(other) is { } stretch) info = info with { Years = stretch };
            // "up on the $6.7 billion earmarked when the project was approved in 2024": a past year dates an earlier figure
            if (earlierFigure && info.Year is { } py && py < Year() && other.Tokens.Start > qa.Tokens.Start) continue;
            // "When Son first floated the project in 2025, SoftBank had pencilled in ¥1.8 trillion": a past year in another clause
            // dates the earlier figure
            if (earlierFigure && info.Year is { } dy && dy < Year() && OpeningSubordinateHolds(other, qa)) continue;
            // nearer is better; periods after the amount win ties ("$80 billion ... in the year ending June 2025")
            var distance = r.Start >= qa.Tokens.End ? (r.Start - qa.Tokens.End) * 2 : (qa.Tokens.Start - r.End) * 2 + 1;
            if (MoneyBetween(qa, other)) continue; // the period belongs to the amount in between
            if (distance < bestDistance) { best = info; bestDistance = distance; }
        }
        if (best is null) return (null, fiscal, false, false);
        return (best.Years, best.FiscalYear ?? fiscal, true, best.Annual);
    }

    private bool IsAdjectiveDuration(QuantityAt p)
    {
        if (p.Quantity.Kind != QuantityKind.Duration || !p.Quantity.Text.Contains('-')) return false;
        return !(W(p.Tokens.End) is "plan" or "programme" or "program" or "period" or "investment" or "spending" or "budget" or "strategy" or "project" or "horizon" or "capex");
    }

    private bool MoneyBetween(QuantityAt a, QuantityAt b)
    {
        var (lo, hi) = a.Tokens.Start < b.Tokens.Start ? (a.Tokens.End, b.Tokens.Start) : (b.Tokens.End, a.Tokens.Start);
        foreach (var q in doc.QuantitiesIn(lo, hi))
            if (q != a && q.Quantity.Kind == QuantityKind.Money) return true;
        return false;
    }

    private IReadOnlyList<string> PurposesFor(int from, int clauseEnd)
    {
        var found = new List<string>();
        var hasAi = false;
        for (var k = Math.Max(0, from); k < clauseEnd; k++)
        {
            var w = W(k);
            if (w is "ai" or "artificial" or "generative" or "genai") hasAi = true;
            if (w is "centre" or "centres" or "center" or "centers" && W(k - 1) is not ("data" or "-") && W(k - 2) != "data") continue;
            if (w is "model" or "models" && !hasAi) continue;
            if (CapexLexicon.Purposes.TryGetValue(w, out var label) && !found.Contains(label)) found.Add(label);
        }
        if (hasAi) found.Insert(0, "AI");
        return found;
    }

    // ------------------------------------------------------------------ facts

    private CapexFact ToFact(Candidate c)
    {
        var q = c.Q.Quantity;
        var amount = new MoneyAmount(q.Currency!, q.Value!.Value);
        MoneyAmount? high = q.High is { } h ? new MoneyAmount(q.Currency!, h) : null;
        MoneyAmount? usd;
        bool stated;
        if (q.UsdStated is { Value: { } usdValue })
        {
            usd = new MoneyAmount("USD", usdValue);
            stated = true;
        }
        else if (c.StatedUsd is { } later)
        {
            usd = new MoneyAmount("USD", later);
            stated = true;
        }
        else
        {
            var year = c.FiscalYear ?? Year();
            var converted = fx.ToUsd(q.Value!.Value, q.Currency!, Math.Min(year, Year()));
            usd = converted is { } v ? new MoneyAmount("USD", v) : null;
            stated = false;
        }
        var qualifier = q.High is not null ? AmountQualifier.Range : q.Qualifier;
        return new CapexFact(
            c.Kind,
            c.Kind == CapexKind.Forecast ? null : c.Org?.CompanyId,
            c.Kind == CapexKind.Forecast ? null : c.Org?.Name,
            amount, high, usd, stated, c.PeriodYears, c.FiscalYear, qualifier,
            c.Kind == CapexKind.Forecast ? c.Scope : string.Empty,
            c.Purposes, c.Speaker, doc.SentenceSpans[c.Sentence]);
    }

    /// <summary>The same fact mentioned twice (same kind, company or scope, currency and amount within 1 %) is kept once, completed from the repeat.</summary>
    private static List<CapexFact> Deduplicate(List<CapexFact> facts)
    {
        var result = new List<CapexFact>();
        // buckets of ~0.5 % in log scale: a repeat within 1 % lies in the same or a neighbouring bucket
        var buckets = new Dictionary<(CapexKind, string?, string, string, long), List<int>>();
        foreach (var f in facts)
        {
            var bucket = (long)Math.Floor(Math.Log((double)Math.Max(f.Amount.Value, 1m)) / 0.005);
            var scope = f.Kind == CapexKind.Forecast ? f.Scope : string.Empty;
            var idx = -1;
            for (var b = bucket - 2; b <= bucket + 2 && idx < 0; b++)
            {
                if (!buckets.TryGetValue((f.Kind, f.CompanyId, scope, f.Amount.CurrencyCode, b), out var list)) continue;
                foreach (var i in list)
                {
                    var r = result[i];
                    if (Math.Abs(r.Amount.Value - f.Amount.Value) <= 0.01m * Math.Max(r.Amount.Value, f.Amount.Value)) { idx = i; break; }
                }
            }
            if (idx < 0)
            {
                var key = (f.Kind, f.CompanyId, scope, f.Amount.CurrencyCode, bucket);
                if (!buckets.TryGetValue(key, out var list)) buckets[key] = list = [];
                list.Add(result.Count);
                result.Add(f);
                continue;
            }
            var r0 = result[idx];
            result[idx] = r0 with
            {
                AmountHigh = r0.AmountHigh ?? f.AmountHigh,
                AmountUsd = r0.UsdStated ? r0.AmountUsd : f.UsdStated ? f.AmountUsd : r0.AmountUsd ?? f.AmountUsd,
                UsdStated = r0.UsdStated || f.UsdStated,
                PeriodYears = r0.PeriodYears ?? f.PeriodYears,
                FiscalYear = r0.FiscalYear ?? f.FiscalYear,
                Qualifier = r0.Qualifier == AmountQualifier.Exact ? f.Qualifier : r0.Qualifier,
                Purposes = r0.Purposes.Count > 0 ? r0.Purposes : f.Purposes,
                Speaker = r0.Speaker ?? f.Speaker,
            };
        }
        return result;
    }
}
