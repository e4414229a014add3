namespace CapexRadar.Market.Extraction;

/// <summary>
/// The word classes of market reports, one bit each. The words of each class are data
/// (<c>Lexicon/market-words.json</c>, described in <c>Lexicon/README.md</c>); rule code asks
/// <c>doc.Has(k, WordClass.MoveVerbUp)</c> or <c>Lexicon.Is(word, WordClass.Filler)</c>. A name here without a class in the
/// data file, or a class in the file without a name here, stops the extractor at load.
/// </summary>
[Flags]
internal enum WordClass : ulong
{
    None = 0,
    /// <summary>Verbs that say a price went up by themselves ('rose 3%', 'put on 2%').</summary>
    MoveVerbUp = 1UL << 0,
    /// <summary>Verbs that say a price went down by themselves ('slid 2%').</summary>
    MoveVerbDown = 1UL << 1,
    /// <summary>Verbs that need "put on", "tacked on": only count with "on" right after them.</summary>
    NeedsOn = 1UL << 2,
    /// <summary>Verbs without a direction of their own: "closed 2% lower", "was up 3%", "edged up 1%".</summary>
    NeutralMoveVerb = 1UL << 3,
    /// <summary>Closing-price verbs.</summary>
    CloseVerb = 1UL << 4,
    /// <summary>Nouns of an upward move: 'an increase of 7.8%', 'a 3% gain'.</summary>
    MoveNounUp = 1UL << 5,
    /// <summary>Nouns of a downward move: 'a 3% drop'.</summary>
    MoveNounDown = 1UL << 6,
    /// <summary>'was up 3%', 'closed 2% higher'.</summary>
    UpAdverb = 1UL << 7,
    /// <summary>'was down 3%', 'closed 2% lower'.</summary>
    DownAdverb = 1UL << 8,
    /// <summary>Words that may stand between a movement verb and its percentage.</summary>
    Filler = 1UL << 9,
    /// <summary>Nouns that stand for a company as a subject ("the company fell 3%", "the chipmaker's shares").</summary>
    CompanyNoun = 1UL << 10,
    /// <summary>Auxiliaries and adverbs between a subject and its predicate ("shares had also climbed").</summary>
    AuxSkip = 1UL << 11,
    /// <summary>Conjunctions after which a predicate shares the subject of the previous move.</summary>
    Conjunction = 1UL << 12,
    /// <summary>Words that open a parenthetical between a subject and its verb (", which makes…,").</summary>
    ParentheticalStarter = 1UL << 13,
    /// <summary>Nouns that name a company's stock.</summary>
    StockNoun = 1UL << 14,
    /// <summary>Nouns after "stock"/"shares" that make a compound, not a stock ("stock exchange", "share buyback").</summary>
    StockCompound = 1UL << 15,
    /// <summary>Modifiers inside a stock noun phrase ("its Hong Kong-listed B shares", "American depositary receipts").</summary>
    StockModifier = 1UL << 16,
    /// <summary>Metric nouns: a percentage whose subject is one of these is not a share-price move.</summary>
    MetricNoun = 1UL << 17,
    /// <summary>Words after a percentage that make it a level, a stake or a growth rate rather than a move.</summary>
    PostExclusion = 1UL << 18,
    /// <summary>Scale words: "to $455 billion" after a percentage means a metric, not a share price.</summary>
    ScaleWord = 1UL << 19,
    /// <summary>Verbs that push something up by a percentage ('helping lift the TAIEX 1.3%').</summary>
    CausativeUp = 1UL << 20,
    /// <summary>Verbs that drag something down by a percentage ('dragging the index 2%').</summary>
    CausativeDown = 1UL << 21,
    /// <summary>Verbs of results announcements: "X reported a 20% increase" is about earnings, not the stock.</summary>
    ReportingVerb = 1UL << 22,
    /// <summary>Adjectives allowed between "a 3%" and its movement noun ("a 7% intraday gain").</summary>
    NounAdjective = 1UL << 23,
    /// <summary>Markers of an intraday peak.</summary>
    UpToSingle = 1UL << 24,
    /// <summary>Legal-form and share-class tokens that may follow a company mention.</summary>
    LegalSuffix = 1UL << 25,
    /// <summary>Leading words that are not part of a company's name ("Insurer Axa", "Rival Ericsson").</summary>
    NameStopWord = 1UL << 26,
    /// <summary>Capitalised words that are never a listed company's name on their own.</summary>
    NonCompanyName = 1UL << 27,
    /// <summary>Exchange words that make an "on the …" phrase a venue.</summary>
    ExchangeWord = 1UL << 28,
    /// <summary>Full names of weekdays and months (a date, not a name: 'on Monday', 'in May').</summary>
    WeekdayOrMonth = 1UL << 29,
    /// <summary>Words that make a mover the announcer's supplier ('supplier Foxconn').</summary>
    SupplierCue = 1UL << 30,
    /// <summary>Words that make a mover the announcer's peer ('rival Tencent').</summary>
    PeerCue = 1UL << 31,
    /// <summary>Words that make a mover the announcer's customer.</summary>
    CustomerCue = 1UL << 32,
    /// <summary>Stems that name an index on their own (case-sensitive as written by agencies).</summary>
    IndexStem = 1UL << 33,
    /// <summary>Stems that only name an index with a number or a head word after them ("S&amp;P 500", "CSI 300").</summary>
    IndexNumberedStem = 1UL << 34,
    /// <summary>Words ending a phrase that make it a company rather than an index ("Hang Seng Bank").</summary>
    IndexCorporateWord = 1UL << 35,
    /// <summary>Words of economic and commodity indices ("Consumer Price Index", "Baltic Dry Index").</summary>
    NotStockIndexWord = 1UL << 36,
    /// <summary>Head words that end an index name ('Philadelphia Semiconductor Index', 'Nikkei 225 Stock Average').</summary>
    IndexHeadWord = 1UL << 37,
    /// <summary>Function words and broad modifiers that are never inside an index name ('the broader Kospi', 'the main index').</summary>
    IndexNameBreak = 1UL << 38,
    /// <summary>Words for 'per cent' after a number ('5 pct', 'five percent', '3-per-cent'); 'per cent' as two words is matched by the rule.</summary>
    PercentUnit = 1UL << 39,
    /// <summary>Units after a percentage that make it a change of a rate, not a move ('2 percentage points', '25 basis points').</summary>
    PointUnit = 1UL << 40,
    /// <summary>Words right before a percentage that make it a level reached, not the size of a move ('fell to 3%', 'from 5%', 'hit 10%').</summary>
    LevelMarker = 1UL << 41,
    /// <summary>Words between a determiner and a movement noun's percentage ('a further 3% drop', 'a whopping 20% jump').</summary>
    MoveNounIntensifier = 1UL << 42,
    /// <summary>Determiners that open a noun phrase of movement ('a 3% drop', 'its 5% gain').</summary>
    Determiner = 1UL << 43,
    /// <summary>Words inside a movement noun phrase before the noun ('a sharp one-day 7% drop', 'the biggest intraday gain').</summary>
    MoveNounPremodifier = 1UL << 44,
    /// <summary>Words before a percentage or amount reached ('to about 11%', 'to more than $4 billion').</summary>
    AmountPremodifier = 1UL << 45,
    /// <summary>Function words after a percentage that end the search for a metric or level cue ('3% in Tokyo', '3% and …').</summary>
    ExclusionBreak = 1UL << 46,
    /// <summary>Words after 'in' that make a percentage a growth rate ('in constant currency', 'in local terms', 'in organic terms').</summary>
    ConstantBasis = 1UL << 47,
    /// <summary>Words of a comparison period after 'from a/the/last' ('from a year earlier', 'from the same quarter').</summary>
    PriorPeriodWord = 1UL << 48,
    /// <summary>Words allowed between two coordinated percentages and their places ('rose 3% and 2% in London and Paris').</summary>
    Connector = 1UL << 49,
    /// <summary>Prepositions before a capitalised name that make it an object, not a subject ('shares in Samsung', 'against Apple').</summary>
    Preposition = 1UL << 50,
    /// <summary>Words before 'shares' that leave the owner to the context ('sent shares up 7%', 'as shares fell').</summary>
    SharesOwnerVerb = 1UL << 51,
    /// <summary>Words after a percentage that start another clause: a qualifier or venue after them belongs to it.</summary>
    MoveBoundary = 1UL << 52,
    /// <summary>Nouns of an upward move that can be pared ('paring its gains to 1%').</summary>
    PareableUpNoun = 1UL << 53,
    /// <summary>Nouns of a downward move that can be pared ('trimming its losses to 2%').</summary>
    PareableDownNoun = 1UL << 54,
    /// <summary>Words between a pare verb and its noun ('pared some of its earlier gains').</summary>
    PareNounModifier = 1UL << 55,
    /// <summary>Verbs that shrink a move to what remains ('pared gains to 1%', 'narrowing the decline to 0.5%').</summary>
    PareVerb = 1UL << 56,
    /// <summary>Words after a percentage that end the search for its trading venue.</summary>
    VenueBoundary = 1UL << 57,
    /// <summary>Words of the trading session that may follow a venue name ('in Tokyo trading', 'in London on Monday').</summary>
    SessionWord = 1UL << 58,
}
