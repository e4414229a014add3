using CapexRadar.Entities.Extraction;

namespace CapexRadar.Entities.Tests;

/// <summary>
/// The entity tokenizer as it was before it became a grain of the shared tokenizer (<c>TokenAtoms</c> →
/// <c>EntityTokens</c>), kept verbatim as the oracle of <see cref="EntityTokenDifferentialTests"/>.
/// </summary>
internal static class LegacyDocumentTokenizer
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
