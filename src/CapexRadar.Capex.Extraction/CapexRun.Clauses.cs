using CapexRadar.Domain;
using CapexRadar.Text.Syntax;

namespace CapexRadar.Capex.Extraction;

/// <summary>
/// Rules decided on clause structure (the shallow-syntax layer of CapexRadar.Text): the subject of the clause an amount
/// sits in, the relative clause after it, the reporting frame around it. Word classes come from
/// <see cref="WordClassLexicon"/>; every rule writes a line to the candidate's trail (<c>extract --explain</c>).
/// </summary>
internal sealed partial class CapexRun
{
    private static readonly WordClassLexicon Lex = WordClassLexicon.Default;

    /// <summary>A capitalised name no list knows is taken as a spender only up to this many tokens ("Brannock Steel
    /// Works Group"): longer capitalised runs are headlines or titles, not names.</summary>
    private const int MaxUnknownNameTokens = 6;

    private WordClass Cls(int token) => Lex.Of(W(token));

    private const WordClass SpendingPredicate = WordClass.InvestVerb | WordClass.BuildVerb | WordClass.IntentVerb;

    private string Describe(Clause? cl)
    {
        if (cl is null) return "no clause";
        string Part(TextSpan? s) => s is { } x ? doc.Text[x.Start..x.End] : "-";
        return $"{cl.Link} clause: subject '{Part(cl.Subject)}'{(cl.SubjectInherited ? " (inherited)" : "")}, predicate '{Part(cl.Predicate)}'"
               + (cl.Speaker is { } sp ? $", reported by '{doc.Text[sp.Start..sp.End]}'" : "");
    }

    /// <summary>The organisation that heads the clause's subject: not one inside a prepositional phrase of the
    /// subject ("Analysts at Bernstein") and not a possessive modifier ("Orbital Foundry's chief executive").</summary>
    private OrgMention? ClauseSubjectOrg(Clause? cl)
    {
        // "… for OpenAI, which has contracted $300 billion of capacity": the antecedent of a relative clause is its
        // subject (a noun phrase headed by the organisation, not "the venture of OpenAI")
        if (cl?.Subject is not { } s || cl.Link == ClauseLink.Relative && cl.SubjectInherited && !CommaRelative(cl)) return null;
        var r = doc.Range(s);
        for (var t = r.Start; t < r.End; t++)
        {
            if ((Cls(t) & WordClass.Preposition) != 0) return null;
            if (doc.OrgAt(t) is not { } m) continue;
            if (W(m.Tokens.End) is "'" or "’" or "'s" or "’s") return null;
            // "the venture of A, B and Oracle that aims to invest": a listed organisation is no antecedent
            if (cl.Link == ClauseLink.Relative && cl.SubjectInherited && (CoordinatedOrgCount(m) > 1 || CoordinatedListAfter(m) > 1)) return null;
            return m;
        }
        return null;
    }

    /// <summary>", which has contracted …", ", who runs …": a non-restrictive relative clause, about the noun right before it.</summary>
    private bool CommaRelative(Clause cl)
    {
        var f = doc.Range(cl.Span).Start;
        return W(f) is "which" or "who" && W(f - 1) == ",";
    }

    /// <summary>"X will spend …", "X plans a $5bn expansion": the clause's predicate is about spending or building.</summary>
    private static bool SpendingClause(Clause? cl) => cl is not null && (cl.PredicateClasses & SpendingPredicate) != 0;

    /// <summary>The nearest organisation before the trigger is not the clause's subject ("Meridian Foods, which buys from
    /// Orbital Foundry, unveiled a $500 million expansion"): the subject of the investing clause spends.</summary>
    private Subject ClauseSubjectOverride(Subject nearest, Clause? cl, int amountStart, bool projectNoun, Candidate c)
    {
        if (nearest.Kind is SubjectKind.CompanyPronoun or SubjectKind.Aggregate || !(SpendingClause(cl) || projectNoun && InObject(cl, amountStart))
            || cl!.Predicate is not { } pred || doc.T[amountStart].Start < pred.Start) return nearest;
        if (ClauseSubjectOrg(cl) is not { } own || nearest.Org is { } n && (n.Org.CompanyId == own.Org.CompanyId || Inside(n, cl.Subject))) return nearest;
        // "Equinix, the operator that counts Oracle among its tenants, plans to spend": the clause subject the parser found sits
        // inside the apposition of the nearest organisation (its opening comma right after it, a closing comma before the verb)
        if (nearest.Org is { } near && W(near.Tokens.End) == "," && own.Tokens.Start > near.Tokens.End && CommaBetween(own.Tokens.End, doc.Range(pred).Start))
            return nearest;
        c.Trail.Add($"owner: subject of the clause '{own.Org.Name}' rather than the nearest {(nearest.Org is { } o ? $"organisation '{o.Org.Name}'" : nearest.Kind.ToString())}");
        return new Subject(SubjectKind.Org, own, own.Tokens.Start);
    }

    private bool CommaBetween(int from, int to)
    {
        for (var k = from; k < to; k++) if (W(k) == ",") return true;
        return false;
    }

    /// <summary>"unveiled [a $500 million expansion]": the amount lies in the clause's object.</summary>
    private bool InObject(Clause? cl, int amountStart) =>
        cl?.Object is { } o && doc.T[amountStart].Start >= o.Start && doc.T[amountStart].Start < o.End;

    private bool Inside(OrgMention m, TextSpan? span) =>
        span is { } s && doc.T[m.Tokens.Start].Start >= s.Start && doc.T[m.Tokens.Start].Start < s.End;

    /// <summary>"is enlarging its investment fund to $7 billion", "lifted its capex budget to …": a revision verb whose
    /// object names a plan (and no profit, revenue or other blocker: "its guidance for core profit"), then "to" and the amount.</summary>
    private bool RevisedClause(int start)
    {
        const int RevisedObjectReach = 12;
        if (W(PreviousWordBeforeAmount(start)) != "to" || doc.ClauseAtToken(start) is not { } cl || (cl.PredicateClasses & WordClass.RevisionVerb) == 0 || cl.Object is not { } o) return false;
        var r = doc.Range(o);
        // "raised its full-year guidance for adjusted core profit to €45.5 billion": a plan noun of profit or revenue (a blocker in the
        // words between the object and the amount) is no spending plan
        var plan = false;
        for (var t = r.Start; t < r.End; t++) plan |= (Cls(t) & WordClass.PlanNoun) != 0;
        for (var t = r.End; t < Math.Min(start, r.Start + RevisedObjectReach); t++)
            if (CapexLexicon.Blockers.Contains(W(t))) return false;
        return plan;
    }

    /// <summary>Scope of a forecast whose subject is a peer group: "industry" unless the subject says the world.</summary>
    private string PeerGroupScope(Clause cl, string found)
    {
        if (found.StartsWith("country:", StringComparison.Ordinal)) return found;
        var r = doc.Range(cl.Subject!.Value);
        for (var t = r.Start; t < r.End; t++)
            if ((Cls(t) & WordClass.WorldWord) != 0) return "global";
        return "industry";
    }

    /// <summary>"Chipmakers as a group will spend …", "the semiconductor industry would invest …", "the four largest cloud
    /// providers together will pour …": a spending clause whose subject is an industry, market or peer group (no
    /// organisation named in it) states a projection, whoever is named nearby.</summary>
    private bool ScopeSubject(Clause? cl)
    {
        if (!SpendingClause(cl) || cl!.Subject is not { } s || cl.SubjectInherited) return false;
        var r = doc.Range(s);
        // "Kestrel Foundries will invest …": a capitalised name that ends in a sector word is a company, not a sector
        if (NameLike(s) && !OpeningWordSubject(r)) return false;
        var scope = false;
        for (var t = r.Start; t < r.End; t++)
        {
            if (doc.OrgAt(t) is not null || doc.PersonAt(t) is not null) return false;
            var k = Cls(t);
            if ((k & (WordClass.Pronoun | WordClass.Possessive | WordClass.CompanyNoun)) != 0) return false;
            if ((k & WordClass.ScopeNoun) != 0 || CapexWords.Is(CapexWords.SectorPlural, W(t)) && t == r.End - 1) scope = true;
        }
        return scope;
    }

    /// <summary>"the $6 billion it had pencilled in", "the ¥350 billion it set in spring": a relative clause right after
    /// the amount whose predicate states a plan in a past form makes the amount an earlier figure.</summary>
    private bool EarlierPlanRelative(int after)
    {
        var rel = RelativeAfterAmount(after);
        if (rel is null) return false;
        var k = rel.PredicateClasses;
        return (k & WordClass.PlanVerb) != 0 && (k & WordClass.PastForm) != 0 && (k & WordClass.Modal) == 0;
    }

    /// <summary>"down from the 151 billion yuan it spent last year": a relative clause after the amount says the money was
    /// already spent — last year's actual figure, neither a plan nor an earlier target.</summary>
    private bool SpentRelative(int after)
    {
        var rel = RelativeAfterAmount(after);
        if (rel is null) return false;
        var k = rel.PredicateClasses;
        if ((k & WordClass.InvestVerb) == 0 || (k & WordClass.PastForm) == 0 || (k & (WordClass.PlanVerb | WordClass.Modal | WordClass.IntentVerb)) != 0) return false;
        // the verb group's tense, as the clause kind stage reads it: a verb that reports money gone ("it spent", "it poured"), not
        // "put", which is as often a figure attached to a plan ("up from the £10 billion it put on the project when it unveiled it")
        var r = doc.Range(rel.Predicate!.Value);
        for (var t = r.Start; t < r.End; t++)
            if (CapexWords.Is(CapexWords.RealisedSpendVerb, W(t))) return true;
        return false;
    }

    /// <summary>The relative clause that follows the noun phrase of an amount ("the C$2 billion five-year budget [it set
    /// out …]"): the first clause change within <see cref="AmountNounPhraseTail"/> word tokens after the amount.</summary>
    private Clause? RelativeAfterAmount(int after)
    {
        if (after >= doc.T.Count || doc.ClauseAtToken(after - 1) is not { } own) return null;
        for (var k = after; k < Math.Min(doc.T.Count, after + AmountNounPhraseTail); k++)
        {
            if (doc.ClauseAtToken(k) is not { } cl) return null;
            if (cl.Index != own.Index)
                return cl is { Link: ClauseLink.Relative, SubjectInherited: false } && cl.Span.Start == doc.T[k].Start ? cl : null;
            if (!(doc.T[k].IsWord || W(k) == "-")) return null;
        }
        return null;
    }

    /// <summary>The words that may follow an amount inside its noun phrase ("five-year capex budget") before a relative
    /// clause: a few modifiers and a head noun.</summary>
    private const int AmountNounPhraseTail = 6;

    /// <summary>"The plan enlarges the ¥650 billion outlined in …", "replacing the $2 billion budget": the object of a
    /// revision verb is the figure being replaced.</summary>
    private bool ObjectOfRevision(int start)
    {
        // "This replaces the ¥100 billion five-year plan": the verb right before the definite amount, however the clause parsed
        // (not "raise the $X": money raised is funding)
        var det = PreviousWordBeforeAmount(start);
        // "The new plan replaces one of €6 billion unveiled in 2024", "supersedes a budget of $2 billion": the replaced plan named
        // by "one" or a plan noun, then "of" and the amount
        if (W(det) == "of" && (W(det - 1) == "one" || (Cls(det - 1) & WordClass.PlanNoun) != 0))
            for (var v = det - 2; v >= Math.Max(0, det - 5); v--)
            {
                if ((Cls(v) & WordClass.SupersedeVerb) != 0) return !W(v).StartsWith("rais", StringComparison.Ordinal);
                if (!doc.T[v].IsWord || doc.QuantityAtToken(v) is not null || doc.OrgAt(v) is not null) break;
            }
        // "enlarging to this value the 35 billion reais presented in 2024": a short phrase may sit between the verb and its object
        if (CapexWords.Is(CapexWords.DefiniteDeterminer, W(det)))
            for (var v = det - 1; v >= Math.Max(0, det - 5); v--)
            {
                if ((Cls(v) & WordClass.SupersedeVerb) != 0) return !W(v).StartsWith("rais", StringComparison.Ordinal);
                if (!doc.T[v].IsWord || doc.QuantityAtToken(v) is not null || doc.OrgAt(v) is not null) break;
            }
        if (doc.ClauseAtToken(start) is not { } cl || (cl.PredicateClasses & WordClass.SupersedeVerb) == 0 || !InObject(cl, start)) return false;
        return W(PreviousWordBeforeAmount(start)) is not ("to" or "by");
    }

    /// <summary>"last year's actual US$40.9 billion", "actual spending of $X": a realised figure, not a plan.</summary>
    private bool ActualFigureBefore(int start, int clauseStart)
    {
        for (var p = start - 1; p >= Math.Max(clauseStart, start - 4); p--)
            // "last year's actual $X", "the company completed capital expenditure of $X"
            if ((Cls(p) & WordClass.ActualWord) != 0 && W(p) != "reported" || (Cls(p) & WordClass.RealisedVerb) != 0) return true;
        return false;
    }

    /// <summary>"Of the $7.5 billion, $3.2 billion goes to …": the sentence opens with the whole the amount is part of.</summary>
    private bool OfTheWhole(int start, int sentenceStart)
    {
        var p = PreviousWordBeforeAmount(start);
        if (W(p) != "," || W(sentenceStart) != "of") return false;
        return doc.QuantityAtToken(p - 1) is { Quantity.Kind: QuantityKind.Money } whole && whole.Tokens.Start <= sentenceStart + 3;
    }

    /// <summary>"has contracted $2 billion of cloud capacity", "reserved $500 million of compute": buying capacity is spending.</summary>
    private bool CapacityPurchase(int verb, int after)
    {
        if ((Cls(verb) & (WordClass.InvestVerb | WordClass.PurchaseVerb)) == 0 || W(after) != "of") return false;
        // "bought $2 billion of GPUs last year": capacity already bought is no plan
        if ((Cls(verb) & WordClass.PastForm) != 0 && !(W(verb - 1) is "has" or "had" or "have") && PastPeriodIn(after, Math.Min(doc.T.Count, after + CapacityObjectReach + 6))) return false;
        return CapacityOfPhrase(after);
    }

    /// <summary>"of cloud capacity", "of data-centre capacity" (the hyphen is a token of its own), "of Nvidia GB300 systems and
    /// related equipment" (a maker's name and a coordinated noun inside it): the noun phrase after "of" names capacity or equipment.</summary>
    private bool CapacityOfPhrase(int after)
    {
        if (W(after) != "of") return false;
        for (var k = after + 1; k < Math.Min(doc.T.Count, after + CapacityObjectReach); k++)
        {
            if (doc.OrgAt(k) is { } maker) { if (CapacityToken(maker.Tokens.End - 1)) return true; k = maker.Tokens.End - 1; continue; }
            if ((Cls(k) & WordClass.CapacityNoun) != 0 || CapexWords.Is(CapexWords.EquipmentNoun, W(k))) return true;
            if (W(k) == "and" && doc.QuantityAtToken(k + 1) is null) continue;
            if (W(k) is "," or "." or ";" or "(" or "over" or "from" or "at" or "in" or "for" or "with" or "by" or "to" or "on" or "and") return false;
        }
        return false;
    }

    /// <summary>The noun phrase of capacity or equipment bought after "of": a few modifiers, a maker's name, one coordinated noun.</summary>
    private const int CapacityObjectReach = 9;

    /// <summary>"will pay €400 million for a new desalination plant", "pays $90 million for the new ship": a purchase verb (not
    /// in the past: "paid … for" is done), then "for", a determiner and, within <see cref="AssetNounReach"/> words, an asset
    /// noun — a project head or a vessel, never a company, stake or business.</summary>
    private bool AssetPayment(int verb, int after)
    {
        // "will pay about $11 billion over five years for access to the capacity": a period between the amount and "for"
        if (doc.QuantityAtToken(after) is { Quantity.Kind: QuantityKind.Duration or QuantityKind.Period } span && span.Tokens.Start == after) after = span.Tokens.End;
        // "will pay €400 million for a new plant", "its board approved CLP 180,000 million for a GPU-ready data centre"
        if (!(CapexWords.Is(CapexWords.PayVerb, W(verb)) || CapexWords.Is(CapexWords.ApproveVerb, W(verb))) || W(after) != "for") return false;
        // "agreed to pay up to $14.2 billion for additional capacity", "will pay $2 billion for cloud computing capacity": bought capacity
        if (CapexWords.Is(CapexWords.PayVerb, W(verb)) && CapacityAfterFor(after + 1)) return true;
        if (!CapexWords.Is(CapexWords.DefiniteDeterminer, W(after + 1)) && W(after + 1) is not ("a" or "an") && !QuantityLexicon.SmallNumbers.ContainsKey(W(after + 1)) && !doc.T[after + 1].IsNumber)
            return false;
        for (var k = after + 2; k < Math.Min(doc.T.Count, after + 2 + AssetNounReach); k++)
        {
            var w = W(k);
            if (CapexLexicon.NonCapexHeads.Contains(w) || CapexLexicon.NonCapexObjects.Contains(w) || (Cls(k) & WordClass.CompanyNoun) != 0 || doc.OrgAt(k) is not null) return false;
            if (CapexLexicon.ProjectHeads.Contains(w) || CapexWords.Is(CapexWords.AssetNoun, w)) return true;
            if (!doc.T[k].IsWord && w != "-") return false;
        }
        return false;
    }

    /// <summary>"additional capacity", "cloud computing capacity", "more GPUs": a capacity noun (not "power": electricity bought is no capex) after at most
    /// <see cref="AssetNounReach"/> words, no determiner needed.</summary>
    private bool CapacityAfterFor(int from)
    {
        for (var k = from; k < Math.Min(doc.T.Count, from + AssetNounReach); k++)
        {
            if (!doc.T[k].IsWord || doc.OrgAt(k) is not null || CapexLexicon.NonCapexObjects.Contains(W(k))) return false;
            if ((Cls(k) & WordClass.CapacityNoun) != 0 && W(k) != "power" && !(W(k + 1) is "-" or "provider" or "providers" or "company" or "companies" or "firm" or "business")) return true;
        }
        return false;
    }

    /// <summary>"a new desalination plant", "the second LNG carrier": modifiers before the asset noun.</summary>
    private const int AssetNounReach = 5;

    /// <summary>"Holcim's share of the investment will be €90 million", "of which Wartsila's share will be EUR29m": a share
    /// (of a spending noun, or after "of which") owned by an organisation or a possessive, then a copula and the amount. Returns
    /// the share token.</summary>
    private int? PossessedShareBefore(int start, int clauseStart)
    {
        var p = PreviousWordBeforeAmount(start);
        // "… will be worth around €2.7 million"
        if (W(p) == "worth") p--;
        if (W(p) is "be" && (Cls(p - 1) & WordClass.Modal) != 0) p -= 2;
        else if (W(p) is "is" or "are") p--;
        else if (W(p) is "to" && W(p - 1) is "amount" or "amounts" or "come" or "comes") p -= 2;
        else return null;
        // "share of the investments", "share of the cost"
        var end = p;
        var spendingNamed = false;
        for (var k = p; k > Math.Max(clauseStart, p - 5); k--)
        {
            if ((Cls(k) & WordClass.SpendingNoun) != 0 || W(k) is "cost" or "costs") spendingNamed = true;
            if (CapexWords.Is(CapexWords.ShareNoun, W(k))) { end = k; break; }
        }
        if (!CapexWords.Is(CapexWords.ShareNoun, W(end))) return null;
        var owner = end - 1;
        var possessive = W(owner) is "s" && W(owner - 1) is "'" or "’" ? owner - 2 : W(owner) is "'s" or "’s" ? owner - 1 : -1;
        if (possessive < 0 || doc.OrgAt(possessive) is null) return null;
        var ofWhich = doc.OrgAt(possessive) is { } o && W(o.Tokens.Start - 1) == "which" && W(o.Tokens.Start - 2) == "of";
        // "the total investment in the company will be EUR60m, of which X's share …": a share of a stake is a stake
        for (var k = Math.Max(doc.Sentences[doc.SentenceOf(start)].Start, start - StakeWholeReach); k < end; k++)
            if (InvestsInAnOrganisation(k, end)) return null;
        return spendingNamed || ofWhich ? end : null;
    }

    /// <summary>"The total investment in the plant will be €10 million, and Harbrook's share of the investments will be €2.7
    /// million", "… €58m, of which Harbrook's share will be €29m": after the amount, in its sentence, an organisation's share (a
    /// share noun right after its possessive, then "of" and a spending noun, or "of which" before the owner) — the amount is a
    /// joint whole that no single named company spends.</summary>
    private bool CompanyShareOfItAfter(int after, int sentenceEnd)
    {
        for (var k = after; k + 1 < sentenceEnd; k++)
        {
            if (!CapexWords.Is(CapexWords.ShareNoun, W(k))) continue;
            var owner = W(k - 1) is "s" && W(k - 2) is "'" or "’" ? k - 3 : W(k - 1) is "'s" or "’s" ? k - 2 : -1;
            if (owner < after || doc.OrgAt(owner) is not { } o) continue;
            if (W(o.Tokens.Start - 1) == "which" && W(o.Tokens.Start - 2) == "of") return true;
            if (W(k + 1) != "of") continue;
            for (var m = k + 2; m < Math.Min(sentenceEnd, k + 2 + ShareOfReach); m++)
                if ((Cls(m) & WordClass.SpendingNoun) != 0 || W(m) is "cost" or "costs") return true;
        }
        return false;
    }

    /// <summary>The organisation whose possessive stands right before a share noun ("Holcim's share", "Wartsila 's share").</summary>
    private OrganizationEntity? ShareHolder(int share)
    {
        var owner = W(share - 1) is "s" && W(share - 2) is "'" or "’" ? share - 3 : W(share - 1) is "'s" or "’s" ? share - 2 : -1;
        return owner >= 0 ? doc.OrgAt(owner)?.Org : null;
    }

    /// <summary>"… 80 million German marks in a new plant, equal to about €41 million", "…, equivalent to $X", "…, or roughly $X":
    /// a conversion cue right before the amount (qualifiers aside) and, at most <see cref="ConversionReach"/> tokens before the
    /// cue in the same sentence, an amount in another currency — the amount first stated is the fact, this its equivalent.</summary>
    private bool LateConversion(QuantityAt qa, int start)
    {
        var p = PreviousWordBeforeAmount(start);
        var cue = W(p) == "to" && W(p - 1) is "equal" or "equivalent" or "corresponding" or "equating"
                  || W(p) == "or" && W(p - 1) == "," && p + 1 < start && (Cls(p + 1) & WordClass.AmountQualifier) != 0;
        if (!cue || qa.Quantity.Currency is not { } currency) return false;
        var cueStart = W(p) == "to" ? p - 1 : p;
        foreach (var other in doc.SentenceQuantities[qa.Sentence])
        {
            if (other.Tokens.End > cueStart) break;
            if (other.Quantity is { Kind: QuantityKind.Money, Currency: { } c } && c != currency && cueStart - other.Tokens.End <= ConversionReach) return true;
        }
        return false;
    }

    /// <summary>"… German marks in a new turbine plant in Bavaria, equal to": tokens from the first amount to the cue.</summary>
    private const int ConversionReach = 14;

    /// <summary>"share of the planned investments": words between "of" and the spending noun.</summary>
    private const int ShareOfReach = 3;

    /// <summary>How far before a company's share the whole it is a share of may be named.</summary>
    private const int StakeWholeReach = 30;

    /// <summary>"€500 million of fresh capital into the company", "$2 billion in new equity", "into its subsidiary": money put
    /// into a company's capital, not spent on assets.</summary>
    private bool CapitalInjection(int after, int clauseEnd)
    {
        for (var k = after; k < Math.Min(clauseEnd, after + CapitalInjectionReach); k++)
        {
            var w = W(k);
            if (w is "capital" or "equity" && (Cls(k + 1) & WordClass.SpendingNoun) == 0 && !(W(k + 1) is "spending" or "expenditure" or "projects" or "works")) return true;
            if (w == "into" && (W(k + 1) is "the" or "its" or "their" && (Cls(k + 2) & WordClass.CompanyNoun) != 0 || doc.OrgAt(k + 1) is not null)) return true;
        }
        return false;
    }

    /// <summary>"of fresh capital into the company": the words after an injected amount that say where it goes.</summary>
    private const int CapitalInjectionReach = 6;

    /// <summary>"…, with 600 billion won going to a GPU cluster", "…, with EGP 4 billion of the total allotted to the first hall": an
    /// absolute phrase after "with" that hands part of the figure just stated to a purpose.</summary>
    private bool WithPartAllotted(int start, int after)
    {
        if (W(PreviousWordBeforeAmount(start)) != "with") return false;
        var k = after;
        // "of the total", "of it", "of that sum"
        if (W(k) == "of") for (var hop = 0; hop < 4 && W(k) is not "," && !CapexWords.Is(CapexWords.AllotParticiple, W(k)); hop++) k++;
        return CapexWords.Is(CapexWords.AllotParticiple, W(k)) && (W(k) != "set" || W(k + 1) == "aside");
    }

    /// <summary>"€1.1 billion …, split between €700 million for servers and €400 million for buildings", "divided into $X for …":
    /// the first of the parts a figure is split into (the next ones are coordinated with it).</summary>
    private bool SplitPart(int start)
    {
        var p = PreviousWordBeforeAmount(start);
        if (!(W(p) is "between" or "into" or "among")) return false;
        var v = p - 1;
        if (W(v) is "up" or "down" or "out") v--;
        return CapexWords.Is(CapexWords.SplitVerb, W(v));
    }

    /// <summary>"had planned to spend", "had originally intended to invest", "had budgeted": a spending verb (or a plan verb and "to")
    /// in the past perfect — the plan before the one now stated.</summary>
    private bool PastPerfectPlan(int trigger)
    {
        var k = trigger - 1;
        if (W(k) == "to" && CapexWords.Is(CapexWords.EarlierIntentVerb, W(k - 1))) k -= 2;
        // "had budgeted", "had earmarked" (not "had committed/invested": money already put in)
        else if (!CapexWords.Is(CapexWords.GuidanceVerb, W(trigger)) || W(trigger) is "pledged" or "committed") return false;
        // "had only", "had originally", "had first"
        for (var hop = 0; hop < 2 && CapexWords.Is(CapexWords.GuidanceAuxiliary, W(k)) && W(k) is not ("had" or "has" or "have"); hop++) k--;
        // "having guided to $35 billion as recently as December": the perfect participle states the earlier plan too
        return W(k) is "had" or "having";
    }

    /// <summary>"Within the plan, $X is earmarked for …", "Under the programme, $X goes to …": a slice of the plan just named.</summary>
    private bool WithinThePlan(int start, int sentenceStart)
    {
        var p = start - 1;
        while (p > sentenceStart && (Cls(p) & WordClass.AmountQualifier) != 0) p--;
        if (W(p) != ",") return false;
        var first = sentenceStart;
        if (!(W(first) is "within" or "under" || W(first) == "as" && W(first + 1) == "part" && W(first + 2) == "of")) return false;
        for (var k = first + 1; k < p; k++)
            if ((Cls(k) & WordClass.PlanNoun) != 0 || W(k) is "total" or "package" or "project") return true;
        return false;
    }

    /// <summary>A spender no list knows: the capitalised subject of the investing clause, or the speaker of a reported
    /// clause whose subject is "it" or which has no agent ("X said $5m will be invested").</summary>
    private OrganizationEntity? UnknownSpender(Clause? cl, Candidate c)
    {
        if (cl is null) return null;
        var investing = SpendingClause(cl) || cl.Passive && (cl.PredicateClasses & WordClass.InvestVerb) != 0;
        if (!investing) return null;
        TextSpan? span = null;
        if (cl.Subject is { } s && NameLike(s)) span = s;
        else if (cl.Speaker is { } sp && NameLike(sp) && (cl.Passive || cl.Subject is { } ps && (Lex.OfAnyCase(doc.Text.AsSpan(ps.Start, ps.End - ps.Start)) & WordClass.Pronoun) != 0))
            span = sp;
        if (span is not { } name) return null;
        var text = doc.Text[name.Start..name.End];
        c.Trail.Add($"owner: '{text}' is the capitalised subject of an investing clause and no list knows it");
        return new OrganizationEntity("x-" + Slug(text), text, [], null, [], [name], false);
    }

    /// <summary>A name: 1–<see cref="MaxUnknownNameTokens"/> capitalised words (an inner "&amp;" allowed), none known
    /// as an organisation, person or place, the first not a sentence opener, determiner, pronoun, month or season.</summary>
    private bool NameLike(TextSpan span) => NameLike(doc.Range(span), false);

    /// <summary>A name over tokens <paramref name="r"/>; with <paramref name="placeTail"/>, its last words may be a place when the
    /// first is not ("Telecom Ruritania", "Contoso Finland": a company named after its country).</summary>
    private bool NameLike(TokenRange r, bool placeTail)
    {
        if (r.End <= r.Start || r.End - r.Start > MaxUnknownNameTokens) return false;
        if (placeTail && doc.LocationAt(r.Start) is null && r.End - r.Start >= 2)
        {
            var e = r.End;
            while (e > r.Start + 1 && doc.LocationAt(e - 1) is not null) e--;
            if (e < r.End) r = new TokenRange(r.Start, e);
        }
        if ((Cls(r.Start) & (WordClass.OpeningWord | WordClass.Determiner | WordClass.Possessive | WordClass.Pronoun | WordClass.Month | WordClass.Season
                             | WordClass.ScopeNoun | WordClass.CompanyNoun | WordClass.PlanNoun)) != 0) return false;
        for (var t = r.Start; t < r.End; t++)
        {
            var tok = doc.T[t];
            if (doc.OrgAt(t) is not null || doc.PersonAt(t) is not null || doc.LocationAt(t) is not null) return false;
            if (tok.Lower == "&") continue;
            if (!tok.IsWord || !tok.Capitalized) return false;
        }
        return true;
    }

    /// <summary>"Telecom Ruritania said its board approved …": a sentence that opens with a capitalised name no list knows (a place may
    /// end it) and a reporting verb before <paramref name="before"/> names the company its pronouns stand for.</summary>
    private OrganizationEntity? UnknownSpeakerAtStart(int sentenceStart, int before)
    {
        var e = sentenceStart;
        while (e < before && e - sentenceStart <= MaxUnknownNameTokens && doc.T[e].IsWord && doc.T[e].Capitalized) e++;
        if (e == sentenceStart || e >= before || !(W(e) is "said" or "says" or "announced" or "announces" or "reported" or "reports")) return null;
        if (!NameLike(new TokenRange(sentenceStart, e), true)) return null;
        var name = new TextSpan(doc.T[sentenceStart].Start, doc.T[e - 1].End);
        var text = doc.Text[name.Start..name.End];
        return new OrganizationEntity("x-" + Slug(text), text, [], null, [], [name], false);
    }

    private static string Slug(string name)
    {
        var sb = new System.Text.StringBuilder(name.Length);
        foreach (var ch in name.ToLowerInvariant())
            if (char.IsLetterOrDigit(ch)) sb.Append(ch);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        return sb.ToString().Trim('-');
    }

    /// <summary>The verb before an amount: its qualifiers skipped, also the phrases "up to" and "as much as" ("agreed to pay up to
    /// $14.2 billion for …").</summary>
    private int VerbBeforeAmount(int start)
    {
        var p = PreviousWordBeforeAmount(start);
        if (W(p) == "to" && W(p - 1) == "up") p -= 2;
        else if (W(p) == "as" && W(p - 1) == "much" && W(p - 2) == "as") p -= 3;
        return p;
    }

    /// <summary>The word before an amount, its qualifiers ("about", "over") skipped.</summary>
    private int PreviousWordBeforeAmount(int start)
    {
        var p = start - 1;
        while (p > 0 && (Cls(p) & WordClass.AmountQualifier) != 0) p--;
        // "has contracted an additional $65 billion", "buy a further $2 billion": the article of the qualifier
        if (p < start - 1 && W(p) is "a" or "an") p--;
        return p;
    }
}

/// <summary>Rules for the period of a fact (capex_full): parts take the whole's window, dates of milestones and of other
/// clauses are not spending windows, an earlier plan dated on its own keeps no window.</summary>
internal sealed partial class CapexRun
{
    /// <summary>A stated part of a pledge takes the period of the whole unless it states its own ("Of that, $2bn goes
    /// to …" after "$10bn over five years").</summary>
    private static void InheritWholePeriod(Candidate c, Candidate whole)
    {
        if (c.PeriodFound || whole.PeriodYears is null && whole.FiscalYear is null) return;
        c.PeriodYears = whole.PeriodYears;
        c.FiscalYear ??= whole.FiscalYear;
        c.Trail.Add($"period: that of the whole it is part of ({whole.Q.Quantity.Text}, {whole.PeriodYears?.ToString() ?? "-"} years)");
    }

    /// <summary>"Within the plan, X will also spend …", "As part of the package, X will spend …", "Under the programme, …",
    /// "Of this, ₹A will be spent at X and ₹B at Y": the sentence opens with a frame naming the plan (or, after "of", the
    /// whole or a pronoun for it), closed by a comma before the amount — every amount of the sentence is a part.</summary>
    private bool PartFrameOpening(int sentenceStart, int amountStart)
    {
        var first = sentenceStart;
        var of = W(first) == "of";
        var body = W(first) is "within" or "under" || of ? first + 1 : W(first) == "as" && W(first + 1) == "part" && W(first + 2) == "of" ? first + 3 : -1;
        if (body < 0) return false;
        var plan = false;
        for (var k = body; k < Math.Min(amountStart, body + PartFrameWords); k++)
        {
            if (W(k) == ",") return plan;
            plan |= of ? CapexWords.Is(CapexWords.WholeNoun, W(k)) || CapexWords.Is(CapexWords.PartPronoun, W(k))
                : (Cls(k) & (WordClass.PlanNoun | WordClass.PartWord)) != 0 || W(k) is "package" or "project" or "total";
        }
        return false;
    }

    /// <summary>"the plan", "this investment", "the C$2 billion package": the words of a part frame before its comma.</summary>
    private const int PartFrameWords = 6;

    /// <summary>"capex of 151.2 billion yuan, of which investment in computing will be 37.3 billion yuan": the amount sits in
    /// a relative clause opened by "of which".</summary>
    private bool OfWhichClause(int start)
    {
        var near = false;
        for (var k = start - 1; k >= Math.Max(0, start - OfWhichReach) && !near; k--) near = W(k) == "which" && W(k - 1) == "of";
        if (!near || doc.ClauseAtToken(start) is not { Link: ClauseLink.Relative } cl) return false;
        var f = doc.Range(cl.Span).Start;
        for (var k = f - 2; k <= f; k++)
            if (W(k) == "of" && W(k + 1) == "which") return true;
        return false;
    }

    /// <summary>"of which investment in computing power will be 37.3 billion yuan": the words between "of which" and the amount.</summary>
    private const int OfWhichReach = 10;

    /// <summary>Cheap cue before the clause lookup of <see cref="EarlierPlanRelative"/>: a plan verb shortly after the amount.</summary>
    private bool PlanVerbAfter(int after)
    {
        for (var k = after; k < Math.Min(doc.T.Count, after + AmountNounPhraseTail + PlanVerbReach); k++)
            if ((Cls(k) & WordClass.PlanVerb) != 0) return true;
        return false;
    }

    /// <summary>"the $X [it had] pencilled in": the subject and auxiliaries between the amount's noun and the plan verb.</summary>
    private const int PlanVerbReach = 4;

    /// <summary>Cheap cue before the clause lookup of <see cref="ObjectOfRevision"/>: a superseding verb before the amount.</summary>
    private bool SupersedeVerbBefore(int start, int clauseStart)
    {
        for (var k = start - 1; k >= clauseStart; k--)
            if ((Cls(k) & WordClass.SupersedeVerb) != 0) return true;
        return false;
    }

    /// <summary>"scheduled for completion in 2028", "due to start production in 2027", "online by 2026": the year of a
    /// milestone, not the window of the spending.</summary>
    private bool MilestoneDate(QuantityAt period)
    {
        // "on new production capacity in the fiscal year ending March 2027": a fiscal year is an accounting window in which
        // money is spent, never the date a plant starts
        if (period.Quantity.Period is { Fiscal: true, Years: 1 }) return false;
        var p = period.Tokens.Start;
        if ((Cls(p) & WordClass.Preposition) != 0 && W(p) is "in" or "by") p--;
        else if ((Cls(p - 1) & WordClass.Preposition) != 0) p -= 2;
        else return false;
        for (var k = p; k >= Math.Max(0, p - MilestoneReach); k--)
            if ((Cls(k) & WordClass.MilestoneWord) != 0) return true;
        return false;
    }

    /// <summary>"completion", "due to start production": the milestone word sits right before the date or one word earlier.</summary>
    private const int MilestoneReach = 1;

    /// <summary>"$X for a fifth line, which is due to start in 2028": a period inside a relative or subordinate clause that
    /// neither holds the amount nor describes it (the amount's own relative, "the $X it plans over five years", counts).</summary>
    private bool PeriodOfAnotherClause(QuantityAt amount, QuantityAt period)
    {
        if (doc.ClauseAtToken(period.Tokens.Start) is not { Link: ClauseLink.Relative } pc) return false;
        if (doc.ClauseAtToken(amount.Tokens.Start) is not { } ac || ac.Index == pc.Index || pc.Parent == ac.Index && pc.Span.Start < doc.T[amount.Tokens.Start].Start) return false;
        return RelativeAfterAmount(AfterAmount(amount)) is not { } own || own.Index != pc.Index;
    }

    /// <summary>"up on the 360 trillion won it outlined in 2024", "replacing the €41 billion programme it unveiled in
    /// 2024", "the $200 billion it announced last June": an earlier plan dated by its own relative clause. It keeps the
    /// new plan's period only when that is one year (a yearly budget revised within the year); a multi-year window or a
    /// yearly rate is not the earlier plan's (the corpus convention), unless the clause says "the same period".</summary>
    private void DatedEarlierPlan(Candidate c, int after)
    {
        if (RelativeAfterAmount(after) is not { } rel || (rel.PredicateClasses & WordClass.PlanVerb) == 0 || (rel.PredicateClasses & WordClass.PastForm) == 0) return;
        var r = doc.Range(rel.Span);
        var dated = false;
        // "it set out | when it bought the site": the time clause right after the relative dates it too
        for (var k = r.Start; k < Math.Min(doc.T.Count, r.End + DatingTail); k++)
        {
            if (W(k) == "same") return;
            dated |= (Cls(k) & (WordClass.Month | WordClass.Season | WordClass.PastTimeWord)) != 0
                     || doc.T[k].IsNumber && PeriodScanner.YearValue(doc.T[k]) is { } y && y < Year();
        }
        if (!dated) return;
        c.DatedEarlier = true;
        // only its own noun phrase and clause can state its window ("a five-year plan of Rs 6,000 crore it had announced in 2024")
        (c.PeriodYears, c.FiscalYear, c.PeriodFound, c.AnnualRate) = PeriodFor(c.Q, NounPhraseStart(c.Q.Tokens.Start), r.End);
        c.Trail.Add($"an earlier plan dated by its own clause ('{doc.Text[rel.Span.Start..rel.Span.End]}'): period only from its own words");
    }

    /// <summary>The words that may open a time clause after the relative ("when", "in").</summary>
    private const int DatingTail = 2;

    /// <summary>The first word of the noun phrase (and its governing verb) an amount sits in: back over words, at most
    /// <see cref="AmountNounPhraseTail"/>, stopping at punctuation ("replacing [the $6 billion]", "enlarging [a five-year
    /// plan of Rs 6,000 crore]").</summary>
    private int NounPhraseStart(int start)
    {
        var p = start;
        var sentenceStart = doc.Sentences[doc.SentenceOf(start)].Start;
        while (p > Math.Max(sentenceStart, start - AmountNounPhraseTail) && (doc.T[p - 1].IsWord || W(p - 1) == "-")) p--;
        return p;
    }

    /// <summary>"the $X it set out in 2023": the past year in the amount's own relative clause dates the plan; it is not
    /// the plan's window.</summary>
    private bool DateOfEarlierPlan(QuantityAt amount, QuantityAt period, PeriodInfo info)
    {
        if (!(info.Year is { } y && y < Year() || info.RelativeYear == -1)) return false;
        return RelativeAfterAmount(AfterAmount(amount)) is { } rel && doc.ClauseAtToken(period.Tokens.Start) is { } pc && pc.Index == rel.Index;
    }
}
