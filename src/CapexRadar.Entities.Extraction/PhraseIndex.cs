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
    private int _maxDepth;

    public PhraseIndex()
    {
        _lookup = _vocab.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int MaxDepth => _maxDepth;

    private int[]? _asciiIds;
    private FastVocabulary? _fast;
    private bool[] _rootEdge = [];

    /// <summary>Builds the read-only lookup structures; call once after the last <see cref="Add"/>.</summary>
    public void Freeze()
    {
        _asciiIds = BuildAsciiIds();
        _fast = new FastVocabulary(_vocab);
        _rootEdge = new bool[_lex.Count];
        foreach (var key in _edges.Keys)
            if ((key >> 32) == 0) _rootEdge[(int)(uint)key] = true;
    }

    /// <summary>True when some phrase starts with this word (saves a trie probe for most tokens).</summary>
    public bool StartsPhrase(int id) => id >= 0 && id < _rootEdge.Length ? _rootEdge[id] : id >= 0;

    public int IdOf(ReadOnlySpan<char> word)
    {
        if (word.Length == 1 && word[0] < 128)
        {
            var ids = _asciiIds ??= BuildAsciiIds();
            return ids[word[0]];
        }
        if (_fast is not null && word.IndexOf('’') < 0) return _fast.Find(word);
        if (word.IndexOf('’') >= 0)
        {
            Span<char> tmp = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
            word.CopyTo(tmp);
            tmp.Replace('’', '\'');
            return _lookup.TryGetValue(tmp, out var id2) ? id2 : -1;
        }
        return _lookup.TryGetValue(word, out var id) ? id : -1;
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

    public Lex LexOf(int id) => id < 0 ? Lex.None : _lex[id];

    public int Intern(string word)
    {
        _asciiIds = null;
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
        return _edges.TryGetValue(((long)node << 32) | (uint)tokenId, out var child) ? child : -1;
    }

    public List<PhrasePayload>? Terminal(int node) => _terminals[node];

    /// <summary>Tokenises a phrase from the data the same way the text is tokenised.</summary>
    public static List<string> TokenizePhrase(string phrase)
    {
        var result = new List<string>();
        var buffer = new Tok[16];
        var n = DocumentTokenizer.Tokenize(phrase, ref buffer);
        for (var i = 0; i < n; i++)
        {
            var t = buffer[i];
            result.Add(phrase.Substring(t.Start, t.Length));
        }
        return result;
    }
}

/// <summary>Read-only open-addressing table of lower-cased words: one hash and usually one comparison per lookup.</summary>
internal sealed class FastVocabulary
{
    private readonly int[] _slots;
    private readonly int[] _hashes;
    private readonly string[] _keys;
    private readonly int[] _ids;
    private readonly int _mask;

    public FastVocabulary(Dictionary<string, int> vocab)
    {
        var size = 16;
        while (size < vocab.Count * 3) size <<= 1;
        _mask = size - 1;
        _slots = new int[size];
        _hashes = new int[vocab.Count];
        _keys = new string[vocab.Count];
        _ids = new int[vocab.Count];
        var n = 0;
        foreach (var (word, id) in vocab)
        {
            var lower = Lower(word);
            var h = Hash(lower);
            _hashes[n] = h;
            _keys[n] = lower;
            _ids[n] = id;
            var slot = h & _mask;
            while (_slots[slot] != 0) slot = (slot + 1) & _mask;
            _slots[slot] = n + 1;
            n++;
        }
    }

    public int Find(ReadOnlySpan<char> word)
    {
        var h = Hash(word);
        var slot = h & _mask;
        while (true)
        {
            var e = _slots[slot];
            if (e == 0) return -1;
            e--;
            if (_hashes[e] == h && EqualsLower(word, _keys[e])) return _ids[e];
            slot = (slot + 1) & _mask;
        }
    }

    private static char Fold(char c) => c < 128 ? (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c : char.ToLowerInvariant(c);

    private static string Lower(string s)
    {
        var chars = s.ToCharArray();
        for (var i = 0; i < chars.Length; i++) chars[i] = Fold(chars[i]);
        return new string(chars);
    }

    private static int Hash(ReadOnlySpan<char> s)
    {
        uint h = 2166136261;
        foreach (var c in s) h = (h ^ Fold(c)) * 16777619;
        return (int)(h & 0x7fffffff);
    }

    private static bool EqualsLower(ReadOnlySpan<char> word, string lower)
    {
        if (word.Length != lower.Length) return false;
        for (var i = 0; i < word.Length; i++)
            if (Fold(word[i]) != lower[i]) return false;
        return true;
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
