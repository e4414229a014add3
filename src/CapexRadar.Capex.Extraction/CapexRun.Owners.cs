using CapexRadar.Domain;
using CapexRadar.Text.Syntax;

namespace CapexRadar.Capex.Extraction;

/// <summary>
/// Stage 9a, clause first (issue 10, eleventh session): the owner of an amount is the subject of the finite clause whose
/// predicate governs it — the amount lies in the predicate's object or in one of its prepositional or adjunct phrases.
/// Organisations inside prepositional phrases, appositions, possessive modifiers of other nouns and relative clauses are
/// not the clause's subject, so they never own its amount. The window heuristic (<see cref="ResolveSubject"/>) decides
/// only when this stage finds no owner in the parse. Each rule writes its name to the trail (<c>extract --explain</c>).
/// </summary>
internal sealed partial class CapexRun
{
    /// <summary>"by Contoso" after a passive predicate: the agent is at most this many tokens after the verb group
    /// ("will be invested [in the Ohio site] by …" is not read; "will be invested by …", "was announced on Monday by …" are).</summary>
    private const int ByAgentReach = 6;

    /// <summary>The owner the clause structure gives, or null when the parse does not say (the window rules decide then).</summary>
    private Subject? OwnerOfGoverningClause(Clause? cl, AmountSite at, AmountCues cues, Subject nearest, Candidate c)
    {
        if (cl?.Predicate is not { } pred) return null;
        var amountChar = doc.T[at.Start].Start;
        var pr = doc.Range(pred);
        var clauseTokens = doc.Range(cl.Span);
        // Rule "passive by-agent": "$2 billion will be invested by Contoso", "A $2 billion expansion was announced by Contoso",
        // "About $2 billion is to be spent by Contoso on …"
        var unnamed = nearest.Kind is SubjectKind.None or SubjectKind.Stop;
        if (unnamed && cl.Passive && ByAgent(pr.End, clauseTokens.End) is { } agent)
        {
            c.Trail.Add($"owner [clause: passive by-agent]: '{agent.Org.Name}'");
            return new Subject(SubjectKind.Org, agent, agent.Tokens.Start);
        }
        // the amount sits in the subject ("Around $3 billion of the outlay is earmarked …"): parts and copulas, decided elsewhere
        if (amountChar < pred.Start) return null;
        if (!GovernsSpending(cues, pr, clauseTokens, at)) return null;
        // Rule "unit of the possessor": "Its Italian unit Fastweb will add €150 million": the company "its" stands for
        if (UnitOfPossessor(cl) is var its and >= 0)
        {
            c.Trail.Add($"owner [clause: the subject names a unit of the company '{W(its)}' stands for]");
            return new Subject(SubjectKind.CompanyPronoun, null, its);
        }
        // Rule "subject organisation": "Contoso will pour $2 billion into … with partner Fabrikam", "Contoso, a customer of
        // Fabrikam, set aside $2 billion", "Working with Fabrikam, Contoso unveiled a $2 billion expansion"
        // (an organisation the window found is replaced only by another organisation: a person, a pronoun or a group word
        // before the verb keeps the window's frame, whose forecast and pronoun rules come after this stage)
        if (nearest.Kind is SubjectKind.Org or SubjectKind.None && SubjectHeadOrg(cl) is { } own)
        {
            // the window's organisation is the subject or inside it ("A, B and C will together spend": the coordination rules after
            // this stage read the whole list from its last member)
            if (nearest.Kind == SubjectKind.Org && nearest.Org is { } n && (n.Org.CompanyId == own.Org.CompanyId || Inside(n, cl.Subject))) return nearest;
            // "Equinix, the operator that counts Oracle among its tenants, plans to spend": the parse's subject inside the
            // apposition of the nearest organisation (its opening comma right after it, a closing comma before the verb)
            if (nearest.Org is { } near && W(near.Tokens.End) == "," && own.Tokens.Start > near.Tokens.End && CommaBetween(own.Tokens.End, pr.Start))
                return null;
            c.Trail.Add($"owner [clause: subject of the governing clause]: '{own.Org.Name}'"
                        + (nearest.Org is { } o && o.Org.CompanyId != own.Org.CompanyId ? $" (not the nearest organisation '{o.Org.Name}')" : ""));
            return new Subject(SubjectKind.Org, own, own.Tokens.Start);
        }
        if (cl.Subject is not { } s) return null;
        // Rule "reported pronoun": "It will invest $2 billion …, Contoso said", "Fabrikam rose after Contoso said it would spend
        // $2 billion": the reporting frame's organisation is what "it" / "the company" stands for
        if (nearest.Kind is SubjectKind.CompanyPronoun or SubjectKind.None && CompanyAnaphor(s) && cl.Speaker is { } sp && SpeakerOrganisation(sp) is { } speaker)
        {
            c.Trail.Add($"owner [clause: speaker of the reported clause whose subject is '{doc.Text[s.Start..s.End]}']: '{speaker.Org.Name}'");
            return new Subject(SubjectKind.Org, speaker, speaker.Tokens.Start);
        }
        // Rule "unknown subject": "Kestrel Foundries will invest $300 million in …": a capitalised name no list knows
        if (unnamed && !cl.SubjectInherited && NameLike(s) && !OpeningWordSubject(doc.Range(s)))
        {
            var named = Synthetic(doc.Range(s));
            c.Trail.Add($"owner [clause: unknown capitalised subject of the investing clause]: '{named.Org.Name}'");
            return new Subject(SubjectKind.Org, named, named.Tokens.Start);
        }
        return null;
    }

    /// <summary>"KUALA LUMPUR - …", "Working alongside …", "Suppliers such as …", "Elsewhere": a dateline in capitals, or a single
    /// capitalised word opening the sentence, is no name.</summary>
    private bool OpeningWordSubject(TokenRange r)
    {
        // "KUALA LUMPUR - …": a dateline in capitals
        var caps = true;
        for (var t = r.Start; t < r.End; t++) caps &= doc.T[t].AllCaps && doc.T[t].Length > 1;
        if (caps) return true;
        // "Elsewhere, …", "Overseas, …": one capitalised word opening the sentence is an opener, not a name
        if (r.End - r.Start != 1 || doc.SentenceOf(r.Start) is not (>= 0 and var si) || doc.Sentences[si].Start != r.Start) return false;
        return true;
    }

    /// <summary>The spending cue lies in the clause's predicate or after it ("will pour $2 billion", "unveiled a $2 billion
    /// expansion", "approved $2 billion for …"), so the predicate governs the amount; a spending noun in the subject ("Its
    /// capex budget will be $9 billion") does not make the copula govern it.</summary>
    private bool GovernsSpending(AmountCues cues, TokenRange predicate, TokenRange clause, AmountSite at)
    {
        var cue = cues.Trigger >= 0 ? cues.Trigger : cues.Post || cues.Head.Positive ? at.Start : -1;
        if (cue < predicate.Start || cue >= clause.End) return false;
        // "Suppliers stand to gain as Contoso commits $2 billion": another finite verb between the predicate and the cue heads
        // a clause of its own (the parse may not have split it), so the predicate does not govern the amount
        var syntax = doc.Syntax(at.Qa.Sentence);
        var k = syntax.TokenAt(doc.T[predicate.End - 1].End);
        var stop = syntax.TokenAt(doc.T[cue].Start);
        for (; k >= 0 && k < stop; k++)
            if (syntax.Tokens[k].Tag == TokenTag.Verb && !syntax.Tokens[k].Has(WordClass.Gerund | WordClass.Infinitive)
                && syntax.Tokens[k].Start >= doc.T[predicate.End - 1].End) return false;
        return true;
    }

    /// <summary>The organisation heading the subject (<see cref="ClauseSubjectOrg"/>), or the one a possessive names for a
    /// company organ ("Contoso's board approved …"), or the one an apposition names for the subject ("Fabrikam's biggest
    /// customer, Contoso, will spend …").</summary>
    private OrgMention? SubjectHeadOrg(Clause cl)
    {
        if (cl.Subject is not { } s || cl.Link == ClauseLink.Relative && cl.SubjectInherited) return ClauseSubjectOrg(cl);
        var r = doc.Range(s);
        // "Working alongside Fabrikam, Contoso unveiled …", "In a filing with regulators, Contoso said …": an opening phrase
        // closed by a comma; the organisation between that comma and the predicate is the subject
        if (OpeningPhraseSubject(cl, r) is { } opened) return opened;
        if (ClauseSubjectOrg(cl) is { } m) return m;
        // "Contoso's board approved …", "Contoso's directors signed off …": a company organ possessed by the organisation
        if (doc.OrgAt(r.Start) is { } owner && AfterPossessive(owner.Tokens.End) is var head and > 0 && head < r.End && r.End - head <= 2
            && CapexWords.Is(CapexWords.CompanyOrgan, W(r.End - 1)))
            return owner;
        // "Fabrikam's biggest customer, Contoso, …": a subject that names a relation, then its name in an apposition
        if (W(r.End) == "," && doc.OrgAt(r.End + 1) is { } named && W(named.Tokens.End) == "," && CapexWords.Is(CapexWords.RelationNoun, W(r.End - 1)))
            return named;
        return null;
    }

    /// <summary>The organisation right before the predicate, after the comma closing an opening prepositional or participle
    /// phrase that the parse took for the subject ("Working alongside Fabrikam, Contoso unveiled …").</summary>
    private OrgMention? OpeningPhraseSubject(Clause cl, TokenRange subject)
    {
        if (cl.Predicate is not { } pred) return null;
        var p = doc.Range(pred).Start;
        // the organisation ends right before the verb group (an adverb between is allowed: "Contoso also said")
        var e = p - 1;
        if ((Cls(e) & WordClass.Adverb) != 0) e--;
        if (doc.OrgAt(e) is not { } m || m.Tokens.End != e + 1 || W(m.Tokens.Start - 1) != "," || m.Tokens.Start <= subject.Start) return null;
        return OpeningPhraseBefore(m.Tokens.Start - 1) ? m : null;
    }

    /// <summary>The token after a possessive marker at <paramref name="k"/> ("'s", "’s", "'" "s", "'"), or -1 when there is none.</summary>
    private int AfterPossessive(int k) =>
        W(k) is "'s" or "’s" ? k + 1 : W(k) is "'" or "’" ? (W(k + 1) == "s" ? k + 2 : k + 1) : -1;

    /// <summary>"it", "we", "the company", "the group", "the Munich-based firm": the subject stands for a company named elsewhere.</summary>
    private bool CompanyAnaphor(TextSpan s)
    {
        var r = doc.Range(s);
        var n = r.End - r.Start;
        if (n == 1) return W(r.Start) is "it" or "we";
        return n <= 3 && W(r.Start) == "the" && CapexLexicon.CompanyNouns.Contains(W(r.End - 1)) && !CapexLexicon.VehicleNouns.Contains(W(r.End - 1));
    }

    /// <summary>The organisation that speaks a reporting frame: one named in it (not a person's employer: "the company will …,
    /// said an analyst at X" is about another company), or a capitalised name no list knows.</summary>
    private OrgMention? SpeakerOrganisation(TextSpan sp)
    {
        var r = doc.Range(sp);
        OrgMention? last = null;
        for (var t = r.Start; t < r.End; t++)
        {
            if (doc.PersonAt(t) is not null) return null;
            if ((Cls(t) & WordClass.Preposition) != 0) break;
            // "FUJIKURA FIBRE - Japanese cable maker Fujikura Ltd said": the name next to the verb, not a dateline or headline in capitals
            if (doc.OrgAt(t) is { } m)
            {
                if (W(m.Tokens.End) is "'" or "’" or "'s" or "’s") return null;
                if (!OpeningWordSubject(m.Tokens)) last = m;
                t = m.Tokens.End - 1;
            }
        }
        if (last is not null) return last;
        return NameLike(sp) && !OpeningWordSubject(r) ? Synthetic(r) : null;
    }

    /// <summary>"by Contoso", "by the Contoso group" after a passive verb group; "by 2030", "by the end of" are no agents.</summary>
    private OrgMention? ByAgent(int afterPredicate, int clauseEnd)
    {
        for (var k = afterPredicate; k < Math.Min(clauseEnd, afterPredicate + ByAgentReach); k++)
        {
            if (W(k) is "," or ";" or "(") return null;
            if (W(k) != "by") continue;
            var a = W(k + 1) == "the" ? k + 2 : k + 1;
            if (doc.OrgAt(a) is { } m) return m;
            var e = a;
            while (e < clauseEnd && e - a < MaxUnknownNameTokens && doc.T[e].IsWord && doc.T[e].Capitalized) e++;
            return e > a && NameLike(new TokenRange(a, e), false) ? Synthetic(new TokenRange(a, e)) : null;
        }
        return null;
    }

    /// <summary>An organisation no list knows, named by the tokens <paramref name="r"/> (<c>x-&lt;slug&gt;</c> id, as Entities names it).</summary>
    private OrgMention Synthetic(TokenRange r)
    {
        var span = new TextSpan(doc.T[r.Start].Start, doc.T[r.End - 1].End);
        var text = doc.Text[span.Start..span.End];
        return new OrgMention(new OrganizationEntity("x-" + Slug(text), text, [], null, [], [span], false), r);
    }
}
