using CapexRadar.Domain;

namespace CapexRadar.Text.Syntax;

/// <summary>Splits a chunked sentence into clauses and finds each clause's subject, predicate and object. Linear in the chunks.</summary>
internal sealed class ClauseBuilder(string text, SyntaxToken[] t, List<Chunk> c)
{
    private readonly record struct Boundary(int Chunk, ClauseLink Link, int Antecedent);

    private readonly List<Boundary> _bounds = [];
    /// <summary>Chunk index of the NP that speaks for a frame, per frame boundary chunk.</summary>
    private int _trailingFrame = -1;
    private (int From, int To, int Speaker) _accordingTo = (-1, -1, -1);

    public IReadOnlyList<Clause> Build()
    {
        if (c.Count == 0) return [];
        _bounds.Add(new Boundary(0, ClauseLink.Main, -1));
        FindTrailingFrame();
        FindAccordingTo();
        var hasPredicate = false;
        var limit = _trailingFrame >= 0 ? _trailingFrame : c.Count;
        for (var j = 0; j < c.Count; j++)
        {
            if (j == _trailingFrame) { Add(j, ClauseLink.Frame, -1); hasPredicate = true; continue; }
            if (j == _accordingTo.From) { Add(j, ClauseLink.Frame, -1); hasPredicate = false; continue; }
            if (j == _accordingTo.To) { Add(j, ClauseLink.Reported, -1); hasPredicate = false; continue; }
            if (j >= limit) continue;
            var k = c[j];
            switch (k.Kind)
            {
                case ChunkKind.Punctuation when Is(k, ';'):
                    if (j + 1 < c.Count) Add(j + 1, ClauseLink.Coordinate, -1);
                    hasPredicate = false;
                    break;
                case ChunkKind.Punctuation when Is(k, ',') && hasPredicate && j + 1 < c.Count && c[j + 1].Kind == ChunkKind.VerbGroup && t[c[j + 1].First].Has(WordClass.Gerund):
                    Add(j + 1, ClauseLink.Participle, -1); // ", lifting the budget to …"
                    break;
                case ChunkKind.Subordinator:
                    var tag = t[k.First].Tag;
                    var link = tag == TokenTag.Relative ? ClauseLink.Relative
                        : j > 0 && c[j - 1].Kind == ChunkKind.VerbGroup && VerbGroupHas(c[j - 1], WordClass.ReportingVerb) ? ClauseLink.Reported
                        : ClauseLink.Subordinate;
                    Add(j, link, link == ClauseLink.Relative ? NounPhraseBefore(j) : -1);
                    hasPredicate = false;
                    break;
                case ChunkKind.Coordinator:
                    if (hasPredicate && j + 1 < c.Count && (c[j + 1].Kind == ChunkKind.VerbGroup
                                            || c[j + 1].Kind == ChunkKind.NounPhrase && j + 2 < c.Count && c[j + 2].Kind == ChunkKind.VerbGroup && !Is(c[j + 1], '$')))
                    {
                        Add(j, ClauseLink.Coordinate, -1);
                        hasPredicate = c[j + 1].Kind == ChunkKind.VerbGroup;
                    }
                    break;
                case ChunkKind.NounPhrase when hasPredicate && j + 2 < c.Count && c[j + 1].Kind == ChunkKind.NounPhrase && c[j + 2].Kind == ChunkKind.VerbGroup
                                               && (t[c[j + 1].First].Has(WordClass.Pronoun) || t[c[j + 1].First].Has(WordClass.Determiner)):
                    Add(j + 1, ClauseLink.Relative, j); // "the ¥5bn it set in spring": a reduced relative clause
                    hasPredicate = false;
                    break;
                case ChunkKind.VerbGroup:
                    // "X said it would invest …": the reporting verb's complement without "that"
                    if (VerbGroupHas(k, WordClass.ReportingVerb) && j + 2 < c.Count && c[j + 1].Kind == ChunkKind.NounPhrase && c[j + 2].Kind == ChunkKind.VerbGroup)
                    {
                        Add(j + 1, ClauseLink.Reported, -1);
                        hasPredicate = false;
                        j++;
                        break;
                    }
                    // "expect chipmakers as a group to spend …": the object and its infinitive form a clause of their own
                    // (not "agreed last month to buy …": a noun phrase of time is no object)
                    if (VerbGroupHas(k, WordClass.ForecastVerb | WordClass.ReportingVerb | WordClass.IntentVerb) && j + 2 < c.Count && c[j + 1].Kind == ChunkKind.NounPhrase
                        && !NounPhraseHas(c[j + 1], WordClass.TimeNoun | WordClass.Month) && InfinitiveAfter(j + 2) is var inf && inf > 0)
                    {
                        Add(j + 1, ClauseLink.Reported, -1);
                        hasPredicate = false;
                        break;
                    }
                    // "X, which owns Y, has contracted …": the verb after the closing comma resumes the clause before the relative one
                    if (!hasPredicate && j > 1 && Is(c[j - 1], ',') && _bounds[^1].Link is ClauseLink.Relative && _bounds[^1].Chunk < j - 1 && _bounds[^1].Antecedent >= 0 && RelativeHasVerb(_bounds[^1].Chunk, j - 1))
                        Add(j, ClauseLink.Main, Resume);
                    else if (hasPredicate && j > 1 && Is(c[j - 1], ',') && _bounds[^1].Link is ClauseLink.Relative && _bounds[^1].Antecedent >= 0 && !t[k.First].Has(WordClass.Gerund))
                        Add(j, ClauseLink.Main, Resume);
                    hasPredicate = true;
                    break;
            }
        }
        return Materialise();
    }

    /// <summary>Antecedent marker of a boundary that resumes the clause a relative clause interrupted.</summary>
    private const int Resume = -2;

    private bool RelativeHasVerb(int from, int to)
    {
        for (var j = from; j < to; j++) if (c[j].Kind == ChunkKind.VerbGroup) return true;
        return false;
    }

    private bool NounPhraseHas(Chunk k, WordClass cls)
    {
        for (var i = k.First; i < k.End; i++) if (t[i].Has(cls)) return true;
        return false;
    }

    private int InfinitiveAfter(int from)
    {
        for (var j = from; j < Math.Min(c.Count, from + ShallowParser.InfinitiveComplementChunks); j++)
        {
            if (c[j].Kind == ChunkKind.VerbGroup) return t[c[j].First].Has(WordClass.Infinitive) ? j : -1;
            if (c[j].Kind is ChunkKind.Punctuation or ChunkKind.Subordinator or ChunkKind.Coordinator) return -1;
        }
        return -1;
    }

    private void Add(int chunk, ClauseLink link, int antecedent)
    {
        if (_bounds[^1].Chunk == chunk) _bounds[^1] = new Boundary(chunk, link == ClauseLink.Main ? _bounds[^1].Link : link, antecedent);
        else if (chunk > _bounds[^1].Chunk) _bounds.Add(new Boundary(chunk, link, antecedent));
    }

    private bool Is(Chunk k, char ch) => k.End - k.First == 1 && t[k.First].Length == 1 && text[t[k.First].Start] == ch;

    private bool VerbGroupHas(Chunk k, WordClass cls)
    {
        for (var i = k.First; i < k.End; i++) if (t[i].Has(cls) && t[i].Tag == TokenTag.Verb) return true;
        return false;
    }

    private int NounPhraseBefore(int j)
    {
        var p = j - 1;
        if (p >= 0 && Is(c[p], ',')) p--;
        return p >= 0 && c[p].Kind == ChunkKind.NounPhrase ? p : -1;
    }

    /// <summary>", X said." / ", said X." / ", X, the chief executive, said." at the end of the sentence.</summary>
    private void FindTrailingFrame()
    {
        var end = c.Count;
        while (end > 0 && c[end - 1].Kind == ChunkKind.Punctuation && !Is(c[end - 1], ',')) end--;
        for (var j = end - 1; j >= Math.Max(1, end - TrailingFrameChunksLimit); j--)
        {
            if (!Is(c[j], ',')) continue;
            var verb = -1;
            var clean = true;
            for (var k = j + 1; k < end && clean; k++)
                if (c[k].Kind == ChunkKind.VerbGroup) { if (verb >= 0 || !VerbGroupHas(c[k], WordClass.ReportingVerb)) clean = false; verb = k; }
                else if (c[k].Kind is ChunkKind.Subordinator or ChunkKind.Coordinator) clean = false;
            if (!clean) return;
            if (verb < 0) continue;
            // the frame must carry its own speaker: a noun phrase before or right after the verb
            if (!(c[j + 1].Kind == ChunkKind.NounPhrase || verb + 1 < end && c[verb + 1].Kind == ChunkKind.NounPhrase)) continue;
            // content before the frame must have a verb of its own ("…, the company said" after a full clause)
            // the earliest such comma wins (", Jane Doe, an analyst at X, said": the frame starts at Jane Doe)
            for (var k = 0; k < j; k++) if (c[k].Kind == ChunkKind.VerbGroup) { _trailingFrame = j + 1; break; }
        }
    }

    private const int TrailingFrameChunksLimit = ShallowParser.TrailingFrameChunks;

    /// <summary>"According to X, …" or "…, according to X."</summary>
    private void FindAccordingTo()
    {
        for (var j = 0; j + 2 < c.Count; j++)
        {
            if (!(c[j].Kind == ChunkKind.Preposition && t[c[j].First].Has(WordClass.ReportingNoun) && c[j + 1].Kind == ChunkKind.Preposition && c[j + 2].Kind == ChunkKind.NounPhrase)) continue;
            var after = j + 3;
            while (after < c.Count && c[after].Kind is ChunkKind.NounPhrase or ChunkKind.Preposition) after++;
            if (j == 0 && after < c.Count && Is(c[after], ',')) { _accordingTo = (0, after + 1, j + 2); return; }
            if (j > 0 && Is(c[j - 1], ',')) { _accordingTo = (j, -1, j + 2); return; }
            return;
        }
    }

    // ------------------------------------------------------------------ clauses

    private List<Clause> Materialise()
    {
        var clauses = new List<Clause>(_bounds.Count);
        TextSpan? frameSpeaker = null;
        for (var b = 0; b < _bounds.Count; b++)
        {
            var from = _bounds[b].Chunk;
            var to = b + 1 < _bounds.Count ? _bounds[b + 1].Chunk : c.Count;
            if (to <= from) continue;
            var link = _bounds[b].Link;
            var (pred, subjFrom, subjTo) = Roles(from, to, link);
            TextSpan? subject = subjFrom >= 0 ? Span(c[subjFrom].First, c[subjTo].End) : null;
            var inherited = false;
            var prev = clauses.Count > 0 ? clauses[^1] : null;
            var verbFirst = pred >= 0 && FirstContent(from, to) == pred;
            var resumed = _bounds[b].Antecedent == Resume && prev is not null && prev.Parent >= 0 ? clauses[prev.Parent] : null;
            if (subject is null && resumed is not null)
            {
                subject = resumed.Subject;
                inherited = subject is not null;
            }
            else if (subject is null && verbFirst && prev is not null)
            {
                if (link == ClauseLink.Relative && _bounds[b].Antecedent >= 0)
                    subject = Span(c[_bounds[b].Antecedent].First, c[_bounds[b].Antecedent].End);
                else if (link is ClauseLink.Coordinate or ClauseLink.Participle)
                    subject = prev.Subject;
                inherited = subject is not null;
            }
            if (link == ClauseLink.Frame && _accordingTo.Speaker >= 0 && from == _accordingTo.From)
            {
                var sp = c[_accordingTo.Speaker];
                frameSpeaker = Span(sp.First, sp.End);
            }
            var classes = WordClass.None;
            var passive = false;
            TextSpan? predicate = null, obj = null;
            if (pred >= 0)
            {
                var vg = c[pred];
                predicate = Span(vg.First, vg.End);
                var be = false;
                for (var i = vg.First; i < vg.End; i++)
                {
                    if (t[i].Tag != TokenTag.Verb) continue;
                    // a particle or infinitive marker ("gearing up to pour") adds no verb class of its own
                    if (!t[i].Has(WordClass.Particle | WordClass.Infinitive | WordClass.Preposition) || t[i].Has(WordClass.Modal | WordClass.Auxiliary)) classes |= t[i].Classes;
                    if (t[i].Has(WordClass.BeForm)) be = true;
                    else if (be && t[i].Has(WordClass.PastForm)) passive = true;
                }
                if (pred + 1 < to && c[pred + 1].Kind == ChunkKind.NounPhrase) obj = Span(c[pred + 1].First, c[pred + 1].End);
                if (link == ClauseLink.Frame && frameSpeaker is null)
                    frameSpeaker = subject ?? obj; // ", X said" or ", said X"
            }
            var parent = resumed is not null ? resumed.Parent : link switch
            {
                ClauseLink.Main or ClauseLink.Frame => -1,
                ClauseLink.Coordinate => prev?.Parent ?? -1,
                _ => clauses.Count - 1,
            };
            var first = c[from].First;
            var end = c[to - 1].End;
            clauses.Add(new Clause(clauses.Count, first, end, Span(first, end), link, parent, subject, inherited, predicate, classes, passive, obj, null));
        }
        return AssignSpeakers(clauses, frameSpeaker);
    }

    /// <summary>Reported clauses take the frame's speaker: "X said [it would …]" and "[…], X said".</summary>
    private static List<Clause> AssignSpeakers(List<Clause> clauses, TextSpan? trailingSpeaker)
    {
        var hasFrame = false;
        foreach (var x in clauses) hasFrame |= x.Link == ClauseLink.Frame;
        for (var k = 0; k < clauses.Count; k++)
        {
            var cl = clauses[k];
            TextSpan? speaker = null;
            if (cl.Link == ClauseLink.Reported && cl.Parent >= 0 && clauses[cl.Parent].Link != ClauseLink.Frame) speaker = clauses[cl.Parent].Subject;
            else if (cl.Link == ClauseLink.Reported && trailingSpeaker is not null) speaker = trailingSpeaker;
            else if (cl.Parent >= 0 && cl.Link != ClauseLink.Frame) speaker = clauses[cl.Parent].Speaker;
            else if (cl.Link == ClauseLink.Main && trailingSpeaker is not null && hasFrame) speaker = trailingSpeaker;
            if (speaker is not null) clauses[k] = cl with { Speaker = speaker };
        }
        return clauses;
    }

    private int FirstContent(int from, int to)
    {
        for (var j = from; j < to; j++)
            if (c[j].Kind is ChunkKind.NounPhrase or ChunkKind.VerbGroup) return j;
        return -1;
    }

    /// <summary>The predicate (first verb group) and the subject (first noun phrase before it that no preposition
    /// governs, extended over a coordination "A and B"; an apposition "A, the chipmaker," is not part of it).</summary>
    private (int Predicate, int SubjectFrom, int SubjectTo) Roles(int from, int to, ClauseLink link)
    {
        var pred = -1;
        for (var j = from; j < to; j++) if (c[j].Kind == ChunkKind.VerbGroup) { pred = j; break; }
        var stop = pred >= 0 ? pred : to; // a clause a relative one interrupts ("X, which …,") still names its subject
        var subj = -1;
        for (var j = from; j < stop; j++)
        {
            if (c[j].Kind != ChunkKind.NounPhrase) continue;
            if (j > from && c[j - 1].Kind == ChunkKind.Preposition) continue;
            // a relative pronoun's own clause: "which plans" has no subject of its own
            subj = j;
            break;
        }
        if (subj < 0) return (pred, -1, -1);
        var last = subj;
        var coordinated = false;
        for (var j = subj + 1; j < stop; j++)
        {
            if (c[j].Kind == ChunkKind.Coordinator) { coordinated = true; continue; }
            if (c[j].Kind == ChunkKind.NounPhrase) { if (coordinated) last = j; continue; }
            if (Is(c[j], ',')) continue;
            break;
        }
        return (pred, subj, last);
    }

    private TextSpan Span(int firstToken, int endToken) => new(t[firstToken].Start, t[endToken - 1].End);
}
