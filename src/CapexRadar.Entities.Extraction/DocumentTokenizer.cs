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
/// Splits normalised text into tokens for entity recognition: words (letters and digits, inner apostrophes),
/// numbers ("1,200.5"), possessive "'s" as its own token, and single punctuation characters (hyphens apart,
/// so "Shenzhen-based" yields "Shenzhen", "-", "based"). One linear pass, no allocation per token.
/// </summary>
internal static class DocumentTokenizer
{
    private static readonly System.Buffers.SearchValues<char> LowerAscii = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz");

    public static int Tokenize(string text, ref Tok[] buffer)
    {
        var n = 0;
        var i = 0;
        var len = text.Length;
        var space = true;
        var newline = true;
        while (i < len)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = true;
                if (c == '\n') newline = true;
                i++;
                continue;
            }
            var start = i;
            TokKind kind;
            var curly = false;
            // all-lower-case ASCII so far: the common word shape, decided without a second pass
            var lowerAscii = char.IsAsciiLetterLower(c);
            if (char.IsLetter(c))
            {
                i++;
                while (i < len)
                {
                    var d = text[i];
                    if (char.IsAsciiLetterOrDigit(d)) { lowerAscii &= char.IsAsciiLetterLower(d); i++; continue; }
                    lowerAscii = false;
                    if (d >= 128 && (char.IsLetterOrDigit(d) || char.GetUnicodeCategory(d) == System.Globalization.UnicodeCategory.NonSpacingMark)) { i++; continue; }
                    if ((d == '\'' || d == '’') && i + 1 < len && char.IsLetter(text[i + 1]))
                    {
                        // possessive 's stays apart: "Alibaba's" -> "Alibaba" + "'s"
                        if ((text[i + 1] == 's' || text[i + 1] == 'S') && (i + 2 >= len || !char.IsLetterOrDigit(text[i + 2]))) break;
                        curly |= d == '’';
                        i++;
                        continue;
                    }
                    if (d == '&' && i + 1 < len && char.IsUpper(text[i + 1]) && char.IsUpper(text[i - 1]) && i - start <= 3)
                    {
                        i++; // S&P, AT&T, R&D
                        continue;
                    }
                    break;
                }
                kind = TokKind.Word;
            }
            else if (char.IsDigit(c))
            {
                i++;
                while (i < len && (char.IsDigit(text[i]) || ((text[i] == ',' || text[i] == '.') && i + 1 < len && char.IsDigit(text[i + 1])))) i++;
                kind = TokKind.Number;
                if (i < len && char.IsLetter(text[i]))
                {
                    // "5G", "10bn", "3nm": one alphanumeric word
                    while (i < len && char.IsLetterOrDigit(text[i])) i++;
                    kind = TokKind.Word;
                }
            }
            // "Alibaba's", and the spaced "Atria 's" of tokenised agency copy (after a word)
            else if ((c == '\'' || c == '’') && i + 1 < len && (text[i + 1] == 's' || text[i + 1] == 'S') && (i + 2 >= len || !char.IsLetterOrDigit(text[i + 2])) && n > 0
                     && (!space || buffer[n - 1].Kind == TokKind.Word))
            {
                i += 2;
                kind = TokKind.Possessive;
                curly = c == '’';
            }
            else
            {
                i++;
                kind = TokKind.Punct;
                curly = c == '’';
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
            t.Shape = kind != TokKind.Word ? Shape.None
                : lowerAscii && i - start > 1 ? Shape.Lower
                : ShapeOf(text.AsSpan(start, i - start));
            space = false;
            newline = false;
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
