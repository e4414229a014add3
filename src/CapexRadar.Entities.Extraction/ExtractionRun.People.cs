using System.Text;
using CapexRadar.Domain;

namespace CapexRadar.Entities.Extraction;

internal sealed partial class ExtractionRun
{
    /// <summary>Role words that make a title on their own; the rest (chief, vice, senior…) only qualify one.</summary>
    private static HashSet<string> RoleHeadWords => RoleHeads;

    private static readonly HashSet<string> RoleHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "executive", "officer", "ceo", "cfo", "coo", "cto", "cio", "cso", "cmo", "president", "chairman", "chairwoman", "chair",
        "chairperson", "founder", "co-founder", "cofounder", "director", "minister", "secretary", "chancellor", "governor",
        "mayor", "premier", "senator", "treasurer", "economist", "analyst", "strategist", "spokesman", "spokeswoman",
        "spokesperson", "boss", "partner", "king", "prince", "sheikh", "emir", "commissioner", "ambassador", "lawmaker",
        "congressman", "congresswoman", "co-ceo", "vice-president", "vice-chairman", "vice-chair", "md", "manager",
        "chairman-elect", "ceo-elect", "owner", "leader", "head", "trustee", "administrator", "envoy", "representative",
    };

    /// <summary>Titles that say little about the person's place in a company; a later, stronger cue wins.</summary>
    private static readonly HashSet<string> WeakHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "manager", "partner", "owner", "leader", "head", "analyst", "economist", "strategist", "representative",
    };

    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "de", "van", "von", "bin", "bint", "al", "da", "di", "le", "la", "du", "del", "der", "ter", "den", "dos", "das",
    };

    private readonly record struct RoleParse(int Start, int End, string Title, bool Political, int Strength, bool HasPresident);

    /// <summary>A job title starting at <paramref name="i"/>: "Chief Executive Officer", "Chairman and Managing Director",
    /// "Vice Chair and President", "Chancellor of the Exchequer", "co-founder".</summary>
    private bool TryRole(int i, out RoleParse role, bool allowOfTail = true)
    {
        role = default;
        var words = new List<string>(6);
        var k = i;
        var last = -1;
        var hasHead = false;
        var political = false;
        var weakOnly = true;
        var president = false;
        // "global head of AI infrastructure", "regional president": a scope word before a title
        if (IsLower(k) && TitleScopes.Contains(Str(k)) && k + 1 < _n && IsLower(k + 1) && Has(k + 1, Lex.Role) && RoleStartsHere(k + 1)
            && _cover[k] is Cover.None or Cover.Blocked)
        {
            words.Add(Str(k).ToLowerInvariant());
            k++;
        }
        while (k < _n && k - i < 10)
        {
            if (k > i && _tk[k].NewlineBefore) break;
            if ((Is(k, "co") || Is(k, "vice")) && IsChar(k + 1, '-') && k + 2 < _n && Has(k + 2, Lex.Role))
            {
                words.Add(Str(k).ToLowerInvariant() + "-" + Str(k + 2).ToLowerInvariant());
                if (RoleHeads.Contains(Str(k + 2))) { hasHead = true; weakOnly = false; }
                last = k + 2;
                k += 3;
                continue;
            }
            if (_tk[k].IsWord && Has(k, Lex.Role) && _cover[k] is Cover.None or Cover.Blocked)
            {
                var w = Str(k).ToLowerInvariant();
                // "financial", "technology", "information"… only inside a title ("Chief Financial Officer")
                var domainChief = (IsLower(k) || _tk[k].SentenceStart) && w is "finance" or "financial" or "technology" or "operating" or "investment" or "strategy" or "marketing" or "information" or "executive"
                                  && Is(k + 1, "chief");
                if (!RoleHeads.Contains(w) && words.Count == 0 && !domainChief && w is not ("chief" or "vice" or "senior" or "executive" or "managing" or "deputy" or "general" or "prime" or "crown" or "co-chief" or "founding" or "co")) break;
                if (w == "chief" && !Has(k + 1, Lex.Role) && words.Count > 0) { words.Add(w); hasHead = true; weakOnly = false; last = k; k++; break; } // "finance chief"
                if (w == "head" && Is(k + 1, "of"))
                {
                    // "head of European infrastructure": the title is "Head"; "head of AI infrastructure at Brookfield",
                    // "Brookfield's head of research, said": the portfolio joins it
                    words.Add(w);
                    hasHead = true;
                    last = k;
                    if (TryPortfolio(k + 2, out var portfolioEnd))
                    {
                        words.Add("of");
                        words.Add(Text(k + 2, portfolioEnd));
                        last = portfolioEnd;
                        weakOnly = false;
                    }
                    break;
                }
                words.Add(w);
                if (RoleHeads.Contains(w))
                {
                    hasHead = true;
                    if (!WeakHeads.Contains(w)) weakOnly = false;
                }
                if (Has(k, Lex.PoliticalRole)) political = true;
                if (w == "president") president = true;
                last = k;
                k++;
                continue;
            }
            if ((Is(k, "and") || IsChar(k, '&') || IsChar(k, ',')) && last >= 0 && k + 1 < _n && Has(k + 1, Lex.Role) && _tk[k + 1].IsWord
                && RoleStartsHere(k + 1))
            {
                words.Add("and");
                k++;
                continue;
            }
            break;
        }
        if (!hasHead || last < 0) return false;
        // "Chancellor of the Exchequer", "Secretary of State"
        var title = DisplayRole(words);
        if (allowOfTail && political && Is(last + 1, "of"))
        {
            // the shortest tail after which a full name follows: "Exchequer" + "Rachel Reeves"
            var m = last + 2;
            if (Is(m, "the")) m++;
            for (var tailEnd = m; tailEnd < _n && tailEnd - m < 4 && IsUpperWord(tailEnd) && !Has(tailEnd, Lex.Role); tailEnd++)
            {
                if (IsChar(tailEnd + 1, ',') || TryName(tailEnd + 1, out _, out var nameWords) && nameWords >= 2)
                {
                    title = title + " " + Text(last + 1, tailEnd);
                    last = tailEnd;
                    break;
                }
            }
        }
        var strength = weakOnly ? 1 : 3;
        role = new RoleParse(i, last, title, political, strength, president);
        return true;
    }

    /// <summary>Scope words that may open a title ("global head", "regional president").</summary>
    private static readonly HashSet<string> TitleScopes = new(StringComparer.OrdinalIgnoreCase) { "global", "regional", "group" };

    /// <summary>The field a "head of" title covers, starting at <paramref name="k"/>: one to four plain words (lower-case
    /// or acronyms, no names of organisations, places or people), closed by "at"/"for" and an organisation, a comma,
    /// or a speech verb. "AI infrastructure at Brookfield", "research, said" — not "Brookfield" nor "the unit".</summary>
    private static readonly HashSet<string> PortfolioBreaks = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "and", "or", "of", "at", "for", "in", "on", "to", "with", "by", "from", "who", "which", "that", "its",
        "their", "his", "her", "said", "says",
    };

    private bool TryPortfolio(int k, out int end)
    {
        end = -1;
        var q = k;
        var words = 0;
        while (q < _n && q - k < 6 && words < 4)
        {
            if (IsChar(q, '-') && words > 0 && !_tk[q].SpaceBefore && q + 1 < _n && !_tk[q + 1].SpaceBefore && IsLower(q + 1)) { q++; continue; }
            if (!_tk[q].IsWord || _cover[q] is not (Cover.None or Cover.Blocked)) break;
            var acronym = (_tk[q].Shape & Shape.AllCaps) != 0 && _tk[q].Length is >= 2 and <= 4;
            if (!(IsLower(q) || acronym) || Has(q, Lex.Speech | Lex.Role | Lex.Anaphor) || PortfolioBreaks.Contains(Str(q))) break;
            end = q;
            words++;
            q++;
        }
        if (words == 0) return false;
        var close = end + 1;
        return (Is(close, "at") || Is(close, "for")) && close + 1 < _n && (IsUpperWord(close + 1) || _cover[close + 1] == Cover.Org)
               || IsChar(close, ',') || Has(close, Lex.Speech) && IsLower(close);
    }

    private bool RoleStartsHere(int k)
    {
        var w = Str(k).ToLowerInvariant();
        return RoleHeads.Contains(w) || w is "chief" or "vice" or "senior" or "executive" or "managing" or "deputy" or "general" or "co";
    }

    /// <summary>"chief executive officer" → "CEO"; "chairman and chief executive" → "Chairman and CEO".</summary>
    internal static string NormalizeRole(IReadOnlyList<string> words)
    {
        var parts = new List<List<string>> { new() };
        foreach (var w in words)
        {
            if (w == "and") { parts.Add([]); continue; }
            parts[^1].Add(w);
        }
        var outParts = new List<string>();
        foreach (var p in parts)
        {
            if (p.Count == 0) continue;
            var s = string.Join(' ', p);
            var norm = s switch
            {
                "chief executive officer" or "chief executive" or "ceo" or "chief exec" or "executive chief" or "chief" or "boss" => "CEO",
                "group chief executive" or "group chief executive officer" or "group ceo" => "Group CEO",
                "technology chief" => "CTO",
                "operating chief" => "COO",
                "investment chief" => "CIO",
                "chief financial officer" or "cfo" or "finance chief" or "financial officer" => "CFO",
                "chief operating officer" or "coo" => "COO",
                "chief technology officer" or "chief technical officer" or "cto" => "CTO",
                "chief information officer" or "cio" => "CIO",
                "chief investment officer" => "CIO",
                "chief strategy officer" or "cso" => "CSO",
                "chief marketing officer" or "cmo" => "CMO",
                "chairman" or "chairwoman" or "chairperson" => "Chairman",
                "chair" => "Chair",
                "co-ceo" or "co-chief executive" or "co-chief executive officer" => "Co-CEO",
                "md" => "Managing Director",
                "vice-president" => "Vice President",
                "vice-chairman" => "Vice Chairman",
                "vice-chair" => "Vice Chair",
                "founder" or "founding" => "Founder",
                "co-founder" or "cofounder" => "Co-founder",
                _ => TitleCase(s),
            };
            if (!outParts.Contains(norm)) outParts.Add(norm);
        }
        return string.Join(" and ", outParts);
    }

    /// <summary>Titles written as their abbreviation: the wording is the standard form.</summary>
    private static readonly HashSet<string> RoleAbbreviations = new(StringComparer.Ordinal)
    {
        "ceo", "cfo", "coo", "cto", "cio", "cso", "cmo", "md", "co-ceo",
    };

    /// <summary>
    /// The title as a person's role: the story's wording, followed by its standard form in brackets where the two
    /// differ. "chief executive" → "Chief Executive (CEO)", "chairman and chief executive" → "Chairman and Chief
    /// Executive (Chairman and CEO)", "finance chief" → "Finance Chief (CFO)"; "CEO", "chairman and managing
    /// director", "vice-president" → the standard form alone ("CEO", "Chairman and Managing Director", "Vice
    /// President"). Readers and labels that quote the story and those that use the standard form both find theirs.
    /// </summary>
    internal static string DisplayRole(IReadOnlyList<string> words)
    {
        var standard = NormalizeRole(words);
        var parts = new List<string>();
        var part = new List<string>();
        foreach (var w in words.Append("and"))
        {
            if (w != "and") { part.Add(w); continue; }
            if (part.Count == 0) continue;
            var s = string.Join(' ', part);
            var wording = RoleAbbreviations.Contains(s) ? NormalizeRole(part) : TitleCase(s);
            if (!parts.Contains(wording)) parts.Add(wording);
            part.Clear();
        }
        var said = string.Join(" and ", parts);
        return Compact(said) == Compact(standard) ? standard : $"{said} ({standard})";

        static string Compact(string s)
        {
            var sb = new StringBuilder(s.Length);
            foreach (var c in s) if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            return sb.ToString();
        }
    }

    private static string TitleCase(string s)
    {
        var sb = new StringBuilder(s.Length);
        var up = true;
        foreach (var c in s)
        {
            sb.Append(up ? char.ToUpperInvariant(c) : c);
            up = c == ' ' || c == '-';
        }
        var r = sb.ToString();
        return r.Replace(" Of ", " of ").Replace(" The ", " the ").Replace(" And ", " and ");
    }

    /// <summary>A person's name at <paramref name="i"/>: 1–4 capitalised words, initials ("C.C. Wei"), hyphenated
    /// given names ("Kwak Noh-jung"), particles ("bin", "van").</summary>
    private bool TryName(int i, out int end, out int words) => TryName(i, out end, out words, out _);

    /// <summary><see cref="TryName(int, out int, out int)"/>, also counting the initials ("S.N." of "S.N. Subrahmanyan").</summary>
    private bool TryName(int i, out int end, out int words, out int initials)
    {
        end = -1;
        words = 0;
        initials = 0;
        var k = i;
        while (k < _n && words < 4)
        {
            if (k > i && _tk[k].NewlineBefore) break;
            var joined = IsChar(k + 1, '-') && !_tk[k + 1].SpaceBefore && k + 2 < _n && !_tk[k + 2].SpaceBefore && _tk[k + 2].IsWord;
            var nameFollows = joined || IsUpperWord(k + 1) && !Has(k + 1, Lex.Month | Lex.Weekday | Lex.Role | Lex.Speech)
                              // "Lei Jun", "Wang May": a month word closing a name, not a date ("June 3")
                              || words > 0 && Has(k, Lex.Month) && !Has(k, Lex.Weekday) && !(k + 1 < _n && _tk[k + 1].Kind == TokKind.Number);
            if (words == 0 && _tk[k].Length == 1 && IsUpperWord(k) && Has(k, Lex.Stop) && _cover[k] == Cover.None
                && IsChar(k + 1, '.') && !_tk[k + 1].SpaceBefore && k + 2 < _n && !_tk[k + 2].SpaceBefore && _tk[k + 2].Length == 1 && IsUpperWord(k + 2))
            {
                // "A.J. Fairbanks": an initial that is also a word ("A"), directly followed by another initial
                initials++;
                end = k + 1;
                k += 2;
                continue;
            }
            if (IsUpperWord(k) && _cover[k] is Cover.None or Cover.Place or Cover.Person
                && !Has(k, Lex.Role | Lex.Legal | Lex.Speech) && !(Has(k, Lex.Month | Lex.Weekday) && !nameFollows) && !(Has(k, Lex.Demonym) && words == 0)
                && !(Has(k, Lex.Stop) && words == 0 && !Has(k, Lex.GivenName | Lex.Surname) && !(joined && _tk[k].Length <= 4))
                && !(Has(k, Lex.OrgHead | Lex.Descriptor | Lex.NonOrgHead) && !Has(k, Lex.GivenName | Lex.Surname)))
            {
                if (_tk[k].Length == 1 && IsChar(k + 1, '.'))
                {
                    // initials: "C." ("C.C. Wei", "J. Smith")
                    if (_cover[k] != Cover.Place) initials++;
                    end = k + 1;
                    k += 2;
                    continue;
                }
                if ((_tk[k].Shape & Shape.AllCaps) != 0 && _tk[k].Length > 2 && !Has(k, Lex.GivenName | Lex.Surname)) break; // acronyms are not names
                end = k;
                words++;
                k++;
                // "Noh-jung", "Jean-Pierre", "Fei-Fei"
                if (IsChar(k, '-') && !_tk[k].SpaceBefore && k + 1 < _n && _tk[k + 1].IsWord && !_tk[k + 1].SpaceBefore && !Has(k + 1, Lex.Role | Lex.Speech))
                {
                    var w = Span(k + 1);
                    if (w is not ("based" or "owned" or "backed" or "led" or "controlled" or "listed" or "founded" or "run" or "made" or "born"))
                    {
                        end = k + 1;
                        k += 2;
                    }
                }
                continue;
            }
            if (words > 0 && _tk[k].IsWord && NameParticles.Contains(Str(k)) && IsUpperWord(k + 1)) { k++; continue; }
            break;
        }
        return words > 0 && end >= i;
    }

    /// <summary>Looks like a person's full name: a known given name first or a known surname, no organisation words.</summary>
    private bool IsPersonName(int from, int to, bool relaxed = false)
    {
        if (relaxed && to - from + 1 is >= 2 and <= 4)
        {
            // a strong person cue ("…, who", "said …"): any two or three plain capitalised words
            var ok = true;
            var w = 0;
            for (var k = from; k <= to && ok; k++)
            {
                if (!_tk[k].IsWord) { ok = IsChar(k, '-') || IsChar(k, '.'); continue; }
                w++;
                if (Has(k, Lex.OrgHead | Lex.Legal | Lex.Descriptor | Lex.NonOrgHead | Lex.Acronym | Lex.Industry | Lex.Stop) && !Has(k, Lex.GivenName | Lex.Surname)) ok = false;
                if ((_tk[k].Shape & Shape.AllCaps) != 0 && _tk[k].Length > 1) ok = false;
                if (_tk[k].Length == 1 && !IsChar(k + 1, '.')) ok = false; // "Stora Enso R": a share class, not an initial
            }
            if (ok && w is >= 2 and <= 3) return true;
        }
        var words = 0;
        var namey = false;
        for (var k = from; k <= to; k++)
        {
            if (!_tk[k].IsWord) continue;
            if (Has(k, Lex.OrgHead | Lex.Legal | Lex.Descriptor | Lex.NonOrgHead | Lex.Acronym) && !Has(k, Lex.GivenName | Lex.Surname)) return false;
            words++;
            if (Has(k, Lex.GivenName) && k == from || Has(k, Lex.Surname)) namey = true;
        }
        if (words is < 2 or > 4) return false;
        if (namey) return true;
        return _personSurnames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Span(to));
    }

    private void FindPeople()
    {
        var resumeAt = 0;
        foreach (var i in Positions(TokClass.PersonStart))
        {
            if (i < resumeAt || _cover[i] == Cover.Org || _cover[i] == Cover.Person) continue;
            // cheap guards here, before the calls (the recognisers have large frames)
            if ((Has(i, Lex.Role) || Is(i, "co")) && TryPrenominal(i, out var next)) { resumeAt = next + 1; continue; }
            if (IsUpperWord(i) && TryApposition(i, out next)) { resumeAt = next + 1; continue; }
        }
        Prof.Mark(30);
        var cues = Positions(TokClass.ContextCue);
        var possessives = Positions(TokClass.Possessive);
        for (int a = 0, b = 0; a < cues.Length || b < possessives.Length;)
        {
            var i = b >= possessives.Length || a < cues.Length && cues[a] < possessives[b] ? cues[a++] : possessives[b++];
            if (Has(i, Lex.ContextCue) && Is(i, "by") && i > 0 && (Is(i - 1, "founded") || Is(i - 1, "co-founded") || (IsChar(i - 2, '-') && Is(i - 1, "founded"))))
                FoundedBy(i, "Founder");
            else if (Has(i, Lex.ContextCue) && Is(i, "by") && i > 0 && Is(i - 1, "chaired"))
                FoundedBy(i, "Chairman"); // "MGX, the investor chaired by Sheikh X"
            else if (_tk[i].Kind == TokKind.Possessive && i > 0) PossessiveCompany(i);
        }
        Prof.Mark(31);
        foreach (var i in Positions(TokClass.Capitalised))
        {
            if (_cover[i] != Cover.None && _cover[i] != Cover.Place) continue;
            SpeechPatterns(i);
        }
        Prof.Mark(32);
        MergeSingleNames();
        Prof.Mark(33);
        AttachSurnames();
    }

    /// <summary>"CEO Eddie Wu", "OpenAI Chief Executive Sam Altman", "Nvidia's CEO Jensen Huang", "French President
    /// Emmanuel Macron", "Communications Minister X", "the startup's founder, Alexandr Wang".</summary>
    private bool TryPrenominal(int i, out int next)
    {
        next = i;
        if (!_tk[i].IsWord || !(Has(i, Lex.Role) || Is(i, "co") && IsChar(i + 1, '-'))) return false;
        if (i > 0 && Has(i - 1, Lex.Role) && _tk[i - 1].IsWord && RoleStartsHere(i - 1)) return false; // not the start of the title
        // "group chief executive Jane Roe": a scope word opens the title
        var start = i > 0 && IsLower(i - 1) && TitleScopes.Contains(Str(i - 1)) && !_tk[i].NewlineBefore ? i - 1 : i;
        if (!TryRole(start, out var role) && !(start < i && TryRole(start = i, out role))) return false;
        i = start;
        var nameStart = role.End + 1;
        var comma = false;
        // "the startup's founder, Alexandr Wang", "according to the chief executive, Marcos Peigo"
        if (IsChar(nameStart, ',') && i > 0 && (_tk[i - 1].Kind == TokKind.Possessive || Is(i - 1, "the") && role.Strength >= 3)) { nameStart++; comma = true; }
        if (!TryName(nameStart, out var nameEnd, out var words)) return false;
        if (comma && words < 2) return false;
        // "CEO Wu" is fine; a title before a company name is not a person ("President Energy")
        if (words == 1 && _cover[nameStart] == Cover.Place) return false;
        var title = role.Title;
        var political = role.Political;
        var orgTok = -1;
        var anaphorTok = -1;
        var pre = i - 1;
        if (pre >= 0 && _tk[pre].Kind == TokKind.Possessive)
        {
            var owner = pre - 1;
            if (_cover[owner] == Cover.Org) orgTok = owner;
            else if (Has(owner, Lex.Descriptor | Lex.Anaphor) && IsLower(owner)) anaphorTok = owner;
            else if (_cover[owner] == Cover.Place && (role.HasPresident || role.Political)) { political = true; title = PoliticalTitle(title, PlaceCountryAt(owner), PlaceNameAt(owner)); }
        }
        else if (pre >= 0 && _cover[pre] == Cover.Org && !_tk[i].NewlineBefore) orgTok = pre;
        else if (pre >= 0 && IsUpperWord(pre) && Has(pre, Lex.Demonym) && _s.DemonymCodes.TryGetValue(Str(pre), out var dcode))
        {
            political = political || role.HasPresident || Has(i, Lex.PoliticalRole);
            if (political) title = PoliticalTitle(title, dcode);
        }
        else if (pre >= 0 && _cover[pre] == Cover.Place)
        {
            var code = PlaceCountryAt(pre);
            if (role.HasPresident || role.Political)
            {
                political = true;
                title = PoliticalTitle(title, code, PlaceNameAt(pre));
            }
        }
        else if (pre >= 0 && IsUpperWord(pre) && _cover[pre] == Cover.None && !_tk[i].NewlineBefore)
        {
            if (role.Political)
            {
                // "Communications and Information Technology Minister" → "Minister of Communications and Information Technology"
                var d = pre;
                while (d - 1 >= 0 && pre - d < 6 && !_tk[d].SentenceStart && (IsUpperWord(d - 1) || (Is(d - 1, "and") || IsChar(d - 1, '&')) && IsUpperWord(d - 2))
                       && _cover[d - 1] == Cover.None) d--;
                if (Is(d, "and") || IsChar(d, '&')) d++;
                title = title + " of " + Text(d, pre);
                if (title.EndsWith(" of", StringComparison.Ordinal)) title = title[..^3];
            }
            var s = role.Political ? -1 : NameRunBackward(pre, allowPlaces: true, allowAnd: false);
            if (s >= 0 && !(_tk[s].SentenceStart && IsCommonStart(s)))
            {
                if (!IsPersonName(s, pre) && !Has(s, Lex.Demonym))
                {
                    var org = AddUnknownMention(s, pre);
                    orgTok = pre;
                    _ = org;
                }
            }
        }
        else if (pre >= 0 && Is(pre, "the") && role.HasPresident) { /* "the President" */ }
        if (!political && role.HasPresident && SentenceHasPoliticalContext(i)) political = true;
        AddPerson(nameStart, nameEnd, title, role.Strength, political, orgTok, anaphorTok);
        next = nameEnd;
        return true;
    }

    private string PlaceCountryAt(int tok)
    {
        for (var s = tok; s >= 0 && tok - s < 8; s--)
            if (HitAt(s) is { Payload.Kind: PhraseKind.Place } h && h.End >= tok) return _s.Places[h.Payload.Target].Country ?? "";
        return "";
    }

    /// <summary>Name of the sub-national place (state, province, city) ending at <paramref name="tok"/>, or null for a country.</summary>
    private string? PlaceNameAt(int tok)
    {
        for (var s = tok; s >= 0 && tok - s < 8; s--)
            if (HitAt(s) is { Payload.Kind: PhraseKind.Place } h && h.End >= tok)
                return _s.PlaceKinds[h.Payload.Target] == CapexRadar.Domain.LocationKind.Country ? null : _s.Places[h.Payload.Target].Name;
        return null;
    }

    private string PoliticalTitle(string title, string? code, string? placeName = null)
    {
        if (title.Contains(" of ", StringComparison.Ordinal)) return title;
        if (placeName is not null) return $"{title} of {placeName}"; // "Pennsylvania Governor" → "Governor of Pennsylvania"
        if (string.IsNullOrEmpty(code) || !_s.CountryNames.TryGetValue(code, out var country)) return title;
        var the = code is "US" or "GB" or "AE" or "NL" or "PH" or "CZ" ? "the " : "";
        return $"{title} of {the}{country}";
    }

    private bool SentenceHasPoliticalContext(int i)
    {
        var sentence = _tk[i].Sentence;
        for (var k = i; k >= 0 && _tk[k].Sentence == sentence && i - k < 40; k--)
            if (Has(k, Lex.PoliticalContext) && _tk[k].IsWord) return true;
        for (var k = i + 1; k < _n && _tk[k].Sentence == sentence && k - i < 40; k++)
            if (Has(k, Lex.PoliticalContext) && _tk[k].IsWord) return true;
        return false;
    }

    /// <summary>"Eddie Wu, chief executive of Alibaba", "Jensen Huang, Nvidia's CEO", "Jane Roe, the company's CFO".</summary>
    private bool TryApposition(int i, out int next)
    {
        next = i;
        if (!IsUpperWord(i) || IsNameWord(i - 1) && !_tk[i].SentenceStart) return false;
        var commaAhead = false;
        for (var c = i + 1; c < _n && c - i <= 6 && !commaAhead; c++) commaAhead = IsChar(c, ',');
        if (!commaAhead) return false;
        if (_tk[i].SentenceStart && IsCommonStart(i) && !Has(i, Lex.GivenName | Lex.Surname)) return false;
        // "K. Krithivasan", "S.N. Subrahmanyan": initials and a surname are a full name
        if (!TryName(i, out var nameEnd, out var words, out var initials) || words + Math.Min(initials, 1) < 2) return false;
        var k = nameEnd + 1;
        if (!IsChar(k, ',')) return false;
        k++;
        var orgTok = -1;
        var anaphorTok = -1;
        // "one of Oracle's two chief executives": one holder of a shared title
        var oneOf = Is(k, "one") && Is(k + 1, "of");
        if (oneOf) k += 2;
        if (Is(k, "the") || Is(k, "a") || Is(k, "an") || Is(k, "its") || Is(k, "their") || Is(k, "his") || Is(k, "her")) k++;
        if (k < _n && _cover[k] == Cover.Org)
        {
            var o = k;
            while (k < _n && _cover[k] == Cover.Org && _owner[k] == _owner[o]) k++;
            orgTok = o;
            if (k < _n && _tk[k].Kind == TokKind.Possessive) k++;
        }
        else if (IsLower(k) && Has(k, Lex.Anaphor) && k + 1 < _n && _tk[k + 1].Kind == TokKind.Possessive)
        {
            anaphorTok = k;
            k += 2;
        }
        else if (k + 1 < _n && _cover[k] == Cover.Place && _tk[k + 1].Kind == TokKind.Possessive) k += 2; // "Germany's digital minister"
        else if (IsUnresolvedOwner(k))
        {
            orgTok = k;
            k += 2;
        }
        RoleParse role;
        if (oneOf)
        {
            if (!TrySharedRole(k, out role)) return false;
        }
        else if (!TryRole(k, out role, allowOfTail: false))
        {
            // "the digital minister", "Germany's finance secretary": one or two lower-case portfolio words before a
            // political title
            var found = false;
            for (var skip = 1; skip <= 2 && !found; skip++)
            {
                var m = k + skip - 1;
                if (m >= _n || !_tk[m].IsWord || !IsLower(m) || Is(m, "and") || Is(m, "of") || Is(m, "former") || _cover[m] is not (Cover.None or Cover.Blocked)) break;
                if (TryRole(k + skip, out role, allowOfTail: false) && role.Political)
                {
                    role = role with { Title = role.Title + " of " + TitleCase(Text(k, k + skip - 1)) };
                    found = true;
                }
            }
            if (!found) return false;
        }
        var after = role.End + 1;
        var titleOf = -1;
        // "Rania Haddad, a partner at the firm": a weak title still makes a person when an organisation follows it
        var organisationFollows = (Is(after, "of") || Is(after, "at") || Is(after, "for")) && after + 1 < _n
                                  && (_cover[after + 1] == Cover.Org || Is(after + 1, "the") && Has(after + 2, Lex.Anaphor)
                                      // "Marta Rey, an analyst at Caixa Equities", "Tom Hale, leader of Fenwick County Council":
                                      // a plain two- or three-word name and a capitalised name after the preposition
                                      || _cover[after + 1] is Cover.None or Cover.Place && IsUpperWord(after + 1) && !Has(after + 1, Lex.Stop | Lex.Demonym)
                                         && IsPersonName(i, nameEnd, relaxed: true));
        if (!IsPersonName(i, nameEnd) && orgTok < 0 && anaphorTok < 0 && role.Strength < 3 && !organisationFollows) return false;
        if ((Is(after, "of") || Is(after, "at") || Is(after, "for")) && after + 1 < _n)
        {
            var o = after + 1;
            if (Is(o, "the") && Has(o + 1, Lex.Anaphor)) anaphorTok = o + 1;
            else if (_cover[o] == Cover.Org) { orgTok = o; titleOf = Is(after, "of") ? o : -1; }
            else if (IsUpperWord(o) && _cover[o] is Cover.None)
            {
                var end = o;
                while (end + 1 < _n && IsNameWord(end + 1) && _cover[end + 1] == Cover.None && end - o < 4) end++;
                if (role.Political) { }
                else if (!IsPersonName(o, end) && PlausibleOrg(o, end) && !role.Title.StartsWith("Head", StringComparison.Ordinal)) { AddUnknownMention(o, end); orgTok = o; }
            }
            else if (_cover[o] == Cover.Place && role.Political) { }
        }
        var person = AddPerson(i, nameEnd, role.Title, role.Strength, role.Political, orgTok, anaphorTok);
        if (titleOf >= 0 && person.Role == role.Title && person.OrgTok == titleOf) person.TitleOfTok = titleOf;
        next = nameEnd;
        return true;
    }

    /// <summary>"Chief Executive (CEO)" of a unit: "Chief Executive of AWS (CEO of AWS)".</summary>
    private static string RoleOfUnit(string role, string unit)
    {
        var open = role.IndexOf(" (", StringComparison.Ordinal);
        return open > 0 && role.EndsWith(')')
            ? $"{role[..open]} of {unit} ({role[(open + 2)..^1]} of {unit})"
            : $"{role} of {unit}";
    }

    private static readonly HashSet<string> SharedTitleCounts = new(StringComparer.OrdinalIgnoreCase) { "two", "three", "four", "2", "3", "4" };

    /// <summary>
    /// After "one of [Org's] [two]": a plural title ("chief executives", "co-founders", "managing directors"). With a
    /// count of holders, a top title is shared: "one of Oracle's two chief executives" → Co-CEO; "one of its
    /// founders" → Co-founder.
    /// </summary>
    private bool TrySharedRole(int k, out RoleParse role)
    {
        role = default;
        var counted = k < _n && SharedTitleCounts.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Span(k));
        if (counted) k++;
        var start = k;
        var co = Is(k, "co") && IsChar(k + 1, '-') && !_tk[k + 1].SpaceBefore; // "co-chairmen", "co-founders"
        if (co) k += 2;
        var words = new List<string>(4);
        for (; k < _n && k - start < 6; k++)
        {
            if (!IsLower(k)) return false;
            var w = Span(k);
            var irregular = w.Equals("chairmen", StringComparison.OrdinalIgnoreCase);
            var singular = irregular ? "chairman" : w.Length > 3 && w[^1] == 's' ? w[..^1] : w;
            var id = _x.IdOf(singular);
            if (id < 0 || (_x.LexOf(id) & Lex.Role) == 0) return false;
            words.Add(singular.ToString().ToLowerInvariant());
            if (!irregular && singular.Length == w.Length) continue; // not plural yet: "chief" of "chief executives"
            var title = NormalizeRole(words);
            var shared = title is "CEO" or "Chairman" or "Chair" or "President" or "Founder";
            if (co || counted && shared || title == "Founder") title = title == "Founder" ? "Co-founder" : "Co-" + title;
            role = new RoleParse(start, k, title, false, 3, title.Contains("President", StringComparison.Ordinal));
            return true;
        }
        return false;
    }

    /// <summary>"DeepSeek, founded by hedge-fund manager Liang Wenfeng": founder of the company the clause is about;
    /// likewise "chaired by" with <paramref name="title"/> "Chairman".</summary>
    private void FoundedBy(int by, string title)
    {
        var k = by + 1;
        // skip a lower-case descriptor ("hedge-fund manager", "entrepreneur")
        while (k < _n && k - by <= 6 && (IsLower(k) || IsChar(k, '-')) && !Is(k, "the") && !Is(k, "a")) k++;
        // "founded by former Intel executive Renee James": the person found with their old title
        for (var q = k; q < _n && q - k < 6 && _cover[q] != Cover.Person; q++)
            if (_tk[q].Kind == TokKind.Punct && !IsChar(q, '-')) break;
            else if (q + 1 < _n && _cover[q + 1] == Cover.Person) { k = q + 1; break; }
        if (k < _n && _cover[k] == Cover.Person)
        {
            var p = _people[_owner[k]];
            var founded = by - 1;
            if (IsChar(founded - 1, '-')) founded -= 2;
            if (IsChar(founded - 1, ',') && founded - 2 >= 0 && IsNameWord(founded - 2) && _cover[founded - 2] == Cover.None)
                TryContextNameBackward(founded - 2, requireBoundary: true);
            p.RoleStrength = 0; // the founding is what the sentence says about this person
            SetFounder(p, by, title);
            return;
        }
        if (!TryName(k, out var end, out var words) || words < 2) return;
        // "Veltora, founded by …": the founded thing is a company
        var f = by - 1;
        if (IsChar(f - 1, '-')) f -= 2; // "co-founded"
        if (IsChar(f - 1, ',') && f - 2 >= 0 && IsNameWord(f - 2) && _cover[f - 2] == Cover.None)
            TryContextNameBackward(f - 2, requireBoundary: true);
        var person = AddPerson(k, end, title, 2, false, -1, -1);
        SetFounder(person, by, title);
    }

    private void SetFounder(PersonBuild p, int by, string title)
    {
        if (p.RoleStrength <= 2 || p.Role is null)
        {
            p.Role = title;
            p.RoleStrength = 2;
        }
        // the organisation founded: the nearest organisation mention before "founded" in the sentence
        for (var o = by - 1; o >= 0 && SameSentence(o, by) && by - o < 60; o--)
            if (_cover[o] == Cover.Org)
            {
                p.OrgTok = o;
                p.OrgId = null;
                break;
            }
    }

    /// <summary>"Elon Musk's artificial-intelligence company xAI": the person founded the company.</summary>
    private void PossessiveCompany(int poss)
    {
        var nameEnd = poss - 1;
        var s = nameEnd;
        while (s - 1 >= 0 && nameEnd - s < 3 && IsUpperWord(s - 1) && _cover[s - 1] is Cover.None or Cover.Person && !_tk[s].SentenceStart) s--;
        if (nameEnd - s < 1) return;
        if (!IsPersonName(s, nameEnd)) return;
        var k = poss + 1;
        while (k < _n && k - poss <= 5 && (IsLower(k) || IsChar(k, '-')) && !Has(k, Lex.Anaphor)) k++;
        if (!(IsLower(k) && Is(k, "company") || Is(k, "startup") || Is(k, "start-up") || Is(k, "venture") || Is(k, "firm") || Is(k, "lab") || (Is(k, "up") && Is(k - 2, "start")))) return;
        var orgStart = k + 1;
        if (orgStart >= _n || !IsNameWord(orgStart)) return;
        var p = AddPerson(s, nameEnd, "Founder", 2, false, -1, -1);
        if (_cover[orgStart] != Cover.Org)
        {
            var end = orgStart;
            while (end + 1 < _n && IsNameWord(end + 1) && _cover[end + 1] == Cover.None && end - orgStart < 3) end++;
            AddUnknownMention(orgStart, end);
        }
        p.OrgTok = orgStart;
    }

    /// <summary>"Jane Roe said", "said Jane Roe", "according to Jane Roe", "Jane Roe, who …".</summary>
    private void SpeechPatterns(int i)
    {
        if (!IsUpperWord(i) || (IsNameWord(i - 1) && !_tk[i].SentenceStart) || _cover[i] == Cover.Person) return;
        var cueNear = i >= 1 && (Has(i - 1, Lex.Speech) || Has(i - 1, Lex.ContextCue) && Is(i - 1, "to"));
        for (var c = i + 1; c < _n && c - i <= 6 && !cueNear; c++) cueNear = Has(c, Lex.Speech) || Has(c, Lex.ContextCue) && Is(c, "who");
        if (!cueNear) return;
        if (_tk[i].SentenceStart && IsCommonStart(i) && !Has(i, Lex.GivenName)) return;
        if (!TryName(i, out var end, out var words)) return;
        if (words == 1 && end + 1 < _n && IsLower(end + 1) && Has(end + 1, Lex.Speech))
        {
            // "Musk said" after "Elon Musk met …": the full name introduced earlier without a title
            FullNameIntroducedEarlier(i);
            return;
        }
        if (words < 2) return;
        for (var k = i; k <= end; k++) if (_cover[k] == Cover.Person) return;
        var after = end + 1;
        var cue = false;
        var strong = true;
        if (after < _n && Has(after, Lex.Speech) && IsLower(after)) cue = true;
        else if (IsChar(after, ',') && Is(after + 1, "who")) cue = true;
        else if (i >= 1 && Has(i - 1, Lex.Speech) && IsLower(i - 1)) cue = true;
        else if (i >= 2 && Is(i - 1, "to") && Is(i - 2, "according")) { cue = true; strong = false; } // sources are often firms
        if (!cue) return;
        var allPlace = true;
        for (var k = i; k <= end; k++) if (_tk[k].IsWord && _cover[k] != Cover.Place) allPlace = false;
        if (allPlace) return; // "said Hong Kong …"
        if (StartsAnOrganizationName(i, end)) return; // "said Serra Azul" after "Serra Azul Data Centers S.A."
        if (!IsPersonName(i, end, relaxed: strong)) return;
        if (IsChar(after, ',') && Is(after + 1, "who") && TryRoleAfterWho(after + 2, out var role, out var orgTok, out var anaphorTok))
            AddPerson(i, end, role.Title, role.Strength, role.Political, orgTok, anaphorTok);
        else AddPerson(i, end, null, 0, false, -1, -1);
    }

    /// <summary>"Kestrel's chairman" before the short form "Kestrel" is known as a company: a free name with a possessive,
    /// not a person's; the company is resolved when the output is built.</summary>
    private bool IsUnresolvedOwner(int k) =>
        k + 1 < _n && IsNameWord(k) && _cover[k] == Cover.None && _tk[k + 1].Kind == TokKind.Possessive
        && !Has(k, Lex.GivenName | Lex.Surname | Lex.Demonym | Lex.Stop);

    /// <summary>Verbs of a "…, who took over as / became / was named / serves as …" clause that give the title that follows.</summary>
    private static readonly string[][] TitleVerbs =
    [
        ["took", "over", "as"], ["became"], ["becomes"], ["was", "named"], ["was", "appointed"], ["has", "been"], ["is"], ["was"],
        ["serves", "as"], ["served", "as"], ["was", "promoted", "to"], ["will", "become"], ["remains"],
    ];

    /// <summary>"who heads Northmoor as chief executive" (the title after "as"), "who heads real-estate investments at
    /// Varma" (Head of Real-Estate Investments); likewise "leads", "runs", "co-leads".</summary>
    private bool HeadsClause(int k, out RoleParse role, out int orgTok, out int anaphorTok)
    {
        role = default;
        orgTok = -1;
        anaphorTok = -1;
        var co = Is(k, "co") && IsChar(k + 1, '-');
        var verb = co ? k + 2 : k;
        if (!(Is(verb, "heads") || Is(verb, "leads") || Is(verb, "runs"))) return false;
        var o = verb + 1;
        if (o < _n && (_cover[o] == Cover.Org || IsNameWord(o) && _cover[o] == Cover.None && !Has(o, Lex.Stop | Lex.Demonym)))
        {
            // "heads Northmoor as chief executive"
            var end = o;
            while (end + 1 < _n && end - o < 4 && (_cover[end + 1] == Cover.Org && _owner[end + 1] == _owner[o] || _cover[o] != Cover.Org && IsNameWord(end + 1))) end++;
            if (!Is(end + 1, "as") || !TryRole(end + 2, out role, allowOfTail: false)) return false;
            orgTok = o;
            return true;
        }
        // "heads real-estate investments at Varma": lower-case words, then the organisation
        var w = o;
        while (w < _n && w - o < 6 && (IsLower(w) && !Is(w, "at") && !Is(w, "of") && !Is(w, "for") || IsChar(w, '-'))) w++;
        if (w == o || !(Is(w, "at") || Is(w, "of") || Is(w, "for")) || w + 1 >= _n) return false;
        var org = w + 1;
        var title = (co ? "Co-Head of " : "Head of ") + TitleCase(Text(o, w - 1));
        role = new RoleParse(o, w - 1, title, false, 2, false);
        if (Is(org, "the") && Has(org + 1, Lex.Anaphor)) anaphorTok = org + 1;
        else if (_cover[org] == Cover.Org || IsNameWord(org) && _cover[org] == Cover.None) orgTok = org;
        else return false;
        return true;
    }

    /// <summary>"who took over as Hitachi's president and CEO", "who became the company's finance chief": the title and its
    /// organisation, starting at token <paramref name="k"/> after "who".</summary>
    private bool TryRoleAfterWho(int k, out RoleParse role, out int orgTok, out int anaphorTok)
    {
        role = default;
        orgTok = -1;
        anaphorTok = -1;
        var matched = -1;
        foreach (var verb in TitleVerbs)
        {
            var ok = true;
            for (var w = 0; w < verb.Length && ok; w++) ok = Is(k + w, verb[w]);
            if (ok) { matched = verb.Length; break; }
        }
        if (matched < 0) return HeadsClause(k, out role, out orgTok, out anaphorTok);
        k += matched;
        if (Is(k, "the") || Is(k, "its") || Is(k, "a") || Is(k, "an")) k++;
        if (k < _n && _cover[k] == Cover.Org)
        {
            var o = k;
            while (k < _n && _cover[k] == Cover.Org && _owner[k] == _owner[o]) k++;
            if (k >= _n || _tk[k].Kind != TokKind.Possessive) return false;
            orgTok = o;
            k++;
        }
        else if (IsLower(k) && Has(k, Lex.Anaphor) && k + 1 < _n && _tk[k + 1].Kind == TokKind.Possessive)
        {
            anaphorTok = k;
            k += 2;
        }
        else if (IsUnresolvedOwner(k))
        {
            orgTok = k;
            k += 2;
        }
        return TryRole(k, out role, allowOfTail: false) && role.Strength >= 3;
    }

    /// <summary>Tokens <paramref name="from"/>..<paramref name="to"/> are the first words of an organisation's name mention.</summary>
    private bool StartsAnOrganizationName(int from, int to)
    {
        // bounded work per document: hostile text with thousands of "said X Y" stays linear
        if (++_orgNameChecks > 4096) return false;
        var words = to - from + 1;
        for (var o = 0; o < _orgs.Count && o < 300; o++)
        {
            var org = _orgs[o];
            if (org.Merged || org.NameSpans.Count == 0) continue;
            var span = org.NameSpans[0];
            var k = FirstTokenAt(span.Start);
            if (k + words > _n || _tk[k + words - 1].End >= span.End) continue; // a strictly longer name only
            var same = true;
            for (var w = 0; w < words && same; w++) same = Span(k + w).SequenceEqual(Span(from + w));
            if (same) return true;
        }
        return false;
    }

    private int _orgNameChecks;

    private Dictionary<string, int>? _bigramByLast;

    private void FullNameIntroducedEarlier(int surname)
    {
        if (_bigramByLast is null)
        {
            // first "Given Surname" pair of free capitalised words, by surname (one pass, built on demand)
            _bigramByLast = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var k = 1; k < _n; k++)
                if (IsUpperWord(k) && IsUpperWord(k - 1) && _cover[k] is Cover.None && _cover[k - 1] is Cover.None
                    && !_tk[k].SentenceStart && !IsUpperWord(k + 1) && (k < 2 || !IsNameWord(k - 2) || _tk[k - 1].SentenceStart))
                    _bigramByLast.TryAdd(Str(k), k - 1);
        }
        if (!_bigramByLast.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(Span(surname), out var first) || first >= surname) return;
        if (_cover[first] != Cover.None || _cover[first + 1] != Cover.None) return;
        if (_tk[first].SentenceStart && IsCommonStart(first) && !Has(first, Lex.GivenName)) return;
        if (!IsPersonName(first, first + 1, relaxed: true)) return;
        var person = AddPerson(first, first + 1, null, 0, false, -1, -1);
        var span = new TextSpan(_tk[surname].Start, _tk[surname].End);
        person.AddMention(span);
        _cover[surname] = Cover.Person;
        _owner[surname] = _personByName[person.Name];
    }

    private PersonBuild AddPerson(int from, int to, string? role, int strength, bool political, int orgTok, int anaphorTok)
    {
        var name = Text(from, to);
        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (!_personByName.TryGetValue(name, out var idx))
        {
            idx = _people.Count;
            _people.Add(new PersonBuild { Name = name, Parts = [.. parts], FoundBy = _stage });
            _personByName[name] = idx;
            if (parts.Length > 1) _personSurnames.Add(parts[^1]);
        }
        var person = _people[idx];
        if (role is not null && (person.Role is null || strength > person.RoleStrength))
        {
            person.Role = role;
            person.RoleStrength = strength;
            person.Political = political;
        }
        if (orgTok >= 0 && person.OrgTok < 0) person.OrgTok = orgTok;
        if (anaphorTok >= 0 && person.AnaphorTok < 0 && person.OrgTok < 0) person.AnaphorTok = anaphorTok;
        var span = new TextSpan(_tk[from].Start, _tk[to].End);
        person.AddMention(span);
        person.FirstStart = Math.Min(person.FirstStart, span.Start);
        for (var k = from; k <= to; k++)
        {
            _cover[k] = Cover.Person;
            _owner[k] = idx;
        }
        return person;
    }

    /// <summary>"CEO Wu" after "CEO Eddie Wu": one person.</summary>
    private void MergeSingleNames()
    {
        var byPart = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var p = 0; p < _people.Count; p++)
        {
            if (_people[p].Parts.Length < 2) continue;
            byPart.TryAdd(_people[p].Parts[^1], p);
            byPart.TryAdd(_people[p].Parts[0], p);
        }
        for (var a = 0; a < _people.Count; a++)
        {
            var single = _people[a];
            if (single.Parts.Length != 1) continue;
            if (!byPart.TryGetValue(single.Parts[0], out var target)) continue;
            var full = _people[target];
            full.Mentions.AddRange(single.Mentions);
            full.FirstStart = Math.Min(full.FirstStart, single.FirstStart);
            if (full.Role is null || single.RoleStrength > full.RoleStrength) { full.Role = single.Role ?? full.Role; full.RoleStrength = Math.Max(full.RoleStrength, single.RoleStrength); }
            if (full.OrgTok < 0) full.OrgTok = single.OrgTok;
            single.Parts = [];
            single.Mentions.Clear();
        }
        _people.RemoveAll(p => p.Mentions.Count == 0);
        // owners were indexes: recompute
        for (var k = 0; k < _n; k++) if (_cover[k] == Cover.Person) _cover[k] = Cover.None;
        for (var p = 0; p < _people.Count; p++)
            foreach (var m in _people[p].Mentions) CoverSpan(m, Cover.Person, p);
    }

    private void CoverSpan(TextSpan span, Cover cover, int owner)
    {
        var k = FirstTokenAt(span.Start);
        for (; k < _n && _tk[k].Start < span.End; k++)
        {
            _cover[k] = cover;
            _owner[k] = owner;
        }
    }

    private int FirstTokenAt(int offset)
    {
        int lo = 0, hi = _n - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (_tk[mid].Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>"Wu said", "Lau also offered": a surname alone is a mention of the person already named.</summary>
    private void AttachSurnames()
    {
        if (_people.Count == 0) return;
        var bySurname = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var p = 0; p < _people.Count; p++)
        {
            var parts = _people[p].Parts;
            if (parts.Length < 2) continue;
            var first = FirstTokenAt(_people[p].FirstStart);
            var surnameFirst = Has(first, Lex.Surname) && !Has(first, Lex.GivenName) || parts[^1].Contains('-') && char.IsLower(parts[^1][^1]);
            Add(parts[^1], p);
            if (surnameFirst) Add(parts[0], p);
        }
        void Add(string key, int p)
        {
            if (!bySurname.TryGetValue(key, out var list)) bySurname[key] = list = [];
            if (list.Count < 8) list.Add(p);
        }
        var lookup = bySurname.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var k in Positions(TokClass.Capitalised))
        {
            if (_cover[k] is not (Cover.None or Cover.Place)) continue;
            if (IsUpperWord(k + 1) && !_tk[k + 1].SentenceStart && _cover[k + 1] == Cover.None && !Has(k + 1, Lex.Speech)) continue; // part of a longer name
            if (!lookup.TryGetValue(Span(k), out var candidates)) continue;
            var match = -1;
            foreach (var p in candidates)
            {
                // the most recent person with that surname
                if (match < 0 || _people[p].FirstStart > _people[match].FirstStart && _people[p].FirstStart < _tk[k].Start) match = p;
            }
            if (match < 0) continue;
            var span = new TextSpan(_tk[k].Start, _tk[k].End);
            _people[match].AddMention(span);
            _cover[k] = Cover.Person;
            _owner[k] = match;
        }
    }
}
