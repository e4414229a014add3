using CapexRadar.Domain;
using CapexRadar.Text;

namespace CapexRadar.Market.Extraction;

/// <summary>
/// Market's view of the shared <see cref="AnnotatedDocument"/> (tokens, sentences, lower-case forms): the entity
/// mentions projected onto token indices, and the market word classes (<see cref="Lexicon"/>, from
/// <c>Lexicon/market-words.json</c>) of each token, looked up on first use. Built in linear time.
/// </summary>
internal sealed class TokenDocument
{
    public string Text { get; }
    public Token[] Tokens { get; }
    public EntitySet Entities { get; }

    /// <summary>The shared document this view reads.</summary>
    public AnnotatedDocument Document { get; }

    /// <summary>Index into <see cref="EntitySet.Organizations"/> of the organisation mentioned at each token, or -1.</summary>
    public int[] OrgAt { get; }

    /// <summary>Index into <see cref="EntitySet.Locations"/> of the place mentioned at each token, or -1.</summary>
    public int[] LocAt { get; }

    public bool[] PersonAt { get; }

    /// <summary>Sentence number of each token.</summary>
    public int[] SentenceOf { get; }

    /// <summary>Token ranges [Start, End) of the sentences.</summary>
    public (int Start, int End)[] Sentences { get; }

    /// <summary>Market word-class bits of each token, looked up once (on first use) from its lower-cased text.</summary>
    private readonly WordClass[] _classes;

    /// <summary>Marks a token whose bits were looked up (a bit no class uses).</summary>
    private const WordClass Looked = (WordClass)(1UL << 63);

    public TokenDocument(AnnotatedDocument document, EntitySet entities)
    {
        Document = document;
        Text = document.Text;
        Entities = entities;
        Tokens = document.TokenArray;
        _classes = new WordClass[Tokens.Length];
        // one scratch array of mention lengths for the three projections (rented: a story's worth of ints each time)
        var length = System.Buffers.ArrayPool<int>.Shared.Rent(Math.Max(1, Tokens.Length));
        try
        {
            OrgAt = Project(entities.Organizations, static o => o.Mentions, length);
            LocAt = Project(entities.Locations, static l => l.Mentions, length);
            var people = Project(entities.People, static p => p.Mentions, length);
            PersonAt = new bool[Tokens.Length];
            for (var i = 0; i < people.Length; i++) PersonAt[i] = people[i] >= 0;
        }
        finally { System.Buffers.ArrayPool<int>.Shared.Return(length); }
        SentenceOf = document.SentenceOfToken;
        Sentences = document.SentenceTokens;
    }

    public int Count => Tokens.Length;

    /// <summary>Lower-cased token text with typographic apostrophes made plain (<see cref="AnnotatedDocument.Lower"/>).</summary>
    public string L(int i) => Document.Lower(i);

    /// <summary>Whether token <paramref name="i"/> (lower-cased) is a word of any of <paramref name="classes"/>; false outside the document.</summary>
    public bool Has(int i, WordClass classes)
    {
        if ((uint)i >= (uint)Tokens.Length) return false;
        var bits = _classes[i];
        if (bits == WordClass.None) _classes[i] = bits = Lexicon.ClassesOf(L(i)) | Looked;
        return (bits & classes) != 0;
    }

    /// <summary>Lower-cased text without a trailing possessive ("alibaba's" → "alibaba").</summary>
    public string Base(int i)
    {
        var s = L(i);
        return s.EndsWith("'s", StringComparison.Ordinal) && s.Length > 2 ? s[..^2] : s;
    }

    public ReadOnlySpan<char> Span(int i) => Text.AsSpan(Tokens[i].Start, Tokens[i].Length);

    public bool IsWord(int i) => (uint)i < (uint)Tokens.Length && Tokens[i].Kind == TokenKind.Word;
    public bool IsNumber(int i) => (uint)i < (uint)Tokens.Length && Tokens[i].Kind == TokenKind.Number;
    public bool Is(int i, char c) => (uint)i < (uint)Tokens.Length && Tokens[i].Length == 1 && Text[Tokens[i].Start] == c;
    public bool IsPunct(int i) => (uint)i < (uint)Tokens.Length && Tokens[i].Kind is TokenKind.Punctuation or TokenKind.Symbol;

    /// <summary>A word that starts with a capital letter (or a digit-bearing all-caps code such as "WIG20").</summary>
    public bool IsCap(int i) => IsWord(i) && char.IsUpper(Text[Tokens[i].Start]);

    public bool IsLowerWord(int i) => IsWord(i) && char.IsLower(Text[Tokens[i].Start]);

    /// <summary>All letters upper-case ("HBOS", "KCR1V", "A-S").</summary>
    public bool IsAllCaps(int i)
    {
        if (!IsWord(i)) return false;
        var letters = 0;
        foreach (var c in Span(i))
        {
            if (char.IsLetter(c)) { if (!char.IsUpper(c)) return false; letters++; }
        }
        return letters > 0;
    }

    public bool IsPossessive(int i)
    {
        var s = L(i);
        if (s.EndsWith("'s", StringComparison.Ordinal) && s.Length > 2) return true;
        // Agency tokenisation: "Nokia 's", "Nokia s".
        if (Is(i + 1, '\'') || Is(i + 1, '’')) return L(i + 2) == "s";
        return L(i + 1) == "s" && IsWord(i + 1) && Tokens[i + 1].Length == 1;
    }

    /// <summary>No whitespace between token i and token i+1.</summary>
    public bool Adjacent(int i) => i + 1 < Tokens.Length && Tokens[i].End == Tokens[i + 1].Start;

    public string Slice(int from, int toInclusive) =>
        Text.Substring(Tokens[from].Start, Tokens[toInclusive].End - Tokens[from].Start);

    /// <summary>Maps mention spans (character offsets) onto token indices; longest mention wins on overlap.</summary>
    /// <remarks><paramref name="length"/> is scratch of at least one slot per token; a slot is read only after this
    /// projection wrote it, so it needs no clearing.</remarks>
    private int[] Project<TEntity>(IReadOnlyList<TEntity> entities, Func<TEntity, IReadOnlyList<TextSpan>> mentionsOf, int[] length)
    {
        var result = new int[Tokens.Length];
        Array.Fill(result, -1);
        for (var e = 0; e < entities.Count; e++)
        {
            var mentions = mentionsOf(entities[e]);
            for (var k = 0; k < mentions.Count; k++)
            {
                var m = mentions[k];
                var i = FirstTokenAtOrAfter(m.Start);
                for (; i < Tokens.Length && Tokens[i].Start < m.End; i++)
                {
                    if (result[i] >= 0 && length[i] >= m.Length) continue;
                    result[i] = e;
                    length[i] = m.Length;
                }
            }
        }
        return result;
    }

    /// <summary>The first token that ends after <paramref name="offset"/> (binary search).</summary>
    private int FirstTokenAtOrAfter(int offset) => Document.FirstTokenEndingAfter(offset);
}
