using CapexRadar.Domain;
using CapexRadar.Text.Syntax;

namespace CapexRadar.Capex.Extraction;

/// <summary>Who spends when the subject stands far from its verb (issue 10): the head of a sentence before a long
/// apposition, the company of a speaker's role, and a construction market projected.</summary>
internal sealed partial class CapexRun
{
    /// <summary>How many tokens the opening noun phrase of a sentence (its head organisation) may take.</summary>
    private const int HeadPhraseReach = 12;

    /// <summary>
    /// "The European Semiconductor Manufacturing Company (ESMC), the chipmaking joint venture in which A holds 70% and B hold
    /// 10% each, will invest …": the verb group of the spending clause follows a comma right away, and the sentence opens with
    /// an organisation followed by a comma and an apposition (a determiner first) — the opening organisation is the subject,
    /// not one named inside the apposition. Returns the head organisation (the last one named before the first comma).
    /// </summary>
    private OrgMention? HeadBeforeApposition(int verb, int sentenceStart)
    {
        // ", will invest", ", plans to invest", ", is set to spend": at most three words of modals, auxiliaries, intent or "to"
        var p = verb - 1;
        for (var hop = 0; hop < 3 && p > sentenceStart && ((Cls(p) & (WordClass.Modal | WordClass.Auxiliary | WordClass.IntentVerb)) != 0 || W(p) is "to" or "also" or "now"); hop++) p--;
        if (p == verb - 1 && (Cls(verb) & WordClass.PastForm) == 0 && !W(verb).EndsWith('s')) return null;
        if (W(p) != ",") return null;
        // skip a dateline: "DRESDEN —", "RIYADH (Gulf Wire) -"
        var first = sentenceStart;
        for (var k = sentenceStart; k < Math.Min(p, sentenceStart + 6); k++)
            if (W(k) is "—" or "–" or "-" && k > sentenceStart && !doc.T[k].IsWord && doc.T[k - 1].Lower.Length > 0) { first = k + 1; break; }
        OrgMention? head = null;
        var comma = -1;
        for (var k = first; k < Math.Min(p, first + HeadPhraseReach); k++)
        {
            if (W(k) == ",") { comma = k; break; }
            // not an organisation in a prepositional phrase ("venture with Kestrel") or a possessive ("Hollis Cloud's vCore")
            if (doc.OrgAt(k) is { } o)
            {
                if (!CapexLexicon.Prepositions.Contains(W(k - 1)) && !(W(o.Tokens.End) is "'s" or "’s" or "'" or "’")) head = o;
                k = o.Tokens.End - 1;
            }
        }
        if (head is null || comma < 0 || comma == p) return null;
        if (!(W(comma + 1) is "the" or "a" or "an")) return null;
        return head;
    }

    /// <summary>"Khalid Al-Otaibi, chief executive of Najd Thermal Solutions, a maker of chillers, said the company would invest":
    /// the sentence opens with a person and a role "of" an organisation (or a capitalised name no list knows); "the company" the
    /// person speaks of is that organisation, not one named earlier in the story.</summary>
    private OrganizationEntity? CompanyOfSpeakerRole(int sentenceStart, int pronounAt)
    {
        // "the company", "it", "the firm" — not "the group", which may be the larger group the role's company belongs to
        if (!(W(pronounAt) is "it" or "company" or "firm" || W(pronounAt + 1) is "company" or "firm")) return null;
        if (doc.PersonAt(sentenceStart) is not { } person) return null;
        var k = person.Tokens.End;
        if (W(k) != ",") return null;
        k++;
        // the role: a few words ending with a role head, then "of"
        var role = -1;
        for (var j = k; j < Math.Min(pronounAt, k + RoleReach); j++)
        {
            if (W(j) == "of" && j > k && CapexWords.Is(CapexWords.RoleHead, W(j - 1))) { role = j; break; }
            if (!doc.T[j].IsWord && W(j) != "-") return null;
        }
        if (role < 0) return null;
        // a company some list knows: "Jane Roe, chief executive of Contoso, said the company would invest"
        if (doc.OrgAt(role + 1) is { } known && known.Tokens.Start == role + 1) return W(known.Tokens.End) is "," or "said" or "says" or "told" ? known.Org : null;
        var e = role + 1;
        while (e < pronounAt && e - role - 1 < MaxUnknownNameTokens && doc.T[e].IsWord && (doc.T[e].Capitalized || W(e) == "&")) e++;
        if (e == role + 1 || !(W(e) is "," or "said" or "says" or "told")) return null;
        var r = new TokenRange(role + 1, e);
        if (!NameLike(r, true)) return null;
        var name = new TextSpan(doc.T[r.Start].Start, doc.T[r.End - 1].End);
        var text = doc.Text[name.Start..name.End];
        return new OrganizationEntity("x-" + Slug(text), text, [], null, [], [name], false);
    }

    /// <summary>How many words a speaker's role may take before "of" ("chief executive", "managing director and founder").</summary>
    private const int RoleReach = 5;

    /// <summary>"Yano Research projects that the domestic data-centre construction market will reach 1.2 trillion yen a year":
    /// a projection predicate before the amount whose subject is a market of building (<c>BuildMarketWord</c> right before
    /// "market"), no organisation in it — a forecast of what is spent on construction, not a company's plan.</summary>
    private bool BuildMarketProjected(int start, int clauseStart)
    {
        var p = PreviousWordBeforeAmount(start);
        if (W(p) == "to" && CapexLexicon.ForecastPredicates.Contains(W(p - 1))) p--;
        if (!CapexLexicon.ForecastPredicates.Contains(W(p))) return false;
        p--;
        for (var hop = 0; hop < 2 && ((Cls(p) & (WordClass.Modal | WordClass.Auxiliary)) != 0 || W(p) is "to" or "could" or "likely"); hop++) p--;
        if (W(p) != "market") return false;
        for (var k = p - 1; k >= Math.Max(clauseStart, p - 2); k--)
        {
            if (doc.OrgAt(k) is not null) return false;
            if (CapexWords.Is(CapexWords.BuildMarketWord, W(k))) return true;
        }
        return false;
    }
}
