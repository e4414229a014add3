using System.Runtime.CompilerServices;
using System.Buffers;
using CapexRadar.Domain;
using CapexRadar.Text;
using CapexRadar.Text.Syntax;

namespace CapexRadar.Entities.Extraction;

internal enum Cover : byte { None, Org, Place, Person, Blocked }

/// <summary>Lexical classes whose tokens are listed once per run (<c>ExtractionRun.Positions</c>).</summary>
internal enum TokClass
{
    Colon, OpenParen, Possessive,
    /// <summary>A legal-form word, or a one-letter capital that may open a dotted form ("N.V.").</summary>
    Legal,
    OrgHead, Locative, GeoDesignator, IndexWord, Anaphor,
    /// <summary>Two-letter context cues ("by").</summary>
    ContextCue,
    /// <summary>"and", "or", ",".</summary>
    Coordinator,
    /// <summary>Where <c>FindCompaniesFromContext</c> looks: commas, possessives, "(", words with a context cue.</summary>
    ContextStart,
    /// <summary>A word with an initial capital.</summary>
    Capitalised,
    /// <summary>Where a person pattern may start: a capitalised word, a role word, "co".</summary>
    PersonStart,
    Count,
}

/// <summary>Adds mention spans without repeats: a linear check while the list is short (the usual case), a hash set beyond.</summary>
internal static class DistinctSpans
{
    private const int LinearLimit = 16;

    public static bool Add(List<TextSpan> list, ref HashSet<TextSpan>? index, TextSpan span)
    {
        if (index is null)
        {
            if (list.Count < LinearLimit)
            {
                if (list.Contains(span)) return false;
                list.Add(span);
                return true;
            }
            index = [.. list];
        }
        if (!index.Add(span)) return false;
        list.Add(span);
        return true;
    }
}

/// <summary>An organisation being assembled during one extraction.</summary>
internal sealed class OrgBuild
{
    public required string Id;
    public required string Name;
    /// <summary>The stage that created it (<see cref="ExtractionRun.Trail"/>).</summary>
    public string FoundBy = "";
    /// <summary>Knowledge-base record index, -1 for a company found from language alone.</summary>
    public int Kb = -1;
    public string? ParentId;
    public readonly List<TextSpan> Mentions = [];
    /// <summary>Spans of the name mentions (anaphora excluded): the surface forms the story uses.</summary>
    public readonly List<TextSpan> NameSpans = [];
    public int FirstStart = int.MaxValue;
    /// <summary>Number of name mentions (anaphora excluded).</summary>
    public int NameMentions;
    /// <summary>Token count of the longest mention (for short forms).</summary>
    public string? ShortForm;
    /// <summary>Some mention carries a legal form ("Foo Corp."): a full name, not a short form of a longer one.</summary>
    public bool HasLegal;
    /// <summary>Listings the text itself gives for a company outside the knowledge base ("(NSE: TATACOMM)").</summary>
    public List<Listing>? TextListings;
    public bool Merged;
    public int MergedInto = -1;
    private HashSet<TextSpan>? _mentionIndex;
    public bool AddMention(TextSpan span) => DistinctSpans.Add(Mentions, ref _mentionIndex, span);
}

internal sealed class PersonBuild
{
    public required string Name;
    /// <summary>The stage that created it (<see cref="ExtractionRun.Trail"/>).</summary>
    public string FoundBy = "";
    public string? Role;
    public int RoleStrength;
    public string? OrgId;
    /// <summary>Token index of an explicit organisation mention, or -1.</summary>
    public int OrgTok = -1;
    /// <summary>Descriptor anaphor ("the startup's founder") resolving to the nearest organisation before this token.</summary>
    public int AnaphorTok = -1;
    /// <summary>First token of the organisation in "chief executive of Huawei Cloud" (the title's "of" object), or -1:
    /// when that is a unit of the company the person is filed under, the role names the unit.</summary>
    public int TitleOfTok = -1;
    public bool Political;
    public readonly List<TextSpan> Mentions = [];
    public int FirstStart = int.MaxValue;
    public string[] Parts = [];
    private HashSet<TextSpan>? _mentionIndex;
    public bool AddMention(TextSpan span) => DistinctSpans.Add(Mentions, ref _mentionIndex, span);
}

internal sealed class PlaceBuild
{
    public required string Name;
    public required string Country;
    /// <summary>The stage that created it (<see cref="ExtractionRun.Trail"/>).</summary>
    public string FoundBy = "";
    public LocationKind Kind;
    public readonly List<TextSpan> Mentions = [];
    public int FirstStart = int.MaxValue;
    private HashSet<TextSpan>? _mentionIndex;
    public bool AddMention(TextSpan span) => DistinctSpans.Add(Mentions, ref _mentionIndex, span);
}

/// <summary>One extraction: tokens, phrase hits and the recognisers, in a fixed order (see <see cref="Run"/>).</summary>
internal sealed partial class ExtractionRun
{
    private readonly string _t;
    private readonly KbSnapshot _s;
    private readonly PhraseIndex _x;
    private Tok[] _tk;
    private int _n;
    private Cover[] _cover = [];
    private int[] _owner = [];
    private readonly List<OrgBuild> _orgs = [];
    private readonly Dictionary<string, int> _orgById = new(StringComparer.Ordinal);
    private readonly List<PersonBuild> _people = [];
    private readonly List<PlaceBuild> _places = [];
    private readonly Dictionary<(string, string), PlaceBuild> _placeByName = [];
    private readonly Dictionary<int, PlaceBuild> _placeByStart = [];
    private readonly Dictionary<string, int> _personByName = new(StringComparer.Ordinal);
    private readonly HashSet<string> _personSurnames = new(StringComparer.Ordinal);
    private readonly List<(int Start, int End, PhrasePayload Payload)> _hits = [];
    /// <summary>Per token: 1 + index in <see cref="_hits"/> of the phrase starting there, 0 if none.</summary>
    private int[] _hitAt = [];
    /// <summary>Per token: its common word classes (<see cref="WordClassLexicon.Default"/>, any case) with
    /// <see cref="ClassesLooked"/> once looked up, none before; several stages ask for the same token's classes.</summary>
    private WordClass[] _defaultClasses = [];
    private const WordClass ClassesLooked = (WordClass)(1UL << 63);

    /// <summary>Cached with the classes: the token is a figure (<see cref="IsFigure"/>); no word class uses this bit.</summary>
    private const WordClass FigureBit = (WordClass)(1UL << 62);

    /// <summary>Cached with the classes: the token is a money cue under the default classes (<see cref="IsMoneyCue"/>).</summary>
    private const WordClass MoneyCueBit = (WordClass)(1UL << 61);

    private const WordClass CachedBits = ClassesLooked | FigureBit | MoneyCueBit;

    /// <summary>Set by <see cref="LookUpWords"/> with a token's default classes when the vocabulary probe that gave its
    /// id gave them too (<see cref="Cached"/> then only adds the figure and money-cue bits).</summary>
    private const WordClass ClassesKnown = (WordClass)(1UL << 60);

    /// <summary>This thread's vocabulary (<see cref="Vocabulary.Current"/>), read once per extraction.</summary>
    private readonly Vocabulary _vocab = Vocabulary.Current;

    /// <summary><see cref="WordClassLexicon.Default"/>, read once: the per-token class tests compare with it.</summary>
    private static readonly WordClassLexicon DefaultLexicon = WordClassLexicon.Default;
    private int _announcer = -1;
    /// <summary>Token positions grouped by <see cref="TokClass"/> (ascending within a class); see <see cref="Positions"/>.</summary>
    private int[] _byClass = [];
    private readonly int[] _classStart = new int[(int)TokClass.Count + 1];

    /// <summary>The shared annotated document (sentences, and the clause layer the spender stage reads).</summary>
    private readonly AnnotatedDocument _doc;

    public ExtractionRun(KbSnapshot snapshot, AnnotatedDocument document)
    {
        _s = snapshot;
        _x = snapshot.Index;
        _doc = document;
        var text = document.Text;
        _t = text;
        _tk = ArrayPool<Tok>.Shared.Rent(Math.Max(16, Math.Min(text.Length / 4 + 16, 1 << 20)));
    }

    /// <summary>
    /// The stages of one extraction, in order (name, stage, <see cref="Prof"/> slot). Each stage reads the tokens and
    /// what earlier stages claimed (<c>_cover</c>) and adds or merges mentions; <see cref="Build"/> then assembles the
    /// entity set. The name of the stage that first found each entity is kept for <see cref="Trail"/>.
    /// </summary>
    private static readonly (string Name, Action<ExtractionRun> Run, int ProfStep)[] Stages =
    [
        ("sentences", static r => r.MarkSentences(), 0),
        ("word-classes", static r => r.LookUpWords(), 1),
        ("index-names", static r => r.BlockIndexes(), 2),
        ("phrases", static r => r.MatchPhrases(), 3),              // knowledge-base names and aliases, places
        ("known-companies", static r => r.AddKnownCompanies(), 4),
        ("tickers", static r => r.FindTickers(), 5),               // "(NYSE: JPM)"
        ("legal-suffix", static r => r.FindSuffixedCompanies(), 6), // "Tarnwell Fluidics Corp."
        ("people", static r => r.FindPeople(), 7),
        ("context", static r => r.FindCompaniesFromContext(), 8),  // "shares of X", "X-based", apposition, deals
        ("coordination", static r => r.FindCoordinatedCompanies(), 14),
        ("names-by-frame", static r => r.FindNamesByFrame(), 17),  // "X, a chip-packaging start-up, …", "OSLO - X plans to invest"
        ("investing-subject", static r => r.FindInvestingSubjects(), 15), // clause layer: the subject of "plans to invest"
        ("merge-unknown", static r => r.MergeUnknownCompanies(), 9),
        ("short-mentions", static r => r.FindShortMentions(), 10),
        ("text-tickers", static r => r.AttachTextTickers(), 16),
        ("announcer", static r => r.ChooseAnnouncer(), 11),
        ("anaphora", static r => r.ResolveAnaphora(), 12),         // "the company", "the chipmaker"
        ("places", static r => r.FindPlaces(), 13),
    ];

    /// <summary>The stage running now (recorded on each entity it creates).</summary>
    private string _stage = "";

    public EntitySet Run()
    {
        try
        {
            if (_t.Length == 0) return EntitySet.Empty;
            Prof.Start();
            _n = EntityTokens.Tokenize(_doc, ref _tk); // the document's atoms, scanned once for every extractor
            Prof.Mark(21);
            if (_n == 0) return EntitySet.Empty;
            _cover = ArrayPool<Cover>.Shared.Rent(_n);
            _owner = ArrayPool<int>.Shared.Rent(_n);
            _hitAt = ArrayPool<int>.Shared.Rent(_n);
            _defaultClasses = ArrayPool<WordClass>.Shared.Rent(_n);
            Array.Clear(_defaultClasses, 0, _n);
            Array.Clear(_cover, 0, _n);
            Array.Clear(_owner, 0, _n);
            Array.Clear(_hitAt, 0, _n);
            Prof.Mark(20);
            foreach (var (name, run, profStep) in Stages)
            {
                _stage = name;
                run(this);
                Prof.Mark(profStep);
            }
            _stage = "build";
            var built = Build(); Prof.Mark(99); return built;
        }
        finally
        {
            ArrayPool<Tok>.Shared.Return(_tk);
            if (_byClass.Length > 0) ArrayPool<int>.Shared.Return(_byClass);
            if (_cover.Length > 0) ArrayPool<Cover>.Shared.Return(_cover);
            if (_owner.Length > 0) ArrayPool<int>.Shared.Return(_owner);
            if (_hitAt.Length > 0) ArrayPool<int>.Shared.Return(_hitAt);
            if (_defaultClasses.Length > 0) ArrayPool<WordClass>.Shared.Return(_defaultClasses);
        }
    }

    // ---------------------------------------------------------------- tokens

    private void MarkSentences()
    {
        var sentences = _doc.Sentences;
        var s = 0;
        for (var i = 0; i < _n; i++)
        {
            ref var t = ref _tk[i];
            while (s < sentences.Length - 1 && t.Start >= sentences[s].End) s++;
            t.Sentence = s;
            if (i == 0 || _tk[i - 1].Sentence != s || t.NewlineBefore) t.SentenceStart = true;
            else if (_tk[i - 1].SentenceStart && _tk[i - 1].Kind == TokKind.Punct && IsOpenQuote(_t[_tk[i - 1].Start]))
                t.SentenceStart = true;
        }
    }

    private static bool IsOpenQuote(char c) => c is '"' or '“' or '‘' or '\'' or '(' or '[' or '«';

    /// <summary>Vocabulary id, lexical classes and <see cref="TokClass"/> bits of every token; counts per class.</summary>
    private void LookUpWords()
    {
        Span<int> counts = stackalloc int[(int)TokClass.Count];
        counts.Clear();
        for (var i = 0; i < _n; i++)
        {
            ref var t = ref _tk[i];
            int classes;
            switch (t.Kind)
            {
                case TokKind.Possessive:
                    classes = 1 << (int)TokClass.Possessive | 1 << (int)TokClass.ContextStart;
                    break;
                case TokKind.Punct:
                    t.Id = LookUp(i, ref t);
                    classes = _t[t.Start] switch
                    {
                        ':' => 1 << (int)TokClass.Colon,
                        '(' => 1 << (int)TokClass.OpenParen | 1 << (int)TokClass.ContextStart,
                        ',' => 1 << (int)TokClass.Coordinator | 1 << (int)TokClass.ContextStart,
                        _ => 0,
                    };
                    break;
                case TokKind.Word:
                    t.Id = LookUp(i, ref t);
                    classes = t.Id >= 0 ? _x.WordClasses(t.Id) : t.Length <= 3 ? PhraseIndex.ClassesOfSpelling(_t.AsSpan(t.Start, t.Length)) : 0;
                    // hyphenated compounds ("start-up", "co-founder", "state-backed"): their classes go to the last part
                    if (i >= 2 && !t.SpaceBefore && _tk[i - 1].Kind == TokKind.Punct && _t[_tk[i - 1].Start] == '-'
                        && !_tk[i - 1].SpaceBefore && _tk[i - 2].IsWord)
                    {
                        var id = _x.IdOf(_t.AsSpan(_tk[i - 2].Start, t.End - _tk[i - 2].Start));
                        if (id >= 0)
                        {
                            t.Lex |= _x.LexOf(id);
                            classes |= PhraseIndex.ClassesOfLex(t.Lex, t.Length);
                        }
                    }
                    if ((t.Shape & Shape.Upper) != 0)
                    {
                        classes |= 1 << (int)TokClass.Capitalised | 1 << (int)TokClass.PersonStart;
                        if (t.Length == 1) classes |= 1 << (int)TokClass.Legal; // may open a dotted form ("N.V.")
                    }
                    break;
                default:
                    t.Id = LookUp(i, ref t);
                    classes = 0;
                    break;
            }
            t.Classes = (ushort)classes;
            for (var bits = (uint)classes; bits != 0; bits &= bits - 1) counts[System.Numerics.BitOperations.TrailingZeroCount(bits)]++;
        }
        IndexClasses(counts);
    }

    /// <summary>
    /// Vocabulary id and lexical classes of token <paramref name="i"/> (<see cref="PhraseIndex.IdOf(ReadOnlySpan{char}, bool, out Lex)"/>).
    /// An ASCII word is looked up through this thread's <see cref="Vocabulary"/>: one probe gives its common word classes
    /// (kept for <see cref="Cached"/>) and the phrase index's id, which the vocabulary keeps with the form under the
    /// index's key, so a word seen before costs no second lookup (the index is asked once per form).
    /// </summary>
    private int LookUp(int i, ref Tok t)
    {
        var word = _t.AsSpan(t.Start, t.Length);
        var key = _x.VocabularyKey;
        if (key != 0 && !t.Curly && word.Length > 1)
        {
            var slot = _vocab.AsciiSlot(word);
            if (slot >= 0)
            {
                if (!_vocab.TryGetTag(slot, key, out var id))
                {
                    id = _x.IdOf(word, curlyApostrophe: false, out _); // adds nothing to the vocabulary: the slot stays valid
                    _vocab.SetTag(slot, key, id);
                }
                t.Lex = _x.LexOf(id);
                _defaultClasses[i] = _vocab.DefaultClassesAt(slot) | ClassesKnown;
                return id;
            }
        }
        return _x.IdOf(word, t.Curly, out t.Lex);
    }

    /// <summary>
    /// Lists the tokens of each <see cref="TokClass"/> once, so the recognisers that start only at such tokens
    /// ("Inc", ":", "the" + anaphor…) visit those instead of every token.
    /// </summary>
    private void IndexClasses(Span<int> counts)
    {
        var total = 0;
        for (var k = 0; k < counts.Length; k++)
        {
            _classStart[k] = total;
            total += counts[k];
        }
        _classStart[counts.Length] = total;
        _byClass = ArrayPool<int>.Shared.Rent(Math.Max(1, total));
        counts.Clear();
        for (var i = 0; i < _n; i++)
        {
            for (var bits = (uint)_tk[i].Classes; bits != 0; bits &= bits - 1)
            {
                var k = System.Numerics.BitOperations.TrailingZeroCount(bits);
                _byClass[_classStart[k] + counts[k]++] = i;
            }
        }
    }

    private const Lex ContextCues = PhraseIndex.ContextCues;

    /// <summary>Positions of the tokens of class <paramref name="c"/>, ascending.</summary>
    private ReadOnlySpan<int> Positions(TokClass c) => _byClass.AsSpan(_classStart[(int)c], _classStart[(int)c + 1] - _classStart[(int)c]);

    // ---------------------------------------------------------------- helpers

    private (int Start, int End, PhrasePayload Payload)? HitAt(int k) =>
        k >= 0 && k < _n && _hitAt[k] > 0 ? _hits[_hitAt[k] - 1] : null;

    private ReadOnlySpan<char> Span(int i) => _t.AsSpan(_tk[i].Start, _tk[i].Length);

    /// <summary>The common word classes of token <paramref name="k"/> in any case (<see cref="WordClassLexicon.OfAnyCase"/>
    /// of <see cref="WordClassLexicon.Default"/>), looked up once per token and kept.</summary>
    private WordClass DefaultClasses(int k) => Cached(k) & ~CachedBits;

    /// <summary>Token <paramref name="k"/>'s default classes with the cache's own bits (<see cref="ClassesLooked"/>,
    /// <see cref="FigureBit"/>, <see cref="MoneyCueBit"/>), looked up on first use: the spender stages ask every token of a
    /// sentence whether it is a figure or a money cue, stage after stage.</summary>
    private WordClass Cached(int k)
    {
        var bits = _defaultClasses[k];
        if ((bits & ClassesLooked) != 0) return bits;
        var classes = (bits & ClassesKnown) != 0 ? bits & ~ClassesKnown : DefaultLexicon.OfAnyCase(Span(k));
        bits = classes | ClassesLooked;
        if (FigureAt(k)) bits |= FigureBit;
        if (MoneyCueAt(k, classes)) bits |= MoneyCueBit;
        return _defaultClasses[k] = bits;
    }

    /// <summary><paramref name="lex"/>'s classes of token <paramref name="k"/> in any case (kept per token for the default lexicon).</summary>
    private WordClass ClassesOf(WordClassLexicon lex, int k) => ReferenceEquals(lex, DefaultLexicon) ? DefaultClasses(k) : lex.OfAnyCase(Span(k));

    private string Str(int i) => _t.Substring(_tk[i].Start, _tk[i].Length);

    private string Text(int from, int toInclusive) => _t[_tk[from].Start.._tk[toInclusive].End];

    // Not inlined: hundreds of call sites with a constant word would each unroll a case-insensitive compare, which
    // made the rule methods several times costlier to JIT-compile (start-up of every process) for no gain per call.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool Is(int i, string word) => i >= 0 && i < _n && _tk[i].Length == word.Length && Span(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    private bool IsExact(int i, string word) => i >= 0 && i < _n && Span(i).SequenceEqual(word);

    private bool IsChar(int i, char c) => i >= 0 && i < _n && _tk[i].Kind == TokKind.Punct && _t[_tk[i].Start] == c;

    private bool Has(int i, Lex lex) => i >= 0 && i < _n && (_tk[i].Lex & lex) != 0;

    private bool IsUpperWord(int i) => i >= 0 && i < _n && _tk[i].IsWord && (_tk[i].Shape & Shape.Upper) != 0;

    /// <summary>A word that can be part of a name: capitalised, or mixed case like "xAI", "eBay".</summary>
    private bool IsNameWord(int i) => i >= 0 && i < _n && _tk[i].IsWord && (_tk[i].Shape & (Shape.Upper | Shape.HasUpper)) != 0;

    private bool IsLower(int i) => i >= 0 && i < _n && _tk[i].IsWord && (_tk[i].Shape & Shape.Lower) != 0 && (_tk[i].Shape & Shape.HasUpper) == 0;

    private bool Free(int i) => i >= 0 && i < _n && _cover[i] == Cover.None;

    private bool SameSentence(int a, int b) => a >= 0 && b >= 0 && a < _n && b < _n && _tk[a].Sentence == _tk[b].Sentence;

    private bool IsMonthOrDay(int i) => IsUpperWord(i) && Has(i, Lex.Month | Lex.Weekday);

    private static readonly HashSet<string> DottedLegal = new(StringComparer.OrdinalIgnoreCase) { "NV", "SA", "SPA", "BV", "AG", "LLC", "SAS", "PLC", "AB", "AS", "KK", "SE", "SL" };

    /// <summary>Last token of a dotted legal form starting at <paramref name="i"/> ("N.V.", "S.A.", "S.p.A."), or -1.</summary>
    private int DottedLegalEnd(int i)
    {
        if (i < 0 || i >= _n || !_tk[i].IsWord || _tk[i].Length != 1 || (_tk[i].Shape & Shape.Upper) == 0 || !IsChar(i + 1, '.')) return -1;
        Span<char> letters = stackalloc char[4];
        var count = 0;
        var k = i;
        while (k + 1 < _n && count < 4 && _tk[k].IsWord && _tk[k].Length == 1 && IsChar(k + 1, '.') && (k == i || !_tk[k].SpaceBefore) && !_tk[k + 1].SpaceBefore)
        {
            letters[count++] = _t[_tk[k].Start];
            k += 2;
        }
        if (count < 2) return -1;
        return DottedLegal.GetAlternateLookup<ReadOnlySpan<char>>().Contains(letters[..count]) ? k - 1 : -1;
    }

    /// <summary>A legal-form suffix with the capitalisation it needs ("Co" but not "co"; "plc" allowed).</summary>
    private bool IsLegal(int i)
    {
        if (i < 0 || i >= _n || !_tk[i].IsWord) return false;
        if (_tk[i].Length == 1 && DottedLegalEnd(i) >= 0) return true;
        if (!Has(i, Lex.Legal)) return false;
        var w = Span(i);
        if (w.Length <= 2)
        {
            foreach (var s in Lexicon.LegalSuffixes) if (w.SequenceEqual(s)) return true;
            return false;
        }
        return (_tk[i].Shape & Shape.Upper) != 0 || w is "plc";
    }

    /// <summary>Sentence-initial word that is a common word, not a name ("The", "Shares", "Meanwhile").</summary>
    private bool IsCommonStart(int i) => _tk[i].SentenceStart
        && (Has(i, Lex.Stop | Lex.Speech) || Has(i, Lex.Descriptor) && !NameSafeDescriptors.Contains(Str(i)) || IsRoleHead(i));

    /// <summary>Descriptor nouns that also begin company names ("Arm Holdings", "Trust Bank", "Platform Nine").</summary>
    private static readonly HashSet<string> NameSafeDescriptors = new(StringComparer.OrdinalIgnoreCase)
    {
        "arm", "fund", "bank", "trust", "house", "platform", "group", "unit", "partners", "venture", "lab", "owner", "parent",
    };

    /// <summary>A word that heads or opens a job title ("Chief", "President", "CEO"), not a qualifier like "Technology".</summary>
    private bool IsRoleHead(int i)
    {
        if (!Has(i, Lex.Role) || !_tk[i].IsWord) return false;
        var w = Str(i);
        return w.Equals("chief", StringComparison.OrdinalIgnoreCase) || w.Equals("vice", StringComparison.OrdinalIgnoreCase)
            || (RoleHeadWords.Contains(w) && !w.Equals("partner", StringComparison.OrdinalIgnoreCase) && !w.Equals("leader", StringComparison.OrdinalIgnoreCase));
    }

    private int EndOfSuffixes(int j)
    {
        // after a name: [","] Legal ["."] ([","] Legal ["."])*  e.g. "Co., Ltd."
        var end = j;
        var k = j + 1;
        var guard = 0;
        while (k < _n && !_tk[k].NewlineBefore && guard++ < 6)
        {
            var m = k;
            if (IsChar(m, '.') && !_tk[m].SpaceBefore && IsLegal(end))
            {
                end = m;
                m++;
            }
            // ", Ltd.", ", S.A."; not ", SA Power Networks" (a two-letter word that opens the next name)
            if (IsChar(m, ',') && IsLegal(m + 1)
                && !(_tk[m + 1].Length <= 2 && DottedLegalEnd(m + 1) < 0 && IsNameWord(m + 2) && !IsLegal(m + 2))) m++;
            if (!IsLegal(m) || IsChar(m + 1, '-')) break;
            var dotted = DottedLegalEnd(m);
            end = dotted >= 0 ? dotted : m;
            k = end + 1;
        }
        if (end > j && IsLegal(end) && IsChar(end + 1, '.') && !_tk[end + 1].SpaceBefore) end++;
        // "S.A. de C.V.", "S. de R.L. de C.V.": Spanish-law forms continue with "de" and initials
        for (var guardDe = 0; (IsChar(end, '.') || IsLegal(end)) && guardDe < 2 && Is(end + 1, "de") && DottedLettersEnd(end + 2) is var lettersEnd && lettersEnd > 0; guardDe++)
            end = lettersEnd;
        return end;
    }

    /// <summary>End (the last ".") of two or more single capitals each followed by a dot ("C.V."), or -1.</summary>
    private int DottedLettersEnd(int k)
    {
        var count = 0;
        while (k + 1 < _n && count < 4 && _tk[k].IsWord && _tk[k].Length == 1 && IsUpperWord(k) && IsChar(k + 1, '.') && !_tk[k + 1].SpaceBefore
               && (count == 0 || !_tk[k].SpaceBefore))
        {
            count++;
            k += 2;
        }
        return count >= 2 ? k - 1 : -1;
    }

    private OrgBuild AddOrgMention(string id, string name, int kb, int from, int toInclusive, bool nameMention = true)
    {
        if (!_orgById.TryGetValue(id, out var idx))
        {
            idx = _orgs.Count;
            _orgs.Add(new OrgBuild { Id = id, Name = name, Kb = kb, FoundBy = _stage });
            _orgById[id] = idx;
        }
        var org = _orgs[idx];
        var span = new TextSpan(_tk[from].Start, _tk[toInclusive].End);
        org.AddMention(span);
        if (span.Start < org.FirstStart) org.FirstStart = span.Start;
        if (nameMention) { org.NameMentions++; org.NameSpans.Add(span); }
        for (var k = from; k <= toInclusive; k++)
        {
            _cover[k] = Cover.Org;
            _owner[k] = idx;
        }
        return org;
    }

    private OrgBuild AddKbMention(int kb, int from, int toInclusive)
    {
        var r = _s.Records[kb];
        var org = AddOrgMention(r.Id, r.Name, kb, from, toInclusive);
        org.ParentId = r.Parent;
        return org;
    }

    private OrgBuild AddUnknownMention(int from, int toInclusive, string? parentId = null)
    {
        var name = CleanName(Text(from, toInclusive));
        var norm = KbSnapshot.NormalizeName(name);
        if (_s.ByName.TryGetValue(norm, out var kb)) return AddKbMention(kb, from, toInclusive);
        var key = KeyName(name);
        var id = "x-" + Slug(key.Length > 0 ? key : name);
        var org = AddOrgMention(id, name, -1, from, toInclusive);
        if (name.Length > org.Name.Length) org.Name = name;
        org.ParentId ??= parentId;
        return org;
    }

    private static readonly HashSet<string> PureLegalWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "plc", "llc", "sa", "ag", "nv", "se",
        "kk", "spa", "ab", "asa", "bhd", "berhad", "tbk", "pte", "oyj", "oy", "abp", "lp", "llp", "gmbh", "the", "pty", "sdn", "pvt", "pt", "bv", "sarl", "sas", "kgaa", "pjsc", "jsc", "ltda",
    };

    /// <summary>Identity of an unknown company: its words without legal forms ("SoftBank Group Corp." ≠ "SoftBank Corp.").</summary>
    internal static string KeyName(string name)
    {
        var words = new List<string>();
        var sb = new System.Text.StringBuilder();
        foreach (var c in name.Normalize(System.Text.NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            else if (c == '.' && sb.Length == 1) continue; // "B.V." → "bv"
            else if (c == '\'' || c == '’' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark) continue;
            else { if (sb.Length > 0) words.Add(sb.ToString()); sb.Clear(); }
        }
        if (sb.Length > 0) words.Add(sb.ToString());
        return string.Join(' ', words.Where(w => !PureLegalWords.Contains(w)));
    }

    private static string CleanName(string s)
    {
        s = s.Trim();
        if (s.StartsWith("The ", StringComparison.Ordinal)) s = s[4..];
        s = s.TrimEnd(',', ';', ':');
        return s;
    }

    internal static string Slug(string s)
    {
        Span<char> buf = stackalloc char[Math.Min(s.Length, 120)];
        var n = 0;
        var dash = false;
        foreach (var c in s)
        {
            if (n >= buf.Length) break;
            if (char.IsLetterOrDigit(c))
            {
                if (dash && n > 0) buf[n++] = '-';
                if (n < buf.Length) buf[n++] = char.ToLowerInvariant(c);
                dash = false;
            }
            else dash = true;
        }
        return n == 0 ? "unnamed" : new string(buf[..n]);
    }
}

/// <summary>Per-step timing and allocation of <see cref="ExtractionRun.Run"/>; compiled in only with ENTITY_PROFILE defined.</summary>
internal static class Prof
{
    public static readonly long[] Ticks = new long[100];
    public static readonly long[] Bytes = new long[100];
    [ThreadStatic] private static long _last;
    [ThreadStatic] private static long _lastBytes;

    [System.Diagnostics.Conditional("ENTITY_PROFILE")]
    public static void Start()
    {
        _lastBytes = GC.GetAllocatedBytesForCurrentThread();
        _last = System.Diagnostics.Stopwatch.GetTimestamp();
    }

    [System.Diagnostics.Conditional("ENTITY_PROFILE")]
    public static void Mark(int step)
    {
        var now = System.Diagnostics.Stopwatch.GetTimestamp();
        Interlocked.Add(ref Ticks[step], now - _last);
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        Interlocked.Add(ref Bytes[step], bytes - _lastBytes);
        _lastBytes = GC.GetAllocatedBytesForCurrentThread();
        _last = System.Diagnostics.Stopwatch.GetTimestamp();
    }
}
