using System.Buffers;
using CapexRadar.Domain;
using CapexRadar.Text;
using CapexRadar.Text.Syntax;

namespace CapexRadar.Capex.Extraction;

internal readonly record struct TokenRange(int Start, int End)
{
    public bool Contains(int t) => t >= Start && t < End;
}

internal sealed record OrgMention(OrganizationEntity Org, TokenRange Tokens);
internal sealed record PersonMention(PersonEntity Person, TokenRange Tokens);
internal sealed record LocationMention(LocationEntity Location, TokenRange Tokens);
internal sealed record QuantityAt(Quantity Quantity, TokenRange Tokens, int Sentence);

/// <summary>
/// The text as tokens, with sentences, quantities and entity mentions mapped to token ranges and per-token lookups.
/// Built once per text in linear time. Its five per-token arrays are rented (<see cref="ArrayPool{T}"/>): dispose it when
/// the extraction is done (<c>CapexExtractor</c> does) and they serve the next story; an index never disposed is simply
/// collected.
/// </summary>
internal sealed class DocumentIndex : IDisposable
{
    public string Text { get; }
    public List<QToken> T { get; }
    public List<TokenRange> Sentences { get; } = [];
    public List<TextSpan> SentenceSpans { get; } = [];
    public List<QuantityAt> Quantities { get; } = [];
    /// <summary>Quantities of each sentence, in text order.</summary>
    public List<List<QuantityAt>> SentenceQuantities { get; } = [];
    public List<OrgMention> Orgs { get; } = [];
    public List<PersonMention> People { get; } = [];
    public List<LocationMention> Locations { get; } = [];
    public EntitySet Entities { get; }

    // per token (index < T.Count; the rented arrays may be longer): mention, sentence and quantity numbers, or -1
    private int[] _orgAt;
    private int[] _personAt;
    private int[] _locationAt;
    private int[] _sentenceOf;
    private int[] _quantityAt;

    /// <summary>The shared annotations of the text: its sentences and their shallow parses (parsed once for every extractor).</summary>
    public AnnotatedDocument Document { get; }

    /// <summary>For each sentence here, its number in <see cref="Document"/> (sentences without tokens are skipped here).</summary>
    private readonly List<int> _documentSentence = [];

    /// <summary>Whether the document's parses are the ones capex would make (parsed with the default word classes).</summary>
    private readonly bool _sharedSyntax;

    public DocumentIndex(string text, EntitySet entities) : this(AnnotatedDocument.Create(text), entities) { }

    public DocumentIndex(AnnotatedDocument document, EntitySet entities)
    {
        Document = document;
        var text = document.Text;
        Text = text;
        Entities = entities;
        _sharedSyntax = ReferenceEquals(document.Lexicon, WordClassLexicon.Default);
        // QTokenizer stays: its tokens are finer than the document's ("US$38bn" → US, $, 38, bn; "AI-driven" → AI, -, driven).
        // They are made from the document's atoms, so the text is scanned once for all three extractors.
        T = QTokenizer.Tokenize(document);
        var n = T.Count;
        _orgAt = Filled(n);
        _personAt = Filled(n);
        _locationAt = Filled(n);
        _sentenceOf = Filled(n);
        _quantityAt = Filled(n);

        var spans = document.SentenceList;
        for (var d = 0; d < spans.Count; d++)
        {
            var s = spans[d];
            var r = Range(s);
            if (r.End <= r.Start) continue;
            var idx = Sentences.Count;
            Sentences.Add(r);
            SentenceSpans.Add(s);
            _documentSentence.Add(d);
            for (var t = r.Start; t < r.End; t++) _sentenceOf[t] = idx;
        }

        // coreference mentions ("the company") are left to the capex grammar, which resolves them in context
        foreach (var org in entities.Organizations)
            foreach (var m in org.Mentions)
                // (a name that itself starts in lower case, "xScale", "eBay", is a name all the same)
                if (m.Start < text.Length && (!char.IsLower(text[m.Start]) || org.Name.Length > 0 && char.IsLower(org.Name[0]) && text[m.Start] == org.Name[0]))
                    Mark(_orgAt, Orgs, new OrgMention(org, Range(m)), x => x.Tokens);
        foreach (var p in entities.People)
            foreach (var m in p.Mentions)
                Mark(_personAt, People, new PersonMention(p, Range(m)), x => x.Tokens);
        foreach (var l in entities.Locations)
            foreach (var m in l.Mentions)
                Mark(_locationAt, Locations, new LocationMention(l, Range(m)), x => x.Tokens);

        for (var k = 0; k < Sentences.Count; k++) SentenceQuantities.Add([]);
        var hint = YenHint(entities);
        var recognisedAll = QuantityRecognizer.Recognize(text, T, new QuantityContext(hint));
        // the story's local currencies are read only when some amount is in a bare currency word shared by several
        // countries (most stories have none: each of these reads orders the story's places)
        string? peso = null, franc = null, riyal = null, crown = null, dinar = null, rial = null;
        if (HasLocalUnit(recognisedAll))
        {
            (peso, franc) = LocalCurrencies(entities);
            riyal = RiyalOfStory(recognisedAll, entities);
            crown = LocalUnitCurrency("crown", CrownByCountry, recognisedAll, entities);
            dinar = LocalUnitCurrency("dinar", DinarByCountry, recognisedAll, entities);
            rial = LocalUnitCurrency("rial", RialByCountry, recognisedAll, entities);
        }
        foreach (var recognised in recognisedAll)
        {
            // "38 billion pesos" in a story about Mexico: a bare peso or franc is the story's local currency
            var q = recognised is { Kind: QuantityKind.Money, Currency: null, Unit: "Peso" } && peso is not null ? recognised with { Currency = peso }
                : recognised is { Kind: QuantityKind.Money, Currency: null, Unit: "Franc" } && franc is not null ? recognised with { Currency = franc }
                // "2.2 billion Qatari riyals … 9 billion riyals": a bare riyal is the riyal the story named, or its country's
                : recognised is { Kind: QuantityKind.Money, Unit: "Riyal" } && riyal is not null ? recognised with { Currency = riyal }
                // "2 billion crowns", "300 million dinars", "rials": the crown, dinar or rial the story named, or its country's
                : recognised is { Kind: QuantityKind.Money, Currency: null, Unit: "Crown" } && crown is not null ? recognised with { Currency = crown }
                : recognised is { Kind: QuantityKind.Money, Currency: null, Unit: "Dinar" } && dinar is not null ? recognised with { Currency = dinar }
                : recognised is { Kind: QuantityKind.Money, Currency: null, Unit: "Rial" } && rial is not null ? recognised with { Currency = rial }
                : recognised;
            var r = Range(q.Span);
            if (r.End <= r.Start) continue;
            var qa = new QuantityAt(q, r, _sentenceOf[r.Start]);
            var idx = Quantities.Count;
            Quantities.Add(qa);
            if (qa.Sentence >= 0) SentenceQuantities[qa.Sentence].Add(qa);
            for (var t = r.Start; t < r.End; t++) _quantityAt[t] = idx;
        }
    }

    /// <summary>Whether an amount is in a unit whose currency the story decides (the units the loop above rewrites).</summary>
    private static bool HasLocalUnit(List<Quantity> quantities)
    {
        foreach (var q in quantities)
            if (q is { Kind: QuantityKind.Money, Unit: "Peso" or "Franc" or "Riyal" or "Crown" or "Dinar" or "Rial" }) return true;
        return false;
    }

    private static readonly Dictionary<string, string> PesoByCountry = new(StringComparer.Ordinal)
    {
        ["MX"] = "MXN", ["PH"] = "PHP", ["CL"] = "CLP", ["CO"] = "COP", ["AR"] = "ARS", ["UY"] = "UYU", ["DO"] = "DOP",
    };

    private static readonly Dictionary<string, string> FrancByCountry = new(StringComparer.Ordinal) { ["CH"] = "CHF", ["LI"] = "CHF" };

    /// <summary>What a bare "pesos" / "francs" means: the currency of the announcer's country, else of the first place
    /// named in the story that uses one (null when nothing says).</summary>
    private static (string? Peso, string? Franc) LocalCurrencies(EntitySet entities)
    {
        var countries = new List<string>();
        if (entities.FindOrganization(entities.AnnouncerId)?.CountryCode is { } home) countries.Add(home);
        foreach (var l in entities.Locations.OrderBy(l => l.Mentions.Count > 0 ? l.Mentions[0].Start : int.MaxValue)) countries.Add(l.CountryCode);
        string? peso = null, franc = null;
        foreach (var c in countries)
        {
            peso ??= PesoByCountry.GetValueOrDefault(c);
            franc ??= FrancByCountry.GetValueOrDefault(c);
        }
        return (peso, franc);
    }

    private static readonly Dictionary<string, string> RiyalByCountry = new(StringComparer.Ordinal) { ["QA"] = "QAR", ["SA"] = "SAR", ["OM"] = "OMR" };

    /// <summary>What a bare "riyals" means: the currency of a riyal named with its country in the same story ("Qatari
    /// riyals"), else the riyal of the announcer's country or of the first riyal country named (null: the default, SAR).</summary>
    private static string? RiyalOfStory(IReadOnlyList<Quantity> quantities, EntitySet entities)
    {
        foreach (var q in quantities)
            if (q is { Kind: QuantityKind.Money, Currency: { } c, Unit: { } u } && u != "Riyal" && u.EndsWith("riyal", StringComparison.OrdinalIgnoreCase)) return c;
        if (entities.FindOrganization(entities.AnnouncerId)?.CountryCode is { } home && RiyalByCountry.TryGetValue(home, out var own)) return own;
        foreach (var l in entities.Locations.OrderBy(l => l.Mentions.Count > 0 ? l.Mentions[0].Start : int.MaxValue))
            if (RiyalByCountry.TryGetValue(l.CountryCode, out var local)) return local;
        return null;
    }

    private static readonly Dictionary<string, string> CrownByCountry = new(StringComparer.Ordinal) { ["DK"] = "DKK", ["NO"] = "NOK", ["SE"] = "SEK", ["CZ"] = "CZK", ["GL"] = "DKK", ["FO"] = "DKK" };
    private static readonly Dictionary<string, string> DinarByCountry = new(StringComparer.Ordinal) { ["KW"] = "KWD", ["BH"] = "BHD" };
    private static readonly Dictionary<string, string> RialByCountry = new(StringComparer.Ordinal) { ["OM"] = "OMR" };

    /// <summary>What a bare currency word shared by several countries ("crowns", "dinars", "rials") means: the currency of
    /// the same word named with its country in the story ("Danish crowns"), else the currency of the announcer's country,
    /// else of the first such country named (null when nothing says: the amount stays without a currency).</summary>
    private static string? LocalUnitCurrency(string word, Dictionary<string, string> byCountry, IReadOnlyList<Quantity> quantities, EntitySet entities)
    {
        foreach (var q in quantities)
            if (q is { Kind: QuantityKind.Money, Currency: { } c, Unit: { } u } && byCountry.ContainsValue(c) && u.Contains(word == "crown" ? "kron" : word, StringComparison.OrdinalIgnoreCase))
                return c;
        if (entities.FindOrganization(entities.AnnouncerId)?.CountryCode is { } home && byCountry.TryGetValue(home, out var own)) return own;
        foreach (var l in entities.Locations.OrderBy(l => l.Mentions.Count > 0 ? l.Mentions[0].Start : int.MaxValue))
            if (byCountry.TryGetValue(l.CountryCode, out var local)) return local;
        return null;
    }

    private static string? YenHint(EntitySet entities)
    {
        var announcer = entities.FindOrganization(entities.AnnouncerId);
        return announcer?.CountryCode switch { "CN" or "HK" => "CNY", "JP" => "JPY", _ => null };
    }

    private static int[] Filled(int n)
    {
        var a = ArrayPool<int>.Shared.Rent(Math.Max(1, n));
        Array.Fill(a, -1, 0, n);
        return a;
    }

    /// <summary>Gives the per-token arrays back to the pool; the index must not be read afterwards.</summary>
    public void Dispose()
    {
        foreach (var a in (int[][])[_orgAt, _personAt, _locationAt, _sentenceOf, _quantityAt])
            if (a.Length > 0) ArrayPool<int>.Shared.Return(a);
        _orgAt = _personAt = _locationAt = _sentenceOf = _quantityAt = [];
    }

    private static void Mark<TM>(int[] at, List<TM> list, TM mention, Func<TM, TokenRange> range)
    {
        var r = range(mention);
        if (r.End <= r.Start) return;
        for (var t = r.Start; t < r.End; t++) if (at[t] >= 0) return; // overlapping mention: keep the first
        var idx = list.Count;
        list.Add(mention);
        for (var t = r.Start; t < r.End; t++) at[t] = idx;
    }

    /// <summary>Tokens overlapping a character span.</summary>
    public TokenRange Range(TextSpan span)
    {
        var start = FirstTokenEndingAfter(span.Start);
        var end = start;
        while (end < T.Count && T[end].Start < span.End) end++;
        return new TokenRange(start, end);
    }

    private int FirstTokenEndingAfter(int offset)
    {
        int lo = 0, hi = T.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (T[mid].End <= offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    public int SentenceOf(int token) => token >= 0 && token < T.Count ? _sentenceOf[token] : -1;
    public OrgMention? OrgAt(int token) => token >= 0 && token < T.Count && _orgAt[token] >= 0 ? Orgs[_orgAt[token]] : null;
    public PersonMention? PersonAt(int token) => token >= 0 && token < T.Count && _personAt[token] >= 0 ? People[_personAt[token]] : null;
    public LocationMention? LocationAt(int token) => token >= 0 && token < T.Count && _locationAt[token] >= 0 ? Locations[_locationAt[token]] : null;
    /// <summary>Quantities whose tokens lie within [from, to).</summary>
    public IEnumerable<QuantityAt> QuantitiesIn(int from, int to)
    {
        for (var t = Math.Max(0, from); t < Math.Min(T.Count, to); t++)
        {
            if (_quantityAt[t] < 0) continue;
            var q = Quantities[_quantityAt[t]];
            if (q.Tokens.Start == t) yield return q;
            t = q.Tokens.End - 1;
        }
    }

    public QuantityAt? QuantityAtToken(int token) => token >= 0 && token < T.Count && _quantityAt[token] >= 0 ? Quantities[_quantityAt[token]] : null;

    public string W(int token) => token >= 0 && token < T.Count ? T[token].Lower : string.Empty;

    private SentenceSyntax?[]? _syntax;

    /// <summary>The shallow parse of a sentence (clauses, subject / predicate / object), built on first use: only
    /// sentences that carry an amount are ever parsed. It is the shared document's parse (<see cref="AnnotatedDocument.Syntax"/>,
    /// same span, same default word classes), so a sentence Entities parsed already is not parsed again; a document
    /// annotated with other word classes is not shared, and capex parses its own with the default ones.</summary>
    public SentenceSyntax Syntax(int sentence)
    {
        if (_sharedSyntax) return Document.Syntax(_documentSentence[sentence]);
        _syntax ??= new SentenceSyntax?[Sentences.Count];
        return _syntax[sentence] ??= ShallowParser.Parse(Text, SentenceSpans[sentence]);
    }

    /// <summary>The clause holding a token (null outside any sentence).</summary>
    public Clause? ClauseAtToken(int token)
    {
        var s = SentenceOf(token);
        if (s < 0) return null;
        // the rules ask token by token ("is this word in the amount's clause?"): each sentence's tokens are mapped to
        // their clauses once, on the first question
        _clausesOfSentence ??= new Clause?[]?[Sentences.Count];
        var map = _clausesOfSentence[s] ??= MapClauses(s);
        return map[token - Sentences[s].Start];
    }

    private Clause?[]?[]? _clausesOfSentence;

    /// <summary>The clause of each token of a sentence: <see cref="SentenceSyntax.ClauseAt"/> of its start, found in one
    /// merge of the two token lists (both in text order).</summary>
    private Clause?[] MapClauses(int sentence)
    {
        var r = Sentences[sentence];
        var syntax = Syntax(sentence);
        var map = new Clause?[r.End - r.Start];
        var k = 0;
        var n = syntax.Tokens.Count;
        for (var t = r.Start; t < r.End; t++)
        {
            var offset = T[t].Start;
            while (k < n && syntax.Tokens[k].End <= offset) k++;
            map[t - r.Start] = k < n ? syntax.ClauseOfToken(k) : null;
        }
        return map;
    }

    /// <summary>The first organisation mention inside a character span, with the token where it starts.</summary>
    public OrgMention? OrgIn(TextSpan span)
    {
        var r = Range(span);
        for (var t = r.Start; t < r.End; t++)
            if (OrgAt(t) is { } m) return m;
        return null;
    }
}
