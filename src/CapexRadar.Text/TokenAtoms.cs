namespace CapexRadar.Text;

/// <summary>What an <see cref="Atom"/> is made of.</summary>
public enum AtomKind : byte
{
    /// <summary>A run of letters (<see cref="char.IsLetter(char)"/>, any script).</summary>
    Letters,
    /// <summary>A run of ASCII digits.</summary>
    AsciiDigits,
    /// <summary>A run of other decimal digits (Arabic-Indic, Devanagari, full-width, …).</summary>
    Digits,
    /// <summary>Any other single character: punctuation, a symbol, a combining mark, half of a surrogate pair.</summary>
    Char,
}

/// <summary>The smallest unit of the tokenizer: offsets into the text, no string.</summary>
public readonly record struct Atom(int Start, int Length, AtomKind Kind)
{
    public int End => Start + Length;
}

/// <summary>
/// The finest grain of tokenization: maximal runs of letters, of ASCII digits and of other digits, and every other
/// non-space character on its own. Whitespace separates atoms; two atoms with nothing between them are glued
/// (<c>a.End == b.Start</c>). No tokenizer of the code base splits inside an atom, so each one's tokens are a
/// rejoining of atoms (the shared <see cref="Tokenizer"/>, Entities' <c>EntityTokens</c>, Capex's
/// <c>QTokenizer</c>): "US$38bn" is US·$·38·bn (all glued), "Alibaba's" Alibaba·'·s, "start-ups" start·-·ups, and a
/// grain decides which glued atoms make one token (Entities' words: <c>EntityTokens</c>). One linear pass.
/// </summary>
public static class TokenAtoms
{
    /// <summary>Scans <paramref name="text"/> into <paramref name="buffer"/> (grown as needed); returns the atom count.</summary>
    public static int Scan(string text, ref Atom[] buffer) => Scan(text, 0, text.Length, ref buffer);

    /// <summary>Scans the range [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="text"/> into
    /// <paramref name="buffer"/> (grown as needed; offsets refer to the whole text); returns the atom count.</summary>
    public static int Scan(string text, int start, int end, ref Atom[] buffer)
    {
        var span = text.AsSpan(0, end);
        var n = 0;
        var i = start;
        while (Next(span, ref i, out var atom))
        {
            if (n == buffer.Length) Array.Resize(ref buffer, Math.Max(16, buffer.Length * 2));
            buffer[n++] = atom;
        }
        return n;
    }

    /// <summary>
    /// Reads the first atom at or after <paramref name="pos"/> (skipping whitespace) and moves
    /// <paramref name="pos"/> past it; false at the end of <paramref name="text"/>. Offsets are into
    /// <paramref name="text"/>. The step every scan of the code base is made of.
    /// </summary>
    public static bool Next(ReadOnlySpan<char> text, ref int pos, out Atom atom)
    {
        var i = pos;
        var len = text.Length;
        while (i < len && char.IsWhiteSpace(text[i])) i++;
        if (i >= len)
        {
            pos = i;
            atom = default;
            return false;
        }
        var c = text[i];
        var start = i++;
        AtomKind kind;
        if (char.IsLetter(c))
        {
            kind = AtomKind.Letters;
            while (i < len && char.IsLetter(text[i])) i++;
        }
        else if (char.IsAsciiDigit(c))
        {
            kind = AtomKind.AsciiDigits;
            while (i < len && char.IsAsciiDigit(text[i])) i++;
        }
        else if (char.IsDigit(c))
        {
            kind = AtomKind.Digits;
            while (i < len && char.IsDigit(text[i]) && !char.IsAsciiDigit(text[i])) i++;
        }
        else kind = AtomKind.Char;
        pos = i;
        atom = new Atom(start, i - start, kind);
        return true;
    }
}
