using System.Collections.Frozen;
using System.Text.Json;

namespace CapexRadar.Capex.Extraction;

/// <summary>Named word classes of the capex rules, loaded once from <c>Lexicon/capex-words.json</c> and validated.</summary>
internal static class CapexWords
{
    public const string WholeNoun = "WholeNoun";
    public const string PartPronoun = "PartPronoun";
    public const string ProjectingModal = "ProjectingModal";
    public const string ProjectingVerb = "ProjectingVerb";
    public const string ProjectionAdverb = "ProjectionAdverb";
    public const string OwnerPossessive = "OwnerPossessive";
    public const string HomelandNoun = "HomelandNoun";
    public const string GroupOpener = "GroupOpener";
    public const string ProjectionWord = "ProjectionWord";
    public const string FiniteVerbAfterSubject = "FiniteVerbAfterSubject";
    public const string ClauseConjunction = "ClauseConjunction";
    public const string DefiniteDeterminer = "DefiniteDeterminer";
    public const string ParentNoun = "ParentNoun";
    public const string CompanyOrgan = "CompanyOrgan";
    public const string GuidanceVerb = "GuidanceVerb";
    public const string ContrastWord = "ContrastWord";
    public const string GuidanceAuxiliary = "GuidanceAuxiliary";
    public const string ReaffirmVerb = "ReaffirmVerb";
    public const string ReceivingVerb = "ReceivingVerb";
    public const string LevelRaiseVerb = "LevelRaiseVerb";
    public const string PluralPronoun = "PluralPronoun";
    public const string CollectiveWord = "CollectiveWord";
    public const string DestinationPreposition = "DestinationPreposition";
    public const string PlanMarker = "PlanMarker";
    public const string PastYearsHead = "PastYearsHead";
    public const string RelationNoun = "RelationNoun";
    public const string PartVerb = "PartVerb";
    public const string PastAmountVerb = "PastAmountVerb";
    public const string PayVerb = "PayVerb";
    public const string AssetNoun = "AssetNoun";
    public const string ShareNoun = "ShareNoun";
    public const string InjectVerb = "InjectVerb";
    public const string SectorPlural = "SectorPlural";
    public const string EstimateAtVerb = "EstimateAtVerb";
    public const string MarketNoun = "MarketNoun";
    public const string SourceSubject = "SourceSubject";
    public const string ApproveVerb = "ApproveVerb";
    public const string AllotParticiple = "AllotParticiple";
    public const string SplitVerb = "SplitVerb";
    public const string BuildContractModifier = "BuildContractModifier";
    public const string EarlierIntentVerb = "EarlierIntentVerb";
    public const string PlanAnaphor = "PlanAnaphor";
    public const string WindowNoun = "WindowNoun";
    public const string EquivalenceWord = "EquivalenceWord";
    public const string TimeShiftWord = "TimeShiftWord";
    public const string MarketValueWord = "MarketValueWord";
    public const string PencilVerb = "PencilVerb";
    public const string AgreementNoun = "AgreementNoun";
    public const string SignVerb = "SignVerb";
    public const string EquipmentNoun = "EquipmentNoun";
    public const string RoleHead = "RoleHead";
    public const string BuildMarketWord = "BuildMarketWord";
    public const string SupplyVerb = "SupplyVerb";
    public const string BodyNameWord = "BodyNameWord";
    public const string BodyNoun = "BodyNoun";
    public const string BodyModifier = "BodyModifier";
    public const string MemberNoun = "MemberNoun";
    public const string OnTrackWord = "OnTrackWord";
    public const string AdditiveLink = "AdditiveLink";
    public const string AllotVerb = "AllotVerb";
    public const string UseVerb = "UseVerb";
    public const string CostBearVerb = "CostBearVerb";
    public const string CostNoun = "CostNoun";
    public const string AmountPlanVerb = "AmountPlanVerb";
    public const string RealisedSpendVerb = "RealisedSpendVerb";
    public const string CostVerb = "CostVerb";
    public const string SpenderNoun = "SpenderNoun";
    public const string DealGrowVerb = "DealGrowVerb";
    public const string PlanOpenerModifier = "PlanOpenerModifier";

    private static readonly FrozenDictionary<string, FrozenSet<string>> Classes = Load();

    /// <summary>Whether the lower-cased <paramref name="word"/> belongs to class <paramref name="name"/>.</summary>
    public static bool Is(string name, string word) => Classes[name].Contains(word);

    public static IReadOnlyCollection<string> Names => Classes.Keys;

    private static FrozenDictionary<string, FrozenSet<string>> Load()
    {
        const string resource = "CapexRadar.Capex.Extraction.Lexicon.capex-words.json";
        using var stream = typeof(CapexWords).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"{resource} resource missing");
        using var doc = JsonDocument.Parse(stream);
        var map = new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal);
        foreach (var c in doc.RootElement.GetProperty("classes").EnumerateArray())
        {
            var name = c.GetProperty("name").GetString() ?? throw new InvalidDataException("word class without a name");
            var words = c.GetProperty("words").EnumerateArray().Select(w => w.GetString() ?? string.Empty).ToList();
            if (words.Count == 0) throw new InvalidDataException($"word class {name} is empty");
            if (words.FirstOrDefault(w => w.Length == 0 || w != w.ToLowerInvariant()) is { } bad) throw new InvalidDataException($"word class {name}: '{bad}' must be lower case");
            if (!map.TryAdd(name, words.ToFrozenSet(StringComparer.Ordinal))) throw new InvalidDataException($"word class {name} listed twice");
        }
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
