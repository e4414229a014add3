using System.Runtime.CompilerServices;
using CapexRadar.Text.Syntax;

namespace CapexRadar.Text;

/// <summary>
/// The word forms seen on this thread, each with its shipped word classes (<see cref="WordClassLexicon.Default"/>)
/// resolved once: the one vocabulary every consumer reads — the document's lower-case forms and classes, the shallow
/// parser's classes, Capex's quantity tokens (through <see cref="LowerForms"/>) and Entities' classes. A word seen
/// before costs one probe of an open-addressed table, hashed and compared with its case folded on the fly (no
/// lower-cased copy, no second lookup in the lexicon).
/// <para>
/// Bounded like <see cref="LowerForms"/>: at most <see cref="MaxEntries"/> forms of at most <see cref="MaxLength"/>
/// characters, emptied when full, so hostile input (a million distinct words) costs linear time and a few megabytes.
/// One instance per thread (<see cref="Current"/>); never share one between threads. Results are ordinary strings and
/// class sets: equal by value to <c>ToLowerInvariant</c> and <see cref="WordClassLexicon.OfAnyCase"/>.
/// </para>
/// </summary>
public sealed class Vocabulary
{
    /// <summary>Forms kept before the table is emptied.</summary>
    public const int MaxEntries = 1 << 15;

    /// <summary>Longer text is never kept (callers cap their forms well below this).</summary>
    public const int MaxLength = 64;

    /// <summary>Marks a slot whose classes were looked up (a bit no class uses).</summary>
    private const WordClass Looked = (WordClass)(1UL << 63);

    [ThreadStatic] private static Vocabulary? _current;

    /// <summary>This thread's vocabulary (fetch it once per pass, not per word: a thread-static read is not free).</summary>
    public static Vocabulary Current => _current ??= new Vocabulary();

    // open addressing, linear probing; a slot is empty when its form is null
    private string?[] _forms = new string?[1024];
    private int[] _hashes = new int[1024];
    private WordClass[] _classes = new WordClass[1024];
    // one client's own value per form (see TagOf): the key of the client that wrote it (0 = none), and the value
    private int[] _tagKeys = new int[1024];
    private int[] _tags = new int[1024];
    private int _count;

    public int Count => _count;

    /// <summary>The string holding exactly <paramref name="chars"/> (already in the form wanted).</summary>
    public string Intern(ReadOnlySpan<char> chars)
    {
        if (chars.Length == 0) return string.Empty;
        if (chars.Length > MaxLength) return chars.ToString();
        var slot = FindExact(chars, FoldedHash(chars)); // first: a new form may grow the table
        return _forms[slot]!;
    }

    /// <summary><paramref name="text"/> lower-cased with the invariant culture (as <see cref="string.ToLowerInvariant"/>),
    /// shared. At most <see cref="MaxLength"/> characters.</summary>
    public string LowerInvariant(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxLength) throw new ArgumentOutOfRangeException(nameof(text), $"at most {MaxLength} characters");
        if (text.Length == 0) return string.Empty;
        var slot = FindLower(text); // first: a new form may grow the table
        return _forms[slot]!;
    }

    /// <summary>The shipped word classes of <paramref name="word"/> in any case: <see cref="WordClassLexicon.OfAnyCase"/>
    /// of <see cref="WordClassLexicon.Default"/>, found once per form.</summary>
    public WordClass DefaultClassesOfAnyCase(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || word.Length > WordClassLexicon.MaxListedWordLength) return WordClass.None;
        return ClassesAt(FindLower(word));
    }

    /// <summary>Lower form and shipped classes of <paramref name="word"/> in one probe (at most <see cref="MaxLength"/> characters).</summary>
    public string LowerInvariant(ReadOnlySpan<char> word, out WordClass defaultClasses)
    {
        if (word.Length > MaxLength) throw new ArgumentOutOfRangeException(nameof(word), $"at most {MaxLength} characters");
        if (word.Length == 0) { defaultClasses = WordClass.None; return string.Empty; }
        var slot = FindLower(word);
        defaultClasses = word.Length > WordClassLexicon.MaxListedWordLength ? WordClass.None : ClassesAt(slot);
        return _forms[slot]!;
    }

    /// <summary>
    /// The slot of <paramref name="word"/>'s lower-case form (added when new), for an ASCII word of 1 to
    /// <see cref="MaxLength"/> characters; -1 for any other word (callers look those up their own way). A slot stays
    /// valid until the next call that may add a form (any lookup of this vocabulary except <see cref="DefaultClassesAt"/>,
    /// <see cref="TryGetTag"/> and <see cref="SetTag"/>): read what you need from it at once.
    /// </summary>
    /// <remarks>ASCII only, so that a client's tag is a function of the word folded A–Z only: Unicode lower-casing
    /// (surrogate pairs, special cases) may differ from the client's own folding.</remarks>
    public int AsciiSlot(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || word.Length > MaxLength) return -1;
        return FindLower(word, asciiOnly: true);
    }

    /// <summary>The shipped word classes of the form in <paramref name="slot"/> (<see cref="AsciiSlot"/>): what
    /// <see cref="DefaultClassesOfAnyCase"/> gives for that word.</summary>
    public WordClass DefaultClassesAt(int slot) =>
        _forms[slot]!.Length > WordClassLexicon.MaxListedWordLength ? WordClass.None : ClassesAt(slot);

    /// <summary>
    /// A client's own value for the form in <paramref name="slot"/>: one int per form, kept with the form (emptied with
    /// it), for one client at a time — a value written under another <paramref name="key"/> reads as absent. Entities keeps
    /// its phrase-vocabulary id here, so a word seen before costs this vocabulary's one probe and no second lookup.
    /// </summary>
    /// <param name="key">The client's key, not 0; a client whose answers may change takes a new key.</param>
    public bool TryGetTag(int slot, int key, out int value)
    {
        if (_tagKeys[slot] == key && key != 0) { value = _tags[slot]; return true; }
        value = 0;
        return false;
    }

    /// <summary>Stores the client's value for the form in <paramref name="slot"/> (see <see cref="TryGetTag"/>).</summary>
    public void SetTag(int slot, int key, int value)
    {
        if (key == 0) throw new ArgumentOutOfRangeException(nameof(key), "0 is not a key");
        _tagKeys[slot] = key;
        _tags[slot] = value;
    }

    private WordClass ClassesAt(int slot)
    {
        var c = _classes[slot];
        if (c == WordClass.None)
        {
            var form = _forms[slot]!;
            c = (form.Length <= WordClassLexicon.MaxListedWordLength ? WordClassLexicon.Default.Of(form) : WordClass.None) | Looked;
            _classes[slot] = c;
        }
        return c & ~Looked;
    }

    /// <summary>The slot of the lower-case form of <paramref name="text"/> (1 ≤ length ≤ <see cref="MaxLength"/>), added when new.</summary>
    private int FindLower(ReadOnlySpan<char> text, bool asciiOnly = false)
    {
        // ASCII (nearly every word): hashed and compared with A–Z folded as we go, no copy
        var h = 2166136261u;
        foreach (var c in text)
        {
            if (c >= 128) return asciiOnly ? -1 : FindLowerSlow(text);
            h = (h ^ (uint)(IsAsciiUpper(c) ? c | 0x20 : c)) * 16777619u;
        }
        var hash = Finish(h);
        var mask = _forms.Length - 1;
        for (var i = hash & mask; ; i = (i + 1) & mask)
        {
            var f = _forms[i];
            if (f is null) break;
            if (_hashes[i] == hash && FoldedEquals(f, text)) return i;
        }
        // new: store the folded form
        Span<char> buffer = stackalloc char[MaxLength];
        for (var k = 0; k < text.Length; k++) { var c = text[k]; buffer[k] = IsAsciiUpper(c) ? (char)(c | 0x20) : c; }
        return Add(buffer[..text.Length], hash);
    }

    private int FindLowerSlow(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[MaxLength];
        var n = text.ToLowerInvariant(buffer);
        var lower = buffer[..n];
        return FindExact(lower, FoldedHash(lower));
    }

    private int FindExact(ReadOnlySpan<char> chars, int hash)
    {
        var mask = _forms.Length - 1;
        for (var i = hash & mask; ; i = (i + 1) & mask)
        {
            var f = _forms[i];
            if (f is null) break;
            if (_hashes[i] == hash && chars.SequenceEqual(f)) return i;
        }
        return Add(chars, hash);
    }

    private int Add(ReadOnlySpan<char> form, int hash)
    {
        if (_count >= MaxEntries) Clear();
        else if ((_count + 1) * 2 > _forms.Length) Grow();
        var mask = _forms.Length - 1;
        var i = hash & mask;
        while (_forms[i] is not null) i = (i + 1) & mask;
        _forms[i] = form.ToString();
        _hashes[i] = hash;
        _classes[i] = WordClass.None;
        _tagKeys[i] = 0;
        _count++;
        return i;
    }

    private void Clear()
    {
        Array.Clear(_forms);
        Array.Clear(_classes);
        Array.Clear(_tagKeys);
        _count = 0;
    }

    private void Grow()
    {
        var forms = _forms;
        var hashes = _hashes;
        var classes = _classes;
        var tagKeys = _tagKeys;
        var tags = _tags;
        var size = forms.Length * 2;
        _forms = new string?[size];
        _hashes = new int[size];
        _classes = new WordClass[size];
        _tagKeys = new int[size];
        _tags = new int[size];
        var mask = size - 1;
        for (var k = 0; k < forms.Length; k++)
        {
            if (forms[k] is null) continue;
            var i = hashes[k] & mask;
            while (_forms[i] is not null) i = (i + 1) & mask;
            _forms[i] = forms[k];
            _hashes[i] = hashes[k];
            _classes[i] = classes[k];
            _tagKeys[i] = tagKeys[k];
            _tags[i] = tags[k];
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsAsciiUpper(char c) => (uint)(c - 'A') <= 'Z' - 'A';

    /// <summary>FNV-1a over the characters with ASCII A–Z folded: a form and its ASCII capitalisations share a hash.</summary>
    private static int FoldedHash(ReadOnlySpan<char> chars)
    {
        var h = 2166136261u;
        foreach (var c in chars) h = (h ^ (uint)(IsAsciiUpper(c) ? c | 0x20 : c)) * 16777619u;
        return Finish(h);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Finish(uint h) => (int)((h ^ (h >> 15)) & 0x7FFFFFFF);

    /// <summary>Whether <paramref name="form"/> is <paramref name="ascii"/> with A–Z folded to lower case.</summary>
    private static bool FoldedEquals(string form, ReadOnlySpan<char> ascii)
    {
        if (form.Length != ascii.Length) return false;
        for (var k = 0; k < ascii.Length; k++)
        {
            var c = ascii[k];
            if (form[k] != (IsAsciiUpper(c) ? (char)(c | 0x20) : c)) return false;
        }
        return true;
    }
}
