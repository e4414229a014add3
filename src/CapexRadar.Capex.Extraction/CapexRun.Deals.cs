using CapexRadar.Domain;
using CapexRadar.Text.Syntax;

namespace CapexRadar.Capex.Extraction;

/// <summary>Frames of buying capacity and equipment, and of the cost of a stage of a plan (issue 10): an agreement with a
/// buyer, the value of GPUs bought, a project's share, a stage "costing" an amount. Words in <c>Lexicon/capex-words.json</c>.</summary>
internal sealed partial class CapexRun
{
    /// <summary>An agreement to buy capacity or equipment, and its buyer when a relative clause names one.</summary>
    private sealed record Deal(OrgMention? Buyer);

    /// <summary>How far after the agreement noun its counterparty and its object ("for capacity") may stand.</summary>
    private const int DealReach = 14;

    /// <summary>
    /// The amount heads an agreement (<c>AgreementNoun</c>) to buy capacity or equipment:
    /// "a $3.5 billion agreement under which Meta Platforms will buy GPU capacity from the company" (buyer: the subject after
    /// "under which"), "a $19.4 billion agreement that Microsoft signed with Nebius … for capacity" (buyer: the subject of the
    /// relative clause, which signs with the supplier), "signed a $1.2 billion agreement with GE Vernova for steam turbines"
    /// (buyer: the clause's subject, decided later). Null when the agreement buys nothing of the kind.
    /// </summary>
    private Deal? CapacityAgreement(int amountEnd, int sentenceEnd)
    {
        if (AgreementNounAt(amountEnd) is not (>= 0 and var after)) return null;
        var end = Math.Min(sentenceEnd, after + 1 + DealReach);
        var k = after + 1;
        OrgMention? buyer = null, awarder = null;
        // "a $500 million supply contract with TenneT for transformers": the signer supplies; the counterparty buys
        var supply = -1;
        for (var m = amountEnd; m < after; m++)
            if (SupplierVerb(m)) supply = m;
        if (W(k) == "under" && W(k + 1) == "which") k += 2;
        else if (W(k) is "that" or "which") k++;
        // "Under the seven-year, $38 billion deal, OpenAI will get access to … GPUs": the clause after the opening phrase
        else if (W(k) == "," && doc.SentenceOf(k) is >= 0 and var si && W(doc.Sentences[si].Start) == "under" && (doc.OrgAt(k + 1) is not null)) k++;
        else k = -1;
        if (k > 0)
        {
            // the relative clause's subject, then a verb of buying, signing or supplying within two words; "under which it will
            // supply …": the clause's own subject stands for the signer
            var o = doc.OrgAt(k);
            if (o is null && W(k) is not ("it" or "they") || o is not null && o.Tokens.Start != k) return null;
            var v = o?.Tokens.End ?? k + 1;
            // "will buy", "has signed", "would rent": up to two auxiliaries
            for (var hop = 0; hop < 2 && ((Cls(v) & WordClass.Modal) != 0 || W(v) is "has" or "had" or "have"); hop++) v++;
            // "under which Nscale will supply GPU capacity to Microsoft": the subject provides; its recipient buys
            if (SupplierVerb(v)) supply = v;
            // "under which Microsoft has contracted GPU capacity from Nscale", "under which OpenAI will run its workloads on AWS
            // infrastructure": a verb of buying, signing, contracting or using
            else if ((Cls(v) & (WordClass.PurchaseVerb | WordClass.InvestVerb)) == 0 && !CapexWords.Is(CapexWords.SignVerb, W(v)) && !CapexWords.Is(CapexWords.UseVerb, W(v))) return null;
            else buyer = o;
            // "under which it will buy capacity from X": the signer buys (decided by the clause's subject)
            if (o is null && supply < 0) return HasCapacityObject(v + 1, end) ? new Deal(null) : null;
            k = v + 1;
        }
        else
        {
            k = after + 1;
            // "won a $14 billion contract from Meta to supply computing capacity": the organisation that awards the contract buys
            if (W(k) == "from" && doc.OrgAt(k + 1) is { } from && from.Tokens.Start == k + 1)
            {
                awarder = from;
                k = from.Tokens.End;
            }
        }
        // the object: capacity or equipment bought ("for capacity", "buy GPU capacity", "for steam turbines and generators")
        for (var t = k; t < end; t++)
        {
            if (W(t) is "." or ";") break;
            // "a $10 billion agreement to provide OpenAI with cloud capacity": the signer supplies
            if (supply < 0 && buyer is null && doc.OrgAt(t) is null && SupplierVerb(t) && W(t - 1) == "to") supply = t;
            if (CapacityToken(t))
            {
                // a supplier's agreement, an order or a contract awarded is the buyer's spending only for computing capacity ("won a
                // $600 million order from X for transformers" is the supplier's revenue, no one's capex)
                var compute = (Cls(t) & WordClass.CapacityNoun) != 0 && W(t) != "power";
                if ((supply >= 0 || awarder is not null || W(after) is "order" or "orders") && !compute) return null;
                // a supplier's agreement buys nothing of its own: the recipient is the buyer, or there is no spending
                if (supply >= 0) return Recipient(supply, t, after + 1, sentenceEnd) is { } r ? new Deal(r) : null;
                if (buyer is not null || awarder is not null) return new Deal(buyer ?? awarder);
                return HasCounterparty(after + 1, t) ? new Deal(null) : null;
            }
        }
        return null;
    }

    private bool HasCapacityObject(int from, int end)
    {
        for (var t = from; t < end; t++)
        {
            if (W(t) is "." or ";") return false;
            if (CapacityToken(t)) return true;
        }
        return false;
    }

    /// <summary>Who receives what a supplier's agreement provides: the organisation right after the verb ("to provide OpenAI with
    /// cloud capacity"), after "to" following the object ("to supply GPU capacity to Microsoft"), or the counterparty named before
    /// the verb ("with Microsoft to supply …", "a contract from Meta to supply …").</summary>
    private OrgMention? Recipient(int supply, int obj, int from, int sentenceEnd)
    {
        if (doc.OrgAt(supply + 1) is { } direct && direct.Tokens.Start == supply + 1) return direct;
        for (var t = obj + 1; t < Math.Min(sentenceEnd, obj + 1 + RecipientReach); t++)
        {
            if (W(t) is "to" or "for" && doc.OrgAt(t + 1) is { } to && to.Tokens.Start == t + 1) return to;
            if (W(t) is "." or ";" or "," || doc.QuantityAtToken(t) is { Quantity.Kind: QuantityKind.Money }) break;
        }
        // "with Microsoft to supply …" (before the verb), "a $500 million supply contract with TenneT for servers" (the verb a
        // modifier of the agreement noun: the counterparty stands between the noun and the object)
        for (var t = Math.Min(from, supply + 1); t < obj; t++)
            if (W(t) is "with" or "from" && doc.OrgAt(t + 1) is { } party && party.Tokens.Start == t + 1) return party;
        return null;
    }

    /// <summary>"provide", "supply", "deliver", "lease out" (not "lease" or "rent" alone: the lessee buys).</summary>
    private bool SupplierVerb(int t) =>
        CapexWords.Is(CapexWords.SupplyVerb, W(t)) && !(W(t).StartsWith("lease", StringComparison.Ordinal) || W(t).StartsWith("leasing", StringComparison.Ordinal) || W(t).StartsWith("rent", StringComparison.Ordinal)) || W(t + 1) == "out" && CapexWords.Is(CapexWords.SupplyVerb, W(t));

    /// <summary>How far after the object of a supplier's verb its recipient ("… capacity at its Texas campus to Microsoft") may stand.</summary>
    private const int RecipientReach = 8;

    /// <summary>
    /// The agreement noun an amount heads: right after it ("a $4 billion agreement"), after a few modifiers ("a $500 million
    /// supply contract", "a $2 billion cloud capacity deal") or after a comma and a term ("a $9.7 billion, five-year contract").
    /// -1 when none.
    /// </summary>
    private int AgreementNounAt(int after)
    {
        var k = after;
        if (W(k) == "," && (doc.QuantityAtToken(k + 1) is { Quantity.Kind: QuantityKind.Duration or QuantityKind.Period } || QuantityLexicon.SmallNumbers.ContainsKey(W(k + 1)) && W(k + 2) == "-"))
            k++;
        for (var hop = 0; hop <= AgreementModifierReach && k < doc.T.Count; hop++)
        {
            if (CapexWords.Is(CapexWords.AgreementNoun, W(k))) return k;
            if (!(doc.T[k].IsWord || doc.T[k].IsNumber || W(k) == "-") || HeadStops.Contains(W(k)) || doc.OrgAt(k) is not null) return -1;
            k++;
        }
        return -1;
    }

    /// <summary>Modifiers between an amount and its agreement noun ("five-year cloud capacity").</summary>
    private const int AgreementModifierReach = 5;

    /// <summary>
    /// "would supply Meta Platforms with $3 billion of AI infrastructure", "agreed to provide Microsoft with GPU infrastructure
    /// worth $17.4 billion": a supplier's verb, its recipient and "with", then capacity bought — the recipient's commitment.
    /// </summary>
    private OrgMention? SuppliedRecipient(int start, int after, int sentenceStart)
    {
        var p = VerbBeforeAmount(start);
        // "… with $3 billion of AI infrastructure"
        if (W(p) == "with" && doc.OrgAt(p - 1) is { } r && SupplierVerb(r.Tokens.Start - 1) && CapacityOfPhrase(after)) return r;
        // "… with GPU infrastructure worth $17.4 billion"
        if (W(p) != "worth") return null;
        var capacity = false;
        for (var k = p - 1; k >= Math.Max(sentenceStart + 1, p - WorthReach); k--)
        {
            if (W(k) is ";" or ":" || doc.QuantityAtToken(k) is { Quantity.Kind: QuantityKind.Money }) return null;
            capacity |= doc.OrgAt(k) is null && CapacityOrEquipment(k);
            if (capacity && W(k) == "with" && doc.OrgAt(k - 1) is { } rec && SupplierVerb(rec.Tokens.Start - 1)) return rec;
        }
        return null;
    }

    /// <summary>A capacity or equipment noun outside any name — or the plural that ends a name ("100,000 Nvidia GPUs" may
    /// come tagged as one name).</summary>
    private bool CapacityToken(int t) =>
        CapacityOrEquipment(t) && (doc.OrgAt(t) is not { } o || o.Tokens.End == t + 1 && o.Tokens.Start < t && W(t).EndsWith('s') && (Cls(t) & WordClass.CapacityNoun) != 0);

    /// <summary>Capacity ("GPU capacity", "compute"; not "power": electricity bought is no capex) or equipment ("turbines").</summary>
    private bool CapacityOrEquipment(int t) => (Cls(t) & WordClass.CapacityNoun) != 0 && W(t) != "power" || CapexWords.Is(CapexWords.EquipmentNoun, W(t));

    /// <summary>"… agreement with GE Vernova for …": a counterparty organisation after "with" before the object.</summary>
    private bool HasCounterparty(int from, int to)
    {
        for (var t = from; t < to; t++)
            if (W(t) == "with" && doc.OrgAt(t + 1) is not null) return true;
        return false;
    }

    /// <summary>"has agreed to buy roughly 100,000 Nvidia GPUs for the site, worth around $4 billion": a verb of buying (not in a
    /// past form) with a capacity object before "worth", in the same sentence. Returns the verb.</summary>
    private int? CapacityBoughtBefore(int worth, int sentenceStart)
    {
        var capacity = false;
        for (var k = worth - 1; k >= Math.Max(sentenceStart, worth - WorthReach); k--)
        {
            if (W(k) is ";" or ":" || doc.QuantityAtToken(k) is { Quantity.Kind: QuantityKind.Money }) return null;
            // "100,000 Nvidia GPUs" may come tagged as one name: a plural capacity noun that ends it still counts
            capacity |= CapacityOrEquipment(k) && (doc.OrgAt(k) is not { } o || o.Tokens.End == k + 1 && W(k).EndsWith('s') && (Cls(k) & WordClass.CapacityNoun) != 0);
            if (capacity && (Cls(k) & WordClass.PurchaseVerb) != 0 && (Cls(k) & WordClass.PastForm) == 0) return k;
        }
        return null;
    }

    /// <summary>How far before "worth" the verb of buying may stand.</summary>
    private const int WorthReach = 16;

    /// <summary>"its share of the second phase of the site", "our share of the project's cost": a portion of a project.</summary>
    private bool ShareOfProject(int share)
    {
        if (W(share + 1) != "of") return false;
        for (var k = share + 2; k < Math.Min(doc.T.Count, share + 2 + AssetNounReach); k++)
        {
            var w = W(k);
            if (CapexWords.Is(CapexWords.PlanAnaphor, w) || CapexLexicon.ProjectHeads.Contains(w) || CapexWords.Is(CapexWords.AssetNoun, w) || w is "cost" or "costs") return true;
            if (!doc.T[k].IsWord && w != "-") return false;
        }
        return false;
    }

    /// <summary>"The first 100-megawatt phase, costing about R$3.8 billion, …", "Its second stage, which will cost $2 billion, …":
    /// the sentence opens with a definite stage of the plan (<c>PlanAnaphor</c>) and a cost word stands right before the amount.</summary>
    private bool CostOfPlanStage(int start, int sentenceStart)
    {
        var p = PreviousWordBeforeAmount(start);
        if (!CapexLexicon.CostWords.Contains(W(p))) return false;
        if (W(p - 1) is "will" or "would" or "should") p--;
        if (W(p - 1) == "which") p--;
        if (W(p - 1) != ",") return false;
        if (!CapexWords.Is(CapexWords.DefiniteDeterminer, W(sentenceStart)) && !(W(sentenceStart) is "its" or "their")) return false;
        for (var k = sentenceStart + 1; k < p - 1; k++)
            if (!doc.T[k].IsWord && !doc.T[k].IsNumber && W(k) != "-") return false;
        return CapexWords.Is(CapexWords.PlanAnaphor, W(p - 2)) && W(p - 2) is not ("investment" or "investments" or "spending" or "budget" or "capex" or "outlay");
    }
}
