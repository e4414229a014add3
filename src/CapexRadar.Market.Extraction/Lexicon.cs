using CapexRadar.Domain;

namespace CapexRadar.Market.Extraction;

/// <summary>
/// The vocabulary of market reports: movement verbs and nouns, the filler words that may sit between a verb and
/// its percentage, the nouns that name a company's stock, and the nouns of financial metrics whose percentages are
/// not share-price moves. All lookups are on lower-cased tokens.
/// </summary>
internal static class Lexicon
{
    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.Ordinal);

    private static Dictionary<string, MoveDirection> Map(MoveDirection dir, params string[] words)
    {
        var d = new Dictionary<string, MoveDirection>(StringComparer.Ordinal);
        foreach (var w in words) d[w] = dir;
        return d;
    }

    private static Dictionary<string, MoveDirection> Merge(params Dictionary<string, MoveDirection>[] maps)
    {
        var d = new Dictionary<string, MoveDirection>(StringComparer.Ordinal);
        foreach (var m in maps)
            foreach (var kv in m) d[kv.Key] = kv.Value;
        return d;
    }

    /// <summary>Verbs that carry a direction by themselves ("rose 3%", "slid 2%").</summary>
    public static readonly Dictionary<string, MoveDirection> DirectionVerbs = Merge(
        Map(MoveDirection.Up,
            "rose", "rise", "rises", "rising", "risen",
            "jumped", "jump", "jumps", "jumping",
            "surged", "surge", "surges", "surging",
            "soared", "soar", "soars", "soaring",
            "gained", "gain", "gains", "gaining",
            "climbed", "climb", "climbs", "climbing",
            "rallied", "rally", "rallies", "rallying",
            "advanced", "advance", "advances", "advancing",
            "added", "add", "adds", "adding",
            "rebounded", "rebound", "rebounds", "rebounding",
            "spiked", "spike", "spikes", "spiking",
            "leapt", "leaped", "leap", "leaps", "leaping",
            "rocketed", "rocket", "rockets", "rocketing", "skyrocketed", "skyrocketing",
            "popped", "pops", "popping",
            "firmed", "firms", "firming",
            "recovered", "recovering", "bounced", "bouncing",
            "increased", "increases", "increasing",
            "put", "puts", "putting", "tacked"),
        Map(MoveDirection.Down,
            "fell", "fall", "falls", "falling", "fallen",
            "slid", "slide", "slides", "sliding",
            "tumbled", "tumble", "tumbles", "tumbling",
            "dropped", "drop", "drops", "dropping",
            "sank", "sink", "sinks", "sinking", "sunk",
            "plunged", "plunge", "plunges", "plunging",
            "plummeted", "plummet", "plummets", "plummeting",
            "declined", "decline", "declines", "declining",
            "lost", "lose", "loses", "losing",
            "slumped", "slump", "slumps", "slumping",
            "retreated", "retreat", "retreats", "retreating",
            "shed", "sheds", "shedding",
            "dipped", "dip", "dips", "dipping",
            "slipped", "slip", "slips", "slipping",
            "eased", "eases", "easing",
            "weakened", "weakening",
            "skidded", "skid", "skids", "skidding",
            "tanked", "tanking",
            "crashed", "crashing", "cratered", "cratering",
            "dived", "dove", "dive", "dives", "diving",
            "sagged", "sagging",
            "decreased", "decrease", "decreases", "decreasing"));

    /// <summary>Verbs that need "put on", "tacked on": only count with "on" right after them.</summary>
    public static readonly HashSet<string> NeedsOn = Set("put", "puts", "putting", "tacked");

    /// <summary>Verbs without a direction of their own: "closed 2% lower", "was up 3%", "edged up 1%".</summary>
    public static readonly HashSet<string> NeutralVerbs = Set(
        "closed", "close", "closes", "closing",
        "ended", "end", "ends", "ending",
        "finished", "finish", "finishes", "finishing",
        "settled", "settle", "settles", "settling",
        "traded", "trades",
        "opened", "opens", "opening",
        "was", "were", "is", "are", "stood", "stands", "standing", "been", "being",
        "edged", "edge", "edges", "edging", "inched", "inch", "inches", "inching",
        "ticked", "tick", "ticks", "ticking", "moved", "moves", "moving", "crept", "creeping",
        "drifted", "drifting", "shot", "shooting", "gave", "giving", "pared", "paring",
        "turned", "turn", "turns", "turning", "swung", "swing", "swings", "swinging", "flipped", "flip", "flips", "flipping");

    /// <summary>Closing-price verbs.</summary>
    public static readonly HashSet<string> CloseVerbs = Set(
        "closed", "close", "closes", "closing", "ended", "end", "ends", "ending",
        "finished", "finish", "finishes", "finishing", "settled", "settle", "settles", "settling");

    /// <summary>Nouns of movement: "an increase of 7.8%", "a 3% drop".</summary>
    public static readonly Dictionary<string, MoveDirection> DirectionNouns = Merge(
        Map(MoveDirection.Up, "increase", "increases", "gain", "gains", "rise", "rises", "jump", "jumps", "surge",
            "surges", "rally", "rallies", "advance", "advances", "climb", "rebound", "spike", "leap", "uptick", "pop"),
        Map(MoveDirection.Down, "decline", "declines", "drop", "drops", "fall", "falls", "loss", "losses", "slide",
            "plunge", "slump", "retreat", "dip", "tumble", "decrease", "selloff", "sell-off", "slip"));

    public static readonly HashSet<string> UpAdverbs = Set("up", "higher");
    public static readonly HashSet<string> DownAdverbs = Set("down", "lower");

    /// <summary>Words that may stand between a movement verb and its percentage.</summary>
    public static readonly HashSet<string> Fillers = Set(
        "by", "as", "much", "about", "around", "roughly", "nearly", "almost", "approximately", "some", "more", "than",
        "over", "just", "a", "an", "the", "further", "another", "additional", "extra", "daily", "limit", "maximum",
        "of", "at", "one", "point", "stage", "intraday", "sharply", "steeply", "significant", "significantly",
        "strong", "sharp", "steep", "modest", "modestly", "slight", "slightly", "session", "trading", "trade", "early",
        "late", "morning", "afternoon", "in", "on", "today", "yesterday", "overnight", "initially", "briefly",
        "record", "big", "hefty", "whopping", "its", "their", "only", "still", "day", "week", "'", "’", "s", "'s", "’s",
        "full", "whole", "respective", "respectively", "nearly", "fully", "marginally", "well", "another", "regular",
        "extended", "after-hours", "premarket", "pre-market", "overnight", "midday");

    /// <summary>Nouns that stand for a company as a subject ("the company fell 3%", "the chipmaker's shares").</summary>
    public static readonly HashSet<string> CompanyNouns = Set(
        "company", "group", "firm", "chipmaker", "carmaker", "automaker", "lender", "insurer", "carrier", "operator",
        "developer", "maker", "giant", "conglomerate", "retailer", "miner", "startup", "start-up", "manufacturer",
        "producer", "supplier", "provider", "designer", "foundry", "utility", "bank", "owner", "parent", "unit");

    /// <summary>Auxiliaries and adverbs between a subject and its predicate ("shares had also climbed").</summary>
    public static readonly HashSet<string> AuxSkip = Set(
        "was", "were", "is", "are", "had", "has", "have", "been", "being", "also", "briefly", "initially", "later",
        "then", "eventually", "earlier", "subsequently", "sharply", "just", "having", "little", "changed",
        "unchanged", "flat", "steady", "each", "both", "all", "itself", "themselves", "today", "yesterday",
        "overnight", "respectively", "together", "collectively", "too", "likewise", "similarly", "meanwhile",
        "at", "one", "point", "stage", "intraday", "alone", "still", "already", "duly", "separately", "last");

    /// <summary>Conjunctions after which a predicate shares the subject of the previous move.</summary>
    public static readonly HashSet<string> Conjunctions = Set("and", "but", "before", "after", "then", "while", "though", "as", "until", "or");

    /// <summary>Number words for percentages written out ("rose five percent", "fell twenty-two per cent").</summary>
    public static readonly Dictionary<string, int> NumberWords = new(StringComparer.Ordinal)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16,
        ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50,
        ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    /// <summary>Words that open a parenthetical between a subject and its verb (", which makes…,").</summary>
    public static readonly HashSet<string> ParentheticalStarters = Set(
        "which", "who", "whose", "that", "seen", "known", "a", "an", "the", "one", "based", "dominated", "comprising",
        "including", "itself", "now", "formerly", "also", "both", "each", "listed", "owned", "controlled", "backed",
        "part", "like", "along", "such", "among", "widely", "considered", "regarded", "headquartered", "founded",
        "its", "their", "whose", "long", "once", "traded", "valued", "worth", "itself", "in", "with", "led", "made",
        "home", "parent", "owner", "maker", "operator", "until", "despite", "after", "following", "amid", "for",
        "having", "however", "meanwhile", "too", "by", "another", "his", "her", "rival", "fellow", "peer", "sister");

    /// <summary>Nouns that name a company's stock.</summary>
    public static readonly HashSet<string> StockNouns = Set(
        "shares", "stock", "stocks", "adrs", "adr", "adss", "ads", "receipts", "a-shares", "h-shares", "b-shares");

    /// <summary>Nouns after "stock"/"shares" that make a compound, not a stock ("stock exchange", "share buyback").</summary>
    public static readonly HashSet<string> StockCompounds = Set(
        "exchange", "exchanges", "market", "markets", "index", "indices", "indexes", "options", "option", "split",
        "splits", "buyback", "buybacks", "trading", "prices", "award", "awards", "plan", "plans", "sale", "sales",
        "offering", "offerings", "issue", "issuance", "listing", "swap", "swaps", "purchase", "purchases", "deal",
        "deals", "picks", "pick", "analysts", "analyst", "investors", "futures", "compensation", "holders",
        "holder", "holdings", "register", "capital", "count", "repurchase", "repurchases", "grants", "grant",
        "pledge", "pledges", "placement", "placements", "exchange's", "connect", "valuations", "valuation");

    /// <summary>Modifiers inside a stock noun phrase ("its Hong Kong-listed B shares", "American depositary receipts").</summary>
    public static readonly HashSet<string> StockModifiers = Set(
        "american", "depositary", "depository", "class", "common", "ordinary", "preferred", "voting", "non-voting",
        "listed", "dual-listed", "primary", "secondary", "domestic", "foreign", "overseas", "registered", "u", "s",
        "us", "a", "b", "h", "r", "k", "n", "newly", "issued", "mainland", "onshore", "offshore", "tradable",
        "underlying", "own");

    /// <summary>Metric nouns: a percentage whose subject is one of these is not a share-price move.</summary>
    public static readonly HashSet<string> MetricNouns = Set(
        "revenue", "revenues", "sales", "turnover", "profit", "profits", "earnings", "income", "ebitda", "ebit", "eps",
        "margin", "margins", "orders", "bookings", "backlog", "obligations", "shipments", "deliveries", "volume",
        "volumes", "output", "production", "capacity", "demand", "exports", "imports", "prices", "cost", "costs",
        "spending", "capex", "expenditure", "expenditures", "investment", "investments", "budget", "budgets",
        "guidance", "forecast", "forecasts", "outlook", "target", "targets", "estimate", "estimates", "stake", "stakes",
        "holding", "holdings", "ownership", "rate", "rates", "yield", "yields", "inflation", "gdp", "growth",
        "dividend", "dividends", "payout", "value", "valuation", "valuations", "capitalisation", "capitalization",
        "cap", "users", "subscribers", "traffic", "usage", "headcount", "workforce", "staff", "jobs", "wages",
        "salaries", "loans", "lending", "deposits", "assets", "debt", "factor", "premium", "discount", "tariff",
        "tariffs", "sales", "rpo", "arpu", "cpi", "ppi", "pmi", "unemployment", "population", "emissions",
        "consumption", "utilisation", "utilization", "occupancy", "funding", "cash", "flow", "inventories",
        "inventory", "stockpiles", "reserves", "bonus", "bonuses", "salary", "pay", "interest", "spreads", "spread",
        "premiums", "net", "gross", "operating", "shipment", "tax", "taxes", "fees", "price", "share", "metal",
        "oil", "gold", "copper", "silver", "crude", "bitcoin", "currency", "dollar", "euro", "yen", "yuan", "won",
        "rupee", "pound", "sterling", "franc", "bonds", "treasuries", "treasury", "bund", "bunds", "gilts");

    /// <summary>Words after a percentage that make it a level, a stake or a growth rate rather than a move.</summary>
    public static readonly HashSet<string> PostExclusions = Set(
        "stake", "stakes", "share", "holding", "ownership", "premium", "discount", "margin", "yield", "rate", "interest",
        "dividend", "year-on-year", "yoy", "y-o-y", "on-year", "year-over-year", "annually", "annual", "cagr",
        "owned", "interest", "tariff", "tariffs", "cut", "pay", "stake", "voting", "capital", "compound",
        "year-on-yea", "quarter-on-quarter", "month-on-month", "sequentially", "constant", "organic", "organically");

    /// <summary>Scale words: "to $455 billion" after a percentage means a metric, not a share price.</summary>
    public static readonly HashSet<string> ScaleWords = Set(
        "billion", "million", "trillion", "bn", "mn", "m", "b", "tn", "trn", "crore", "crores", "lakh", "mln", "bln",
        "thousand");

    /// <summary>Verbs like "lift" or "drag" followed by an index or stock and a percentage ("helping lift the TAIEX 1.3%").</summary>
    public static readonly Dictionary<string, MoveDirection> CausativeVerbs = Merge(
        Map(MoveDirection.Up, "lift", "lifts", "lifted", "lifting", "boost", "boosts", "boosted", "boosting",
            "push", "pushes", "pushed", "pushing", "drive", "drives", "drove", "driving", "send", "sends", "sent",
            "sending", "propel", "propelled", "propelling"),
        Map(MoveDirection.Down, "drag", "drags", "dragged", "dragging", "pull", "pulls", "pulled", "pulling",
            "weigh", "weighs", "weighed", "weighing", "knock", "knocks", "knocked", "knocking", "sink", "sank",
            "hammer", "hammered", "hammering"));

    /// <summary>Verbs of results announcements: "X reported a 20% increase" is about earnings, not the stock.</summary>
    public static readonly HashSet<string> ReportingVerbs = Set(
        "reported", "reports", "report", "announced", "announces", "forecast", "forecasts", "projected", "projects",
        "expects", "expected", "guided", "estimated", "estimates", "sees", "targets", "plans", "planned",
        "said", "says", "predicted", "predicts", "expect", "anticipates");

    /// <summary>Adjectives allowed between "a 3%" and its movement noun ("a 7% intraday gain").</summary>
    public static readonly HashSet<string> NounAdjectives = Set(
        "intraday", "one-day", "single-day", "daily", "weekly", "session", "overnight", "further", "sharp", "steep",
        "share", "stock", "share-price", "price");

    /// <summary>Markers of an intraday peak.</summary>
    public static readonly HashSet<string> UpToSingles = Set("intraday", "briefly");

    /// <summary>Legal-form and share-class tokens that may follow a company mention.</summary>
    public static readonly HashSet<string> LegalSuffixes = Set(
        "inc", "corp", "co", "ltd", "plc", "se", "sa", "nv", "ag", "ab", "oyj", "oy", "asa", "llc", "lp", "spa",
        "bhd", "tbk", "kk", "pte", "limited", "corporation", "incorporated", "company", "holdings", "group", "a/s",
        "a-s", "s.a", "n.v", "s.p.a", "sas", "gmbh", "bv", "pjsc", "psc", "jsc", "pcl", "berhad", "tbk");

    /// <summary>Leading words that are not part of a company's name ("Insurer Axa", "Rival Ericsson").</summary>
    public static readonly HashSet<string> NameStopWords = Set(
        "the", "a", "an", "in", "at", "on", "among", "and", "but", "while", "earlier", "later", "meanwhile",
        "elsewhere", "also", "shares", "stocks", "share", "stock", "its", "their", "rival", "rivals", "peer", "peers",
        "parent", "insurer", "lender", "carrier", "retailer", "miner", "brewer", "drugmaker", "carmaker", "automaker",
        "chipmaker", "operator", "developer", "supplier", "maker", "producer", "bank", "of", "with", "by", "for",
        "from", "to", "as", "after", "before", "then", "however", "still", "overall", "by", "compared", "against",
        "investors", "analysts", "traders", "unit", "subsidiary", "group", "firm", "company", "conglomerate",
        "utility", "shipper", "telecom", "telco", "giant", "heavyweight", "heavyweights", "index", "benchmark",
        "both", "all", "each", "other", "some", "most", "many", "several", "paper", "tech", "technology");

    /// <summary>Capitalised words that are never a listed company's name on their own.</summary>
    public static readonly HashSet<string> NonCompanyNames = Set(
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan",
        "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "europe", "asia", "africa",
        "america", "americas", "wall", "street", "brent", "wti", "gold", "silver", "copper", "oil", "bitcoin", "ether",
        "ethereum", "dollar", "euro", "yen", "yuan", "renminbi", "won", "rupee", "pound", "sterling", "franc",
        "treasury", "treasuries", "bund", "gilts", "chinese", "japanese", "american", "korean", "indian", "european",
        "asian", "german", "french", "british", "taiwanese", "australian", "us", "u.s", "uk", "eu", "it", "they",
        "he", "she", "we", "this", "that", "these", "those", "there", "here", "investors", "analysts", "traders",
        "markets", "market", "shares", "stocks", "equities", "bonds", "futures", "index", "inflation", "gdp",
        "exports", "imports", "sales", "revenue", "profit", "earnings", "eps", "ebitda", "capex", "spending",
        "prices", "demand", "orders", "shipments", "production", "output", "growth", "volumes", "volume", "gmt",
        "cet", "est", "am", "pm", "q1", "q2", "q3", "q4", "h1", "h2", "fy", "ai", "ceo", "cfo", "nasdaq", "nyse",
        "dow", "the", "in", "at", "on", "a", "an", "and", "but", "so", "yet", "if", "when", "after", "before",
        "meanwhile", "earlier", "later", "elsewhere", "overall", "however", "still", "also", "trading", "today",
        "mainland", "global", "world", "government", "state", "federal", "central", "national",
        // Sector words that open generic phrases ("Chip shares", "Tech stocks").
        "chip", "chips", "chipmakers", "bank", "banks", "banking", "tech", "technology", "property", "energy", "mining",
        "retail", "auto", "autos", "telecom", "telecoms", "media", "insurance", "utility", "utilities", "defence",
        "defense", "airline", "airlines", "steel", "paper", "semiconductor", "semiconductors", "software", "internet",
        "pharma", "health", "healthcare", "consumer", "industrial", "industrials", "financial", "financials", "real",
        "estate", "construction", "transport", "shipping", "solar", "battery", "ev", "cloud", "data", "gaming",
        "luxury", "food", "beverage", "hardware", "server", "memory", "equipment", "power", "nuclear", "growth",
        "value", "blue-chip", "small-cap", "large-cap", "mid-cap", "emerging", "regional", "domestic", "foreign",
        "overseas", "hong", "kong", "new", "york", "london", "tokyo", "seoul", "taipei", "shanghai", "shenzhen");

    /// <summary>Financial centres that name a trading venue after "in" ("rose 3% in Frankfurt").</summary>
    public static readonly string[] FinancialCentres =
    [
        "Hong Kong", "Shanghai", "Shenzhen", "Beijing", "Tokyo", "Osaka", "Seoul", "Taipei", "Mumbai", "Bombay",
        "New York", "London", "Frankfurt", "Paris", "Amsterdam", "Zurich", "Stockholm", "Helsinki", "Oslo",
        "Copenhagen", "Sydney", "Melbourne", "Singapore", "Riyadh", "Abu Dhabi", "Dubai", "Doha", "Toronto", "Milan",
        "Madrid", "Brussels", "Lisbon", "Dublin", "Vienna", "Warsaw", "Tel Aviv", "Jakarta", "Kuala Lumpur",
        "Bangkok", "Manila", "Johannesburg", "Sao Paulo", "São Paulo", "Mexico City", "Istanbul", "Wellington",
        "Auckland", "Chicago", "Athens", "Prague", "Budapest", "Santiago", "Lima", "Buenos Aires", "Karachi",
        "Ho Chi Minh City", "Hanoi", "Cairo", "Kuwait", "Muscat", "Bahrain", "Geneva", "Luxembourg", "Reykjavik",
    ];

    public static readonly string[][] FinancialCentreParts = FinancialCentres.Select(c => c.Split(' ')).ToArray();

    public static readonly HashSet<string> CentreFirstWords =
        new(FinancialCentres.Select(c => c.Split(' ')[0].ToLowerInvariant()), StringComparer.Ordinal);

    /// <summary>Exchange words that make an "on the …" phrase a venue.</summary>
    public static readonly HashSet<string> ExchangeWords = Set(
        "exchange", "nasdaq", "nyse", "euronext", "tadawul", "bourse", "xetra", "kosdaq", "chinext", "star", "arca",
        "amex", "otc", "aim", "hkex", "sgx", "asx", "tsx", "lse", "jse", "bse", "nse");

    public static bool IsWeekdayOrMonth(string lower) => lower is "monday" or "tuesday" or "wednesday" or "thursday"
        or "friday" or "saturday" or "sunday" or "january" or "february" or "march" or "april" or "may" or "june"
        or "july" or "august" or "september" or "october" or "november" or "december";

    /// <summary>Text cues for how a mover relates to the announcer.</summary>
    public static readonly Dictionary<string, MoveRelation> RelationCues = new(StringComparer.Ordinal)
    {
        ["supplier"] = MoveRelation.Supplier, ["suppliers"] = MoveRelation.Supplier, ["vendor"] = MoveRelation.Supplier,
        ["vendors"] = MoveRelation.Supplier, ["contractor"] = MoveRelation.Supplier, ["contractors"] = MoveRelation.Supplier,
        ["supplies"] = MoveRelation.Supplier, ["supply"] = MoveRelation.Supplier, ["supplying"] = MoveRelation.Supplier,
        ["rival"] = MoveRelation.Peer, ["rivals"] = MoveRelation.Peer, ["peer"] = MoveRelation.Peer,
        ["peers"] = MoveRelation.Peer, ["competitor"] = MoveRelation.Peer, ["competitors"] = MoveRelation.Peer,
        ["counterpart"] = MoveRelation.Peer, ["counterparts"] = MoveRelation.Peer, ["fellow"] = MoveRelation.Peer,
        ["customer"] = MoveRelation.Customer, ["customers"] = MoveRelation.Customer, ["client"] = MoveRelation.Customer,
        ["clients"] = MoveRelation.Customer,
    };

    /// <summary>Descriptors naming a supplier-like sector ("chipmakers", "server maker") without saying "supplier".</summary>
    public static readonly Dictionary<string, string> SectorDescriptors = new(StringComparer.Ordinal)
    {
        ["chipmaker"] = "chipmaker", ["chipmakers"] = "chipmaker", ["semiconductor"] = "chipmaker",
        ["semiconductors"] = "chipmaker", ["chip"] = "chipmaker", ["chips"] = "chipmaker", ["foundry"] = "foundry",
        ["foundries"] = "foundry", ["memory"] = "memory", ["equipment"] = "equipment", ["toolmaker"] = "equipment",
        ["toolmakers"] = "equipment", ["server"] = "server", ["servers"] = "server", ["optical"] = "optical",
        ["optical-module"] = "optical", ["networking"] = "networking", ["cooling"] = "cooling", ["power"] = "power",
        ["printed-circuit-board"] = "materials", ["pcb"] = "materials", ["materials"] = "materials",
        ["data-centre"] = "datacenter", ["data-center"] = "datacenter", ["utility"] = "utility",
        ["utilities"] = "utility", ["generators"] = "utility",
    };
}
