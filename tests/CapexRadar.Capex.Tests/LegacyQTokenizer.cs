using System.Globalization;
using CapexRadar.Capex.Extraction;

namespace CapexRadar.Capex.Tests;

/// <summary>
/// Capex's quantity tokenizer (<c>QTokenizer</c>) as it was before it became a grain of the shared tokenizer's atoms
/// (<c>CapexRadar.Text.TokenAtoms</c>), kept verbatim as the oracle of <see cref="QTokenizerDifferentialTests"/>.
/// </summary>
internal static class LegacyQTokenizer
{
    /// <summary>Tokens longer than this keep no text (a 5 MB run of digits is one token with an empty <c>Lower</c>).</summary>
    public const int MaxTokenText = 40;

    public static List<QToken> Tokenize(string text) => Tokenize(text, 0, text.Length);

    public static List<QToken> Tokenize(string text, int start, int end)
    {
        var tokens = new List<QToken>(Math.Max(4, (end - start) / 5));
        var i = start;
        var space = true;
        var line = true;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = true;
                if (c == '\n') line = true;
                i++;
                continue;
            }
            var s = i;
            var spacedDecimal = -1;
            QKind kind;
            if (char.IsAsciiDigit(c) || (char.IsDigit(c) && CharUnicodeInfo.GetDecimalDigitValue(c) >= 0))
            {
                kind = QKind.Number;
                i++;
                while (i < end)
                {
                    var d = text[i];
                    if (char.IsDigit(d)) { i++; continue; }
                    if ((d == ',' || d == '.') && i + 1 < end && char.IsDigit(text[i + 1])) { i++; continue; }
                    break;
                }
                // "EUR22 .5 m", "1 .2 billion": tokenised agency copy splits a decimal point off its digits
                if (i + 2 < end && text[i] == ' ' && text[i + 1] == '.' && char.IsAsciiDigit(text[i + 2]) && text.AsSpan(s, i - s).IndexOf('.') < 0)
                {
                    spacedDecimal = i;
                    i += 2;
                    while (i < end && char.IsAsciiDigit(text[i])) i++;
                }
            }
            else if (IsLetterLike(c))
            {
                kind = QKind.Word;
                i++;
                while (i < end && IsLetterLike(text[i])) i++;
            }
            else
            {
                kind = QKind.Symbol;
                i++;
            }
            var len = i - s;
            var lower = len > MaxTokenText ? string.Empty
                : spacedDecimal >= 0 ? string.Concat(text.AsSpan(s, spacedDecimal - s), text.AsSpan(spacedDecimal + 1, i - spacedDecimal - 1))
                : text.Substring(s, len).ToLowerInvariant();
            spacedDecimal = -1;
            var cap = kind == QKind.Word && char.IsUpper(c);
            var allCaps = cap && len > 1 && len <= 8 && IsAllUpper(text, s, i);
            tokens.Add(new QToken(s, i, kind, space, line, lower, cap, allCaps));
            space = false;
            line = false;
        }
        return tokens;
    }

    private static bool IsAllUpper(string text, int start, int end)
    {
        for (var k = start; k < end; k++) if (char.IsLower(text[k])) return false;
        return true;
    }

    private static bool IsLetterLike(char c)
    {
        if (char.IsLetter(c)) return true;
        var cat = CharUnicodeInfo.GetUnicodeCategory(c);
        return cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }
}
