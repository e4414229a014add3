using CapexRadar.Domain;
using CapexRadar.Text;

namespace CapexRadar.Market.Extraction;

/// <summary>
/// The normalised text as an array of tokens, with the entity mentions projected onto token indices and
/// lower-cased token strings created lazily (only around percentages). Built in linear time.
/// </summary>
internal sealed class TokenDocument
{
    public string Text { get; }
    public Token[] Tokens { get; }
    public EntitySet Entities { get; }

    /// <summary>Index into <see cref="EntitySet.Organizations"/> of the organisation mentioned at each token, or -1.</summary>
    public int[] OrgAt { get; }

    /// <summary>Index into <see cref="EntitySet.Locations"/> of the place mentioned at each token, or -1.</summary>
    public int[] LocAt { get; }

    public bool[] PersonAt { get; }

    /// <summary>Sentence number of each token.</summary>
    public int[] SentenceOf { get; }

    /// <summary>Token ranges [Start, End) of the sentences.</summary>
    public (int Start, int End)[] Sentences { get; }

    private readonly string?[] _lower;

    /// <summary>Word-class bits of each token, looked up once (on first use) from its lower-cased text.</summary>
    private readonly WordClass[] _classes;

    /// <summary>Marks a token whose bits were looked up (a bit no class uses).</summary>
    private const WordClass Looked = (WordClass)(1UL << 63);

    /// <summary>One string per ASCII character: single-character tokens allocate nothing.</summary>
    private static readonly string[] Ascii = Enumerable.Range(0, 128).Select(c => ((char)c).ToString()).ToArray();

    public TokenDocument(string text, EntitySet entities)
    {
        Text = text;
        Entities = entities;
        var list = new List<Token>(Math.Min(text.Length / 4 + 16, 1 << 20));
        foreach (var t in new Tokenizer(text)) list.Add(t);
        Tokens = list.ToArray();
        _lower = new string?[Tokens.Length];
        _classes = new WordClass[Tokens.Length];
        OrgAt = Project(entities.Organizations.Select(o => o.Mentions).ToList());
        LocAt = Project(entities.Locations.Select(l => l.Mentions).ToList());
        var people = Project(entities.People.Select(p => p.Mentions).ToList());
        PersonAt = people.Select(p => p >= 0).ToArray();

        var spans = SentenceSplitter.Sentences(text);
        var sentences = new List<(int, int)>(spans.Count);
        SentenceOf = new int[Tokens.Length];
        var ti = 0;
        foreach (var span in spans)
        {
            while (ti < Tokens.Length && Tokens[ti].Start < span.Start) { SentenceOf[ti] = Math.Max(0, sentences.Count - 1); ti++; }
            var start = ti;
            while (ti < Tokens.Length && Tokens[ti].Start < span.End) { SentenceOf[ti] = sentences.Count; ti++; }
            sentences.Add((start, ti));
        }
        while (ti < Tokens.Length) { SentenceOf[ti] = Math.Max(0, sentences.Count - 1); ti++; }
        if (sentences.Count == 0) sentences.Add((0, Tokens.Length));
        Sentences = sentences.ToArray();
    }

    public int Count => Tokens.Length;

    /// <summary>Lower-cased token text with typographic apostrophes made plain.</summary>
    public string L(int i)
    {
        if ((uint)i >= (uint)Tokens.Length) return "";
        var s = _lower[i];
        if (s is not null) return s;
        var t = Tokens[i];
        if (t.Length == 1 && Text[t.Start] < 128) return _lower[i] = Ascii[char.ToLowerInvariant(Text[t.Start])];
        var len = Math.Min(t.Length, 64);
        s = Text.AsSpan(t.Start, len).ToString().ToLowerInvariant().Replace('’', '\'');
        _lower[i] = s;
        return s;
    }

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
    private int[] Project(List<IReadOnlyList<TextSpan>> mentionsPerEntity)
    {
        var result = new int[Tokens.Length];
        Array.Fill(result, -1);
        var length = new int[Tokens.Length];
        for (var e = 0; e < mentionsPerEntity.Count; e++)
        {
            foreach (var m in mentionsPerEntity[e])
            {
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
    private int FirstTokenAtOrAfter(int offset)
    {
        int lo = 0, hi = Tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Tokens[mid].End <= offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
