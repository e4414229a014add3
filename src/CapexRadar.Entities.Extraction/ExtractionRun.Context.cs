namespace CapexRadar.Entities.Extraction;

internal sealed partial class ExtractionRun
{
    /// <summary>Companies named by the language around them: descriptors, appositions, deals, analysts, shares, ownership.</summary>
    private void FindCompaniesFromContext()
    {
        foreach (var i in Positions(TokClass.ContextStart))
        {
            var t = _tk[i];
            // (b) apposition: "Groq, the US designer of inference chips", "DataVolt, a Saudi developer"
            if (IsChar(i, ',') && (Is(i + 1, "the") || Is(i + 1, "a") || Is(i + 1, "an")) && AppositionHasDescriptor(i + 2))
            {
                TryContextNameBackward(i - 1, requireBoundary: true);
                continue;
            }
            // (i) "ByteDance's Volcano Engine cloud unit": a division, a mention of its owner
            if (t.Kind == TokKind.Possessive)
            {
                DivisionOf(i);
                continue;
            }
            // 'Shenzhen Kexin Optical Co., Ltd. ("Kexin Optical" or the "Company")': a defined short name
            if (IsChar(i, '(') && i > 0 && _cover[i - 1] == Cover.Org && i + 2 < _n && IsOpenQuoteTok(i + 1))
            {
                QuotedAlias(i + 2, _owner[i - 1]);
                continue;
            }
            if (!t.IsWord) continue;
            if ((t.Lex & ContextCues) == 0) continue;
            // "Jefferies raised its price target", "Fluidstack signed its first deal": an unknown subject that owns "its"
            if (Is(i, "its") && i >= 2 && IsLower(i - 1) && i - 2 >= 0 && IsNameWord(i - 2) && _cover[i - 2] == Cover.None
                && (Str(i - 1).EndsWith("ed", StringComparison.Ordinal) || Str(i - 1).EndsWith('s')))
            {
                var subjectStart = NameRunBackward(i - 2, allowPlaces: false, allowAnd: false);
                if (subjectStart >= 0 && (_tk[subjectStart].SentenceStart || IsChar(subjectStart - 1, ',')))
                    TryContextNameBackward(i - 2, requireBoundary: true);
            }
            // (a) descriptor before the name: "chipmaker Z", "optical-module maker Z", "start-up Mistral AI", "unit, Reliance Intelligence"
            if (Has(i, Lex.Descriptor) && (IsLower(i) || t.SentenceStart))
            {
                var at = i + 1;
                if (IsChar(at, ',') && Has(i, Lex.CommaDescriptor)) at++;
                if (at < _n && _tk[at].Kind != TokKind.Possessive && !(Is(i, "group") && Is(i - 1, "the") && at == i + 1))
                    TryContextName(at, allowLowerDigit: at != i + 1);
            }
            else if (Is(i, "manager") && (Is(i - 1, "asset") || Is(i - 1, "investment") || Is(i - 1, "wealth")))
                TryContextName(i + 1, false);
            // (c) deals
            if (IsLower(i) && Has(i, Lex.DealBefore | Lex.DealIn | Lex.DealOf | Lex.DealWith) || Is(i, "known"))
            {
                if (Has(i, Lex.DealBefore) && !Is(i + 1, "back")) TryContextName(i + 1, false);
                else if (Has(i, Lex.DealIn) && Is(i + 1, "in")) TryContextName(i + 2, false);
                else if (Has(i, Lex.DealOf) && Is(i + 1, "of")) TryContextName(i + 2, false);
                else if (Has(i, Lex.DealWith) && Is(i + 1, "with")) TryContextName(i + 2, false);
                else if (Is(i, "known") && Is(i + 1, "as")) KnownAs(i + 2);
            }
            if ((IsLower(i) || t.SentenceStart) && Has(i, Lex.Analyst) && (Is(i + 1, "at") || Is(i + 1, "from") || Is(i + 1, "with")))
            {
                TryContextName(i + 2, false);
            }
            // (d)/(e)/(h) name before a noun: "Morgan Stanley analysts", "Sakura's shares", "the Stargate venture"
            if (IsLower(i) && i > 0 && (Has(i, Lex.Analyst) || Has(i, Lex.ShareWord) || Is(i, "venture") || Is(i, "consortium")))
            {
                var last = i - 1;
                if (_tk[last].Kind == TokKind.Possessive) last--;
                else if (Is(i, "venture") && Is(last, "joint")) last--;
                if (Has(i, Lex.ShareWord) && last == i - 1 && _tk[i - 1].Kind != TokKind.Possessive && Is(i, "investors")) continue;
                // "Stora Enso R shares", "Ericsson's B shares": a share-class letter is not part of the name
                if (Has(i, Lex.ShareWord) && last > 0 && _tk[last].Length == 1 && IsUpperWord(last))
                {
                    last--;
                    if (last >= 0 && _tk[last].Kind == TokKind.Possessive) last--;
                }
                TryContextNameBackward(last);
            }
            // "Componenta" after "Helsinki-based": the based thing is a company
            if (Is(i, "based") && IsChar(i - 1, '-') && !_tk[i - 1].SpaceBefore && !t.SpaceBefore && IsNameWord(i + 1))
                TryContextName(i + 1, false);
            if (Is(i, "shares") && Is(i + 1, "in") && IsLower(i)) TryContextName(i + 2, false);
            // "a round led by Industrifonden", "backed by Sequoia Capital"
            if (IsLower(i) && Has(i, Lex.AgentBy) && Is(i + 1, "by") && IsNameWord(i + 2) && !IsPersonLike(i + 2)) TryContextName(i + 2, false);
            // "Metso added 0.53 pct", "Outokumpu declined 2.74 %": the subject of a share-price move
            if (IsLower(i) && Has(i, Lex.MoveVerb) && i > 0 && IsNameWord(i - 1) && _cover[i - 1] == Cover.None && PercentAhead(i + 1))
                TryContextNameBackward(i - 1, requireBoundary: true);
            // (f) "Blackstone-owned QTS", "Sequoia-backed Z"
            if (Has(i, Lex.Owned) && IsChar(i - 1, '-') && !_tk[i - 1].SpaceBefore && !t.SpaceBefore)
            {
                TryContextNameBackward(i - 2);
                if (IsNameWord(i + 1)) TryContextName(i + 1, false);
            }
        }
    }

    /// <summary>
    /// Coordination with a known company: "OpenAI and Meta Platforms Inc.", "Alibaba, Tencent and Baidu". A name listed
    /// next to organisations is an organisation (places and people are already taken).
    /// </summary>
    private void FindCoordinatedCompanies()
    {
        for (var pass = 0; pass < 3; pass++)
        {
            var added = false;
            foreach (var k in Positions(TokClass.Coordinator))
            {
                if (k < 1 || k + 1 >= _n || _cover[k] != Cover.None) continue;
                // right neighbour of an organisation: "<Org> and R", "<Org>, R"
                var left = k - 1;
                if (left >= 0 && _cover[left] == Cover.Org && IsNameWord(k + 1) && _cover[k + 1] == Cover.None && !_tk[k + 1].NewlineBefore)
                {
                    var end = k + 1;
                    while (end + 1 < _n && end - k < NameRunExtraWords && IsNameWord(end + 1) && _cover[end + 1] == Cover.None && !IsRoleHead(end + 1)) end++;
                    if (ListContinues(end + 1) && CoordinatedName(k + 1, end)) added = true;
                }
                // left neighbour: "R and <Org>", "R, <Org>"
                var right = k + 1;
                var rightEnd = right;
                while (rightEnd + 1 < _n && _cover[rightEnd + 1] == Cover.Org && _owner[rightEnd + 1] == _owner[right]) rightEnd++;
                var possessive = rightEnd + 1 < _n && _tk[rightEnd + 1].Kind == TokKind.Possessive; // "Sikander Rashid, Brookfield's head …"
                if (right < _n && _cover[right] == Cover.Org && !possessive && IsNameWord(k - 1) && _cover[k - 1] == Cover.None)
                {
                    var start = NameRunBackward(k - 1, allowPlaces: false, allowAnd: false);
                    if (start >= 0 && CoordinatedName(start, k - 1)) added = true;
                }
            }
            if (!added) break;
        }
    }

    /// <summary>After a coordinated name: the list goes on or the phrase ends (not "Nvidia, Chief Executive Jensen Huang").</summary>
    private bool ListContinues(int k) =>
        k >= _n || _tk[k].Kind is TokKind.Punct or TokKind.Possessive || IsLower(k) || _cover[k] == Cover.Org;

    private bool CoordinatedName(int from, int to)
    {
        if (_tk[from].SentenceStart && IsCommonStart(from)) return false;
        if (from > 0 && Has(from - 1, Lex.Locative) && _tk[from - 1].IsWord && !Is(from - 1, "and") && !Is(from - 1, "or")) return false; // "In Europe, ASML …"
        if (to + 1 < _n && IsLower(to + 1) && Has(to + 1, Lex.ProductNoun)) return false;
        for (var k = from; k <= to; k++) if (_cover[k] != Cover.None) return false;
        if (!PlausibleOrg(from, to)) return false;
        if (from == to && (Has(from, Lex.GivenName | Lex.Surname) || (_tk[from].Shape & Shape.AllCaps) != 0 && _tk[from].Length <= 2)) return false;
        AddUnknownMention(from, EndOfSuffixes(to));
        return true;
    }

    private bool IsOpenQuoteTok(int k) => k < _n && _tk[k].Kind == TokKind.Punct && _t[_tk[k].Start] is '"' or '“' or '\'' or '‘';

    /// <summary>Two or three capitalised words that look like a person's name.</summary>
    private bool IsPersonLike(int k) => TryName(k, out var end, out var words) && words >= 2 && IsPersonName(k, end);

    /// <summary>The quoted short name defined after a company: ("Kexin Optical" or the "Company").</summary>
    private void QuotedAlias(int k, int orgIdx)
    {
        var end = k;
        while (end + 1 < _n && end - k < NameRunExtraWords && IsNameWord(end + 1)) end++;
        if (!IsNameWord(k) || end + 1 >= _n || !(_tk[end + 1].Kind == TokKind.Punct && _t[_tk[end + 1].Start] is '"' or '”' or '\'' or '’')) return;
        if (Is(k, "company") || Is(k, "group") || Is(k, "firm")) return;
        for (var t = k; t <= end; t++) if (_cover[t] is not (Cover.None or Cover.Place)) return;
        var org = _orgs[LiveIndex(orgIdx)];
        AddOrgMention(org.Id, org.Name, org.Kb, k, end);
        var words = new List<string>();
        for (var t = k; t <= end; t++) if (_tk[t].IsWord) words.Add(Str(t));
        _docAliasPhrases.Add(([.. words], LiveIndex(orgIdx)));
    }

    private readonly List<(string[] Words, int Org)> _docAliasPhrases = [];

    /// <summary>A percentage within a few tokens: "0.53 pct", "as much as 12%", "by 8 %".</summary>
    private bool PercentAhead(int from)
    {
        for (var k = from; k < _n && k - from < PercentLookahead; k++)
        {
            if (_tk[k].Kind == TokKind.Number)
                return IsChar(k + 1, '%') || Is(k + 1, "pct") || Is(k + 1, "percent") || Is(k + 1, "pc") || (Is(k + 1, "per") && Is(k + 2, "cent"));
            if (_tk[k].Kind == TokKind.Punct && !IsChar(k, '$') && !IsChar(k, '-')) return false;
        }
        return false;
    }

    private string CompoundWord(int i)
    {
        if (IsChar(i - 1, '-') && !_tk[i - 1].SpaceBefore && i >= 2 && _tk[i - 2].IsWord) return Text(i - 2, i).ToLowerInvariant();
        return Str(i);
    }

    private bool AppositionHasDescriptor(int from)
    {
        for (var k = from; k < _n && k - from < AppositionReach; k++)
        {
            if (_tk[k].Kind == TokKind.Punct && _t[_tk[k].Start] is ',' or '.' or ';' or '(' or ')' or ':') return false;
            if (Is(k, "who") || Is(k, "which") || Is(k, "that")) return false;
            if (IsLower(k) && Has(k, Lex.Descriptor))
            {
                // "a partner at X" is a person's job
                if (Is(k + 1, "at") && (Is(k, "partner") || Is(k, "analyst"))) return false;
                // "…, the company said": a new clause, not an apposition
                if (k + 1 < _n && (Has(k + 1, Lex.Speech) || Is(k + 1, "has") || Is(k + 1, "had") || Is(k + 1, "is") || Is(k + 1, "was")
                    || Is(k + 1, "will") || Is(k + 1, "would") || Is(k + 1, "also")) && IsLower(k + 1)) return false;
                return true;
            }
        }
        return false;
    }

    /// <summary>A company name starting at <paramref name="at"/> after a context cue.</summary>
    private void TryContextName(int at, bool allowLowerDigit)
    {
        if (at >= _n) return;
        if (_cover[at] == Cover.Place && AmbiguousPlaceAt(at)) _cover[at] = Cover.None;
        if (_cover[at] != Cover.None) return;
        var first = at;
        if (Is(first, "the") && IsUpperWord(first + 1) && _tk[first].IsWord && (_tk[first].Shape & Shape.Upper) != 0) first++;
        var isName = IsNameWord(first) || (allowLowerDigit && _tk[first].IsWord && (_tk[first].Shape & Shape.HasDigit) != 0 && _tk[first].Length >= 3);
        if (!isName || _cover[first] != Cover.None) return;
        var end = first;
        while (end + 1 < _n && end - first < NameRunExtraWords && !_tk[end + 1].NewlineBefore)
        {
            var k = end + 1;
            if (IsChar(k + 1, ':')) break; // "Tiimari HEL: TII1V"
            if (IsNameWord(k) && _cover[k] is Cover.None or Cover.Place && !IsRoleHead(k) && !Has(k, Lex.Month | Lex.Weekday) && !IsLegal(k)) { end = k; continue; }
            if ((IsChar(k, '&') || (IsChar(k, '-') && !_tk[k].SpaceBefore)) && IsNameWord(k + 1) && _cover[k + 1] == Cover.None) { end = k + 1; continue; }
            break;
        }
        end = EndOfSuffixes(end);
        first = SkipLeadingDemonym(first, end);
        if (first < 0 || !PlausibleOrg(first, end)) return;
        AddUnknownMention(first, end);
    }

    /// <summary>"Finnish GeoSentric" → "GeoSentric": a nationality adjective before a name is not part of it.</summary>
    private int SkipLeadingDemonym(int first, int end)
    {
        if (!IsUpperWord(first) || !Has(first, Lex.Demonym)) return first;
        var next = first + 1;
        return next <= end && IsNameWord(next) ? next : -1;
    }

    /// <summary>A company name ending at <paramref name="last"/> before a context cue ("Z analysts", "Z, the maker…").</summary>
    private void TryContextNameBackward(int last, bool requireBoundary = false)
    {
        if (last < 0 || !IsNameWord(last) && !IsLegal(last) && !IsChar(last, '.')) return;
        if (_cover[last] != Cover.None) return;
        var nameLast = last;
        if (IsChar(nameLast, '.') && IsLegal(nameLast - 1)) nameLast--;
        var coreLast = nameLast;
        while (IsLegal(coreLast) && coreLast > 0) coreLast--;
        if (IsChar(coreLast, ',')) coreLast--;
        var start = NameRunBackward(coreLast, allowPlaces: true, allowAnd: false);
        if (start < 0) return;
        if (requireBoundary && start > 0 && !_tk[start].SentenceStart && IsNameWord(start - 1)) return;
        start = SkipLeadingDemonym(start, last);
        if (start < 0) return;
        // "Wartsila B was down", "Stora Enso R": a trailing share-class letter is not part of the name
        if (last > start && _tk[last].IsWord && _tk[last].Length == 1 && IsUpperWord(last) && !IsChar(last + 1, '.')) last--;
        if (!PlausibleOrg(start, last)) return;
        AddUnknownMention(start, last);
    }

    /// <summary>"EUR40m", "US$5bn", "RMB120": an amount, not a name.</summary>
    private bool IsAmountLike(int k)
    {
        var w = Span(k);
        var letters = 0;
        while (letters < w.Length && char.IsAsciiLetterUpper(w[letters])) letters++;
        if (letters is < 2 or > 3 || letters >= w.Length || !char.IsAsciiDigit(w[letters])) return false;
        return _x.IdOf(w[..letters]) is var id && id >= 0 && (_x.LexOf(id) & Lex.Acronym) != 0;
    }

    private bool AmbiguousPlaceAt(int tok)
    {
        var h = HitAt(tok);
        return h is { Payload.Kind: PhraseKind.Place } && h.Value.End == tok && _s.Places[h.Value.Payload.Target].Ambiguous;
    }

    private bool PlausibleOrg(int from, int to)
    {
        var words = 0;
        var real = 0;
        var placeWords = 0;
        for (var k = from; k <= to; k++)
        {
            if (_cover[k] is Cover.Org or Cover.Person or Cover.Blocked) return false;
            if (!_tk[k].IsWord) continue;
            words++;
            if (_cover[k] == Cover.Place) { placeWords++; continue; }
            if (IsLegal(k)) continue;
            if (Has(k, Lex.Stop | Lex.Acronym | Lex.Demonym | Lex.Month | Lex.Weekday | Lex.Descriptor | Lex.Role | Lex.Product) && (_tk[k].Shape & Shape.AllCaps) == 0 && !Has(k, Lex.OrgHead))
                continue;
            if (Has(k, Lex.Acronym) && (_tk[k].Shape & Shape.AllCaps) != 0) continue;
            if ((_tk[k].Shape & Shape.HasDigit) != 0 && IsAmountLike(k)) return false;
            real++;
        }
        if (words == 0 || real == 0) return false;
        if (placeWords == words) return false;
        if (_tk[from].SentenceStart && IsCommonStart(from)) return false;
        if (Has(to, Lex.NonOrgHead) && !IsLegal(to) && IsUpperWord(to)) return false;
        if (to + 1 < _n && IsLower(to + 1) && Has(to + 1, Lex.ProductNoun) && !IsLegal(to)) return false;
        if (words >= 2 && IsPersonName(from, to)) return false;
        if (words == 1 && _tk[from].Length < 2) return false;
        if (words == 1 && Has(from, Lex.GivenName | Lex.Surname) && !IsLegal(to)) return false;
        return true;
    }

    /// <summary>"the state-controlled carrier known as stc": an alias of the nearest company before.</summary>
    private void KnownAs(int at)
    {
        if (at >= _n || !_tk[at].IsWord || _cover[at] != Cover.None || Has(at, Lex.Stop)) return;
        for (var o = at - 1; o >= 0 && SameSentence(o, at) && at - o < KnownAsReach; o--)
        {
            if (_cover[o] != Cover.Org) continue;
            var org = _orgs[LiveIndex(_owner[o])];
            AddOrgMention(org.Id, org.Name, org.Kb, at, at);
            org.ShortForm ??= Str(at);
            _docAliases.Add((Str(at), LiveIndex(_owner[o])));
            return;
        }
    }

    private readonly List<(string Form, int Org)> _docAliases = [];

    /// <summary>"ByteDance's Volcano Engine cloud unit": the named division is a mention of its owner.</summary>
    private void DivisionOf(int poss)
    {
        var owner = poss - 1;
        if (owner < 0 || _cover[owner] != Cover.Org) return;
        var s = poss + 1;
        if (!IsUpperWord(s) || _cover[s] != Cover.None) return;
        var e = s;
        while (e + 1 < _n && IsNameWord(e + 1) && _cover[e + 1] == Cover.None && e - s < 3) e++;
        var k = e + 1;
        if (IsLower(k) && !Has(k, Lex.DivisionNoun)) k++;
        if (!(IsLower(k) && Has(k, Lex.DivisionNoun))) return;
        var org = _orgs[LiveIndex(_owner[owner])];
        AddOrgMention(org.Id, org.Name, org.Kb, s, e, nameMention: false);
    }
}
