using System.Globalization;
using CapexRadar.Text;

namespace CapexRadar.Capex.Extraction;

internal enum QKind : byte { Number, Word, Symbol }

/// <summary>
/// A token for quantity and clause analysis. Unlike <c>CapexRadar.Text.Tokenizer</c> it splits letters from digits
/// ("US$38bn" → US, $, 38, bn), keeps whether whitespace preceded the token (glued forms matter for money) and
/// carries the lower-cased text (capped in length: overlong runs are kept as offsets only). Made by
/// <see cref="QTokenizer"/>, Capex's grain of the shared atoms.
/// </summary>
internal readonly record struct QToken(int Start, int End, QKind Kind, bool SpaceBefore, bool LineBefore, string Lower, bool Capitalized, bool AllCaps = false)
{
    public int Length => End - Start;
    public bool IsWord => Kind == QKind.Word;
    public bool IsNumber => Kind == QKind.Number;
    public bool Is(string s) => Lower == s;
    public bool IsSymbol(char c) => Kind == QKind.Symbol && Lower.Length == 1 && Lower[0] == c;
}

/// <summary>
/// Capex's grain of the shared tokenizer (<see cref="TokenAtoms"/>): rejoins glued atoms into numbers (digits of any
/// script with inner "," and "." before a digit, plus the agency form "1 .2" across one space), words (letters and
/// combining marks; digits stay apart) and single symbols, each with its space/line/capital flags and lower form.
/// The tokens are exactly those of the quantity tokenizer this replaced (<c>QTokenizerDifferentialTests</c> compare
/// both on generated, written and hostile text). Two linear passes.
/// </summary>
internal static class QTokenizer
{
    /// <summary>Tokens longer than this keep no text (a 5 MB run of digits is one token with an empty <c>Lower</c>).</summary>
    public const int MaxTokenText = 40;

    [ThreadStatic] private static Atom[]? _atoms;

    /// <summary>The lower form of each one-character ASCII token (the same text <see cref="LowerForms"/> gives).</summary>
    private static readonly string[] AsciiLower = Enumerable.Range(0, 128).Select(c => char.ToLowerInvariant((char)c).ToString()).ToArray();

    public static List<QToken> Tokenize(string text) => Tokenize(text, 0, text.Length);

    /// <summary>The quantity tokens of <paramref name="document"/>'s text, made of the atoms it has already scanned
    /// (the same tokens as <c>Tokenize(document.Text)</c>).</summary>
    public static List<QToken> Tokenize(AnnotatedDocument document) =>
        FromAtoms(document.Text, document.Atoms, 0, document.Text.Length);

    public static List<QToken> Tokenize(string text, int start, int end)
    {
        var atoms = _atoms ??= new Atom[256];
        var count = TokenAtoms.Scan(text, start, end, ref atoms);
        _atoms = atoms.Length <= 1 << 16 ? atoms : null; // keep a reusable buffer, not a hostile input's
        return FromAtoms(text, atoms.AsSpan(0, count), start, end);
    }

    /// <summary>The quantity tokens made of <paramref name="atoms"/>: every atom of the range
    /// [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="text"/>, in order.</summary>
    private static List<QToken> FromAtoms(string text, ReadOnlySpan<Atom> atoms, int start, int end)
    {
        var count = atoms.Length;
        var tokens = new List<QToken>(Math.Max(4, count)); // at most one token per atom: never regrown
        var previousEnd = start;
        var vocabulary = Vocabulary.Current; // one thread-static read per pass, not per word
        var j = 0;
        while (j < count)
        {
            var a = atoms[j++];
            var s = a.Start;
            var i = a.End;
            // only whitespace lies between two atoms; the range's start counts as a line start
            var space = tokens.Count == 0 || s > previousEnd;
            var line = tokens.Count == 0 || text.AsSpan(previousEnd, s - previousEnd).Contains('\n');
            var spacedDecimal = -1;
            QKind kind;
            if (a.Kind is AtomKind.AsciiDigits or AtomKind.Digits)
            {
                kind = QKind.Number;
                while (j < count && atoms[j].Start == i)
                {
                    var b = atoms[j];
                    if (b.Kind is AtomKind.AsciiDigits or AtomKind.Digits) { i = b.End; j++; continue; }
                    if (b.Kind == AtomKind.Char && (text[i] == ',' || text[i] == '.') && i + 1 < end && char.IsDigit(text[i + 1])) { i++; j++; continue; }
                    break;
                }
                // "EUR22 .5 m", "1 .2 billion": tokenised agency copy splits a decimal point off its digits; the next
                // two atoms are that "." and the ASCII digits glued to it
                if (i + 2 < end && text[i] == ' ' && text[i + 1] == '.' && char.IsAsciiDigit(text[i + 2]) && text.AsSpan(s, i - s).IndexOf('.') < 0)
                {
                    spacedDecimal = i;
                    i = atoms[j + 1].End;
                    j += 2;
                }
            }
            else if (a.Kind == AtomKind.Letters || IsMark(text[s]))
            {
                kind = QKind.Word;
                while (j < count && atoms[j].Start == i && (atoms[j].Kind == AtomKind.Letters || (atoms[j].Kind == AtomKind.Char && IsMark(text[i]))))
                    i = atoms[j++].End;
            }
            else kind = QKind.Symbol;
            var len = i - s;
            // lower forms come from the per-thread table (Vocabulary): a repeated word costs no new string
            var lower = len > MaxTokenText ? string.Empty
                : spacedDecimal >= 0 ? SpacedDecimal(text, s, spacedDecimal, i)
                : len == 1 && text[s] < 128 ? AsciiLower[text[s]] // punctuation, single letters and digits: no lookup
                : vocabulary.LowerInvariant(text.AsSpan(s, len));
            var c = text[s];
            var cap = kind == QKind.Word && char.IsUpper(c);
            var allCaps = cap && len > 1 && len <= 8 && IsAllUpper(text, s, i);
            tokens.Add(new QToken(s, i, kind, space, line, lower, cap, allCaps));
            previousEnd = i;
        }
        return tokens;
    }

    /// <summary>"1 .2" → "1.2": the digits on both sides of the space (at most <see cref="MaxTokenText"/> characters).</summary>
    private static string SpacedDecimal(string text, int start, int space, int end)
    {
        Span<char> buffer = stackalloc char[MaxTokenText];
        var head = text.AsSpan(start, space - start);
        head.CopyTo(buffer);
        text.AsSpan(space + 1, end - space - 1).CopyTo(buffer[head.Length..]);
        return LowerForms.Intern(buffer[..(end - start - 1)]);
    }

    private static bool IsAllUpper(string text, int start, int end)
    {
        for (var k = start; k < end; k++) if (char.IsLower(text[k])) return false;
        return true;
    }

    /// <summary>A combining mark: it belongs to the word it is glued to (or starts one).</summary>
    private static bool IsMark(char c)
    {
        var cat = CharUnicodeInfo.GetUnicodeCategory(c);
        return cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }
}
