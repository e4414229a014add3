using CapexRadar.Domain;

namespace CapexRadar.Text;

/// <summary>
/// Splits normalised text into sentences and paragraphs. Abbreviations ("Inc.", "Co.", "Ltd.", "U.S.", "No."),
/// initials and decimals do not end a sentence; a line break always does. One linear pass.
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "inc", "co", "corp", "ltd", "llc", "plc", "no", "nos", "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr",
        "vs", "etc", "e.g", "i.e", "u.s", "u.k", "u.n", "e.u", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "approx", "est", "dept", "gov", "sen", "rep", "bhd", "pte", "s.a",
        "n.v", "a.g", "ag", "s.p.a", "hk", "fig", "mt", "ft", "ave", "blvd",
    };

    /// <summary>
    /// Abbreviations that end a sentence when the next word is a typical sentence opener ("… in the U.S. The …",
    /// "… Alibaba Group Holding Ltd. It …"); before a name ("Inc. Chief Executive …") they do not.
    /// </summary>
    private static readonly HashSet<string> TerminalAbbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "u.s", "u.k", "etc", "e.u", "inc", "corp", "co", "ltd", "llc", "plc", "bhd", "pte", "ag", "s.a", "n.v", "a.g", "s.p.a",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TerminalLookup = TerminalAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly System.Buffers.SearchValues<char> Enders = System.Buffers.SearchValues.Create(".!?…\n");

    public static IReadOnlyList<TextSpan> Sentences(string text)
    {
        var result = new List<TextSpan>();
        var start = SkipSpace(text, 0);
        var i = start;
        while (i < text.Length)
        {
            // jump to the next character that can end a sentence (vectorised search)
            var next = text.AsSpan(i).IndexOfAny(Enders);
            if (next < 0) break;
            i += next;
            var c = text[i];
            if (c == '\n')
            {
                AddTrimmed(text, result, start, i);
                start = SkipSpace(text, i + 1);
                i = start;
                continue;
            }
            if ((c == '.' || c == '!' || c == '?' || c == '…') && IsSentenceEnd(text, i))
            {
                var end = i + 1;
                while (end < text.Length && IsClosingPunctuation(text[end])) end++;
                AddTrimmed(text, result, start, end);
                start = SkipSpace(text, end);
                i = start;
                continue;
            }
            i++;
        }
        AddTrimmed(text, result, start, text.Length);
        return result;
    }

    /// <summary>Paragraphs: runs of text separated by a blank line.</summary>
    public static IReadOnlyList<TextSpan> Paragraphs(string text)
    {
        var result = new List<TextSpan>();
        var start = 0;
        var at = 0;
        while ((at = text.IndexOf("\n\n", at, StringComparison.Ordinal)) >= 0)
        {
            AddTrimmed(text, result, start, at);
            start = at + 2;
            at = start;
        }
        AddTrimmed(text, result, start, text.Length);
        return result;
    }

    private static bool IsSentenceEnd(string text, int i)
    {
        var next = i + 1;
        while (next < text.Length && IsClosingPunctuation(text[next])) next++;
        if (next >= text.Length) return true;
        if (text[next] != ' ' && text[next] != '\n') return false; // "3.5", "U.S.-based", "Alibaba.com"
        var after = SkipSpace(text, next);
        if (after >= text.Length) return true;
        var first = text[after];
        if (text[i] != '.') return char.IsUpper(first) || char.IsDigit(first) || IsOpeningPunctuation(first);
        if (char.IsLower(first)) return false;
        var word = WordBefore(text, i);
        if (word.Length == 1 && char.IsUpper(word[0])) return false; // initial: "J. Smith"
        if (word.Length > 0 && AbbreviationLookup.Contains(word))
            return TerminalLookup.Contains(word) && IsLikelySentenceStart(text, after);
        return char.IsUpper(first) || char.IsDigit(first) || IsOpeningPunctuation(first);
    }

    /// <summary>After "U.S." a sentence starts only with a word that rarely follows the abbreviation inside one.</summary>
    private static bool IsLikelySentenceStart(string text, int at)
    {
        var end = at;
        while (end < text.Length && end - at < 12 && char.IsLetter(text[end])) end++;
        var w = text.AsSpan(at, end - at);
        return w is "The" or "It" or "He" or "She" or "They" or "We" or "This" or "That" or "In" or "But" or "However" or "Its" or "A" or "An"
            or "Shares" or "Analysts" or "Investors" or "On" or "At" or "As" or "After" or "Meanwhile" or "Separately" or "Earlier"
            or "Last" or "Both" or "Revenue" or "Its" or "Their" or "There" or "These" or "Those" or "Some" or "Other";
    }

    private static ReadOnlySpan<char> WordBefore(string text, int dot)
    {
        var s = dot;
        while (s > 0 && dot - s < 12 && (char.IsLetter(text[s - 1]) || text[s - 1] == '.')) s--;
        if (s > 0 && (char.IsLetter(text[s - 1]) || text[s - 1] == '.')) return []; // a long run is no abbreviation
        return text.AsSpan(s, dot - s);
    }

    private static bool IsClosingPunctuation(char c) => c is '"' or '\'' or ')' or ']' or '”' or '’' or '»';
    private static bool IsOpeningPunctuation(char c) => c is '"' or '\'' or '(' or '[' or '“' or '‘' or '«';

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    private static void AddTrimmed(string text, List<TextSpan> result, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) result.Add(new TextSpan(start, end));
    }
}
