using System.Globalization;
using CapexRadar.Domain;

namespace CapexRadar.Events;

/// <summary>
/// Which places a lead sentence names as the plan's own site: a place governed by a locative preposition ("invest $12
/// billion in Mexico", "data centres near Leipzig", "in the northern state of Nuevo León", "in Gavle and Sandviken") —
/// not a place the sentence names for another reason ("despite trade tensions with the United States", "the Bonn-based
/// group", "Nxera, based in Singapore", "sales from China"). Two rewrites of one plan name the same site, but each may
/// name other places around it; only the sites tell two plans of one company apart.
/// Reads at most <see cref="MaxWordsBack"/> words before each mention, within its sentence: bounded whatever the text.
/// </summary>
public static class PlanSite
{
    private static readonly CompareInfo Names = CultureInfo.InvariantCulture.CompareInfo;

    /// <summary>At most this many words are read back from a place to its preposition.</summary>
    public const int MaxWordsBack = 6;

    private static readonly HashSet<string> Locative = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "at", "near", "across", "throughout", "outside", "inside", "into", "within", "around",
    };

    /// <summary>Words that tie a place to something other than the plan's site: the sentence names it for another reason.</summary>
    private static readonly HashSet<string> Other = new(StringComparer.OrdinalIgnoreCase)
    {
        "with", "from", "than", "against", "by", "to", "for", "about", "over", "between", "like", "as", "unlike",
        "including", "despite", "toward", "towards", "beyond", "after", "before", "said", "says", "told",
    };

    /// <summary>"based in Singapore", "headquartered in Taipei": the owner's home, not the plan's site.</summary>
    private static readonly HashSet<string> Home = new(StringComparer.OrdinalIgnoreCase)
    {
        "based", "headquartered", "listed", "incorporated", "registered", "domiciled",
    };

    /// <summary>
    /// The countries of the places that <paramref name="locations"/> mention inside <paramref name="evidence"/> and that the
    /// sentence names as a site. Spans are offsets into the body, which starts after the first line of
    /// <paramref name="text"/> (title, newline, body); a mention whose name is not found where its span says (a caller
    /// that counts from the start of the text) is read there instead, and one found at neither place counts as a site.
    /// </summary>
    public static List<string> Countries(string text, IReadOnlyList<LocationEntity> locations, TextSpan evidence)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(locations);
        var shift = StoryLead.Headline(text).Length + 1;
        var found = new List<string>();
        foreach (var place in locations)
        {
            if (place.CountryCode.Length == 0 || found.Contains(place.CountryCode, StringComparer.Ordinal)) continue;
            foreach (var m in place.Mentions)
            {
                if (m.Start < evidence.Start || m.End > evidence.End) continue;
                var at = At(text, place.Name, m, shift);
                if (at < 0 || IsSite(text, at, m.End - m.Start))
                {
                    found.Add(place.CountryCode);
                    break;
                }
            }
        }
        found.Sort(StringComparer.Ordinal);
        return found;
    }

    /// <summary>Where the mention starts in <paramref name="text"/>: after the headline, or from the start; -1 when its name is at neither.</summary>
    private static int At(string text, string name, TextSpan m, int shift)
    {
        var length = m.End - m.Start;
        foreach (var at in (ReadOnlySpan<int>)[m.Start + shift, m.Start])
        {
            if (at < 0 || at + length > text.Length || name.Length == 0 || (at > 0 && char.IsLetterOrDigit(text[at - 1]))) continue;
            // the span holds the name ("the United States", "Nuevo León" for "Nuevo Leon"), or starts as it does ("US")
            if (char.ToUpperInvariant(text[at]) == char.ToUpperInvariant(name[0]) ||
                Names.IndexOf(text.AsSpan(at, length), name, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) >= 0)
                return at;
        }
        return -1;
    }

    /// <summary>Whether the place at <paramref name="at"/> (of <paramref name="length"/> characters) is governed by a locative preposition.</summary>
    public static bool IsSite(string text, int at, int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        // "the Bonn-based group", "Leipzig-headquartered": a home, not a site
        var end = Math.Min(text.Length, at + length);
        if (end < text.Length && text[end] is '-' or ' ')
        {
            var w = end + 1;
            var e = w;
            while (e < text.Length && e - w < 16 && char.IsLetter(text[e])) e++;
            if (e > w && text[end] == '-' && Home.Contains(text[w..e])) return false;
        }
        var i = at - 1;
        for (var n = 0; n < MaxWordsBack; n++)
        {
            // back over spaces and commas ("in Monterrey, Nuevo León"); a sentence's or clause's end stops the walk
            while (i >= 0 && text[i] is ' ' or ',' or '\u00A0') i--;
            if (i < 0 || !char.IsLetterOrDigit(text[i])) return false;
            var wordEnd = i + 1;
            while (i >= 0 && (char.IsLetterOrDigit(text[i]) || text[i] is '-' or '\'' or '’')) i--;
            var word = text[(i + 1)..wordEnd];
            if (Locative.Contains(word)) return !HomeBefore(text, i);
            if (Other.Contains(word)) return false;
        }
        return false;
    }

    /// <summary>The word ending at <paramref name="i"/> (spaces skipped) is "based", "headquartered"…</summary>
    private static bool HomeBefore(string text, int i)
    {
        while (i >= 0 && text[i] == ' ') i--;
        var end = i + 1;
        while (i >= 0 && char.IsLetter(text[i])) i--;
        return end > i + 1 && Home.Contains(text[(i + 1)..end]);
    }
}
