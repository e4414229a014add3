using System.Reflection;
using System.Text.Json;

namespace CapexRadar.Text.Syntax;

/// <summary>
/// Word → <see cref="WordClass"/> bit set, compiled once from <c>Syntax/word-classes.json</c> (embedded). Verb lemmas are
/// expanded to their -s, past, participle and -ing forms at load. Lookups take a span and allocate nothing.
/// </summary>
public sealed class WordClassLexicon
{
    private readonly Dictionary<string, WordClass> _classes;
    private readonly Dictionary<string, WordClass>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private WordClassLexicon(Dictionary<string, WordClass> classes)
    {
        _classes = classes;
        _lookup = classes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static readonly Lazy<WordClassLexicon> Shipped = new(() =>
    {
        using var stream = typeof(WordClassLexicon).Assembly.GetManifestResourceStream("CapexRadar.Text.Syntax.word-classes.json")
                           ?? throw new InvalidOperationException("word-classes.json is not embedded");
        return Load(stream);
    });

    /// <summary>The shipped word classes (parsed once per process).</summary>
    public static WordClassLexicon Default => Shipped.Value;

    public int Count => _classes.Count;

    /// <summary>The classes of a lower-case word (<see cref="WordClass.None"/> when unlisted).</summary>
    public WordClass Of(ReadOnlySpan<char> lower) => _lookup.TryGetValue(lower, out var c) ? c : WordClass.None;

    /// <summary>Classes of a word in any case (lower-cased into a stack buffer; long words are never listed).</summary>
    public WordClass OfAnyCase(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxListedWordLength) return WordClass.None;
        // most words are lower-case ASCII already: looked up as they stand, without a lower-cased copy
        if (System.Text.Ascii.IsValid(word) && !word.ContainsAnyInRange('A', 'Z')) return Of(word);
        Span<char> buffer = stackalloc char[MaxListedWordLength];
        var n = word.ToLowerInvariant(buffer);
        return n < 0 ? WordClass.None : Of(buffer[..n]);
    }

    /// <summary>No listed word is longer; a longer token is looked up no further (hostile input costs nothing).</summary>
    public const int MaxListedWordLength = 32;

    public static WordClassLexicon Load(Stream json)
    {
        using var doc = JsonDocument.Parse(json);
        var map = new Dictionary<string, WordClass>(StringComparer.Ordinal);
        var root = doc.RootElement;
        if (root.TryGetProperty("words", out var words))
            foreach (var cls in words.EnumerateObject())
            {
                var bit = Parse(cls.Name);
                foreach (var w in cls.Value.EnumerateArray()) Add(map, w.GetString()!, bit);
            }
        if (root.TryGetProperty("verbs", out var verbs))
            foreach (var cls in verbs.EnumerateObject())
            {
                var bit = Parse(cls.Name) | WordClass.Verb;
                foreach (var v in cls.Value.EnumerateArray())
                    foreach (var (form, extra) in VerbForms(v.GetString()!)) Add(map, form, bit | extra);
            }
        if (root.TryGetProperty("nounVerbs", out var nounVerbs))
            foreach (var w in nounVerbs.EnumerateArray()) Add(map, w.GetString()!, WordClass.NounVerb);
        return new WordClassLexicon(map);
    }

    private static WordClass Parse(string name) =>
        Enum.TryParse<WordClass>(name, ignoreCase: false, out var c) && c != WordClass.None
            ? c
            : throw new InvalidDataException($"word-classes.json: unknown class '{name}'");

    private static void Add(Dictionary<string, WordClass> map, string word, WordClass bits)
    {
        var w = word.Trim().ToLowerInvariant();
        if (w.Length == 0 || w.Length > MaxListedWordLength) throw new InvalidDataException($"word-classes.json: bad word '{word}'");
        map[w] = map.GetValueOrDefault(w) | bits;
    }

    /// <summary>"spend|spent|spent" or "invest": base, -s, past, participle and -ing forms.</summary>
    internal static IEnumerable<(string Form, WordClass Extra)> VerbForms(string entry)
    {
        var parts = entry.Split('|');
        var lemma = parts[0];
        yield return (lemma, WordClass.None);
        yield return (ThirdPerson(lemma), WordClass.None);
        var past = parts.Length > 1 ? parts[1] : Past(lemma);
        var participle = parts.Length > 2 ? parts[2] : past;
        yield return (past, WordClass.PastForm);
        yield return (participle, WordClass.PastForm);
        yield return (parts.Length > 3 ? parts[3] : Gerund(lemma), WordClass.Gerund);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static string ThirdPerson(string v) =>
        v.EndsWith('y') && v.Length > 1 && !IsVowel(v[^2]) ? v[..^1] + "ies"
        : v.EndsWith('s') || v.EndsWith('x') || v.EndsWith('z') || v.EndsWith("sh", StringComparison.Ordinal) || v.EndsWith("ch", StringComparison.Ordinal) || v.EndsWith('o') ? v + "es"
        : v + "s";

    private static string Past(string v) =>
        v.EndsWith('e') ? v + "d"
        : v.EndsWith('y') && v.Length > 1 && !IsVowel(v[^2]) ? v[..^1] + "ied"
        : v + "ed";

    private static string Gerund(string v) =>
        v.EndsWith("ee", StringComparison.Ordinal) ? v + "ing"
        : v.EndsWith('e') && v.Length > 2 ? v[..^1] + "ing"
        : v + "ing";
}
