using CapexRadar.Domain;
using CapexRadar.Text.Syntax;

namespace CapexRadar.Entities.Extraction;

/// <summary>
/// Stage <see cref="FindInvestingSubjects"/>: "Aspocomp intends to set up a plant … with an investment of Rs310 crore",
/// "Brannock Steel said it would invest $300 million": the capitalised subject of an investing clause (or the speaker of
/// a reported one whose subject is "it" or which has no agent) in a sentence that states an amount is an organisation,
/// even when no list knows it. Uses the shallow-syntax layer of CapexRadar.Text.
/// </summary>
internal sealed partial class ExtractionRun
{
    /// <summary>Longer capitalised runs are headlines or titles, not a company's name.</summary>
    private const int MaxInvestingSubjectTokens = 6;

    private const WordClass InvestingPredicate = WordClass.InvestVerb | WordClass.BuildVerb;

    private const WordClass NotANameStart = WordClass.OpeningWord | WordClass.Determiner | WordClass.Possessive | WordClass.Pronoun | WordClass.Month
        | WordClass.Season | WordClass.ScopeNoun | WordClass.CompanyNoun | WordClass.PlanNoun | WordClass.Preposition | WordClass.WorldWord;

    private void FindInvestingSubjects()
    {
        var lex = WordClassLexicon.Default;
        var first = 0;
        while (first < _n)
        {
            var sentence = _tk[first].Sentence;
            var end = first;
            bool figure = false, scale = false, verb = false, unclaimed = false;
            var possessor = -1;
            while (end < _n && _tk[end].Sentence == sentence)
            {
                figure |= IsFigure(end);
                scale |= IsMoneyCue(lex, end);
                // "Stockmann 's investment in the project …": the possessor of a spending noun
                if (_tk[end].Kind == TokKind.Possessive && end > first && SpendingNounAfter(lex, end + 1)) possessor = end - 1;
                if (_tk[end].Kind == TokKind.Word)
                {
                    var classes = ClassesOf(lex, end) & ~WordClass.RuleOnly;
                    verb |= (classes & InvestingPredicate) != 0;
                    // a capitalised word no earlier stage claimed and no word class lists ("Aspocomp", not "The")
                    unclaimed |= _tk[end].IsCap && _cover[end] == Cover.None && classes == WordClass.None;
                }
                end++;
            }
            // parse only sentences that could hold the pattern: an amount, an investing verb and an unclaimed name
            var money = figure && scale && verb && unclaimed;
            if (money && end > first) ParseSentenceForSpenders(lex, first, end);
            if (figure && scale && possessor >= first) AddPossessorOfSpending(lex, first, end, possessor);
            first = end;
        }
    }

    private void ParseSentenceForSpenders(WordClassLexicon lex, int first, int end)
    {
        var span = new TextSpan(_tk[first].Start, _tk[end - 1].End);
        // the shared document's parse when the tokens span a whole sentence (the usual case): parsed once for every extractor
        var sentence = lex == _doc.Lexicon ? _doc.SentenceWithSpan(span) : -1;
        var syntax = sentence >= 0 ? _doc.Syntax(sentence) : ShallowParser.Parse(_t, span, lex);
        foreach (var cl in syntax.Clauses)
        {
            var investing = (cl.PredicateClasses & InvestingPredicate) != 0 && (cl.PredicateClasses & WordClass.ReportingVerb) == 0
                            || cl.Passive && (cl.PredicateClasses & WordClass.InvestVerb) != 0;
            if (!investing || !AmountIn(first, end, cl.Span)) continue;
            TextSpan? candidate = null;
            if (cl.Subject is { } s && !cl.SubjectInherited) candidate = s;
            if (candidate is { } c0 && !UnknownName(lex, first, end, c0, out _, out _) && cl.Speaker is { } sp
                && (cl.Passive || (lex.OfAnyCase(_t.AsSpan(c0.Start, c0.End - c0.Start)) & WordClass.Pronoun) != 0))
                candidate = sp;
            if (candidate is { } name && UnknownName(lex, first, end, name, out var from, out var to)) AddUnknownMention(from, to);
        }
    }

    /// <summary>"investment", "capital expenditure", "planned investment": a spending noun, after at most
    /// <see cref="PossessedModifiers"/> lower-case modifiers.</summary>
    private bool SpendingNounAfter(WordClassLexicon lex, int i)
    {
        for (var k = i; k < Math.Min(_n, i + PossessedModifiers + 1); k++)
        {
            if (_tk[k].Kind != TokKind.Word || _tk[k].IsCap) return false;
            if ((ClassesOf(lex, k) & WordClass.SpendingNoun) != 0) return true;
        }
        return false;
    }

    /// <summary>"capital", "planned total": words between the possessive and the spending noun.</summary>
    private const int PossessedModifiers = 2;

    /// <summary>The capitalised words ending at <paramref name="last"/> (the possessor of a spending noun) form an
    /// organisation when no earlier stage claimed them and they pass <see cref="UnknownName"/>.</summary>
    private void AddPossessorOfSpending(WordClassLexicon lex, int first, int end, int last)
    {
        var from = last;
        while (from > first && last - from + 1 < MaxInvestingSubjectTokens && _tk[from - 1].Kind == TokKind.Word && _tk[from - 1].IsCap && _cover[from - 1] == Cover.None) from--;
        var name = new TextSpan(_tk[from].Start, _tk[last].End);
        if (UnknownName(lex, first, end, name, out var a, out var b)) AddUnknownMention(a, b);
    }

    private bool AmountIn(int first, int end, TextSpan clause)
    {
        for (var i = first; i < end; i++)
            if (IsFigure(i) && _tk[i].Start >= clause.Start && _tk[i].Start < clause.End) return true;
        // "X said $5m will be invested" / "X intends to set up a plant with an investment of …": the amount may sit in a later clause
        for (var i = first; i < end; i++)
            if (IsFigure(i) && _tk[i].Start >= clause.Start) return true;
        return false;
    }

    /// <summary>"$", "€", "million", "crore", "EUR40m": the sentence states an amount of money, not a head count.</summary>
    private bool IsMoneyCue(WordClassLexicon lex, int i) =>
        (uint)i < (uint)_n && ReferenceEquals(lex, DefaultLexicon) ? (Cached(i) & MoneyCueBit) != 0 : MoneyCueAt(i, ClassesOf(lex, i));

    /// <summary>A currency sign, a word with a digit in it after a letter ("Rs310"), or a number word.</summary>
    private bool MoneyCueAt(int i, WordClass classes)
    {
        var w = _t.AsSpan(_tk[i].Start, _tk[i].Length);
        if (w.Length == 1 && w[0] is '$' or '€' or '£' or '¥' or '₹') return true;
        if (_tk[i].Kind == TokKind.Word && w.IndexOfAnyInRange('0', '9') >= 0 && char.IsLetter(w[0])) return true;
        return (classes & WordClass.NumberWord) != 0;
    }

    /// <summary>A number, or a word with a digit in it ("Rs310", "EUR40m"); cached per token.</summary>
    private bool IsFigure(int i) => (uint)i < (uint)_n ? (Cached(i) & FigureBit) != 0 : FigureAt(i);

    private bool FigureAt(int i) => _tk[i].Kind == TokKind.Number || _tk[i].Kind == TokKind.Word && _t.AsSpan(_tk[i].Start, _tk[i].Length).IndexOfAnyInRange('0', '9') >= 0;

    /// <summary>1–<see cref="MaxInvestingSubjectTokens"/> capitalised words ("&amp;" and legal forms allowed) that no
    /// earlier stage claimed, not starting with a word of a listed class, not a lone plural role noun ("Analysts").</summary>
    private bool UnknownName(WordClassLexicon lex, int first, int end, TextSpan name, out int from, out int to)
    {
        from = -1;
        to = -1;
        for (var i = first; i < end; i++)
        {
            if (_tk[i].End <= name.Start) continue;
            if (_tk[i].Start >= name.End) break;
            if (from < 0) from = i;
            to = i;
        }
        if (from < 0 || to - from + 1 > MaxInvestingSubjectTokens) return false;
        if ((ClassesOf(lex, from) & NotANameStart) != 0) return false;
        for (var i = from; i <= to; i++)
        {
            if (_cover[i] != Cover.None) return false;
            if (_tk[i].Kind != TokKind.Word) { if (_t[_tk[i].Start] == '&') continue; return false; }
            if (!_tk[i].IsCap) return false;
            // "SKELLEFTEÅ, Sweden —": a long all-capitals word is a dateline or a headline, not a name
            if (_tk[i].Length > MaxAcronymLength && !HasLower(i)) return false;
        }
        if (from == to && (_tk[from].Id >= 0 || LonePluralNoun(_t.AsSpan(_tk[from].Start, _tk[from].Length)))) return false;
        if (IsCapitalsDateline(from, to)) return false;
        return true;
    }

    /// <summary>"BATON ROUGE, La., April 29 (BBW) -", "SAO PAULO, March 3 -": two or more all-capitals words opening a line
    /// and followed by a comma are a dateline's city, not a company (company acronyms are one short word: "TSMC", "BASF").</summary>
    private bool IsCapitalsDateline(int from, int to)
    {
        if (from == to || to + 1 >= _n || _t[_tk[to + 1].Start] != ',') return false;
        for (var i = from; i <= to; i++) if (HasLower(i)) return false;
        var p = _tk[from].Start - 1;
        while (p >= 0 && _t[p] is ' ' or '\t') p--;
        return p < 0 || _t[p] == '\n';
    }

    /// <summary>Company acronyms ("TSMC", "BASF", "ASML") are short; longer all-capitals words are datelines or shouting.</summary>
    private const int MaxAcronymLength = 5;

    private bool HasLower(int i)
    {
        foreach (var ch in _t.AsSpan(_tk[i].Start, _tk[i].Length)) if (char.IsLower(ch)) return true;
        return false;
    }

    private static bool LonePluralNoun(ReadOnlySpan<char> w) =>
        w.EndsWith("ed") || w.EndsWith("ing") // "Founded in 2010, …", "Starting next year, …": a participle, not a name
        || w.EndsWith("ers") || w.EndsWith("ors") || w.EndsWith("ists") || w.EndsWith("ants") || w.EndsWith("ents") || w.EndsWith("ives") || w.EndsWith("ians") || w.EndsWith("ies");
}
