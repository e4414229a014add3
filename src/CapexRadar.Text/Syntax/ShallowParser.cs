using CapexRadar.Domain;

namespace CapexRadar.Text.Syntax;

/// <summary>
/// Shallow syntax of one sentence: tokens tagged from <see cref="WordClassLexicon"/>, chunks (noun phrases, verb groups,
/// prepositions, conjunctions), clauses split at semicolons, coordinating and subordinating conjunctions, relative
/// pronouns, participle commas and reporting frames, and for each clause its subject / predicate / object.
/// Every pass is linear in the sentence; the few look-aheads are bounded by the named constants below.
/// </summary>
public static class ShallowParser
{
    /// <summary>"after"/"before"/"since"/"until" open a clause only when a verb follows within this many tokens
    /// ("after the company said …"); otherwise they are prepositions ("after 2025"). A subordinate clause's verb
    /// comes within a short noun phrase of its conjunction; the bound keeps the scan linear on hostile input.</summary>
    public const int SubordinateLookahead = 8;

    /// <summary>A trailing reporting frame (", Jane Doe, the chief executive, said.") is this many chunks at most:
    /// subject, apposition and verb. Longer tails are content, not a frame.</summary>
    public const int TrailingFrameChunks = 10;

    /// <summary>"expect chipmakers as a group to spend …": the infinitive of an object-control complement comes within
    /// this many chunks of the forecasting or reporting verb (a noun phrase and a short modifier).</summary>
    public const int InfinitiveComplementChunks = 6;

    /// <summary>Parses every sentence of <paramref name="text"/>.</summary>
    public static IReadOnlyList<SentenceSyntax> ParseAll(string text, WordClassLexicon? lexicon = null)
    {
        var result = new List<SentenceSyntax>();
        foreach (var s in SentenceSplitter.Sentences(text)) result.Add(Parse(text, s, lexicon));
        return result;
    }

    public static SentenceSyntax Parse(string text, TextSpan sentence, WordClassLexicon? lexicon = null) => Parse(text, sentence, lexicon, default);

    /// <summary>As <see cref="Parse(string, TextSpan, WordClassLexicon?)"/>, with the tokens made of <paramref name="atoms"/>:
    /// the atoms of the whole text already scanned (<see cref="AnnotatedDocument.AtomArray"/>), so the sentence is not
    /// scanned again. Empty: the sentence is scanned.</summary>
    internal static SentenceSyntax Parse(string text, TextSpan sentence, WordClassLexicon? lexicon, ReadOnlySpan<Atom> atoms)
    {
        ArgumentNullException.ThrowIfNull(text);
        lexicon ??= WordClassLexicon.Default;
        // one pass of the tokenizer into a reusable per-thread buffer, then one exact array
        var scratch = _scratch ??= new Token[256];
        var count = 0;
        if (SentenceAtoms(atoms, sentence) is var (first, end) && first >= 0)
        {
            // the text cut at the sentence's end: the tokenizer's look-ahead stops where the sentence's scan would
            foreach (var t in new Tokenizer(text.AsSpan(0, sentence.End), atoms[first..end]))
            {
                if (count == scratch.Length) Array.Resize(ref scratch, scratch.Length * 2);
                scratch[count++] = t;
            }
        }
        else
        {
            var body = text.AsSpan(sentence.Start, sentence.End - sentence.Start);
            foreach (var t in new Tokenizer(body, sentence.Start))
            {
                if (count == scratch.Length) Array.Resize(ref scratch, scratch.Length * 2);
                scratch[count++] = t;
            }
        }
        _scratch = scratch.Length <= 1 << 16 ? scratch : null; // keep a reusable buffer, not a hostile input's
        var tokens = new SyntaxToken[count];
        var n = 0;
        // the shipped classes come from this thread's vocabulary: each form's classes are found once, not per sentence
        var vocabulary = ReferenceEquals(lexicon, WordClassLexicon.Default) ? Vocabulary.Current : null;
        foreach (var t in scratch.AsSpan(0, count))
        {
            var slice = t.Slice(text);
            var classes = t.Kind != TokenKind.Word ? WordClass.None
                : (vocabulary is not null ? vocabulary.DefaultClassesOfAnyCase(StripPossessive(slice)) : lexicon.OfAnyCase(StripPossessive(slice))) & ~WordClass.RuleOnly;
            tokens[n++] = new SyntaxToken(t.Start, t.Length, t.Kind, classes, TokenTag.Noun, t.Kind == TokenKind.Word && char.IsUpper(slice[0]));
        }
        for (var i = 0; i < tokens.Length; i++) tokens[i] = tokens[i] with { Tag = TagOf(text, tokens, i) };
        var chunks = Chunk(text, tokens);
        var clauses = new ClauseBuilder(text, tokens, chunks).Build();
        return new SentenceSyntax(sentence, tokens, chunks, clauses);
    }

    [ThreadStatic] private static Token[]? _scratch;

    /// <summary>The atoms [first, end) lying inside <paramref name="sentence"/>, or first = -1 when there are none or an
    /// atom straddles one of its ends (then a scan of the sentence alone would cut it: the sentence is scanned instead).
    /// Inside clean ends, the sentence's own scan gives exactly these atoms.</summary>
    private static (int First, int End) SentenceAtoms(ReadOnlySpan<Atom> atoms, TextSpan sentence)
    {
        if (atoms.IsEmpty) return (-1, -1);
        int lo = 0, hi = atoms.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (atoms[mid].Start < sentence.Start) lo = mid + 1; else hi = mid;
        }
        if (lo > 0 && atoms[lo - 1].End > sentence.Start) return (-1, -1);
        var end = lo;
        while (end < atoms.Length && atoms[end].End <= sentence.End) end++;
        if (end < atoms.Length && atoms[end].Start < sentence.End) return (-1, -1);
        return end > lo ? (lo, end) : (-1, -1);
    }

    private static ReadOnlySpan<char> StripPossessive(ReadOnlySpan<char> w) =>
        w.Length > 2 && w[^2] is '\'' or '’' && w[^1] is 's' or 'S' ? w[..^2] : w;

    // ------------------------------------------------------------------ tagging

    private static TokenTag TagOf(string text, SyntaxToken[] t, int i)
    {
        var tok = t[i];
        if (tok.Kind == TokenKind.Number) return TokenTag.Noun;
        if (tok.Kind != TokenKind.Word)
        {
            var c = text[tok.Start];
            // "Corp.", "U.S." inside a sentence: the splitter did not end the sentence here, so the dot belongs to the name
            if (c == '.' && i > 0 && i + 1 < t.Length && t[i - 1].End == tok.Start && t[i - 1].Kind == TokenKind.Word) return TokenTag.Noun;
            return c is ',' or ';' or ':' or '(' or ')' or '[' or ']' or '"' or '“' or '”' or '—' or '–' or '.' or '!' or '?'
                || c == '-' && i > 0 && t[i - 1].End < tok.Start // a spaced dash
                ? TokenTag.Punctuation
                : TokenTag.Noun; // "$", "%", "&", a glued hyphen or apostrophe
        }
        var k = tok.Classes;
        var prev = i > 0 ? t[i - 1] : default;
        var prevTag = i > 0 ? t[i - 1].Tag : TokenTag.Punctuation;
        // "about $5bn", "over 300 million euros": the qualifier belongs to the amount's noun phrase
        if (tok.Has(WordClass.AmountQualifier) && i + 1 < t.Length && (t[i + 1].Kind is TokenKind.Number or TokenKind.Symbol || t[i + 1].Capitalized && t[i + 1].Length <= 3)) return TokenTag.Noun;
        // "will incur", "to finance": an unlisted lower-case word right after a modal or an infinitive marker is a verb
        if (k == WordClass.None && !tok.Capitalized && i > 0 && prevTag == TokenTag.Verb && prev.Has(WordClass.Modal | WordClass.Infinitive)) return TokenTag.Verb;
        // "CoreWeave, which counts Microsoft among …", "who runs": an unlisted lower-case word right after "which"/"who"
        // (not "of which") is the relative clause's verb
        if (k == WordClass.None && !tok.Capitalized && i > 1 && prevTag == TokenTag.Relative && !IsThat(text, prev) && !t[i - 2].Has(WordClass.Preposition)) return TokenTag.Verb;
        if (tok.Has(WordClass.Modal | WordClass.Auxiliary) && !tok.Has(WordClass.Determiner)) return TokenTag.Verb;
        if (tok.Has(WordClass.Infinitive) && i + 1 < t.Length && StartsVerb(t, i + 1)) return TokenTag.Verb;
        if (tok.Has(WordClass.Negation)) return TokenTag.Adverb;
        if (tok.Has(WordClass.RelativePronoun) && !tok.Has(WordClass.SubordinatingConjunction)) return TokenTag.Relative; // which, who
        if (IsThat(text, tok))
        {
            if (i + 1 >= t.Length || t[i + 1].Kind is TokenKind.Punctuation || t[i + 1].Has(WordClass.Preposition) && !t[i + 1].Has(WordClass.Determiner)) return TokenTag.Noun;
            if (prevTag == TokenTag.Verb) return TokenTag.Subordinator; // "said that …"
            if (prevTag == TokenTag.Noun && i > 0 && prev.Kind != TokenKind.Punctuation) return TokenTag.Relative; // "the $5bn that it …"
            return prevTag is TokenTag.Preposition ? TokenTag.Noun : TokenTag.Subordinator;
        }
        if (tok.Has(WordClass.SubordinatingConjunction))
        {
            // "as" and "so" are prepositions/adverbs far more often; "after 2025" is a preposition
            // "as it said" opens a clause; "as a group", "as part of" do not
            if (IsWord(text, tok, "as") || IsWord(text, tok, "so"))
                return i + 1 < t.Length && t[i + 1].Has(WordClass.Pronoun) ? TokenTag.Subordinator : tok.Has(WordClass.Preposition) ? TokenTag.Preposition : TokenTag.Adverb;
            if (tok.Has(WordClass.Preposition))
                return VerbWithin(t, i + 1) && (i + 1 < t.Length && t[i + 1].Has(WordClass.Pronoun | WordClass.Determiner | WordClass.Possessive) || i + 1 < t.Length && t[i + 1].Capitalized)
                    ? TokenTag.Subordinator : tok.Has(WordClass.Preposition) ? TokenTag.Preposition : TokenTag.Adverb;
            return TokenTag.Subordinator;
        }
        if (tok.Has(WordClass.CoordinatingConjunction)) return TokenTag.Coordinator;
        if (tok.Has(WordClass.Particle) && prevTag == TokenTag.Verb && IsParticleHere(text, t, i)) return TokenTag.Verb;
        if (tok.Has(WordClass.Verb) || tok.Has(WordClass.NounVerb)) return VerbReading(t, i) ? TokenTag.Verb : TokenTag.Noun;
        if (tok.Has(WordClass.Adverb)) return TokenTag.Adverb;
        if (tok.Has(WordClass.Preposition) || tok.Has(WordClass.ReportingNoun)) return TokenTag.Preposition;
        return TokenTag.Noun;
    }

    private static bool IsThat(string text, SyntaxToken tok) => IsWord(text, tok, "that");

    private static bool IsWord(string text, SyntaxToken tok, string word) =>
        tok.Length == word.Length && text.AsSpan(tok.Start, tok.Length).Equals(word, StringComparison.OrdinalIgnoreCase);

    private static bool StartsVerb(SyntaxToken[] t, int i)
    {
        if (t[i].Has(WordClass.Adverb) && i + 1 < t.Length) i++;
        return t[i].Kind == TokenKind.Word && t[i].Has(WordClass.Verb | WordClass.Auxiliary) && !t[i].Has(WordClass.Determiner);
    }

    private static bool VerbWithin(SyntaxToken[] t, int from)
    {
        for (var k = from; k < Math.Min(t.Length, from + SubordinateLookahead); k++)
        {
            if (t[k].Kind == TokenKind.Punctuation) return false;
            if (t[k].Has(WordClass.Modal | WordClass.Auxiliary) || t[k].Has(WordClass.Verb) && !t[k].Has(WordClass.NounVerb) && k > from) return true;
        }
        return false;
    }

    /// <summary>"set aside", "gearing up to pour", "pencilled in." — a particle closes the verb group; "invest in X" does not.</summary>
    private static bool IsParticleHere(string text, SyntaxToken[] t, int i)
    {
        if (!t[i].Has(WordClass.Preposition)) return true; // aside, ahead, back
        if (i + 1 >= t.Length || t[i + 1].Tag == TokenTag.Punctuation || t[i + 1].Kind == TokenKind.Punctuation) return true;
        return t[i + 1].Has(WordClass.Infinitive) && i + 2 < t.Length && StartsVerb(t, i + 2);
    }

    /// <summary>A verb-class word is a verb unless a determiner, possessive, number or preposition makes it a noun or
    /// adjective ("the planned plant", "its spending", "$5bn investment"); a noun-or-verb word ("plans", "budget")
    /// is a verb only before what a verb takes ("to", a determiner, an amount, a name).</summary>
    private static bool VerbReading(SyntaxToken[] t, int i)
    {
        var tok = t[i];
        if (i > 0)
        {
            var p = t[i - 1];
            // "$5bn investment", "the planned plant"; but "$5 billion goes to research" is a verb after an amount
            var afterAmount = p.Kind == TokenKind.Number || p.Kind == TokenKind.Symbol || p.Has(WordClass.NumberWord);
            if (afterAmount && tok.Has(WordClass.NounVerb | WordClass.Gerund | WordClass.PastForm)) return false;
            if (p.Has(WordClass.Determiner | WordClass.Possessive) && !p.Has(WordClass.Pronoun)) return false;
            if (p.Tag == TokenTag.Preposition && !p.Has(WordClass.Infinitive)) return false;
            // "capital spending in the quarter", "AI spending": a gerund after a noun is a compound's head, unless an
            // object follows ("firms spending $5bn", "companies spending the money")
            if (tok.Has(WordClass.Gerund) && p.Kind == TokenKind.Word && p.Tag == TokenTag.Noun && !p.Has(WordClass.Pronoun | WordClass.RelativePronoun)
                && !(i + 1 < t.Length && (t[i + 1].Kind is TokenKind.Number or TokenKind.Symbol || t[i + 1].Has(WordClass.Determiner | WordClass.Possessive | WordClass.AmountQualifier))))
                return false;
        }
        else if (tok.Has(WordClass.Gerund | WordClass.NounVerb)) return false; // "Spending will …", "Plans call for …"
        // "According to IDC, spending on AI …": a gerund before a preposition, not after a verb, names an activity
        if (tok.Has(WordClass.Gerund) && (i == 0 || t[i - 1].Tag != TokenTag.Verb) && i + 1 < t.Length && t[i + 1].Has(WordClass.Preposition) && !t[i + 1].Has(WordClass.Particle | WordClass.Infinitive)) return false;
        var nounish = tok.Has(WordClass.NounVerb) || !tok.Has(WordClass.Verb);
        if (!nounish) return true;
        if (i > 0 && t[i - 1].Tag == TokenTag.Verb) return true; // "will budget", "to spend"
        if (i + 1 >= t.Length) return false;
        var n = t[i + 1];
        if (n.Kind is TokenKind.Number or TokenKind.Symbol) return true;
        if (n.Kind == TokenKind.Punctuation) return false;
        return n.Has(WordClass.Infinitive | WordClass.Determiner | WordClass.Possessive | WordClass.Pronoun | WordClass.Adverb | WordClass.Particle)
               && !n.Has(WordClass.Verb) || n.Capitalized && !n.Has(WordClass.Preposition);
    }

    // ------------------------------------------------------------------ chunks

    private static List<Chunk> Chunk(string text, SyntaxToken[] t)
    {
        var chunks = new List<Chunk>(t.Length); // at most one chunk per token: no regrowth
        var i = 0;
        while (i < t.Length)
        {
            var tag = t[i].Tag;
            var start = i;
            switch (tag)
            {
                case TokenTag.Noun:
                    i++;
                    // a pronoun is a noun phrase of its own; a determiner after a noun opens a new one ("the ¥5bn the company set")
                    if (!t[start].Has(WordClass.Pronoun))
                        while (i < t.Length && t[i].Tag == TokenTag.Noun && !t[i].Has(WordClass.Pronoun)
                               && !(t[i].Has(WordClass.Determiner | WordClass.Possessive) && !t[i - 1].Has(WordClass.Determiner | WordClass.Possessive) && t[i - 1].Kind == TokenKind.Word))
                            i++;
                    chunks.Add(new Chunk(ChunkKind.NounPhrase, start, i));
                    break;
                case TokenTag.Verb:
                case TokenTag.Adverb:
                    var hasVerb = false;
                    while (i < t.Length && t[i].Tag is TokenTag.Verb or TokenTag.Adverb)
                    {
                        hasVerb |= t[i].Tag == TokenTag.Verb;
                        i++;
                    }
                    chunks.Add(new Chunk(hasVerb ? ChunkKind.VerbGroup : ChunkKind.Other, start, i));
                    break;
                default:
                    i++;
                    chunks.Add(new Chunk(tag switch
                    {
                        TokenTag.Preposition => ChunkKind.Preposition,
                        TokenTag.Coordinator => ChunkKind.Coordinator,
                        TokenTag.Subordinator or TokenTag.Relative => ChunkKind.Subordinator,
                        _ => ChunkKind.Punctuation,
                    }, start, i));
                    break;
            }
        }
        return chunks;
    }
}
