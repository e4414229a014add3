using CapexRadar.Text;

namespace CapexRadar.Entities.Extraction;

internal enum TokKind : byte { Word, Number, Punct, Possessive }

/// <summary>Letter-case shape of a token.</summary>
[Flags]
internal enum Shape : byte
{
    None = 0,
    /// <summary>First character is an upper-case letter.</summary>
    Upper = 1,
    /// <summary>All letters upper case and at least two of them.</summary>
    AllCaps = 2,
    /// <summary>Some letter is upper case.</summary>
    HasUpper = 4,
    HasDigit = 8,
    /// <summary>First character is a lower-case letter.</summary>
    Lower = 16,
}

/// <summary>A token of the analysed text with everything the recognisers ask about it, computed once.</summary>
internal struct Tok
{
    public int Start;
    public int Length;
    public TokKind Kind;
    public Shape Shape;
    /// <summary>Whitespace precedes the token.</summary>
    public bool SpaceBefore;
    /// <summary>A line break precedes the token (paragraph or line boundary).</summary>
    public bool NewlineBefore;
    /// <summary>The token contains a typographic apostrophe (’), which vocabulary lookups read as '.</summary>
    public bool Curly;
    /// <summary>First token of a sentence (or first after an opening quote at a sentence start).</summary>
    public bool SentenceStart;
    /// <summary>The <see cref="TokClass"/> lists the token is in (bit per class).</summary>
    public ushort Classes;
    /// <summary>Index of the sentence the token belongs to.</summary>
    public int Sentence;
    /// <summary>Vocabulary id (case-insensitive), or -1 when the word is in no list.</summary>
    public int Id;
    public Lex Lex;

    public readonly int End => Start + Length;
    public readonly bool IsWord => Kind == TokKind.Word;
    public readonly bool IsCap => Kind == TokKind.Word && (Shape & (Shape.Upper | Shape.HasUpper)) != 0;
}

/// <summary>
/// Entities' grain of the shared tokenizer: rejoins the atoms of <see cref="TokenAtoms"/> into words (letters and
/// digits, inner apostrophes, "S&amp;P"-style ampersands, combining marks), numbers ("1,200.5"), possessive "'s" as its
/// own token, and single punctuation characters (hyphens apart, so "Shenzhen-based" yields "Shenzhen", "-", "based").
/// The tokens are exactly those of the entity tokenizer this replaced (<c>EntityTokenDifferentialTests</c> compare
/// both on generated and hostile text). Two linear passes, no allocation per token.
/// </summary>
internal static class EntityTokens
{
    private static readonly System.Buffers.SearchValues<char> LowerAscii = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz");

    [ThreadStatic] private static Atom[]? _atoms;

    public static int Tokenize(string text, ref Tok[] buffer)
    {
        var atoms = _atoms ??= new Atom[256];
        var count = TokenAtoms.Scan(text, ref atoms);
        _atoms = atoms.Length <= 1 << 16 ? atoms : null; // keep a reusable buffer, not a hostile input's
        return FromAtoms(text, atoms.AsSpan(0, count), ref buffer);
    }

    /// <summary>The entity tokens of <paramref name="document"/>'s text, made of the atoms it has already scanned.</summary>
    public static int Tokenize(AnnotatedDocument document, ref Tok[] buffer) => FromAtoms(document.Text, document.Atoms, ref buffer);

    /// <summary>The entity tokens made of <paramref name="atoms"/> (all the atoms of <paramref name="text"/>, in order).</summary>
    public static int FromAtoms(string text, ReadOnlySpan<Atom> atoms, ref Tok[] buffer)
    {
        var n = 0;
        var len = text.Length;
        var previousEnd = 0;
        var j = 0;
        while (j < atoms.Length)
        {
            var a = atoms[j];
            var start = a.Start;
            // only whitespace lies between two atoms; the text's start counts as a line start
            var space = n == 0 || start > previousEnd;
            var newline = n == 0 || text.AsSpan(previousEnd, start - previousEnd).Contains('\n');
            var i = a.End;
            j++;
            TokKind kind;
            var curly = false;
            if (a.Kind == AtomKind.Letters)
            {
                kind = TokKind.Word;
                while (j < atoms.Length && atoms[j].Start == i)
                {
                    var b = atoms[j];
                    if (b.Kind != AtomKind.Char) { i = b.End; j++; continue; } // letters and digits of any script
                    var d = text[i];
                    if (d >= 128 && char.GetUnicodeCategory(d) == System.Globalization.UnicodeCategory.NonSpacingMark) { i++; j++; continue; }
                    if ((d == '\'' || d == '’') && i + 1 < len && char.IsLetter(text[i + 1]))
                    {
                        // possessive 's stays apart: "Alibaba's" -> "Alibaba" + "'s"
                        if ((text[i + 1] == 's' || text[i + 1] == 'S') && (i + 2 >= len || !char.IsLetterOrDigit(text[i + 2]))) break;
                        curly |= d == '’';
                        i++; j++;
                        continue;
                    }
                    if (d == '&' && i + 1 < len && char.IsUpper(text[i + 1]) && char.IsUpper(text[i - 1]) && i - start <= 3)
                    {
                        i++; j++; // S&P, AT&T, R&D
                        continue;
                    }
                    break;
                }
            }
            else if (a.Kind != AtomKind.Char)
            {
                kind = TokKind.Number;
                while (j < atoms.Length && atoms[j].Start == i)
                {
                    var b = atoms[j];
                    if (b.Kind is AtomKind.AsciiDigits or AtomKind.Digits) { i = b.End; j++; continue; }
                    if (b.Kind == AtomKind.Char && (text[i] == ',' || text[i] == '.') && i + 1 < len && char.IsDigit(text[i + 1])) { i++; j++; continue; }
                    break;
                }
                if (i < len && char.IsLetter(text[i]))
                {
                    // "5G", "10bn", "3nm": one alphanumeric word
                    while (j < atoms.Length && atoms[j].Start == i && atoms[j].Kind != AtomKind.Char) { i = atoms[j].End; j++; }
                    kind = TokKind.Word;
                }
            }
            // "Alibaba's", and the spaced "Atria 's" of tokenised agency copy (after a word)
            else if (text[start] is '\'' or '’' && start + 1 < len && (text[start + 1] == 's' || text[start + 1] == 'S') && (start + 2 >= len || !char.IsLetterOrDigit(text[start + 2])) && n > 0
                     && (!space || buffer[n - 1].Kind == TokKind.Word))
            {
                i = start + 2;
                j++; // the "s" atom
                kind = TokKind.Possessive;
                curly = text[start] == '’';
            }
            else
            {
                kind = TokKind.Punct;
                curly = text[start] == '’';
            }
            if (n == buffer.Length) Array.Resize(ref buffer, Math.Max(16, buffer.Length * 2));
            ref var t = ref buffer[n++];
            t = default;
            t.Start = start;
            t.Length = i - start;
            t.Kind = kind;
            t.SpaceBefore = space;
            t.NewlineBefore = newline;
            t.Id = -1;
            t.Curly = curly;
            t.Shape = kind != TokKind.Word ? Shape.None : ShapeOf(text.AsSpan(start, i - start));
            previousEnd = i;
        }
        return n;
    }

    public static Shape ShapeOf(ReadOnlySpan<char> w)
    {
        var s = Shape.None;
        if (w.Length == 0) return s;
        if (w.Length > 1 && char.IsAsciiLetterLower(w[0]) && !w.ContainsAnyExcept(LowerAscii))
            return Shape.Lower; // the common case: an all-lower-case ASCII word
        if (char.IsUpper(w[0])) s |= Shape.Upper;
        else if (char.IsLower(w[0])) s |= Shape.Lower;
        var letters = 0;
        var uppers = 0;
        foreach (var c in w)
        {
            if (c < 128)
            {
                // ASCII without the Unicode tables
                if (char.IsAsciiLetterUpper(c)) { letters++; uppers++; }
                else if (char.IsAsciiLetterLower(c)) letters++;
                else if (char.IsAsciiDigit(c)) s |= Shape.HasDigit;
            }
            else if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c)) uppers++;
            }
            else if (char.IsDigit(c)) s |= Shape.HasDigit;
        }
        if (uppers > 0) s |= Shape.HasUpper;
        if (letters >= 2 && uppers == letters) s |= Shape.AllCaps;
        return s;
    }
}
