namespace CapexRadar.Entities.Extraction;

/// <summary>Capitalisation a phrase token requires of the matching text token.</summary>
internal enum CaseRule : byte { Any, Capitals, Capitalised, Exact, Lower }

internal sealed partial class ExtractionRun
{
    /// <summary>Stock indexes ("Hang Seng Tech Index", "Philadelphia Semiconductor Index") are neither organisations nor places.</summary>
    private void BlockIndexes()
    {
        foreach (var i in Positions(TokClass.IndexWord))
        {
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
            if (!_x.StartsPhrase(_tk[i].Id, _tk[i].Shape) || _cover[i] == Cover.Blocked)
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
            if (p.CaseSensitive)
            {
                if (!SameApostrophe(p.Tokens[k], Span(from + k))) return false;
                continue;
            }
            var shape = _tk[from + k].Shape;
            var ok = p.Rules[k] switch
            {
                CaseRule.Any => true,
                CaseRule.Capitals => (shape & Shape.AllCaps) != 0,
                CaseRule.Capitalised => (shape & Shape.Upper) != 0,
                CaseRule.Exact => SameApostrophe(p.Tokens[k], Span(from + k)) || (shape & Shape.AllCaps) != 0,
                _ => (shape & Shape.Lower) != 0,
            };
            if (!ok) return false;
        }
        return true;
    }

    /// <summary>The capitalisation each token of a phrase needs in the text, decided once when the phrase is indexed.</summary>
    internal static CaseRule[] CaseRules(string[] tokens)
    {
        var rules = new CaseRule[tokens.Length];
        for (var k = 0; k < tokens.Length; k++)
        {
            var a = tokens[k].AsSpan();
            var hasLetter = false;
            foreach (var ch in a) if (char.IsLetter(ch)) { hasLetter = true; break; }
            var aShape = EntityTokens.ShapeOf(a);
            rules[k] = !hasLetter ? CaseRule.Any
                // "NAURA" also as "Naura"; two-letter codes ("US", "UK") only in capitals
                : (aShape & Shape.AllCaps) != 0 ? a.Length <= 2 ? CaseRule.Capitals : CaseRule.Capitalised
                : (aShape & Shape.Upper) != 0 ? CaseRule.Capitalised
                : Connectors.Contains(tokens[k]) ? CaseRule.Any // connectors inside a name match in any case
                : (aShape & Shape.HasUpper) != 0 ? CaseRule.Exact // mixed case like "xAI", "iFlytek", "eBay": exact, or all capitals
                : CaseRule.Lower;
        }
        return rules;
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
