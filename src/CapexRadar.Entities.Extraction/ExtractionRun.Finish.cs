using CapexRadar.Domain;
using CapexRadar.Text.Syntax;

namespace CapexRadar.Entities.Extraction;

internal sealed partial class ExtractionRun
{
    /// <summary>"Huawei Cloud" filed under "Huawei Technologies Co.": the mention has a capitalised word the company's
    /// name lacks, and is not the name's initials ("TSMC") nor a legal form.</summary>
    private bool NamesAUnitOf(int from, int to, string orgName)
    {
        var nameWords = orgName.Split([' ', ',', '.', '-'], StringSplitOptions.RemoveEmptyEntries);
        var initials = string.Concat(nameWords.Where(w => char.IsUpper(w[0])).Select(w => w[0]));
        for (var k = from; k <= to; k++)
        {
            if (!_tk[k].IsWord || Has(k, Lex.Legal)) continue;
            var w = Str(k);
            if (nameWords.Contains(w, StringComparer.OrdinalIgnoreCase)) continue;
            if (to == from && initials.StartsWith(w, StringComparison.Ordinal) && w.Length >= 2) return false;
            return true;
        }
        return false;
    }

    private OrgBuild Live(int idx)
    {
        var org = _orgs[idx];
        var guard = 0;
        while (org.Merged && org.MergedInto >= 0 && guard++ < 16) org = _orgs[org.MergedInto];
        return org;
    }

    private int LiveIndex(int idx)
    {
        var guard = 0;
        while (_orgs[idx].Merged && _orgs[idx].MergedInto >= 0 && guard++ < 16) idx = _orgs[idx].MergedInto;
        return idx;
    }

    /// <summary>"Mistral" and "Mistral AI" found separately are one company: the shorter name merges into the longer.</summary>
    private void MergeUnknownCompanies()
    {
        if (_orgs.Count > 300) return; // not a news story; keep it linear
        for (var a = 0; a < _orgs.Count; a++)
        {
            var small = _orgs[a];
            if (small.Merged || small.Kb >= 0 || small.HasLegal) continue;
            var sn = KeyName(small.Name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (sn.Length == 0) continue;
            for (var b = 0; b < _orgs.Count; b++)
            {
                if (a == b) continue;
                var big = _orgs[b];
                if (big.Merged) continue;
                var bn = KeyName(big.Name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (bn.Length <= sn.Length) continue;
                var prefix = bn.AsSpan(0, sn.Length).SequenceEqual(sn);
                // "Kexin Optical" inside "Shenzhen Kexin Optical Co., Ltd.": the longer name only adds its home town
                var placeSuffix = !prefix && bn.AsSpan(bn.Length - sn.Length).SequenceEqual(sn) && StartsWithPlace(big, bn.Length - sn.Length);
                if (!prefix && !placeSuffix) continue;
                if (big.Kb >= 0 && small.ParentId == big.Id) continue; // "Reliance Intelligence" is not "Reliance"
                MergeInto(a, b);
                break;
            }
        }
    }

    /// <summary>The organisation's longest mention starts with a place phrase of <paramref name="words"/> words.</summary>
    private bool StartsWithPlace(OrgBuild org, int words)
    {
        foreach (var m in org.Mentions)
        {
            var k = FirstTokenAt(m.Start);
            var end = PlaceHitAt(k);
            if (end < 0) continue;
            var count = 0;
            for (var t = k; t <= end; t++) if (_tk[t].IsWord) count++;
            if (count == words) return true;
        }
        return false;
    }

    private void MergeInto(int from, int to)
    {
        var src = _orgs[from];
        var dst = _orgs[to];
        dst.Mentions.AddRange(src.Mentions);
        dst.NameMentions += src.NameMentions;
        dst.NameSpans.AddRange(src.NameSpans);
        dst.FirstStart = Math.Min(dst.FirstStart, src.FirstStart);
        src.Merged = true;
        src.MergedInto = to;
    }

    /// <summary>Short repeated mentions: "Sakura" after "Sakura Internet Inc.", "Khazna" after "Khazna Data Centers",
    /// an unknown company's name repeated later, "stc" after "known as stc".</summary>
    private void FindShortMentions()
    {
        // forms indexed by their first word; at most a few hundred distinct forms (hostile input stays linear)
        var byFirst = new Dictionary<string, List<(string[] Words, int Org)>>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void AddForm(string[] words, int org)
        {
            if (words.Length == 0 || seen.Count >= 256 || !seen.Add(string.Join('\u0001', words) + "\u0002" + org)) return;
            if (!byFirst.TryGetValue(words[0], out var list)) byFirst[words[0]] = list = [];
            list.Add((words, org));
        }
        foreach (var (form, org) in _docAliases) AddForm([form], org);
        foreach (var (words, org) in _docAliasPhrases) AddForm(words, org);
        for (var o = 0; o < _orgs.Count && seen.Count < 256; o++)
        {
            var org = _orgs[o];
            if (org.Merged || org.Mentions.Count == 0) continue;
            var mentionsSeen = 0;
            foreach (var m in org.Mentions)
            {
                if (++mentionsSeen > ShortFormMentions) break;
                var from = FirstTokenAt(m.Start);
                var words = new List<string>();
                for (var k = from; k < _n && _tk[k].Start < m.End && words.Count < MaxMentionWords; k++)
                    if (_tk[k].IsWord && !IsLegal(k)) words.Add(Str(k));
                if (words.Count == 0) continue;
                if (org.Kb < 0 && words.Count <= 4) AddForm([.. words], o);
                if (words.Count >= 2 && GoodShortForm(from)) AddForm([words[0]], o);
                // "Grupo Altiplano Digital" → "Altiplano": after a generic first word, the next one
                else if (words.Count >= 3 && Has(from, Lex.CorpGeneric | Lex.OrgHead) && NextWordToken(from) is var second && second > 0 && GoodShortForm(second))
                    AddForm([Str(second)], o);
                // "Shenzhen Kexin Optical Co., Ltd." → "Kexin Optical"
                if (words.Count >= 3 && PlaceHitAt(from) is var placeEnd && placeEnd >= from)
                {
                    var rest = new List<string>();
                    for (var k = placeEnd + 1; k < _n && _tk[k].Start < m.End && rest.Count < MaxMentionWords; k++)
                        if (_tk[k].IsWord && !IsLegal(k)) rest.Add(Str(k));
                    if (rest.Count >= 2) AddForm([.. rest], o);
                    if (rest.Count >= 2 && GoodShortForm(placeEnd + 1)) AddForm([rest[0]], o);
                }
            }
        }
        Prof.Mark(50);
        if (byFirst.Count == 0) return;
        var lookup = byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
        // cheap filter before the dictionary: (first character, length) pairs of the forms' first words
        Span<uint> lengthsByFirstChar = stackalloc uint[128];
        lengthsByFirstChar.Clear();
        var nonAsciiFirst = false;
        foreach (var first in byFirst.Keys)
        {
            if (first[0] < 128) lengthsByFirstChar[first[0]] |= 1u << Math.Min(first.Length, 31);
            else nonAsciiFirst = true;
        }
        for (var k = 0; k < _n; k++)
        {
            if (_cover[k] != Cover.None || !_tk[k].IsWord) continue;
            var c0 = _t[_tk[k].Start];
            if (c0 < 128 ? (lengthsByFirstChar[c0] & (1u << Math.Min(_tk[k].Length, 31))) == 0 : !nonAsciiFirst) continue;
            if (!lookup.TryGetValue(Span(k), out var candidates)) continue;
            var bestLen = 0;
            var matching = new List<int>(2);
            foreach (var (words, o) in candidates)
            {
                if (words.Length < bestLen) continue;
                var ok = true;
                var end = k;
                var w = 0;
                var t = k;
                while (w < words.Length)
                {
                    if (t >= _n || _cover[t] != Cover.None) { ok = false; break; }
                    if (!_tk[t].IsWord) { if (IsChar(t, '&') || IsChar(t, '-') || IsChar(t, '\'')) { t++; continue; } ok = false; break; }
                    if (!Span(t).SequenceEqual(words[w])) { ok = false; break; }
                    end = t;
                    w++;
                    t++;
                }
                if (!ok) continue;
                // whole name only: not the first word of a longer capitalised name
                if (IsNameWord(end + 1) && !_tk[end + 1].SentenceStart && _cover[end + 1] == Cover.None && !IsRoleHead(end + 1)) continue;
                if (words.Length > bestLen) { matching.Clear(); bestLen = words.Length; }
                var live = LiveIndex(o);
                if (!matching.Contains(live)) matching.Add(live);
            }
            if (matching.Count == 0) continue;
            // several companies share the short form: the one mentioned most recently
            var bestOrg = matching.Count == 1 ? matching[0] : RecentOrgBefore(k, matching.Contains) is var r && r >= 0 ? r : matching[0];
            var target = _orgs[bestOrg];
            var last = k;
            var count = 0;
            for (var t = k; t < _n && count < bestLen; t++) { if (_tk[t].IsWord) count++; last = t; }
            last = EndOfSuffixes(last);
            AddOrgMention(target.Id, target.Name, target.Kb, k, last);
            k = last;
        }
    }

    /// <summary>The live organisation of the nearest organisation mention before token <paramref name="k"/> that
    /// <paramref name="accept"/> takes; a bounded look-back (-1 when none).</summary>
    private int RecentOrgBefore(int k, Func<int, bool> accept, int window = 400)
    {
        for (var t = k - 1; t >= 0 && k - t <= window; t--)
        {
            if (_cover[t] != Cover.Org) continue;
            var live = LiveIndex(_owner[t]);
            if (accept(live)) return live;
        }
        return -1;
    }

    /// <summary>End token of a place phrase starting at <paramref name="k"/>, or -1.</summary>
    private int PlaceHitAt(int k)
    {
        return HitAt(k) is { Payload.Kind: PhraseKind.Place } h ? h.End : -1;
    }

    private int NextWordToken(int k)
    {
        for (var t = k + 1; t < _n && t - k <= 3; t++) if (_tk[t].IsWord) return t;
        return -1;
    }

    private bool GoodShortForm(int k)
    {
        if (!IsUpperWord(k) || _tk[k].Length < 3) return false;
        if (Has(k, Lex.Stop | Lex.Demonym | Lex.GivenName | Lex.Acronym | Lex.CorpGeneric | Lex.Descriptor | Lex.Role | Lex.Month
                   | Lex.Weekday | Lex.NonOrgHead | Lex.OrgHead | Lex.Legal | Lex.Surname)) return false;
        if (_cover[k] == Cover.Place) return false;
        // a word that is also a place name is a poor short form
        if (HitAt(k) is { Payload.Kind: PhraseKind.Place }) return false;
        return true;
    }

    /// <summary>The company the story is about: the first organisation in the lead sentence, else the most mentioned.</summary>
    private void ChooseAnnouncer()
    {
        var leadSentence = -1;
        for (var k = 0; k < _n; k++)
        {
            if (_tk[k].IsWord) { leadSentence = _tk[k].Sentence; break; }
        }
        // the first organisation of the lead sentence that reads as its subject: not the object of a preposition
        // ("After a deal with Microsoft, Foo said …") and not a modifier ("Nvidia supplier Foo", "Nvidia's Foo")
        var best = -1;
        var fallback = -1;
        for (var k = 0; k < _n && _tk[k].Sentence == leadSentence; k++)
        {
            if (_cover[k] != Cover.Org || k > 0 && _cover[k - 1] == Cover.Org && _owner[k - 1] == _owner[k]) continue;
            var org = LiveIndex(_owner[k]);
            if (fallback < 0) fallback = org;
            var end = k;
            while (end + 1 < _n && _cover[end + 1] == Cover.Org && _owner[end + 1] == _owner[k]) end++;
            var afterPreposition = k > 0 && IsLower(k - 1) && Has(k - 1, Lex.Locative) && !Is(k - 1, "and") && !Is(k - 1, "or")
                                   || k > 1 && Is(k - 1, "the") && IsLower(k - 2) && Has(k - 2, Lex.Locative);
            var modifier = end + 1 < _n && (_tk[end + 1].Kind == TokKind.Possessive && !Has(end + 2, Lex.ShareWord) && !IsNameWord(end + 2)
                                            || IsLower(end + 1) && Has(end + 1, Lex.Descriptor) && IsNameWord(end + 2));
            if (afterPreposition || modifier) continue;
            best = org;
            break;
        }
        if (best < 0) best = fallback;
        if (best < 0)
        {
            var most = 0;
            for (var o = 0; o < _orgs.Count; o++)
            {
                var org = _orgs[o];
                if (org.Merged || org.NameMentions == 0) continue;
                if (org.NameMentions > most || org.NameMentions == most && best >= 0 && org.FirstStart < _orgs[best].FirstStart)
                {
                    most = org.NameMentions;
                    best = o;
                }
            }
        }
        _announcer = best;
    }

    private static readonly Dictionary<string, string[]> AnaphorTags = new(StringComparer.OrdinalIgnoreCase)
    {
        ["chipmaker"] = ["chipmaker", "chip_designer", "foundry", "memory"],
        ["designer"] = ["chip_designer"],
        ["foundry"] = ["foundry"],
        ["carrier"] = ["telecom"],
        ["telco"] = ["telecom"],
        ["operator"] = ["datacenter", "telecom"],
        ["bank"] = ["bank"],
        ["lender"] = ["bank"],
        ["utility"] = ["utility", "power"],
        ["conglomerate"] = ["conglomerate"],
        ["automaker"] = ["automaker"],
        ["carmaker"] = ["automaker"],
        ["investor"] = ["investor", "sovereign_fund"],
        ["fund"] = ["investor", "sovereign_fund"],
        ["lab"] = ["ai_lab"],
        ["startup"] = ["ai_lab"],
        ["start-up"] = ["ai_lab"],
        ["retailer"] = ["internet"],
    };

    /// <summary>"the company", "the firm", "the chipmaker": a mention of the announcer or of the nearest fitting company.</summary>
    private void ResolveAnaphora()
    {
        if (_orgs.Count == 0) return;
        foreach (var k in Positions(TokClass.Anaphor))
        {
            if (k < 1 || !Is(k - 1, "the") || !IsLower(k) || _cover[k] != Cover.None) continue;
            if (IsNameWord(k + 1) && !_tk[k + 1].SentenceStart) continue; // "the company Nvidia": a descriptor
            if (IsLower(k + 1) && Has(k + 1, Lex.Descriptor | Lex.ProductNoun) && !Has(k + 1, Lex.Speech)) continue; // "the group chief"
            var word = CompoundWord(k);
            int target;
            if (word is "company" or "firm" or "group") target = SpeakersCompany(k) is var own && own >= 0 ? own : ReportingSubject(k) is var last && last >= 0 ? last : _announcer;
            else target = NearestFitting(k, word);
            if (target < 0) continue;
            var org = _orgs[LiveIndex(target)];
            AddOrgMention(org.Id, org.Name, org.Kb, k - 1, k, nameMention: false);
        }
    }

    /// <summary>"Khalid Al-Otaibi, chief executive of Najd Thermal Solutions, …, said the company would invest": "the
    /// company" after "said" is the speaker's own organisation (-1 when the speaker has none).</summary>
    private int SpeakersCompany(int k)
    {
        if (!(Is(k - 2, "said") || Is(k - 2, "says"))) return -1;
        for (var t = k - 3; t >= 0 && SameSentence(t, k) && k - t < SpeakerReach; t--)
        {
            if (_cover[t] != Cover.Person) continue;
            var person = _people[_owner[t]];
            return person.OrgTok >= 0 && person.OrgTok < _n && _cover[person.OrgTok] == Cover.Org ? LiveIndex(_owner[person.OrgTok]) : -1;
        }
        return -1;
    }

    private int NearestFitting(int k, string word)
    {
        AnaphorTags.TryGetValue(word, out var tags);
        bool Fits(int o)
        {
            var org = _orgs[o];
            if (tags is null) return true;
            if (org.Kb < 0) return word is "startup" or "start-up" or "lab";
            foreach (var t in _s.Records[org.Kb].Tags) if (Array.IndexOf(tags, t) >= 0) return true;
            return false;
        }
        // "Micron reported record sales, helped by demand from Nvidia. The chipmaker said …": the description refers back
        // to the last fitting organisation named as a subject, not one inside a prepositional phrase
        var found = RecentSubjectOrgBefore(k, Fits, AnaphorSentences);
        if (found < 0) found = RecentOrgBefore(k, Fits);
        return found >= 0 ? found : _announcer;
    }

    /// <summary>A definite description refers back at most this many sentences.</summary>
    private const int AnaphorSentences = 2;

    /// <summary>"The company said capital spending would be …", "the group told analysts …": the subject of a reporting
    /// verb refers back to the last organisation named as a subject in this or the previous sentences (-1 when none).</summary>
    private int ReportingSubject(int k)
    {
        var v = k + 1;
        if (v < _n && _tk[v].IsWord && (DefaultClasses(v) & WordClass.Adverb) != 0) v++;
        if (v >= _n || (DefaultClasses(v) & WordClass.ReportingVerb) == 0) return -1;
        return RecentSubjectOrgBefore(k, _ => true, AnaphorSentences);
    }

    /// <summary>The latest organisation before token <paramref name="k"/>, within <paramref name="sentences"/> sentences
    /// back, that <paramref name="accept"/>s and does not sit after a preposition ("demand from Nvidia") or before a
    /// possessive ("Nvidia's chips").</summary>
    private int RecentSubjectOrgBefore(int k, Func<int, bool> accept, int sentences)
    {
        var lex = WordClassLexicon.Default;
        var firstSentence = _tk[k].Sentence - sentences;
        for (var t = k - 1; t >= 0 && _tk[t].Sentence >= firstSentence; t--)
        {
            if (_cover[t] != Cover.Org) continue;
            var s = t;
            while (s > 0 && _cover[s - 1] == Cover.Org && _owner[s - 1] == _owner[t]) s--;
            var live = LiveIndex(_owner[t]);
            var p = s - 1;
            if (p >= 0 && Is(p, "the")) p--;
            var modifier = p >= 0 && _tk[p].IsWord && (ClassesOf(lex, p) & WordClass.Preposition) != 0
                           || t + 1 < _n && (Is(t + 1, "'s") || Is(t + 1, "'") || Is(t + 1, "’s") || Is(t + 1, "’"));
            if (!modifier && accept(live)) return live;
            t = s;
        }
        return -1;
    }

    // ---------------------------------------------------------------- places

    private void FindPlaces()
    {
        foreach (var (a0, b0, p) in _hits)
        {
            if (p.Kind != PhraseKind.Place) continue;
            var a = a0;
            var b = b0;
            var ok = true;
            for (var k = a; k <= b; k++) if (_cover[k] != Cover.None && _cover[k] != Cover.Place) { ok = false; break; }
            if (!ok) continue;
            var rec = _s.Places[p.Target];
            if (string.IsNullOrEmpty(rec.Country)) continue;
            if (a == b && Has(a, Lex.Demonym) && !IsChar(a + 1, '-')) continue;
            if (IsChar(b + 1, '$') && !_tk[b + 1].SpaceBefore) continue; // "US$2.4 billion", "HK$640": a currency
            var kind = _s.PlaceKinds[p.Target];
            var name = rec.Name;
            if (IsUpperWord(b + 1) && Has(b + 1, Lex.GeoDesignator) && !_tk[b + 1].SentenceStart && _cover[b + 1] == Cover.None && kind != LocationKind.Country)
            {
                b++;
                name = Text(a, b);
                kind = LocationKind.Region;
            }
            if (kind != LocationKind.Country)
            {
                // part of a longer name: "Texas Instruments", "Washington Post", "Abu Dhabi Investment Authority"
                if (IsNameWord(b + 1) && !_tk[b + 1].SentenceStart && !_tk[b + 1].NewlineBefore && !Has(b + 1, Lex.Month | Lex.Weekday) && !IsRoleHead(b + 1)
                    && _cover[b + 1] is Cover.None or Cover.Org or Cover.Blocked) continue;
                if (IsNameWord(a - 1) && !_tk[a].SentenceStart && _cover[a - 1] == Cover.None && !Has(a - 1, Lex.Demonym | Lex.Month | Lex.Weekday | Lex.Stop | Lex.Role)) continue;
            }
            if (rec.Ambiguous && !PlaceContext(a, b)) continue;
            if (IsChar(b + 1, ':') && b + 2 < _n && (_tk[b + 2].IsWord || _tk[b + 2].Kind == TokKind.Number)) continue; // "NYSE: JPM" is a ticker
            AddPlace(name, rec.Country!, kind, a, b);
        }
        Prof.Mark(40);
        FindUnlistedPlaces();
        Prof.Mark(41);
        FindDesignatedRegions();
    }

    private bool PlaceContext(int a, int b)
    {
        if (a > 0 && IsLower(a - 1) && Has(a - 1, Lex.Locative) && !Is(a - 1, "and") && !Is(a - 1, "or") && !Is(a - 1, "of")) return true;
        if (IsChar(b + 1, '-') && Is(b + 2, "based")) return true;
        if (IsChar(b + 1, ',') && b + 2 < _n && _cover[b + 2] == Cover.Place) return true;
        if (IsChar(a - 1, ',') && a - 2 >= 0 && _cover[a - 2] == Cover.Place) return true;
        if ((Is(b + 1, "and") || Is(b + 1, "or")) && b + 2 < _n && _cover[b + 2] == Cover.Place) return true;
        // "the Georgia plant", "its Jersey data centre"
        if (IsLower(b + 1) && (Is(b + 1, "plant") || Is(b + 1, "factory") || Is(b + 1, "site") || Is(b + 1, "campus") || Is(b + 1, "facility")
                               || Is(b + 1, "fab") || Is(b + 1, "data") || Is(b + 1, "project") || Is(b + 1, "operations"))) return true;
        return false;
    }

    private void AddPlace(string name, string country, LocationKind kind, int a, int b)
    {
        if (!_placeByName.TryGetValue((name, country), out var place))
        {
            place = new PlaceBuild { Name = name, Country = country, Kind = kind, FoundBy = _stage };
            _places.Add(place);
            _placeByName[(name, country)] = place;
        }
        var span = new TextSpan(_tk[a].Start, _tk[b].End);
        place.AddMention(span);
        _placeByStart[span.Start] = place;
        place.FirstStart = Math.Min(place.FirstStart, span.Start);
        for (var k = a; k <= b; k++) _cover[k] = Cover.Place;
    }

    /// <summary>"Iwate Prefecture", "Falls Township": a region not in the gazetteer, placed by a neighbouring place.</summary>
    private void FindDesignatedRegions()
    {
        foreach (var k in Positions(TokClass.GeoDesignator))
        {
            if (k < 1 || !IsUpperWord(k) || _cover[k] != Cover.None || _tk[k].SentenceStart) continue;
            var s = k;
            while (s - 1 >= 0 && k - s < PlaceNameExtraWords && IsUpperWord(s - 1) && _cover[s - 1] == Cover.None && !_tk[s].SentenceStart
                   && !Has(s - 1, Lex.Stop | Lex.Month | Lex.Weekday | Lex.Demonym | Lex.Role | Lex.Descriptor | Lex.OrgHead | Lex.Legal | Lex.GeoDesignator)) s--;
            if (s == k) continue;
            // the country of the nearest place in the same sentence
            string? country = null;
            for (var d = 1; d < PlaceCountryReach && country is null; d++)
            {
                foreach (var t in (ReadOnlySpan<int>)[s - d, k + d])
                {
                    if (t < 0 || t >= _n || !SameSentence(t, k) || _cover[t] != Cover.Place) continue;
                    country = _placeByStart.GetValueOrDefault(_tk[t].Start)?.Country;
                    if (country is not null) break;
                }
            }
            if (country is null) continue;
            AddPlace(Text(s, k), country, LocationKind.Region, s, k);
        }
    }

    /// <summary>"in New Albany, Ohio", "in Richland Parish, Louisiana": a town not in the gazetteer, placed by its region.</summary>
    private void FindUnlistedPlaces()
    {
        foreach (var k in Positions(TokClass.Locative))
        {
            if (k + 3 >= _n || !IsLower(k) || Is(k, "and") || Is(k, "or") || Is(k, "of")) continue;
            var s = k + 1;
            if (!IsUpperWord(s) || _cover[s] != Cover.None) continue;
            var e = s;
            while (e + 1 < _n && e - s < PlaceNameExtraWords && IsUpperWord(e + 1) && _cover[e + 1] == Cover.None) e++;
            if (!IsChar(e + 1, ',') || e + 2 >= _n || _cover[e + 2] != Cover.Place) continue;
            var regionPlace = _placeByStart.GetValueOrDefault(_tk[e + 2].Start);
            if (regionPlace is null || regionPlace.Kind == LocationKind.City) continue;
            var bad = false;
            for (var t = s; t <= e; t++)
                if (Has(t, Lex.Stop | Lex.Month | Lex.Weekday | Lex.Demonym | Lex.Role | Lex.Descriptor | Lex.OrgHead | Lex.Legal) && !Has(t, Lex.GeoDesignator)) bad = true;
            if (bad) continue;
            var kind = Has(e, Lex.GeoDesignator) ? LocationKind.Region : LocationKind.City;
            AddPlace(Text(s, e), regionPlace.Country, kind, s, e);
        }
    }

    // ---------------------------------------------------------------- output

    private EntitySet Build()
    {
        var live = new List<OrgBuild>(_orgs.Count);
        foreach (var o in _orgs) if (!o.Merged && o.Mentions.Count > 0 && o.NameMentions > 0) live.Add(o);
        SortStable(live, o => o.FirstStart);
        var orgs = new List<OrganizationEntity>(live.Count);
        foreach (var org in live)
        {
            var mentions = SortedDistinct(org.Mentions);
            if (org.Kb >= 0)
            {
                var r = _s.Records[org.Kb];
                var listings = r.Listings.Count == 0 && org.TextListings is { } stated ? [.. stated] : r.Listings;
                orgs.Add(new OrganizationEntity(r.Id, SurfaceName(org) ?? r.Name, listings, r.Country, r.Tags, mentions, true));
            }
            else
            {
                orgs.Add(new OrganizationEntity(org.Id, org.Name, org.TextListings is { } listed ? [.. listed] : [], null, [], mentions, false));
            }
        }
        var announcerId = _announcer >= 0 ? Live(_announcer).Id : null;
        var orgNames = new Dictionary<string, string>(orgs.Count, StringComparer.Ordinal);
        foreach (var o in orgs) orgNames.TryAdd(o.CompanyId, o.Name);
        var people = new List<PersonEntity>(_people.Count);
        var sortedPeople = new List<PersonBuild>(_people);
        SortStable(sortedPeople, p => p.FirstStart);
        foreach (var p in sortedPeople)
        {
            string? orgId = null;
            if (p.OrgTok >= 0 && p.OrgTok < _n && _cover[p.OrgTok] == Cover.Org) orgId = Live(_owner[p.OrgTok]).Id;
            else if (p.AnaphorTok >= 0)
            {
                var word = CompoundWord(p.AnaphorTok);
                var target = word is "company" or "firm" or "group" ? _announcer : NearestFittingBefore(p.AnaphorTok);
                if (target >= 0) orgId = Live(target).Id;
            }
            else if (!p.Political && p.Role is not null) orgId = announcerId;
            var orgName = orgId is null ? null : orgNames.GetValueOrDefault(orgId);
            if (orgName is null) orgId = null;
            var role = p.Role;
            if (role is not null && orgId is not null && p.TitleOfTok >= 0 && p.TitleOfTok == p.OrgTok && _cover[p.TitleOfTok] == Cover.Org)
            {
                // "Matt Garman, chief executive of AWS" filed under Amazon: he runs the unit, not the company
                var raw = _orgs[_owner[p.TitleOfTok]];
                var end = p.TitleOfTok;
                while (end + 1 < _n && _cover[end + 1] == Cover.Org && _owner[end + 1] == _owner[p.TitleOfTok] && end - p.TitleOfTok < 6) end++;
                if (raw.ParentId == orgId || raw.Id != orgId || NamesAUnitOf(p.TitleOfTok, end, orgName!))
                    role = RoleOfUnit(role, Text(p.TitleOfTok, end));
            }
            people.Add(new PersonEntity(p.Name, role, orgId, orgName, SortedDistinct(p.Mentions)));
        }
        var sortedPlaces = new List<PlaceBuild>(_places);
        SortStable(sortedPlaces, p => p.FirstStart);
        var places = new LocationEntity[sortedPlaces.Count];
        for (var i = 0; i < places.Length; i++)
        {
            var p = sortedPlaces[i];
            places[i] = new LocationEntity(p.Name, p.Country, p.Kind, SortedDistinct(p.Mentions));
        }
        return new EntitySet(orgs, people, places, announcerId is not null && orgNames.ContainsKey(announcerId) ? announcerId : null);
    }

    /// <summary>Sorts by <paramref name="key"/>, keeping the original order of equal keys (as LINQ's OrderBy does).</summary>
    private static void SortStable<T>(List<T> items, Func<T, int> key)
    {
        if (items.Count < 2) return;
        var keyed = new (int Key, int Index, T Item)[items.Count];
        for (var i = 0; i < keyed.Length; i++) keyed[i] = (key(items[i]), i, items[i]);
        Array.Sort(keyed, static (a, b) => a.Key != b.Key ? a.Key.CompareTo(b.Key) : a.Index.CompareTo(b.Index));
        for (var i = 0; i < keyed.Length; i++) items[i] = keyed[i].Item;
    }

    private static bool IsStrictlyOrdered(List<TextSpan> spans)
    {
        for (var i = 1; i < spans.Count; i++)
            if (spans[i].Start <= spans[i - 1].Start) return false;
        return true;
    }

    /// <summary>The spans without repeats (first occurrence kept), ordered by start, stable for equal starts.</summary>
    private static TextSpan[] SortedDistinct(List<TextSpan> spans)
    {
        if (IsStrictlyOrdered(spans)) return [.. spans]; // the usual case: already in order, hence no repeats
        HashSet<TextSpan>? index = null;
        var distinct = new List<TextSpan>(spans.Count);
        foreach (var s in spans) DistinctSpans.Add(distinct, ref index, s);
        var keyed = new (TextSpan Span, int Index)[distinct.Count];
        for (var i = 0; i < keyed.Length; i++) keyed[i] = (distinct[i], i);
        if (keyed.Length > 1)
            Array.Sort(keyed, static (a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Index.CompareTo(b.Index));
        var result = new TextSpan[keyed.Length];
        for (var i = 0; i < result.Length; i++) result[i] = keyed[i].Span;
        return result;
    }

    /// <summary>
    /// The fullest form the story itself uses for the company: the longest name mention, without a possessive
    /// "'s", whitespace collapsed, legal suffixes kept as written. Null when no usable surface form exists.
    /// </summary>
    private string? SurfaceName(OrgBuild org)
    {
        // measure every candidate without allocating; build the string of the longest (first on ties) once
        Span<char> buffer = stackalloc char[120];
        var bestLength = -1;
        var bestStart = 0;
        var bestEnd = 0;
        foreach (var span in org.NameSpans)
        {
            var s = span.Start;
            var e = span.End;
            if (e - s > 120) continue;
            if (e - s >= 2 && (_t[e - 1] is 's' or 'S') && _t[e - 2] is '\'' or '’') e -= 2;
            while (e > s && (char.IsWhiteSpace(_t[e - 1]) || _t[e - 1] is ',' or ';' or ':' or '\'' or '’' or '"' or '”')) e--;
            while (s < e && (char.IsWhiteSpace(_t[s]) || _t[s] is '"' or '“' or '\'' or '‘')) s++;
            if (e - s < 2) continue;
            var length = CollapseSpaces(s, e, buffer);
            if (!HasLetter(buffer[..length])) continue;
            if (length > bestLength)
            {
                bestLength = length;
                bestStart = s;
                bestEnd = e;
            }
        }
        if (bestLength < 0) return null;
        var n = CollapseSpaces(bestStart, bestEnd, buffer);
        return new string(buffer[..n]);
    }

    private static bool HasLetter(ReadOnlySpan<char> s)
    {
        foreach (var c in s) if (char.IsLetter(c)) return true;
        return false;
    }

    /// <summary>Copies text[s..e] into <paramref name="into"/> with runs of whitespace as one space; the length written.</summary>
    private int CollapseSpaces(int s, int e, Span<char> into)
    {
        var n = 0;
        var space = false;
        for (var i = s; i < e; i++)
        {
            if (char.IsWhiteSpace(_t[i])) { space = true; continue; }
            if (space && n > 0) into[n++] = ' ';
            space = false;
            into[n++] = _t[i];
        }
        return n;
    }

    private int NearestFittingBefore(int k) => RecentOrgBefore(k, _ => true);
}
