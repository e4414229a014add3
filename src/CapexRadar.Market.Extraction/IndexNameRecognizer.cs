namespace CapexRadar.Market.Extraction;

/// <summary>A stock-index name found in the text: tokens [Start, End] and the name as written.</summary>
internal readonly record struct IndexPhrase(int Start, int End, string Name);

/// <summary>
/// Recognises stock-index names from the language of market reports: a capitalised phrase headed by
/// "Index"/"index"/"Composite"/"Average"/"Component" ("Philadelphia Semiconductor Index", "the S&amp;P 500 utilities
/// index", "Nikkei 225 Stock Average"), or a phrase built on a well-known index stem ("KOSPI", "Nikkei 225",
/// "S&amp;P/ASX 200", "Euro Stoxx 50", "the Dow"). One linear pass; each phrase is bounded to a few tokens.
/// </summary>
internal static class IndexNameRecognizer
{
    private const int MaxPhrase = 7;

    // Index stems, head words, corporate and economic-index words are word classes of Lexicon/market-words.json
    // (IndexStem, IndexNumberedStem, IndexHeadWord, IndexCorporateWord, NotStockIndexWord), matched as written.

    public static (int[] IndexAt, List<IndexPhrase> Phrases) Recognize(TokenDocument doc)
    {
        var at = new int[doc.Count];
        Array.Fill(at, -1);
        var phrases = new List<IndexPhrase>();
        for (var i = 0; i < doc.Count; i++)
        {
            if (!doc.IsWord(i)) continue;
            var t = doc.Tokens[i];
            if (t.Length > 16) continue;
            var word = doc.Span(i); // looked up as a span: most words are no index word, and make no string
            if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal))
            {
                // "the Kospi's 0.3% rise": a possessive stem ends its phrase.
                var bare = word[..^2];
                if (Lexicon.IsWritten(bare, WordClass.IndexStem) && !(bare is "Hang" or "Straits" or "Jakarta"))
                {
                    phrases.Add(new IndexPhrase(i, i, bare.ToString()));
                    if (at[i] < 0) at[i] = phrases.Count - 1;
                    continue;
                }
            }
            IndexPhrase? found = null;
            // the word's index classes, looked up once
            var written = Lexicon.WrittenClasses(word, WordClass.IndexHeadWord | WordClass.IndexStem | WordClass.IndexNumberedStem);
            if ((written & WordClass.IndexHeadWord) != 0 || (word.EndsWith("'s", StringComparison.Ordinal) && Lexicon.IsWritten(word[..^2], WordClass.IndexHeadWord)))
                found = FromHead(doc, i);
            else if ((written & (WordClass.IndexStem | WordClass.IndexNumberedStem)) != 0 || (word is "Dow" && doc.Span(i + 1) is "Jones"))
                found = FromStem(doc, i, word.ToString());
            else if (word is "Dow" && doc.L(i - 1) == "the")
                found = new IndexPhrase(i, i, "Dow");
            if (found is not { } p) continue;
            // A longer phrase already covering these tokens wins.
            var covered = false;
            for (var k = p.Start; k <= p.End; k++)
            {
                if (at[k] >= 0 && phrases[at[k]].End - phrases[at[k]].Start >= p.End - p.Start) { covered = true; break; }
            }
            if (covered) continue;
            phrases.Add(p);
            for (var k = p.Start; k <= p.End; k++) at[k] = phrases.Count - 1;
            i = p.End;
        }
        return (at, phrases);
    }

    /// <summary>"… Index": walk left over the capitalised name (and at most two lower-case words inside it).</summary>
    private static IndexPhrase? FromHead(TokenDocument doc, int head)
    {
        var word = doc.Span(head);
        var isLowerIndex = char.IsLower(word[0]);
        var start = head;
        var lowercase = 0;
        var caps = 0;
        for (var j = head - 1; j >= 0 && head - j <= MaxPhrase; j--)
        {
            if (doc.SentenceOf[j] != doc.SentenceOf[head]) break;
            if (doc.IsCap(j) && !doc.IsPossessive(j) && !IsFunctionWord(doc.L(j)))
            {
                caps++; start = j; continue;
            }
            if (doc.IsNumber(j) || doc.Is(j, '&') || doc.Is(j, '/') || (doc.Is(j, '-') && doc.Adjacent(j) && doc.Adjacent(j - 1)))
            {
                start = j; continue;
            }
            if (doc.IsLowerWord(j) && lowercase < 2 && doc.Tokens[j].Length > 2 && !IsFunctionWord(doc.L(j))
                && (doc.IsCap(j - 1) || doc.IsNumber(j - 1)))
            {
                lowercase++; start = j; continue;
            }
            break;
        }
        // Trim leading lower-case words and punctuation.
        while (start < head && !doc.IsCap(start) && !doc.IsNumber(start)) start++;
        if (caps == 0 || start == head) return null;
        for (var k = start; k < head; k++)
            if (Lexicon.IsWritten(doc.Span(k), WordClass.NotStockIndexWord)) return null;
        if (doc.IsNumber(start) && start + 1 == head) return null;
        return new IndexPhrase(start, head, Name(doc, start, head));
    }

    /// <summary>A known stem: extend left over a capitalised prefix ("Euro Stoxx") and right over the rest of the name.</summary>
    private static IndexPhrase? FromStem(TokenDocument doc, int i, string word)
    {
        var start = i;
        // Prefixes such as "Euro", "S&P/" in "S&P/ASX 200", "Philadelphia".
        if (doc.Is(i - 1, '/') && doc.IsWord(i - 2) && doc.Adjacent(i - 2)) start = i - 2;
        var end = i;
        var numbered = false;
        var headed = false;
        for (var j = i + 1; j < doc.Count && j - i <= MaxPhrase; j++)
        {
            if (doc.SentenceOf[j] != doc.SentenceOf[i]) break;
            if (doc.IsNumber(j))
            {
                // "lift the TAIEX 1.3%": the percentage is not part of the name.
                if (doc.Is(j + 1, '%') || doc.L(j + 1) is "percent" or "pct" or "per") break;
                end = j; numbered = true; continue;
            }
            if ((doc.Is(j, '/') || doc.Is(j, '-')) && doc.Adjacent(j - 1) && doc.Adjacent(j)) { end = j; continue; }
            if (doc.Is(j, '&')) { end = j; continue; }
            if (doc.IsWord(j))
            {
                var w = doc.Span(j);
                var possessive = w.EndsWith("'s", StringComparison.Ordinal);
                if (Lexicon.IsWritten(possessive ? w[..^2] : w, WordClass.IndexHeadWord)) { end = j; headed = true; if (possessive) break; continue; }
                if (doc.IsCap(j) && !Lexicon.IsWeekdayOrMonth(doc.L(j)) && !doc.IsPossessive(j - 1))
                {
                    end = j;
                    if (doc.IsPossessive(j)) break;
                    continue;
                }
            }
            break;
        }
        // Trailing punctuation is not part of a name.
        while (end > i && doc.IsPunct(end)) end--;
        if (Lexicon.IsWritten(doc.Span(end).TrimEnd('.'), WordClass.IndexCorporateWord)) return null;
        if (doc.OrgAt[i] >= 0 && !headed && !numbered) return null; // "Nikkei" the newspaper group when the KB says so
        if (Lexicon.IsWritten(word, WordClass.IndexNumberedStem) && !numbered && !headed)
        {
            // "the Nasdaq fell 2%" names the Composite; "S&P" alone, "Euro", "CAC" do not.
            if (!(word is "Nasdaq" or "NASDAQ" && doc.L(i - 1) == "the" && end == i)) return null;
        }
        if (word is "Hang" && !(doc.Span(i + 1) is "Seng")) return null;
        if (word is "Straits" && !(doc.Span(i + 1) is "Times")) return null;
        if (word is "Jakarta" && !headed) return null;
        if (word == "Euro" && !(doc.Span(i + 1) is "Stoxx" or "STOXX")) return null;
        return new IndexPhrase(start, end, Name(doc, start, end));
    }

    private static bool IsFunctionWord(string w) => Lexicon.Is(w, WordClass.IndexNameBreak);

    /// <summary>The name as written, without a trailing lower-case "index" or a possessive.</summary>
    private static string Name(TokenDocument doc, int start, int end)
    {
        var last = end;
        if (last > start && doc.L(last) is "index" or "index's" && doc.IsLowerWord(last)) last--;
        var name = doc.Slice(start, last);
        if (name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("’s", StringComparison.Ordinal)) name = name[..^2];
        return name;
    }
}
