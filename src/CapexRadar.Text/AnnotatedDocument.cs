using CapexRadar.Domain;
using CapexRadar.Text.Syntax;

namespace CapexRadar.Text;

/// <summary>
/// One announcement's normalised text, annotated once and read by every extractor: sentences
/// (<see cref="SentenceSplitter"/>), tokens (<see cref="Tokenizer"/>) with their sentence, glue to the previous token,
/// lower-case forms and common word-class bits (<see cref="WordClassLexicon"/>), and the shallow syntax of each sentence
/// (<see cref="ShallowParser"/>). Sentences are split at construction; tokens, lower-case forms, classes and syntax on
/// first use (one linear pass each), then kept, so two extractors reading the same sentence parse it once.
/// <para>
/// An instance is for one announcement and one thread at a time (the lazy layers are not synchronised); build it with
/// <see cref="Create"/> and hand the same instance to Entities, Capex and Market (<c>AnnouncementAnalyzer</c> does).
/// </para>
/// </summary>
public sealed class AnnotatedDocument
{
    /// <summary>Lower-case forms are made of at most this many characters: no listed word is longer, and hostile
    /// input (a megabyte without a space) costs one short string, not a copy of itself.</summary>
    public const int MaxLowerLength = 64;

    /// <summary>One string per ASCII character: single-character tokens allocate nothing.</summary>
    private static readonly string[] Ascii = Enumerable.Range(0, 128).Select(c => ((char)c).ToString()).ToArray();

    /// <summary>Marks a token whose classes were looked up (a bit no class uses).</summary>
    private const WordClass Looked = (WordClass)(1UL << 63);

    private readonly TextSpan[] _sentences;
    private Atom[]? _atomArray;
    private Token[]? _tokenArray;
    private int[]? _sentenceOf;
    private (int Start, int End)[]? _sentenceTokens;
    private string?[]? _lower;
    private WordClass[]? _classes;
    private SentenceSyntax?[]? _syntax;

    private AnnotatedDocument(string text, WordClassLexicon lexicon)
    {
        Text = text;
        Lexicon = lexicon;
        _sentences = [.. SentenceSplitter.Sentences(text)];
    }


    /// <summary>Annotates <paramref name="normalizedText"/> (output of <see cref="TextNormalizer.Normalize"/>).</summary>
    public static AnnotatedDocument Create(string normalizedText, WordClassLexicon? lexicon = null)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        return new AnnotatedDocument(normalizedText, lexicon ?? WordClassLexicon.Default);
    }

    /// <summary>The normalised text; every offset of the document and of the extractors refers to it.</summary>
    public string Text { get; }

    /// <summary>The word classes the class layer and the syntax use.</summary>
    public WordClassLexicon Lexicon { get; }

    /// <summary>Sentences as character spans, trimmed (<see cref="SentenceSplitter.Sentences"/>).</summary>
    public ReadOnlySpan<TextSpan> Sentences => _sentences;

    /// <summary>The sentence spans as a list (the same objects as <see cref="Sentences"/>).</summary>
    public IReadOnlyList<TextSpan> SentenceList => _sentences;

    /// <summary>The atoms of the whole text (<see cref="TokenAtoms"/>): the one scan every token layer is made of —
    /// the document's <see cref="Tokens"/> and the extractors' own grains (Entities' words, Capex's quantity tokens)
    /// rejoin these instead of scanning the text again. Made on first use; never change it.</summary>
    public Atom[] AtomArray => _atomArray ??= ScanAtoms(Text);

    /// <summary>The atoms of the whole text (<see cref="AtomArray"/>).</summary>
    public ReadOnlySpan<Atom> Atoms => AtomArray;

    /// <summary>Tokens of the whole text (<see cref="Tokenizer"/> over <see cref="Atoms"/>): words with inner hyphens and apostrophes, numbers,
    /// single punctuation or symbol characters.</summary>
    public ReadOnlySpan<Token> Tokens => TokenArray;

    /// <summary>The token array itself, for readers that index it heavily; never change it.</summary>
    /// <remarks>Made on first use: an extractor with a tokenizer of its own never pays for them.</remarks>
    public Token[] TokenArray => _tokenArray ??= Tokenize(Text, AtomArray);

    public int TokenCount => TokenArray.Length;

    /// <summary>Sentence number of each token; a token before the first sentence or after the last belongs to the
    /// nearest one. Never change it.</summary>
    public int[] SentenceOfToken => _sentenceOf ?? MapSentences().SentenceOf;

    /// <summary>Token ranges [Start, End) of the sentences (one range over every token when the splitter found none).
    /// Never change it.</summary>
    public (int Start, int End)[] SentenceTokens => _sentenceTokens ?? MapSentences().Ranges;

    /// <summary>No whitespace between token <paramref name="i"/> − 1 and token <paramref name="i"/> ("US" + "$",
    /// "start" + "-" …): what lets a reader rejoin pieces the tokenizer split.</summary>
    public bool GluedToPrevious(int i) => i > 0 && i < TokenArray.Length && TokenArray[i - 1].End == TokenArray[i].Start;

    /// <summary>Lower-cased token text (at most <see cref="MaxLowerLength"/> characters) with typographic apostrophes
    /// made plain; "" outside the document. Computed on first use, then kept.</summary>
    public string Lower(int i)
    {
        if ((uint)i >= (uint)TokenArray.Length) return "";
        _lower ??= new string?[TokenArray.Length];
        var s = _lower[i];
        if (s is not null) return s;
        var t = TokenArray[i];
        if (t.Length == 1 && Text[t.Start] < 128) return _lower[i] = Ascii[char.ToLowerInvariant(Text[t.Start])];
        var len = Math.Min(t.Length, MaxLowerLength);
        var word = Text.AsSpan(t.Start, len);
        if (word.Contains('’'))
        {
            Span<char> buffer = stackalloc char[MaxLowerLength];
            var lower = buffer[..word.ToLowerInvariant(buffer)];
            lower.Replace('’', '\'');
            s = Vocabulary.Current.Intern(lower);
        }
        else s = Vocabulary.Current.LowerInvariant(word); // shared per thread: a repeated word costs no new string
        _lower[i] = s;
        return s;
    }

    /// <summary>The common word classes of token <paramref name="i"/> (<see cref="WordClass.None"/> for numbers,
    /// punctuation and unlisted words), looked up on first use.</summary>
    public WordClass Classes(int i)
    {
        if ((uint)i >= (uint)TokenArray.Length) return WordClass.None;
        _classes ??= new WordClass[TokenArray.Length];
        var bits = _classes[i];
        if (bits == WordClass.None)
        {
            var t = TokenArray[i];
            bits = (t.Kind != TokenKind.Word ? WordClass.None
                : ReferenceEquals(Lexicon, WordClassLexicon.Default) ? Vocabulary.Current.DefaultClassesOfAnyCase(Text.AsSpan(t.Start, t.Length))
                : Lexicon.OfAnyCase(Text.AsSpan(t.Start, t.Length))) | Looked;
            _classes[i] = bits;
        }
        return bits & ~Looked;
    }

    /// <summary>Whether token <paramref name="i"/> is a word of any of <paramref name="classes"/>; false outside the document.</summary>
    public bool Has(int i, WordClass classes) => (Classes(i) & classes) != 0;

    /// <summary>The shallow parse of sentence <paramref name="sentence"/> (<see cref="ShallowParser.Parse"/> over its
    /// span with <see cref="Lexicon"/>), computed on first use and kept.</summary>
    public SentenceSyntax Syntax(int sentence)
    {
        _syntax ??= new SentenceSyntax?[_sentences.Length];
        // the atoms are shared when an extractor has scanned them already (Capex's and Entities' tokens are made of them)
        return _syntax[sentence] ??= ShallowParser.Parse(Text, _sentences[sentence], Lexicon, _atomArray);
    }

    /// <summary>The index of the sentence whose span is exactly <paramref name="span"/>, or -1 (binary search).</summary>
    public int SentenceWithSpan(TextSpan span)
    {
        int lo = 0, hi = _sentences.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_sentences[mid].Start < span.Start) lo = mid + 1; else hi = mid;
        }
        return lo < _sentences.Length && _sentences[lo] == span ? lo : -1;
    }

    /// <summary>The first token that ends after <paramref name="offset"/> (binary search); <see cref="TokenCount"/> past the end.</summary>
    public int FirstTokenEndingAfter(int offset)
    {
        int lo = 0, hi = TokenArray.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (TokenArray[mid].End <= offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    [ThreadStatic] private static Atom[]? _atomScratch;

    private static Atom[] ScanAtoms(string text)
    {
        // one pass into a reusable buffer, then one exact array
        var buffer = _atomScratch ??= new Atom[1024];
        var n = TokenAtoms.Scan(text, ref buffer);
        _atomScratch = buffer.Length <= 1 << 16 ? buffer : null; // keep a reusable buffer, not a hostile input's
        return buffer.AsSpan(0, n).ToArray();
    }

    private static Token[] Tokenize(string text, Atom[] atoms)
    {
        // one pass into a pooled buffer, then one exact array (the tokenizer allocates nothing)
        var pool = System.Buffers.ArrayPool<Token>.Shared;
        var buffer = pool.Rent(Math.Clamp(text.Length / 4 + 16, 16, 1 << 20));
        var n = 0;
        try
        {
            foreach (var t in new Tokenizer(text, atoms))
            {
                if (n == buffer.Length)
                {
                    var bigger = pool.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, n).CopyTo(bigger);
                    pool.Return(buffer);
                    buffer = bigger;
                }
                buffer[n++] = t;
            }
            return buffer.AsSpan(0, n).ToArray();
        }
        finally { pool.Return(buffer); }
    }

    private (int[] SentenceOf, (int Start, int End)[] Ranges) MapSentences()
    {
        var tokens = TokenArray;
        var spans = _sentences;
        var sentenceOf = new int[tokens.Length];
        var ranges = new List<(int, int)>(spans.Length);
        var ti = 0;
        foreach (var span in spans)
        {
            while (ti < tokens.Length && tokens[ti].Start < span.Start) { sentenceOf[ti] = Math.Max(0, ranges.Count - 1); ti++; }
            var start = ti;
            while (ti < tokens.Length && tokens[ti].Start < span.End) { sentenceOf[ti] = ranges.Count; ti++; }
            ranges.Add((start, ti));
        }
        while (ti < tokens.Length) { sentenceOf[ti] = Math.Max(0, ranges.Count - 1); ti++; }
        if (ranges.Count == 0) ranges.Add((0, tokens.Length));
        _sentenceOf = sentenceOf;
        _sentenceTokens = ranges.ToArray();
        return (_sentenceOf, _sentenceTokens);
    }
}
