namespace CapexRadar.Entities.Extraction;

internal sealed partial class ExtractionRun
{
    private static readonly HashSet<string> CommaDescriptors = new(StringComparer.OrdinalIgnoreCase)
    {
        "unit", "arm", "subsidiary", "affiliate", "venture", "division", "business", "spinoff", "spin-off", "startup", "start-up", "partner",
    };

    private static readonly HashSet<string> DealBefore = new(StringComparer.OrdinalIgnoreCase)
    {
        "bought", "acquired", "acquire", "acquires", "acquiring", "buy", "buys", "buying", "owns",
    };

    private static readonly HashSet<string> DealIn = new(StringComparer.OrdinalIgnoreCase)
    {
        "stake", "stakes", "investment", "investments", "invested", "investing", "invest", "invests", "investor",
    };

    private static readonly HashSet<string> DealOf = new(StringComparer.OrdinalIgnoreCase)
    {
        "acquisition", "takeover", "purchase", "owner", "parent", "shareholder", "shareholders", "shares", "unit", "subsidiary",
    };

    private static readonly HashSet<string> DealWith = new(StringComparer.OrdinalIgnoreCase)
    {
        "merger", "agreement", "deal", "partnership", "pact", "contract", "alliance", "collaboration", "partnered", "partnering", "venture",
        "mou", "memorandum", "tie-up",
    };

    private static readonly HashSet<string> OwnedWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "owned", "backed", "controlled", "led", "funded", "affiliated", "run", "operated",
    };

    private static readonly HashSet<string> AnalystWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "analysts", "analyst", "economists", "economist", "strategists", "strategist", "researchers",
    };

    private static readonly HashSet<string> ShareWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "shares", "stock", "shareholders", "ADRs", "investors",
    };

    private static readonly HashSet<string> DivisionNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "unit", "division", "arm", "subsidiary", "business", "brand", "platform",
    };

    /// <summary>Companies named by the language around them: descriptors, appositions, deals, analysts, shares, ownership.</summary>
    private void FindCompaniesFromContext()
    {
        for (var i = 0; i < _n; i++)
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
            if (!t.IsWord) continue;
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
                if (IsChar(at, ',') && CommaDescriptors.Contains(CompoundWord(i))) at++;
                if (at < _n && _tk[at].Kind != TokKind.Possessive && !(Is(i, "group") && Is(i - 1, "the") && at == i + 1))
                    TryContextName(at, allowLowerDigit: at != i + 1);
            }
            else if (Is(i, "manager") && (Is(i - 1, "asset") || Is(i - 1, "investment") || Is(i - 1, "wealth")))
                TryContextName(i + 1, false);
            // (c) deals
            if (IsLower(i))
            {
                var w = Str(i);
                if (DealBefore.Contains(w) && !Is(i + 1, "back")) TryContextName(i + 1, false);
                else if (DealIn.Contains(w) && Is(i + 1, "in")) TryContextName(i + 2, false);
                else if (DealOf.Contains(w) && Is(i + 1, "of")) TryContextName(i + 2, false);
                else if (DealWith.Contains(w) && Is(i + 1, "with")) TryContextName(i + 2, false);
                else if (Is(i, "known") && Is(i + 1, "as")) KnownAs(i + 2);
            }
            if ((IsLower(i) || t.SentenceStart) && AnalystWords.Contains(Str(i)) && (Is(i + 1, "at") || Is(i + 1, "from") || Is(i + 1, "with")))
            {
                TryContextName(i + 2, false);
            }
            // (d)/(e)/(h) name before a noun: "Morgan Stanley analysts", "Sakura's shares", "the Stargate venture"
            if (IsLower(i) && i > 0 && (AnalystWords.Contains(Str(i)) || ShareWords.Contains(Str(i)) || Is(i, "venture") || Is(i, "consortium")))
            {
                var last = i - 1;
                if (_tk[last].Kind == TokKind.Possessive) last--;
                else if (Is(i, "venture") && Is(last, "joint")) last--;
                if (ShareWords.Contains(Str(i)) && last == i - 1 && _tk[i - 1].Kind != TokKind.Possessive && Is(i, "investors")) continue;
                TryContextNameBackward(last);
            }
            // (f) "Blackstone-owned QTS", "Sequoia-backed Z"
            if (OwnedWords.Contains(Str(i)) && IsChar(i - 1, '-') && !_tk[i - 1].SpaceBefore && !t.SpaceBefore)
            {
                TryContextNameBackward(i - 2);
                if (IsNameWord(i + 1)) TryContextName(i + 1, false);
            }
        }
    }

    private string CompoundWord(int i)
    {
        if (IsChar(i - 1, '-') && !_tk[i - 1].SpaceBefore && i >= 2 && _tk[i - 2].IsWord) return Text(i - 2, i).ToLowerInvariant();
        return Str(i);
    }

    private bool AppositionHasDescriptor(int from)
    {
        for (var k = from; k < _n && k - from < 9; k++)
        {
            if (_tk[k].Kind == TokKind.Punct && _t[_tk[k].Start] is ',' or '.' or ';' or '(' or ')' or ':') return false;
            if (Is(k, "who") || Is(k, "which") || Is(k, "that")) return false;
            if (IsLower(k) && Has(k, Lex.Descriptor))
            {
                // "a partner at X" is a person's job
                if (Is(k + 1, "at") && (Is(k, "partner") || Is(k, "analyst"))) return false;
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
        while (end + 1 < _n && end - first < 4 && !_tk[end + 1].NewlineBefore)
        {
            var k = end + 1;
            if (IsNameWord(k) && _cover[k] is Cover.None or Cover.Place && !IsRoleHead(k) && !Has(k, Lex.Month | Lex.Weekday) && !IsLegal(k)) { end = k; continue; }
            if ((IsChar(k, '&') || (IsChar(k, '-') && !_tk[k].SpaceBefore)) && IsNameWord(k + 1) && _cover[k + 1] == Cover.None) { end = k + 1; continue; }
            break;
        }
        end = EndOfSuffixes(end);
        if (!PlausibleOrg(first, end)) return;
        AddUnknownMention(first, end);
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
        if (!PlausibleOrg(start, last)) return;
        AddUnknownMention(start, last);
    }

    private bool AmbiguousPlaceAt(int tok)
    {
        foreach (var h in _hits)
            if (h.Payload.Kind == PhraseKind.Place && h.Start == tok && h.End == tok) return _s.Places[h.Payload.Target].Ambiguous;
        return false;
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
        for (var o = at - 1; o >= 0 && SameSentence(o, at); o--)
        {
            if (_cover[o] != Cover.Org) continue;
            var org = _orgs[_owner[o]];
            AddOrgMention(org.Id, org.Name, org.Kb, at, at);
            org.ShortForm ??= Str(at);
            _docAliases.Add((Str(at), _owner[o]));
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
        if (IsLower(k) && !DivisionNouns.Contains(Str(k))) k++;
        if (!(IsLower(k) && DivisionNouns.Contains(Str(k)))) return;
        var org = _orgs[_owner[owner]];
        AddOrgMention(org.Id, org.Name, org.Kb, s, e, nameMention: false);
    }
}
