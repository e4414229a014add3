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

    private static HashSet<string> Locative => EventWords.Locative;

    /// <summary>Words that tie a place to something other than the plan's site: the sentence names it for another reason.</summary>
    private static HashSet<string> Other => EventWords.SiteOther;

    /// <summary>"based in Singapore", "headquartered in Taipei": the owner's home, not the plan's site.</summary>
    private static HashSet<string> Home => EventWords.HomeWord;

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

    /// <summary>
    /// The sub-national regions (states, provinces: <see cref="LocationKind.Region"/> places of <paramref name="locations"/>)
    /// that <paramref name="headline"/> names as the plan's site, each as "country:name" in lower case ("us:ohio"): one
    /// company's plans of one size in two states of one country are two plans ("… to invest $12 billion in Ohio AI campus",
    /// "… $12 billion in Texas fibre"). The headline only: a story's sentences name other companies' sites ("one day after Meta
    /// announced one in Indiana"; the lead sentence's own are read up to such a turn by <see cref="LeadRegions"/>) and places at other levels (a city, a metropolitan region) the gazetteer cannot place in a
    /// state. A division inside a state ("Williamson County", <c>SubRegionWord</c>) is left out for the same reason.
    /// </summary>
    public static List<string> HeadlineRegions(string headline, IReadOnlyList<LocationEntity> locations)
    {
        ArgumentNullException.ThrowIfNull(headline);
        ArgumentNullException.ThrowIfNull(locations);
        var found = new List<string>();
        foreach (var place in locations)
        {
            if (place.Kind != LocationKind.Region || place.CountryCode.Length == 0 || place.Name.Length == 0) continue;
            if (StoryLead.Words(place.Name).Any(EventWords.SubRegionWord.Contains)) continue;
            var key = (place.CountryCode + ":" + place.Name).ToLowerInvariant();
            if (found.Contains(key, StringComparer.Ordinal)) continue;
            for (var at = headline.IndexOf(place.Name, StringComparison.Ordinal); at >= 0;
                 at = at + 1 < headline.Length ? headline.IndexOf(place.Name, at + 1, StringComparison.Ordinal) : -1)
            {
                var end = at + place.Name.Length;
                if ((at > 0 && char.IsLetterOrDigit(headline[at - 1])) || (end < headline.Length && char.IsLetterOrDigit(headline[end]))) continue;
                if (IsSite(headline, at, place.Name.Length))
                {
                    found.Add(key);
                    break;
                }
            }
        }
        return found;
    }

    /// <summary>
    /// The sub-national regions the lead sentence (<paramref name="evidence"/>, offsets into the body) names as the plan's
    /// site, as "country:name" like <see cref="HeadlineRegions"/>: "to build an AI-ready data centre … at Jamnagar, Gujarat",
    /// "in 500 biogas plants across Andhra Pradesh". Only a region named before any word that turns the sentence to another
    /// plan or time (<c>OtherPlanCue</c>: "two days after rival Samsung unveiled one in Gyeonggi", "following Meta's campus in
    /// Indiana"): after one, the sentence names another company's site. Bounded by the sentence.
    /// </summary>
    public static List<string> LeadRegions(string text, IReadOnlyList<LocationEntity> locations, TextSpan evidence)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(locations);
        var found = new List<string>();
        var shift = StoryLead.Headline(text).Length + 1;
        var start = Math.Min(text.Length, evidence.Start + shift);
        var end = Math.Min(text.Length, evidence.End + shift);
        if (end <= start) return found;
        // where the sentence turns to another plan: the first OtherPlanCue word
        var cut = end;
        for (var i = start; i < end;)
        {
            if (!char.IsLetter(text[i])) { i++; continue; }
            var w = i;
            while (i < end && char.IsLetter(text[i])) i++;
            if (EventWords.OtherPlanCue.Contains(text[w..i])) { cut = w; break; }
        }
        foreach (var place in locations)
        {
            if (place.Kind != LocationKind.Region || place.CountryCode.Length == 0 || place.Name.Length == 0) continue;
            if (StoryLead.Words(place.Name).Any(EventWords.SubRegionWord.Contains)) continue;
            var key = (place.CountryCode + ":" + place.Name).ToLowerInvariant();
            if (found.Contains(key, StringComparer.Ordinal)) continue;
            foreach (var m in place.Mentions)
            {
                if (m.Start < evidence.Start || m.End > evidence.End) continue;
                var at = At(text, place.Name, m, shift);
                if (at < start || at >= cut || !IsSite(text, at, m.End - m.Start)) continue;
                found.Add(key);
                break;
            }
        }
        return found;
    }

    /// <summary>Both name regions as sites, some of them in one country, and no region of that country is in both.</summary>
    public static bool RegionsConflict(IReadOnlyList<string> a, IReadOnlyList<string>? b)
    {
        ArgumentNullException.ThrowIfNull(a);
        if (a.Count == 0 || b is not { Count: > 0 }) return false;
        static string Country(string r) => r[..Math.Max(0, r.IndexOf(':'))];
        var shared = a.Select(Country).Intersect(b.Select(Country), StringComparer.Ordinal).ToList();
        return shared.Count > 0 && shared.All(c => !a.Where(r => Country(r) == c).Intersect(b, StringComparer.Ordinal).Any());
    }

    /// <summary>Unknown sites are kept as this mark and the name in lower case ("~sundsvall"), beside the countries.</summary>
    public const char UnknownMark = '~';

    /// <summary>At most this many capitalised words make one unknown site's name.</summary>
    public const int MaxSiteNameWords = 3;

    /// <summary>At most this many unknown sites are read from one story.</summary>
    public const int MaxUnknownSites = 6;

    /// <summary>
    /// The plan's sites as the story states them, for telling two plans of one company apart, in order of trust:
    /// <list type="number">
    /// <item>the countries of the places the lead sentence names as sites (<see cref="Countries"/>);</item>
    /// <item>else those the headline names as sites ("… data centre for 9.5 billion euros in Brandenburg");</item>
    /// <item>else those the lead paragraph (the body's first) names as sites.</item>
    /// </list>
    /// Besides, each capitalised name after a locative preposition in the lead sentence or the headline that no place of
    /// <paramref name="locations"/> and no company (<paramref name="isCompany"/>) is — a town the gazetteer lacks ("near
    /// Eisenhüttenstadt") — is kept as <see cref="UnknownMark"/> + its name in lower case: two stories naming the same unknown
    /// town meet there. When no country is known but such a name is, the figure's currency tells the country: a plan
    /// reported in a currency that is neither the dollar nor the company's home currency (<paramref name="homeCurrency"/>)
    /// is reported in the currency of the country where it is built ("110 billion kronor … outside Sundsvall" is in Sweden),
    /// so every country of that currency is added. Bounded: the headline, the lead sentence and the first paragraph only.
    /// </summary>
    public static List<string> Sites(string text, IReadOnlyList<LocationEntity> locations, TextSpan evidence, string? currency,
        string? homeCurrency, Func<string, bool>? isCompany = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(locations);
        var found = Countries(text, locations, evidence);
        var headline = StoryLead.Headline(text);
        if (found.Count == 0) found = HeadlineCountries(headline, locations);
        if (found.Count == 0)
        {
            var start = headline.Length + 1;
            while (start < text.Length && char.IsWhiteSpace(text[start])) start++;
            var limit = Math.Min(text.Length - start, StoryLead.MaxLeadChars);
            var end = limit <= 0 ? -1 : text.IndexOf('\n', start, limit);
            var paragraph = new TextSpan(start - headline.Length - 1, (end < 0 ? start + Math.Max(0, limit) : end) - headline.Length - 1);
            if (paragraph.End > paragraph.Start) found = Countries(text, locations, paragraph);
        }
        var known = found.Count > 0;
        var shift = headline.Length + 1;
        var unknown = new List<string>();
        UnknownSites(headline, 0, headline.Length, locations, isCompany, unknown);
        if (evidence.End > evidence.Start)
            UnknownSites(text, Math.Min(text.Length, evidence.Start + shift), Math.Min(text.Length, evidence.End + shift), locations, isCompany, unknown);
        foreach (var name in unknown)
            if (!found.Contains(name, StringComparer.Ordinal)) found.Add(name);
        if (!known && unknown.Count > 0 && currency is not null && currency != "USD" && currency != homeCurrency)
            foreach (var country in CountryCurrency.CountriesOf(currency))
                if (!found.Contains(country, StringComparer.Ordinal)) found.Add(country);
        found.Sort(StringComparer.Ordinal);
        return found;
    }

    /// <summary>Whether the entry is a country code (not an unknown site's name).</summary>
    public static bool IsCountry(string site) => site.Length > 0 && site[0] != UnknownMark;

    /// <summary>The countries of the places (named in the body) that the headline names as sites.</summary>
    private static List<string> HeadlineCountries(string headline, IReadOnlyList<LocationEntity> locations)
    {
        var found = new List<string>();
        foreach (var place in locations)
        {
            if (place.CountryCode.Length == 0 || place.Name.Length < 2 || found.Contains(place.CountryCode, StringComparer.Ordinal)) continue;
            for (var at = Names.IndexOf(headline, place.Name, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace); at >= 0;
                 at = at + 1 < headline.Length ? Names.IndexOf(headline, place.Name, at + 1, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) : -1)
            {
                var end = at + place.Name.Length;
                if ((at > 0 && char.IsLetterOrDigit(headline[at - 1])) || (end < headline.Length && char.IsLetterOrDigit(headline[end]))) continue;
                if (!IsSite(headline, at, place.Name.Length)) continue;
                found.Add(place.CountryCode);
                break;
            }
        }
        return found;
    }

    /// <summary>
    /// Capitalised names right after a locative preposition in text[start..end) that are no known place, no company and no
    /// other capitalised word (a month, "Phase 2"; <c>NotPlaceName</c>), as <see cref="UnknownMark"/> + lower case.
    /// </summary>
    private static void UnknownSites(string text, int start, int end, IReadOnlyList<LocationEntity> locations, Func<string, bool>? isCompany,
        List<string> found)
    {
        var i = start;
        while (i < end && found.Count < MaxUnknownSites)
        {
            if (!char.IsLetter(text[i]) || (i > start && char.IsLetterOrDigit(text[i - 1]))) { i++; continue; }
            var w = i;
            while (i < end && char.IsLetter(text[i])) i++;
            if (!Locative.Contains(text[w..i]) || HomeBefore(text, w - 1)) continue;
            // the name: up to MaxSiteNameWords capitalised words ("Bad Hersfeld", "Eisenhüttenstadt")
            var j = i;
            var words = new List<string>();
            while (words.Count < MaxSiteNameWords)
            {
                var k = j;
                while (k < end && text[k] == ' ') k++;
                if (k >= end || !char.IsUpper(text[k])) break;
                var e = k;
                while (e < end && (char.IsLetter(text[e]) || text[e] == '-')) e++;
                if (e < end && char.IsDigit(text[e])) break;
                var word = text[k..e];
                if (EventWords.NotPlaceName.Contains(word) || (word.Length <= 4 && word.All(char.IsUpper))) break;
                words.Add(word);
                j = e;
            }
            if (words.Count == 0) continue;
            var name = string.Join(' ', words);
            if (locations.Any(p => Names.Compare(p.Name, name, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) == 0 ||
                                   words.Any(x => Names.Compare(p.Name, x, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) == 0)))
                continue;
            if (isCompany is not null && (isCompany(name) || isCompany(words[0]))) continue;
            var mark = UnknownMark + name.ToLowerInvariant();
            if (!found.Contains(mark, StringComparer.Ordinal)) found.Add(mark);
            i = j;
        }
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
