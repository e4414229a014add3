using System.Reflection;
using System.Text.Json;
using CapexRadar.Domain;

namespace CapexRadar.Market.Extraction;

/// <summary>
/// The vocabulary of market reports as word classes (<see cref="WordClass"/>), read once from the embedded data file
/// <c>Lexicon/market-words.json</c> (schema in <c>Lexicon/README.md</c>) and compiled to one bit set per word:
/// a class test is one dictionary lookup (or one AND on a token's cached bits, <see cref="TokenDocument.Has"/>).
/// Lower-case classes are looked up on lower-cased tokens; index-name classes on the word as written.
/// The classes that carry a value (direction, relation, number, sector) are also given as maps.
/// </summary>
internal static class Lexicon
{
    private const string ResourceName = "CapexRadar.Market.Extraction.Lexicon.market-words.json";

    private static readonly Dictionary<string, WordClass> Lower = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, WordClass> Exact = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, WordClass> IgnoreCase = new(StringComparer.OrdinalIgnoreCase);
    private static readonly Dictionary<string, WordClass>.AlternateLookup<ReadOnlySpan<char>> ExactSpan = Exact.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Dictionary<string, WordClass>.AlternateLookup<ReadOnlySpan<char>> IgnoreCaseSpan = IgnoreCase.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Verbs that carry a direction by themselves ("rose 3%", "slid 2%"): <see cref="WordClass.MoveVerbUp"/> and <see cref="WordClass.MoveVerbDown"/>.</summary>
    public static readonly Dictionary<string, MoveDirection> DirectionVerbs;

    /// <summary>Nouns of movement ("an increase of 7.8%", "a 3% drop"): <see cref="WordClass.MoveNounUp"/> and <see cref="WordClass.MoveNounDown"/>.</summary>
    public static readonly Dictionary<string, MoveDirection> DirectionNouns;

    /// <summary>"lift"/"drag" verbs ("helping lift the TAIEX 1.3%"): <see cref="WordClass.CausativeUp"/> and <see cref="WordClass.CausativeDown"/>.</summary>
    public static readonly Dictionary<string, MoveDirection> CausativeVerbs;

    /// <summary>How a mover relates to the announcer, by cue word: the three <c>…Cue</c> classes.</summary>
    public static readonly Dictionary<string, MoveRelation> RelationCues;

    /// <summary>Number words for percentages written out ("rose five percent", "fell twenty-two per cent").</summary>
    public static readonly Dictionary<string, int> NumberWords = new(StringComparer.Ordinal);

    /// <summary>Descriptors naming a supplier-like sector ("chipmakers", "server maker") without saying "supplier".</summary>
    public static readonly Dictionary<string, string> SectorDescriptors = new(StringComparer.Ordinal);

    /// <summary>Financial centres that name a trading venue after "in" ("rose 3% in Frankfurt"), as written.</summary>
    public static readonly string[] FinancialCentres;

    public static readonly string[][] FinancialCentreParts;

    public static readonly HashSet<string> CentreFirstWords;

    /// <summary>The classes whose words are matched as written (<c>"match": "exact"</c>) and in any case
    /// (<c>"ignore-case"</c>): a written-class test looks only in the dictionaries that can hold the classes it asks for.</summary>
    private static readonly WordClass ExactClasses, IgnoreCaseClasses;

    static Lexicon()
    {
        using var stream = typeof(Lexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        using var json = JsonDocument.Parse(stream);
        var root = json.RootElement;
        var seen = WordClass.None;
        foreach (var cls in root.GetProperty("classes").EnumerateArray())
        {
            var name = cls.GetProperty("name").GetString()!;
            if (!Enum.TryParse<WordClass>(name, ignoreCase: false, out var bit) || bit == WordClass.None || !ulong.IsPow2((ulong)bit))
                throw new InvalidDataException($"{ResourceName}: class '{name}' is not a WordClass");
            if ((seen & bit) != 0) throw new InvalidDataException($"{ResourceName}: class '{name}' is defined twice");
            seen |= bit;
            var match = cls.GetProperty("match").GetString();
            var target = match switch
            {
                "lower" => Lower,
                "exact" => Exact,
                "ignore-case" => IgnoreCase,
                _ => throw new InvalidDataException($"{ResourceName}: class '{name}' has match '{match}' (lower, exact or ignore-case)"),
            };
            if (match == "exact") ExactClasses |= bit;
            else if (match == "ignore-case") IgnoreCaseClasses |= bit;
            foreach (var w in cls.GetProperty("words").EnumerateArray())
            {
                var word = w.GetString()!;
                if (match == "lower" && word != word.ToLowerInvariant()) throw new InvalidDataException($"{ResourceName}: '{word}' in lower-case class '{name}'");
                target[word] = target.GetValueOrDefault(word) | bit;
            }
        }
        var missing = Enum.GetValues<WordClass>().Where(c => c != WordClass.None && (seen & c) == 0).ToList();
        if (missing.Count > 0) throw new InvalidDataException($"{ResourceName}: no words for {string.Join(", ", missing)}");

        foreach (var n in root.GetProperty("numbers").EnumerateObject()) NumberWords[n.Name] = n.Value.GetInt32();
        foreach (var sector in root.GetProperty("sectors").EnumerateObject())
            foreach (var w in sector.Value.EnumerateArray()) SectorDescriptors[w.GetString()!] = sector.Name;
        FinancialCentres = [.. root.GetProperty("financialCentres").EnumerateArray().Select(c => c.GetString()!)];
        FinancialCentreParts = [.. FinancialCentres.Select(c => c.Split(' '))];
        CentreFirstWords = new(FinancialCentres.Select(c => c.Split(' ')[0].ToLowerInvariant()), StringComparer.Ordinal);

        DirectionVerbs = Directed(WordClass.MoveVerbUp, WordClass.MoveVerbDown);
        DirectionNouns = Directed(WordClass.MoveNounUp, WordClass.MoveNounDown);
        CausativeVerbs = Directed(WordClass.CausativeUp, WordClass.CausativeDown);
        RelationCues = new(StringComparer.Ordinal);
        foreach (var (word, classes) in Lower)
        {
            if ((classes & WordClass.SupplierCue) != 0) RelationCues[word] = MoveRelation.Supplier;
            else if ((classes & WordClass.PeerCue) != 0) RelationCues[word] = MoveRelation.Peer;
            else if ((classes & WordClass.CustomerCue) != 0) RelationCues[word] = MoveRelation.Customer;
        }
    }

    /// <summary>The classes of a lower-cased word (<see cref="WordClass.None"/> for an unknown one).</summary>
    public static WordClass ClassesOf(string lower) => Lower.GetValueOrDefault(lower);

    /// <summary>Whether a lower-cased word belongs to any of <paramref name="classes"/>.</summary>
    public static bool Is(string lower, WordClass classes) => (Lower.GetValueOrDefault(lower) & classes) != 0;

    /// <summary>Whether a word as written belongs to any of the case-sensitive or case-insensitive <paramref name="classes"/> (index names).</summary>
    public static bool IsWritten(string word, WordClass classes) => IsWritten(word.AsSpan(), classes);

    /// <summary><see cref="IsWritten(string, WordClass)"/> of a span of the text (no string made).</summary>
    public static bool IsWritten(ReadOnlySpan<char> word, WordClass classes) => WrittenClasses(word, classes) != 0;

    /// <summary>The case-sensitive and case-insensitive classes of a word as written, among <paramref name="wanted"/>:
    /// the ignore-case dictionary (whose hash folds every character) is read only when a wanted class is in it — the
    /// index-name scan asks every word of a story for the case-sensitive stems and heads.</summary>
    public static WordClass WrittenClasses(ReadOnlySpan<char> word, WordClass wanted) =>
        ((wanted & ExactClasses) != 0 && ExactSpan.TryGetValue(word, out var exact) ? exact & wanted : WordClass.None)
        | ((wanted & IgnoreCaseClasses) != 0 && IgnoreCaseSpan.TryGetValue(word, out var any) ? any & wanted : WordClass.None);


    public static bool IsWeekdayOrMonth(string lower) => Is(lower, WordClass.WeekdayOrMonth);

    private static Dictionary<string, MoveDirection> Directed(WordClass up, WordClass down)
    {
        var map = new Dictionary<string, MoveDirection>(StringComparer.Ordinal);
        foreach (var (word, classes) in Lower)
        {
            var isUp = (classes & up) != 0;
            var isDown = (classes & down) != 0;
            if (isUp && isDown) throw new InvalidDataException($"{ResourceName}: '{word}' is both {up} and {down}");
            if (isUp) map[word] = MoveDirection.Up;
            else if (isDown) map[word] = MoveDirection.Down;
        }
        return map;
    }
}
