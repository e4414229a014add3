using System.Text.Json;

namespace CapexRadar.Events;

/// <summary>
/// Named word classes of the event rules, loaded once from <c>Lexicon/event-words.json</c> (an embedded resource) and
/// validated: every class named here exists, is not empty and is lower case. The rules keep no word lists of their own.
/// </summary>
internal static class EventWords
{
    private static readonly Dictionary<string, HashSet<string>> Classes = Load();

    /// <summary>Locative prepositions that govern a plan's site (<see cref="PlanSite"/>).</summary>
    public static readonly HashSet<string> Locative = Get("Locative");
    public static readonly HashSet<string> SiteOther = Get("SiteOther");
    public static readonly HashSet<string> HomeWord = Get("HomeWord");
    public static readonly HashSet<string> SubRegionWord = Get("SubRegionWord");
    public static readonly HashSet<string> OtherPlanCue = Get("OtherPlanCue");
    public static readonly HashSet<string> NotPlaceName = Get("NotPlaceName");
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Month = Get("Month").GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly HashSet<string> RateFirst = Get("RateFirst");
    public static readonly HashSet<string> RateUnit = Get("RateUnit");
    public static readonly HashSet<string> RateWord = Get("RateWord");
    public static readonly HashSet<string> RateNotAfter = Get("RateNotAfter");
    public static readonly HashSet<string> YearBefore = Get("YearBefore");
    public static readonly HashSet<string> FiscalWord = Get("FiscalWord");
    public static readonly HashSet<string> YearAfter = Get("YearAfter");
    public static readonly HashSet<string> LevelQualifier = Get("LevelQualifier");
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RevisionCue = Get("RevisionCue").GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly HashSet<string> RevisionPhrase = Get("RevisionPhrase");
    public static readonly HashSet<string> LegalForm = Get("LegalForm");
    public static readonly HashSet<string> NameDescriptor = Get("NameDescriptor");
    public static readonly HashSet<string> UnitNoun = Get("UnitNoun");
    public static readonly HashSet<string> OwnedWord = Get("OwnedWord");
    public static readonly HashSet<string> NotName = Get("NotName");
    public static readonly HashSet<string> NonCompanySubject = Get("NonCompanySubject");
    public static readonly HashSet<string> PlanNoun = Get("PlanNoun");
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWord = Get("StopWord").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The class names of the data file.</summary>
    public static IReadOnlyCollection<string> Names => Classes.Keys;

    private static HashSet<string> Get(string name) =>
        Classes.TryGetValue(name, out var set) ? set : throw new InvalidDataException($"event-words.json has no class {name}");

    private static Dictionary<string, HashSet<string>> Load()
    {
        const string resource = "CapexRadar.Events.Lexicon.event-words.json";
        using var stream = typeof(EventWords).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"{resource} resource missing");
        using var doc = JsonDocument.Parse(stream);
        var map = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var c in doc.RootElement.GetProperty("classes").EnumerateArray())
        {
            var name = c.GetProperty("name").GetString() ?? throw new InvalidDataException("word class without a name");
            var caseSensitive = c.TryGetProperty("caseSensitive", out var cs) && cs.GetBoolean();
            var words = c.GetProperty("words").EnumerateArray().Select(w => w.GetString() ?? string.Empty).ToList();
            if (words.Count == 0) throw new InvalidDataException($"word class {name} is empty");
            if (words.FirstOrDefault(w => w.Length == 0 || w != w.ToLowerInvariant()) is { } bad)
                throw new InvalidDataException($"word class {name}: '{bad}' must be lower case");
            if (!map.TryAdd(name, new HashSet<string>(words, caseSensitive ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase)))
                throw new InvalidDataException($"word class {name} is defined twice");
        }
        return map;
    }
}
