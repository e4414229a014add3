using System.Runtime.InteropServices;

namespace CapexRadar.Entities.Extraction;

internal enum PhraseKind : byte { Company, Place, Index, Product, Region }

/// <summary>What a phrase of the index stands for, and the capitalisation it must have in the text.</summary>
internal sealed class PhrasePayload
{
    public PhraseKind Kind;
    /// <summary>Company or place index in the snapshot; unused for Index/Product.</summary>
    public int Target;
    /// <summary>Higher wins when several payloads share a phrase: company name 13, alias 12, without legal suffix 11/10, without generic words 4/3; places 3/2.</summary>
    public int Priority;
    /// <summary>The phrase's own tokens as written in the data, for the capitalisation check.</summary>
    public string[] Tokens = [];
    /// <summary>Per token, the capitalisation the text must have (derived from <see cref="Tokens"/>).</summary>
    public CaseRule[] Rules = [];
    public bool CaseSensitive;
    /// <summary>The alias ends with a legal suffix ("SoftBank Corp"): no further suffix extension.</summary>
    public bool EndsWithLegal;
}

/// <summary>
/// Vocabulary (case-insensitive word → id, with lexical classes) and a token trie of every company alias,
/// place name, index name and product name. Matching walks at most as many tokens as the longest phrase from each
/// position, so a text is scanned in linear time; lookups use spans, never substrings.
/// </summary>
internal sealed class PhraseIndex
{
    private readonly Dictionary<string, int> _vocab = new(CaseInsensitiveComparer.Instance);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<Lex> _lex = [];
    private readonly Dictionary<long, int> _edges = [];
    private readonly List<List<PhrasePayload>?> _terminals = [null];
    /// <summary>First words of phrases some of which may match a token without a capital ("eBay", "the", a product).</summary>
    private readonly HashSet<int> _firstWordAnyCase = [];
    private int _maxDepth;

    public PhraseIndex()
    {
        _lookup = _vocab.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int MaxDepth => _maxDepth;

    private int[]? _asciiIds;
    private FastVocabulary? _fast;
    private FrozenTrie? _trie;

    /// <summary>Builds the read-only lookup structures; call once after the last <see cref="Add"/>.</summary>
    public void Freeze()
    {
        VocabularyKey = Interlocked.Increment(ref _lastKey);
        _asciiIds = BuildAsciiIds();
        _fast = new FastVocabulary(_vocab, _lex);
        _trie = new FrozenTrie(_edges, _terminals.Count, _lex.Count);
        _rootAnyCase = new bool[_lex.Count];
        foreach (var id in _firstWordAnyCase) _rootAnyCase[id] = true;
        _wordClasses = new ushort[_lex.Count];
        foreach (var (word, id) in _vocab) _wordClasses[id] = (ushort)(ClassesOfLex(_lex[id], word.Length) | ClassesOfSpelling(word));
    }

    private static int _lastKey;

    /// <summary>This frozen index's key for the ids it leaves with the word forms of the per-thread
    /// <see cref="CapexRadar.Text.Vocabulary"/> (<c>TryGetTag</c>); 0 when not frozen. Every <see cref="Freeze"/> takes a
    /// new key, so ids of an earlier version of the index are never read.</summary>
    public int VocabularyKey { get; private set; }

    private bool[] _rootAnyCase = [];
    private ushort[] _wordClasses = [];

    /// <summary>Word classes after which a company may be found from context ("chipmaker", "shares", "led by").</summary>
    public const Lex ContextCues = Lex.Descriptor | Lex.DealBefore | Lex.DealIn | Lex.DealOf | Lex.DealWith | Lex.Analyst | Lex.ShareWord
                                   | Lex.Owned | Lex.MoveVerb | Lex.AgentBy | Lex.ContextCue;

    /// <summary>The <see cref="TokClass"/> bits a word token of this vocabulary id is in, by its word and classes.</summary>
    public int WordClasses(int id) => _trie is not null && (uint)id < (uint)_wordClasses.Length ? _wordClasses[id] : ClassesOfWord(id);

    private int ClassesOfWord(int id)
    {
        foreach (var (word, wid) in _vocab)
            if (wid == id) return ClassesOfLex(_lex[id], word.Length) | ClassesOfSpelling(word);
        return 0;
    }

    /// <summary>Classes that follow from a word's lexical classes.</summary>
    public static int ClassesOfLex(Lex lex, int length)
    {
        var c = 0;
        if ((lex & Lex.Legal) != 0) c |= 1 << (int)TokClass.Legal;
        if ((lex & Lex.OrgHead) != 0) c |= 1 << (int)TokClass.OrgHead;
        if ((lex & Lex.Locative) != 0) c |= 1 << (int)TokClass.Locative;
        if ((lex & Lex.GeoDesignator) != 0) c |= 1 << (int)TokClass.GeoDesignator;
        if ((lex & Lex.IndexWord) != 0) c |= 1 << (int)TokClass.IndexWord;
        if ((lex & Lex.Anaphor) != 0) c |= 1 << (int)TokClass.Anaphor;
        if ((lex & Lex.ContextCue) != 0 && length == 2) c |= 1 << (int)TokClass.ContextCue;
        if ((lex & ContextCues) != 0) c |= 1 << (int)TokClass.ContextStart;
        if ((lex & Lex.Role) != 0) c |= 1 << (int)TokClass.PersonStart;
        return c;
    }

    /// <summary>Classes of particular words: the coordinators "and"/"or", and "co" (of "co-founder").</summary>
    public static int ClassesOfSpelling(ReadOnlySpan<char> word) =>
        word.Equals("and", StringComparison.OrdinalIgnoreCase) || word.Equals("or", StringComparison.OrdinalIgnoreCase) ? 1 << (int)TokClass.Coordinator
        : word.Equals("co", StringComparison.OrdinalIgnoreCase) ? 1 << (int)TokClass.PersonStart
        : 0;

    /// <summary><see cref="StartsPhrase(int)"/> for a text token of this shape: a token with neither an initial capital
    /// nor all capitals starts no phrase whose first word needs one ("on" is not "ON Semiconductor").</summary>
    public bool StartsPhrase(int id, Shape shape) =>
        StartsPhrase(id) && ((shape & (Shape.Upper | Shape.AllCaps)) != 0 || _trie is null || (uint)id >= (uint)_rootAnyCase.Length || _rootAnyCase[id]);

    /// <summary>True when some phrase starts with this word (saves a trie probe for most tokens).</summary>
    public bool StartsPhrase(int id) => id >= 0 && (_trie is null || _trie.Step(0, id) > 0);

    /// <summary>Vocabulary id of <paramref name="word"/> (case-insensitive; ’ reads as '), or -1.</summary>
    public int IdOf(ReadOnlySpan<char> word) => IdOf(word, word.Contains('’'));

    /// <summary>Vocabulary id of a text token and its lexical classes in one lookup.</summary>
    public int IdOf(ReadOnlySpan<char> word, bool curlyApostrophe, out Lex lex)
    {
        if (!curlyApostrophe && _fast is not null && word.Length > 1) return _fast.Find(word, out lex);
        var id = IdOf(word, curlyApostrophe);
        lex = LexOf(id);
        return id;
    }

    /// <summary><see cref="IdOf(ReadOnlySpan{char})"/> when the caller already knows whether the word has a ’.</summary>
    public int IdOf(ReadOnlySpan<char> word, bool curlyApostrophe)
    {
        if (word.Length == 1 && word[0] < 128)
        {
            var ids = _asciiIds ??= BuildAsciiIds();
            return ids[word[0]];
        }
        if (!curlyApostrophe) return _fast is not null ? _fast.Find(word) : _lookup.TryGetValue(word, out var id) ? id : -1;
        return IdOfCurly(word);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private int IdOfCurly(ReadOnlySpan<char> word)
    {
        Span<char> tmp = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        word.CopyTo(tmp);
        tmp.Replace('’', '\'');
        return _lookup.TryGetValue(tmp, out var id) ? id : -1;
    }

    private int[] BuildAsciiIds()
    {
        var ids = new int[128];
        Span<char> one = stackalloc char[1];
        for (var c = 0; c < 128; c++)
        {
            one[0] = (char)c;
            ids[c] = _lookup.TryGetValue(one, out var id) ? id : -1;
        }
        return ids;
    }

    public Lex LexOf(int id) => id < 0 ? Lex.None : _fast is not null ? _fast.LexOf(id) : _lex[id];

    public int Intern(string word)
    {
        // a change after Freeze drops the frozen tables (lookups fall back to the dictionaries until the next Freeze)
        _asciiIds = null;
        _fast = null;
        _trie = null;
        VocabularyKey = 0;
        word = word.Replace('’', '\'');
        if (_vocab.TryGetValue(word, out var id)) return id;
        id = _lex.Count;
        _vocab[word] = id;
        _lex.Add(Lex.None);
        return id;
    }

    public void AddLex(string word, Lex lex)
    {
        var id = Intern(word);
        _lex[id] |= lex;
    }

    /// <summary>Adds a phrase (already tokenised) with its payload.</summary>
    public void Add(IReadOnlyList<string> tokens, PhrasePayload payload)
    {
        if (tokens.Count == 0) return;
        var node = 0;
        foreach (var tok in tokens)
        {
            var id = Intern(tok);
            var key = ((long)node << 32) | (uint)id;
            ref var child = ref CollectionsMarshal.GetValueRefOrAddDefault(_edges, key, out var exists);
            if (!exists)
            {
                child = _terminals.Count;
                _terminals.Add(null);
            }
            node = child;
        }
        var list = _terminals[node] ??= [];
        payload.Tokens = [.. tokens];
        payload.Rules = ExtractionRun.CaseRules(payload.Tokens);
        if (payload.CaseSensitive || payload.Rules[0] is not (CaseRule.Capitals or CaseRule.Capitalised))
            _firstWordAnyCase.Add(Intern(tokens[0]));
        var same = list.Find(p => p.Kind == payload.Kind && p.Target == payload.Target && p.CaseSensitive == payload.CaseSensitive
                && p.Tokens.AsSpan().SequenceEqual(payload.Tokens));
        if (same is null) list.Add(payload);
        else if (payload.Priority > same.Priority)
        {
            same.Priority = payload.Priority;
            same.EndsWithLegal = payload.EndsWithLegal;
        }
        _maxDepth = Math.Max(_maxDepth, tokens.Count);
    }

    public int Step(int node, int tokenId)
    {
        if (tokenId < 0) return -1;
        if (_trie is not null) return _trie.Step(node, tokenId);
        return _edges.TryGetValue(((long)node << 32) | (uint)tokenId, out var child) ? child : -1;
    }

    public List<PhrasePayload>? Terminal(int node) => _terminals[node];

    /// <summary>Tokenises a phrase from the data the same way the text is tokenised.</summary>
    public static List<string> TokenizePhrase(string phrase)
    {
        var result = new List<string>();
        var buffer = new Tok[16];
        var n = EntityTokens.Tokenize(phrase, ref buffer);
        for (var i = 0; i < n; i++)
        {
            var t = buffer[i];
            result.Add(phrase.Substring(t.Start, t.Length));
        }
        return result;
    }
}

/// <summary>
/// Read-only vocabulary laid out for cache locality: an open-addressing table whose 24-byte slots carry the hash,
/// length, id, lexical classes and the first four lower-cased characters of their word, so looking up a short word
/// touches one slot; longer words compare their remaining characters in one shared pool.
/// </summary>
internal sealed class FastVocabulary
{
    private struct Slot
    {
        public int HashAndLength; // hash in the low 24 bits, length (capped at 127) in the high bits; 0 = empty
        public int Id;
        public ulong Head; // first four folded characters, 16 bits each
        public Lex Lex;
    }

    private readonly Slot[] _slots;
    private readonly int[] _keyStart; // by id: position of the folded word in the pool
    private readonly int[] _keyLength; // by id (the slot's length field is capped)
    private readonly Lex[] _lex;      // by id
    private readonly char[] _pool;
    private readonly int _mask;

    public FastVocabulary(Dictionary<string, int> vocab, IReadOnlyList<Lex> lex)
    {
        var size = 16;
        while (size < vocab.Count + vocab.Count / 2) size <<= 1;
        _mask = size - 1;
        _slots = new Slot[size];
        _keyStart = new int[lex.Count];
        _keyLength = new int[lex.Count];
        _lex = [.. lex];
        var pool = new List<char>(vocab.Count * 8);
        foreach (var (word, id) in vocab)
        {
            var (key, head) = Key(word);
            _keyStart[id] = pool.Count;
            _keyLength[id] = word.Length;
            foreach (var c in word) pool.Add(Fold(c));
            var slot = key & _mask;
            while (_slots[slot].HashAndLength != 0) slot = (slot + 1) & _mask;
            _slots[slot] = new Slot { HashAndLength = key, Id = id, Head = head, Lex = lex[id] };
        }
        _pool = [.. pool];
    }

    public Lex LexOf(int id) => _lex[id];

    public int Find(ReadOnlySpan<char> word) => Find(word, out _);

    /// <summary>The word's id (or -1) and its lexical classes, from one slot for words of up to four characters.</summary>
    public int Find(ReadOnlySpan<char> word, out Lex lex)
    {
        var (key, head) = Key(word);
        var slot = key & _mask;
        var slots = _slots;
        while (true)
        {
            ref readonly var s = ref slots[slot];
            if (s.HashAndLength == 0) break;
            if (s.HashAndLength == key && s.Head == head
                && (word.Length <= 4 || (word.Length < 127 || _keyLength[s.Id] == word.Length)
                    && EqualsFolded(word[4..], _pool.AsSpan(_keyStart[s.Id] + 4, word.Length - 4))))
            {
                lex = s.Lex;
                return s.Id;
            }
            slot = (slot + 1) & _mask;
        }
        lex = Lex.None;
        return -1;
    }

    private static char Fold(char c) => c < 128 ? (char)AsciiFold[c] : char.ToLowerInvariant(c);

    /// <summary>ASCII lower-casing as a table: no branch on the letter range.</summary>
    private static ReadOnlySpan<byte> AsciiFold =>
    [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31,
        32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63,
        64, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 91, 92, 93, 94, 95,
        96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127,
    ];

    /// <summary>Hash-and-length key (never 0) and the packed first four folded characters. Not inlined: in its own
    /// frame the loop keeps its state in registers.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static (int Key, ulong Head) Key(ReadOnlySpan<char> s)
    {
        uint h = 2166136261;
        ulong head = 0;
        var i = 0;
        for (; i < s.Length && i < 4; i++)
        {
            var c = Fold(s[i]);
            h = (h ^ c) * 16777619;
            head |= (ulong)c << (16 * i);
        }
        for (; i < s.Length; i++) h = (h ^ Fold(s[i])) * 16777619;
        var key = (int)(h & 0x00FFFFFF) | (Math.Min(s.Length, 127) << 24);
        return (key == 0 ? 1 : key, head);
    }

    private static bool EqualsFolded(ReadOnlySpan<char> word, ReadOnlySpan<char> folded)
    {
        for (var i = 0; i < word.Length; i++)
            if (Fold(word[i]) != folded[i]) return false;
        return true;
    }
}

/// <summary>
/// Read-only phrase trie in compressed rows: the root's children indexed directly by word id, every other node's
/// children as a short run of (word id, child) pairs sorted by word id. Small and contiguous, so stepping through
/// a phrase costs a few cache lines.
/// </summary>
internal sealed class FrozenTrie
{
    private readonly int[] _rootChild; // by word id; 0 = none (the root is never a child)
    private readonly int[] _rowStart;  // by node: first pair of its children; _rowStart[node + 1] ends the row
    private readonly int[] _childWord;
    private readonly int[] _childNode;

    public FrozenTrie(Dictionary<long, int> edges, int nodeCount, int vocabularySize)
    {
        _rootChild = new int[vocabularySize];
        var rows = new List<(int Node, int Word, int Child)>(edges.Count);
        foreach (var (key, child) in edges)
        {
            var node = (int)(key >> 32);
            var word = (int)(uint)key;
            if (node == 0) _rootChild[word] = child;
            else rows.Add((node, word, child));
        }
        rows.Sort();
        _rowStart = new int[nodeCount + 1];
        _childWord = new int[rows.Count];
        _childNode = new int[rows.Count];
        var r = 0;
        for (var node = 0; node < nodeCount; node++)
        {
            _rowStart[node] = r;
            while (r < rows.Count && rows[r].Node == node)
            {
                _childWord[r] = rows[r].Word;
                _childNode[r] = rows[r].Child;
                r++;
            }
        }
        _rowStart[nodeCount] = r;
    }

    /// <summary>The child of <paramref name="node"/> along <paramref name="word"/>, or -1.</summary>
    public int Step(int node, int word)
    {
        if (node == 0) return (uint)word < (uint)_rootChild.Length && _rootChild[word] is var c && c != 0 ? c : -1;
        if ((uint)node >= (uint)(_rowStart.Length - 1)) return -1;
        var lo = _rowStart[node];
        var hi = _rowStart[node + 1] - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            var w = _childWord[mid];
            if (w == word) return _childNode[mid];
            if (w < word) lo = mid + 1; else hi = mid - 1;
        }
        return -1;
    }
}

/// <summary>Ordinal case-insensitive comparer with a cheap hash (ASCII fast path) and span lookups.</summary>
internal sealed class CaseInsensitiveComparer : IEqualityComparer<string>, IAlternateEqualityComparer<ReadOnlySpan<char>, string>
{
    public static readonly CaseInsensitiveComparer Instance = new();

    public bool Equals(string? x, string? y) => string.Equals(x, y, StringComparison.OrdinalIgnoreCase);

    public int GetHashCode(string obj) => Hash(obj);

    public bool Equals(ReadOnlySpan<char> alternate, string other) => alternate.Equals(other, StringComparison.OrdinalIgnoreCase);

    public int GetHashCode(ReadOnlySpan<char> alternate) => Hash(alternate);

    public string Create(ReadOnlySpan<char> alternate) => alternate.ToString();

    private static int Hash(ReadOnlySpan<char> s)
    {
        uint h = 2166136261;
        foreach (var c in s)
        {
            uint u = c;
            if (u < 128) { if (u - 'A' <= 'Z' - 'A') u |= 0x20; }
            else u = char.ToUpperInvariant(c) == c ? char.ToLowerInvariant(c) : c;
            h = (h ^ u) * 16777619;
        }
        return (int)h;
    }
}
