namespace CapexRadar.Entities.Extraction;

internal sealed partial class ExtractionRun
{
    /// <summary>Stock indexes ("Hang Seng Tech Index", "Philadelphia Semiconductor Index") are neither organisations nor places.</summary>
    private void BlockIndexes()
    {
        for (var i = 0; i < _n; i++)
        {
            if (!_tk[i].IsWord || !Has(i, Lex.IndexWord)) continue;
            var w = Span(i);
            var isIndexWord = w is "Index" or "index" || ((w is "Composite" or "Average") && IsNameWord(i - 1));
            if (!isIndexWord) continue;
            // back over the index's name: capitalised words, numbers, "&", "/"; bounded window
            var s = i;
            for (var k = i - 1; k >= 0 && i - k <= 6; k--)
            {
                if (_tk[k + 1].NewlineBefore) break;
                if (IsNameWord(k) || _tk[k].Kind == TokKind.Number || IsChar(k, '&') || IsChar(k, '/')
                    || (IsLower(k) && k == i - 1 && IsNameWord(k - 1) && !Has(k, Lex.Stop))) // "S&P 500 utilities index"
                {
                    if (_tk[k].SentenceStart && IsCommonStart(k)) break;
                    s = k;
                    if (_tk[k].SentenceStart) break;
                    continue;
                }
                break;
            }
            if (s == i && w is "index") continue;
            for (var k = s; k <= i; k++) _cover[k] = Cover.Blocked;
        }
    }

    /// <summary>
    /// Longest-match scan of the phrase trie: company aliases, places, index and product names. A hit must have the
    /// capitalisation of its phrase; at the same length a company beats an index, an index a place, a place a product.
    /// </summary>
    private void MatchPhrases()
    {
        Span<int> ends = stackalloc int[Math.Max(1, Math.Min(_x.MaxDepth, 64))];
        Span<int> nodes = stackalloc int[ends.Length];
        var i = 0;
        while (i < _n)
        {
            if (!_x.StartsPhrase(_tk[i].Id) || _cover[i] == Cover.Blocked)
            {
                i++;
                continue;
            }
            var count = 0;
            var node = 0;
            for (var j = i; j < _n && j - i < ends.Length; j++)
            {
                if (j > i && (_tk[j].NewlineBefore || _cover[j] == Cover.Blocked)) break;
                node = _x.Step(node, _tk[j].Id);
                if (node < 0) break;
                if (_x.Terminal(node) is not null)
                {
                    ends[count] = j;
                    nodes[count] = node;
                    count++;
                }
            }
            var matched = false;
            for (var c = count - 1; c >= 0 && !matched; c--)
            {
                var best = Best(_x.Terminal(nodes[c])!, i, ends[c]);
                if (best is null) continue;
                // a phrase must not end inside a word joined by an apostrophe or dot ("U.S" of "U.S.-based" is fine)
                _hits.Add((i, ends[c], best));
                _hitAt[i] = _hits.Count;
                i = ends[c] + 1;
                matched = true;
            }
            if (!matched) i++;
        }
    }

    private PhrasePayload? Best(List<PhrasePayload> payloads, int from, int to)
    {
        PhrasePayload? best = null;
        var bestRank = int.MinValue;
        foreach (var p in payloads)
        {
            if (!CaseMatches(p, from, to)) continue;
            var rank = p.Kind switch
            {
                PhraseKind.Company => p.Priority >= 10 ? 100 + p.Priority * 2 : 20 + p.Priority, // generic-stripped forms lose to places
                PhraseKind.Index => 60,
                PhraseKind.Place => 50 + p.Priority,
                PhraseKind.Region => 45,
                _ => 10,
            };
            if (rank > bestRank)
            {
                best = p;
                bestRank = rank;
            }
        }
        return best;
    }

    private static readonly HashSet<string> Connectors = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "and", "the", "de", "du", "des", "la", "le", "les", "der", "von", "van", "für", "fur", "y", "e", "et", "&", "for", "da", "di", "del",
    };

    private bool CaseMatches(PhrasePayload p, int from, int to)
    {
        if (to - from + 1 != p.Tokens.Length) return false;
        for (var k = 0; k < p.Tokens.Length; k++)
        {
            var a = p.Tokens[k].AsSpan();
            var x = Span(from + k);
            if (p.CaseSensitive)
            {
                if (!SameApostrophe(a, x)) return false;
                continue;
            }
            var hasLetter = false;
            foreach (var ch in a) if (char.IsLetter(ch)) { hasLetter = true; break; }
            if (!hasLetter) continue;
            var shape = _tk[from + k].Shape;
            var aShape = DocumentTokenizer.ShapeOf(a);
            if ((aShape & Shape.AllCaps) != 0)
            {
                // "NAURA" also as "Naura"; two-letter codes ("US", "UK") only in capitals
                if (a.Length <= 2 ? (shape & Shape.AllCaps) == 0 : (shape & Shape.Upper) == 0) return false;
            }
            else if ((aShape & Shape.Upper) != 0)
            {
                if ((shape & Shape.Upper) == 0) return false;
            }
            else if (Connectors.Contains(p.Tokens[k]))
            {
                // connectors inside a name match in any case
            }
            else if ((aShape & Shape.HasUpper) != 0)
            {
                // mixed case like "xAI", "iFlytek", "eBay": exact, or all capitals
                if (!SameApostrophe(a, x) && (shape & Shape.AllCaps) == 0) return false;
            }
            else if ((shape & Shape.Lower) == 0) return false;
        }
        return true;
    }

    private static bool SameApostrophe(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length != b.Length) return false;
        for (var i = 0; i < a.Length; i++)
        {
            var x = a[i] == '’' ? '\'' : a[i];
            var y = b[i] == '’' ? '\'' : b[i];
            if (x != y) return false;
        }
        return true;
    }
}
