namespace CapexRadar.Text.Syntax;

/// <summary>
/// Word classes of the shallow-syntax layer, one bit each. The words of each class live in
/// <c>Syntax/word-classes.json</c> (schema in <c>Syntax/README.md</c>); <see cref="WordClassLexicon"/> compiles them to one
/// bit set per word at load. Rules name classes, never words.
/// </summary>
[Flags]
public enum WordClass : ulong
{
    None = 0,
    Determiner = 1UL << 0,
    Possessive = 1UL << 1,
    Pronoun = 1UL << 2,
    Preposition = 1UL << 3,
    CoordinatingConjunction = 1UL << 4,
    SubordinatingConjunction = 1UL << 5,
    RelativePronoun = 1UL << 6,
    Modal = 1UL << 7,
    Auxiliary = 1UL << 8,
    Negation = 1UL << 9,
    Adverb = 1UL << 10,
    Particle = 1UL << 11,
    Infinitive = 1UL << 12,
    ReportingNoun = 1UL << 13,
    CompanyNoun = 1UL << 14,
    PriorMarker = 1UL << 15,
    PlanNoun = 1UL << 16,
    ScopeNoun = 1UL << 17,
    PeerGroupWord = 1UL << 18,
    PartWord = 1UL << 19,
    NumberWord = 1UL << 20,
    Month = 1UL << 21,
    Season = 1UL << 22,
    OpeningWord = 1UL << 23,
    /// <summary>Any verb form the lexicon lists (all the verb classes below imply it).</summary>
    Verb = 1UL << 24,
    ReportingVerb = 1UL << 25,
    InvestVerb = 1UL << 26,
    BuildVerb = 1UL << 27,
    IntentVerb = 1UL << 28,
    ForecastVerb = 1UL << 29,
    RevisionVerb = 1UL << 30,
    /// <summary>A word that is as often a noun as a verb ("plans", "budget", "cut"): a verb only where the context says so.</summary>
    NounVerb = 1UL << 31,
    /// <summary>A verb form ending in -ing (set by the loader).</summary>
    Gerund = 1UL << 32,
    /// <summary>A past or participle form (set by the loader).</summary>
    PastForm = 1UL << 33,
    /// <summary>A form of "be" (with an auxiliary and a past form: a passive).</summary>
    BeForm = 1UL << 34,
    /// <summary>A word that qualifies an amount ("about", "over", "nearly"): before a number it belongs to the noun phrase.</summary>
    AmountQualifier = 1UL << 35,
    /// <summary>Verbs that state a plan or target ("set", "pencilled in", "earmarked", "announced"): in a relative clause
    /// after an amount, in a past form, they mark an earlier figure.</summary>
    PlanVerb = 1UL << 36,
    /// <summary>What is bought as capacity ("cloud capacity", "compute").</summary>
    CapacityNoun = 1UL << 37,
    /// <summary>"world", "worldwide", "global": a scope of the whole world.</summary>
    WorldWord = 1UL << 38,
    /// <summary>"buy", "purchase", "order": buying capacity ("buy $14bn of computing capacity") is spending.</summary>
    PurchaseVerb = 1UL << 39,
    /// <summary>"actual", "realised": a figure already spent, not a plan.</summary>
    ActualWord = 1UL << 40,
    /// <summary>"enlarges", "replacing", "revises": with an amount as its object, the amount is the figure being replaced.</summary>
    SupersedeVerb = 1UL << 41,
    /// <summary>"completion", "operational", "online": a year right after such a word dates a milestone, not the window
    /// of the spending ("scheduled for completion in 2028").</summary>
    MilestoneWord = 1UL << 42,
    /// <summary>"last", "ago", "when": a time in the past, dating an earlier plan ("the $X it set out when …").</summary>
    PastTimeWord = 1UL << 43,
    /// <summary>"completed", "incurred": a verb that reports spending as done ("completed capital expenditure of …").</summary>
    RealisedVerb = 1UL << 44,
    /// <summary>"was", "were": a past copula ("capital spending in the quarter was $14.6 billion").</summary>
    PastCopula = 1UL << 45,
    /// <summary>"spending", "capex", "expenditure": nouns naming money spent, as against a plan ("budget", "plan").</summary>
    SpendingNoun = 1UL << 46,
    /// <summary>"month", "year", "quarter", "today": a noun phrase of time ("agreed last month to buy") is no object.</summary>
    TimeNoun = 1UL << 47,
    /// <summary>Classes the capex rules read but the parser ignores: adding a word to them never changes a parse.</summary>
    RuleOnly = MilestoneWord | PastTimeWord | RealisedVerb | PastCopula | SpendingNoun,
}
