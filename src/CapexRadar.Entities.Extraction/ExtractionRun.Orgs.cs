using CapexRadar.Domain;

namespace CapexRadar.Entities.Extraction;

internal sealed partial class ExtractionRun
{
    /// <summary>Index/product hits block their tokens; company hits become organisations, with legal suffixes and
    /// division words after the alias ("Alibaba Group Holding Ltd.", "Baidu AI Cloud") in the same mention.</summary>
    private void AddKnownCompanies()
    {
        foreach (var (from, to, p) in _hits)
        {
            switch (p.Kind)
            {
                case PhraseKind.Index:
                {
                    var end = to;
                    for (var k = to + 1; k < _n && k - to <= IndexNameTail && !_tk[k].NewlineBefore; k++)
                    {
                        if (IsNameWord(k) && !Has(k, Lex.Month | Lex.Weekday) || _tk[k].Kind == TokKind.Number || IsChar(k, '/') || IsChar(k, '&')
                            || (Has(k, Lex.IndexWord) && _tk[k].IsWord))
                        {
                            end = k;
                            continue;
                        }
                        if (IsLower(k) && Is(k + 1, "index")) { end = k + 1; k++; continue; }
                        break;
                    }
                    for (var k = from; k <= end; k++) if (_cover[k] == Cover.None) _cover[k] = Cover.Blocked;
                    break;
                }
                case PhraseKind.Place:
                    for (var k = from; k <= to; k++) if (_cover[k] == Cover.None) _cover[k] = Cover.Place;
                    break;
                case PhraseKind.Product when from == to && IsUpperWord(to + 1) && !Has(to + 1, Lex.Product) && !_tk[to + 1].NewlineBefore:
                    break; // "Claude Martin", "Grace Park": a person's given name, not the product
                case PhraseKind.Product:
                case PhraseKind.Region:
                    for (var k = from; k <= to; k++) if (_cover[k] == Cover.None) _cover[k] = Cover.Blocked;
                    break;
                case PhraseKind.Company:
                    AddCompanyHit(from, to, p);
                    break;
            }
        }
    }

    private void AddCompanyHit(int from, int to, PhrasePayload p)
    {
        for (var k = from; k <= to; k++) if (_cover[k] != Cover.None) return;
        // "Michael Dell", "Henry Ford": a given name before a one-word alias makes it a person
        if (from == to && IsUpperWord(from - 1) && Has(from - 1, Lex.GivenName) && !_tk[from].SentenceStart && Free(from - 1)) return;
        // "Chief Executive Wes Cummins": a title, a first name, then the one-word alias is the person's surname
        if (from == to && IsUpperWord(from - 1) && !_tk[from].SentenceStart && Free(from - 1) && !Has(from - 1, Lex.Role | Lex.Stop | Lex.Legal)
            && from - 2 >= 0 && _tk[from - 2].IsWord && Has(from - 2, Lex.Role) && IsRoleHead(from - 2) && !IsUpperWord(to + 1)) return;
        var end = p.EndsWithLegal ? (IsChar(to + 1, '.') && !_tk[to + 1].SpaceBefore ? to + 1 : to) : EndOfSuffixes(to);
        var kb = p.Target;
        if (end == to && IsChar(to + 1, '(') && IsNameWord(to + 2) && IsChar(to + 3, ')') && !_tk[to + 1].NewlineBefore)
        {
            // "ACM Research (Shanghai) Inc." when only the parent is known: a regional subsidiary of its own
            var childEnd = EndOfSuffixes(to + 3);
            AddUnknownMention(from, childEnd, _s.Records[kb].Id).HasLegal |= childEnd > to + 3;
            return;
        }
        if (end == to && !Is(to + 1, "'s") && _tk.Length > to + 1 && to + 1 < _n && _tk[to + 1].Kind != TokKind.Possessive)
        {
            // continuation: capitalised words straight after the alias
            var k = to + 1;
            var others = 0;
            var divisions = 0;
            while (k < _n && k - to <= NameRunExtraWords && IsNameWord(k) && !_tk[k].NewlineBefore && _cover[k] == Cover.None && !StartsHit(k)
                   && !IsRoleHead(k) && !Has(k, Lex.Month | Lex.Weekday | Lex.NonOrgHead | Lex.Product) && !IsLegal(k))
            {
                if (Has(k, Lex.CorpGeneric) || Has(k, Lex.Division)) divisions++;
                else others++;
                k++;
            }
            var last = k - 1;
            if (last > to)
            {
                var suffixEnd = EndOfSuffixes(last);
                var nextIsProductNoun = k < _n && IsLower(k) && Has(k, Lex.ProductNoun);
                if (others == 0)
                {
                    end = suffixEnd;
                }
                else if (nextIsProductNoun)
                {
                    // "Apollo Go robotaxi service", "Foo Bar models": a product name, not the company
                    if (from == to) return;
                }
                else if (!IsPersonName(to + 1, last))
                {
                    // a different company whose name starts with a known one: "Reliance Intelligence", "Aramco Digital"
                    AddUnknownMention(from, suffixEnd, _s.Records[kb].Id);
                    return;
                }
            }
        }
        AddKbMention(kb, from, end);
    }

    private bool StartsHit(int k) => HitAt(k) is { Payload.Kind: PhraseKind.Company or PhraseKind.Place };

    /// <summary>Tickers in text: "(NASDAQ: ACMR)", "(9988.HK)", "HEL: TII1V". A known ticker links the name before it to the KB.</summary>
    private void FindTickers()
    {
        foreach (var i in Positions(TokClass.Colon))
        {
            var ex = i - 1;
            if (ex < 0 || !_tk[ex].IsWord || (_tk[ex].Shape & Shape.AllCaps) == 0 && !Is(ex, "Nasdaq") && !Is(ex, "Tadawul")) continue;
            var exName = Str(ex);
            if (!Tickers.ExchangePrefix.TryGetValue(exName, out var mic)) continue;
            var symStart = i + 1;
            if (symStart >= _n || !(_tk[symStart].IsWord || _tk[symStart].Kind == TokKind.Number)) continue;
            var symEnd = symStart;
            // "ERIC B", "BRK.B" style extensions are rare; take one token (plus ".X" class suffix)
            if (IsChar(symStart + 1, '.') && !_tk[symStart + 1].SpaceBefore && symStart + 2 < _n && _tk[symStart + 2].IsWord && _tk[symStart + 2].Length == 1)
                symEnd = symStart + 2;
            var symbol = _t[_tk[symStart].Start.._tk[symEnd].End];
            var kb = _s.FindTicker(symbol, mic);
            if (kb < 0 && LooksLikeSymbol(symStart, symEnd)) (_textTickers ??= []).Add((ex, new Listing(symbol, mic)));
            LinkTicker(ex, symEnd, kb);
        }
        foreach (var open in Positions(TokClass.OpenParen))
        {
            // "(9988.HK)"
            var i = open + 1;
            if (i + 3 >= _n) continue;
            if (!(_tk[i].Kind == TokKind.Number || (_tk[i].IsWord && (_tk[i].Shape & Shape.AllCaps) != 0))) continue;
            if (!IsChar(i + 1, '.') || _tk[i + 1].SpaceBefore || !_tk[i + 2].IsWord || !IsChar(i + 3, ')')) continue;
            if (!Tickers.SuffixMic.TryGetValue(Str(i + 2), out var mic)) continue;
            var kb = _s.FindTicker(Str(i), mic);
            if (kb < 0 && LooksLikeSymbol(i, i)) (_textTickers ??= []).Add((i, new Listing(Str(i), mic)));
            LinkTicker(i, i + 2, kb);
        }
    }

    /// <summary>Tickers in the text that no knowledge-base company has: (first token of the ticker, listing).</summary>
    private List<(int From, Listing Listing)>? _textTickers;

    /// <summary>
    /// A ticker the knowledge base does not know still says where the company before it is listed: "Tata Communications
    /// Ltd. (NSE: TATACOMM)", "LG CNS (064400.KS)". Runs once the organisations are known, so the name before the
    /// ticker has been recognised however it was found; a free capitalised name there becomes a company.
    /// </summary>
    /// <summary>A symbol as exchanges write it: capitals and digits ("TATACOMM", "064400", "BRK.B"), not a word.</summary>
    private bool LooksLikeSymbol(int from, int to)
    {
        for (var k = from; k <= to; k++)
        {
            if (IsChar(k, '.')) continue;
            if (_tk[k].Kind == TokKind.Number) continue;
            if (!_tk[k].IsWord || (_tk[k].Shape & Shape.Lower) != 0 || _tk[k].Length > 12) return false;
            if (_tk[k].Length > 1 && (_tk[k].Shape & (Shape.AllCaps | Shape.HasDigit)) == 0) return false;
        }
        return true;
    }

    private void AttachTextTickers()
    {
        if (_textTickers is null) return;
        foreach (var (from, listing) in _textTickers)
        {
            var open = NameEndBeforeListings(from - 1);
            if (open < 0 || _tk[open].NewlineBefore && open == from - 1) continue;
            OrgBuild? org = null;
            if (_cover[open] == Cover.Org) org = _orgs[LiveIndex(_owner[open])];
            else if (IsNameWord(open) && _cover[open] == Cover.None)
            {
                var s = NameStartBeforeTicker(open);
                if (IsPersonName(s, open) || IsRoleHead(open) || !PlausibleOrg(s, open)) continue;
                org = AddUnknownMention(s, open);
            }
            // a knowledge-base company keeps its own listings; one recorded without any takes the text's
            if (org is null || org.Kb >= 0 && _s.Records[org.Kb].Listings.Count > 0) continue;
            org.TextListings ??= [];
            if (!org.TextListings.Contains(listing)) org.TextListings.Add(listing);
        }
    }

    /// <summary>The last token before a listing's "(" — over earlier listings of the same parenthesis, so that in
    /// "Anant Raj Limited (NSE: ANANTRAJ, BSE: 515055)" the second listing's name is the company, not the first symbol.</summary>
    private int NameEndBeforeListings(int open)
    {
        for (var skipped = 0; open >= 0; )
        {
            if (IsChar(open, '(') || IsChar(open, ',')) { open--; continue; }
            if (skipped < MaxListingsInParenthesis && open >= 2 && IsChar(open - 1, ':') && _tk[open - 2].IsWord
                && Tickers.ExchangePrefix.ContainsKey(Str(open - 2)))
            {
                open -= 3;
                skipped++;
                continue;
            }
            break;
        }
        return open;
    }

    /// <summary>"(NYSE: X, TSX: Y, LSE: Z)": listings named together; a bound keeps the walk back constant.</summary>
    private const int MaxListingsInParenthesis = 4;

    /// <summary>First token of the free capitalised name ending at <paramref name="last"/> (at most six words, not a
    /// sentence-initial common word).</summary>
    private int NameStartBeforeTicker(int last)
    {
        var s = last;
        while (s - 1 >= 0 && last - s < 5 && IsNameWord(s - 1) && _cover[s - 1] == Cover.None && !_tk[s].SentenceStart) s--;
        if (_tk[s].SentenceStart && IsCommonStart(s) && s < last) s++;
        return s;
    }

    private void LinkTicker(int tickerFrom, int tickerTo, int kb)
    {
        if (kb < 0) return;
        // the name just before "(" (or before the exchange prefix)
        var open = tickerFrom - 1;
        while (open >= 0 && (IsChar(open, '(') || IsChar(open, ','))) open--;
        var record = _s.Records[kb];
        if (open >= 0 && _cover[open] == Cover.Org)
        {
            var org = _orgs[LiveIndex(_owner[open])];
            if (org.Kb < 0)
            {
                // an unknown company with a known ticker: it is the KB company
                Rebind(org, kb);
            }
            else if (org.Kb != kb && (record.Parent == org.Id || _s.Records[org.Kb].Parent == record.Id))
            {
                Rebind(org, kb);
            }
            return;
        }
        if (open >= 0 && IsNameWord(open) && _cover[open] == Cover.None)
        {
            AddKbMention(kb, NameStartBeforeTicker(open), open);
            return;
        }
        AddKbMention(kb, tickerFrom, tickerTo);
    }

    private void Rebind(OrgBuild org, int kb)
    {
        var r = _s.Records[kb];
        if (_orgById.TryGetValue(r.Id, out var existing) && _orgs[existing] != org)
        {
            var target = _orgs[existing];
            target.Mentions.AddRange(org.Mentions);
            target.NameMentions += org.NameMentions;
            target.FirstStart = Math.Min(target.FirstStart, org.FirstStart);
            org.Merged = true;
            org.MergedInto = existing;
            return;
        }
        _orgById.Remove(org.Id);
        org.Id = r.Id;
        org.Name = r.Name;
        org.Kb = kb;
        org.ParentId = r.Parent;
        _orgById[r.Id] = _orgs.IndexOf(org);
    }

    /// <summary>
    /// Companies not in the KB named with a legal form ("NAURA Technology Group Co.", "ACM Research (Shanghai) Inc.",
    /// "Segro Plc") or ending in an organisation word ("Dell'Oro Group", "Nexus Core Systems", "Scale AI").
    /// </summary>
    private void FindSuffixedCompanies()
    {
        var resumeAt = 0;
        foreach (var j in Positions(TokClass.Legal))
        {
            if (j < resumeAt || _cover[j] != Cover.None || !IsLegal(j)) continue;
            if (IsChar(j + 1, '-')) continue; // "Co-founder"
            if (DottedLegalEnd(j) < 0 && _tk[j].Length == 1) continue;
            var last = j;
            var before = j - 1;
            if (IsChar(before, '&') || Is(before, "and")) before--; // "Bain & Company"
            // "Grupo Altiplano Digital, S.A. de C.V.", "Foo Systems, Inc.": a comma between the name and its legal form
            // (dotted forms, or unambiguous ones of three letters or more: "SA" after a comma may be South Australia)
            else if (IsChar(before, ',') && (DottedLegalEnd(j) >= 0 || _tk[j].Length >= 3 && !Is(j, "company"))
                     && IsNameWord(before - 1) && _cover[before - 1] == Cover.None) before--;
            var start = NameRunBackward(before, allowPlaces: true, allowAnd: false);
            if (start < 0) continue;
            var dottedEnd = DottedLegalEnd(j);
            last = EndOfSuffixes(dottedEnd >= 0 ? dottedEnd : j);
            if (IsUpperWord(start) && Has(start, Lex.Demonym) && before - start >= 2) start++; // "Finnish Talvivaara Mining Co"
            AddUnknownMention(start, last).HasLegal = true;
            resumeAt = last + 1;
        }
        foreach (var j in Positions(TokClass.OrgHead))
        {
            if (_cover[j] != Cover.None || !IsUpperWord(j) && !IsExact(j, "AI")) continue;
            if (IsNameWord(j + 1) && !_tk[j + 1].SentenceStart && !Has(j + 1, Lex.Month | Lex.Weekday)) continue; // not the last word of the name
            if (IsChar(j + 1, '-') && !_tk[j + 1].SpaceBefore) continue;
            if (j + 1 < _n && IsLower(j + 1) && Has(j + 1, Lex.ProductNoun | Lex.DivisionNoun)) continue; // "Foo AI model", "the Device Solutions division"
            var start = NameRunBackward(j - 1, allowPlaces: true, allowAnd: false);
            if (start < 0) continue;
            // the first word must be a real name word, not a demonym or a generic word ("Chinese AI", "Generative AI")
            // ("The Mexican Association of Data Centres": a demonym right before a head that takes "of" opens a name)
            var demonymOpensName = start == j - 1 && Has(start, Lex.Demonym) && Is(j + 1, "of") && IsUpperWord(j + 2);
            if (Has(start, Lex.Demonym | Lex.Stop | Lex.Acronym) && !demonymOpensName || (_tk[start].SentenceStart && IsCommonStart(start))) continue;
            if (start > 0 && _tk[start - 1].Kind == TokKind.Possessive) continue; // "Alibaba's Cloud Intelligence Group": a division
            if (IsPersonName(start, j)) continue;
            var end = j;
            // "Royal Bank of Scotland", "Bank of East Asia"
            if (Is(j + 1, "of") && IsUpperWord(j + 2) && _cover[j + 2] is Cover.None or Cover.Place && !_tk[j + 2].SentenceStart)
            {
                end = j + 2;
                while (end + 1 < _n && end - j < 4 && IsUpperWord(end + 1) && _cover[end + 1] is Cover.None or Cover.Place) end++;
            }
            AddUnknownMention(start, EndOfSuffixes(end));
        }
    }

    /// <summary>
    /// Start of the name that ends at <paramref name="last"/> (inclusive), walking back over capitalised words,
    /// connectors ("&amp;", "of", "and") and parenthetical places; -1 when there is no name word.
    /// </summary>
    private int NameRunBackward(int last, bool allowPlaces, bool allowAnd)
    {
        var start = -1;
        var words = 0;
        var k = last;
        while (k >= 0 && last - k < 9)
        {
            if (k + 1 < _n && _tk[k + 1].NewlineBefore && k != last) break;
            if (IsChar(k, ')') && IsChar(k - 2, '(') && IsNameWord(k - 1))
            {
                // "ACM Research (Shanghai) Inc."
                start = k - 2;
                k -= 3;
                continue;
            }
            if (IsNameWord(k) && (_cover[k] == Cover.None || (allowPlaces && _cover[k] == Cover.Place)))
            {
                if (IsRoleHead(k) && IsUpperWord(k) && !Has(k, Lex.OrgHead | Lex.Legal)) break; // "Chief Executive …"
                if (IsMonthOrDay(k)) break;
                if (_tk[k].SentenceStart && IsCommonStart(k)) break;
                start = k;
                words++;
                if (_tk[k].SentenceStart) break;
                k--;
                continue;
            }
            if (_tk[k].Kind == TokKind.Number && start >= 0 && k > 0 && IsNameWord(k - 1)) { start = k; k--; continue; } // "Foo 360 Ltd"
            // "Bain & Company", "Bank of Foo"; "and" only where the caller allows it (it usually joins two names)
            // or between industry words ("Arabian Internet and Communications Services Co.")
            if ((IsChar(k, '&') || (Is(k, "and") && (allowAnd || Has(k - 1, Lex.Industry) && Has(k + 1, Lex.Industry | Lex.OrgHead))) || Is(k, "of") || Is(k, "de") || Is(k, "für")) && start >= 0 && IsNameWord(k - 1) && _cover[k - 1] == Cover.None)
            {
                k--;
                continue;
            }
            if (IsChar(k, '-') && !_tk[k].SpaceBefore && start >= 0 && IsNameWord(k - 1) && !_tk[start].SpaceBefore) { k--; continue; }
            if (IsChar(k, '.') && !_tk[k].SpaceBefore && start >= 0 && k > 0 && _tk[k - 1].IsWord && _tk[k - 1].Length <= 2 && IsUpperWord(k - 1)) { k--; continue; } // "S.A.", initials
            break;
        }
        if (start < 0 || words == 0) return -1;
        // leading "The"
        while (start <= last && (Is(start, "the") || IsChar(start, '&') || Is(start, "and") || Is(start, "of"))) start++;
        if (start > last) return -1;
        // a name made only of legal/generic words is no name ("Group Co.")
        var real = false;
        for (var k2 = start; k2 <= last; k2++)
            if (IsNameWord(k2) && !Has(k2, Lex.Legal | Lex.CorpGeneric)) { real = true; break; }
        return real ? start : -1;
    }
}
