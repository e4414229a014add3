namespace CapexRadar.Capex.Extraction;

/// <summary>The vocabulary of capital spending: triggers, distractors, subjects, scopes and purposes. Lower-case words.</summary>
internal static class CapexLexicon
{
    /// <summary>Verbs and nouns that put an amount to work as spending ("plans to spend", "will invest", "capex of", "earmarked").</summary>
    public static readonly HashSet<string> Triggers =
    [
        "spend", "spends", "spending", "spent", "invest", "invests", "investing", "invested", "investment", "investments",
        "capex", "expenditure", "expenditures", "outlay", "outlays", "budget", "budgets", "budgeted", "budgeting",
        "earmark", "earmarks", "earmarked", "earmarking", "allocate", "allocates", "allocated", "allocating", "allocation",
        "pledge", "pledges", "pledged", "pledging", "commit", "commits", "committed", "committing", "commitment", "commitments",
        "pour", "pours", "poured", "pouring", "deploy", "deploys", "deployed", "deploying", "inject", "injects", "injected", "injecting",
        "plough", "ploughs", "ploughing", "plow", "plows", "plowing", "channel", "funnel", "sink", "sinks", "sinking",
        // "will pump RM20 billion into the next phase" (a capital injection into a company is told apart by InjectVerb)
        "pump", "pumps", "pumping",
        // "will devote €2 billion to", "dedicates $500 million to", "will destine 2,500 million euros to"
        "devote", "devotes", "devoting", "dedicate", "dedicates", "dedicating", "destine", "destines", "destining",
    ];

    /// <summary>"costing"/"worth" count as spending only after a build verb ("build a supercomputer costing €10 billion").</summary>
    public static readonly HashSet<string> CostWords = ["costing", "cost", "costs"];

    public static readonly HashSet<string> BuildVerbs =
    [
        "build", "builds", "building", "built", "construct", "constructs", "constructing", "constructed", "develop", "develops",
        "developing", "establish", "establishes", "establishing", "erect", "open", "opens", "opening", "set", "setting", "expand",
        "expands", "expanding", "create", "creates", "creating", "launch", "launches", "launching", "add", "adds", "adding",
    ];

    /// <summary>Words between a trigger and the amount that show the amount is something else (revenue, a price, a stake…).</summary>
    public static readonly HashSet<string> Blockers =
    [
        "revenue", "revenues", "sales", "profit", "profits", "income", "earnings", "ebitda", "margin", "turnover",
        "valuation", "valued", "value", "values", "market", "capitalisation", "capitalization", "dividend", "dividends",
        "buyback", "buybacks", "repurchase", "repurchases", "acquisition", "acquisitions", "acquire", "acquires", "acquired", "acquiring",
        "buy", "buys", "bought", "buying", "purchase", "purchases", "purchased", "paid", "pay", "pays", "paying", "stake", "stakes",
        "loan", "loans", "debt", "bond", "bonds", "notes", "financing", "funding", "fundraising", "subsidy", "subsidies", "grant", "grants",
        "awarded", "loss", "losses", "wiped", "wiping", "erased", "erasing", "price", "prices", "order", "orders", "contract", "contracts",
        "fine", "fined", "penalty", "settlement", "salary", "compensation", "tax", "taxes", "savings", "expenses", "opex", "deficit",
        "gap", "shortfall", "sell", "sells", "sold", "selling", "sale", "ipo", "bid", "offer", "offering", "raising", "backlog",
        "obligations", "cash", "reserves", "assets", "lease", "leases", "rent", "rental", "tariff", "tariffs",
        "writedown", "impairment", "charge", "charges", "package", "fund", "funds", "aid", "relief", "bailout", "rescue",
        "lost", "loses", "losing", "shed", "sheds", "shedding", "gained", "gains", "erase", "erases", "wipe", "wipes",
    ];

    /// <summary>Nouns right after an amount that make it a project's cost ("a $3.87 billion packaging plant", "a 10 billion ringgit AI hub").</summary>
    public static readonly HashSet<string> ProjectHeads =
    [
        "plant", "plants", "factory", "factories", "fab", "fabs", "facility", "facilities", "hub", "hubs", "campus", "campuses",
        "centre", "centres", "center", "centers", "datacenter", "datacenters", "datacentre", "datacentres", "cluster", "clusters",
        "supercomputer", "supercomputers", "project", "projects", "venture", "programme", "program", "expansion", "build", "buildout",
        "build-out", "investment", "investments", "site", "complex", "park", "line", "lines", "capacity", "infrastructure", "network",
        "region", "mine", "refinery", "terminal", "plan", "plans", "initiative", "commitment", "pledge", "capex", "spending", "upgrade",
        "construction", "development", "foundry", "gigafactory", "outlay", "investing", "expenditure", "reactor", "cable", "port",
    ];

    /// <summary>Nouns right after an amount that make it anything but capex.</summary>
    public static readonly HashSet<string> NonCapexHeads =
    [
        "acquisition", "acquisitions", "purchase", "takeover", "buyout", "merger", "stake", "loan", "loans", "bond", "bonds", "notes",
        "credit", "order", "orders", "contract", "contracts", "fund", "funding", "round", "raise", "raising", "ipo", "offering", "valuation",
        "package", "grant", "grants", "subsidy", "subsidies", "settlement", "fine", "charge", "writedown", "impairment", "loss", "profit",
        "revenue", "dividend", "buyback", "repurchase", "bid", "offer", "payout", "bonus", "deficit", "debt", "financing", "sale",
        "suit", "lawsuit", "penalty", "tax", "tariff", "bailout", "rescue", "deal", "equity", "lease", "backlog", "award",
        "fundraising", "fundraise", "capitalisation", "capitalization", "cash", "shares", "stock", "price",
    ];

    /// <summary>After "of"/"in"/"off": the amount measures one of these ("$80 billion of stock", "$16 billion in revenue").</summary>
    public static readonly HashSet<string> NonCapexObjects =
    [
        "stock", "shares", "share", "revenue", "revenues", "sales", "funding", "financing", "loans", "loan", "debt", "bonds", "grants",
        "subsidies", "equity", "market", "value", "assets", "cash", "losses", "profit", "profits", "income", "savings", "fines", "damages",
        "dividends", "buybacks", "orders", "valuation", "credit", "notes", "deposits", "capitalisation", "capitalization", "buyback",
        "repurchases", "dividend", "salaries", "wages", "bonuses", "interest", "fees", "royalties", "licensing",
        "start-ups", "startups", "start-up", "startup", "funds", "fund", "stocks", "equities", "securities", "treasuries",
        "support", "aid", "incentives", "tax", "taxes", "relief",
    ];

    /// <summary>Nouns after "investment" that make it a modifier, not spending ("investment properties", "investment bank").</summary>
    public static readonly HashSet<string> TriggerModifiedNouns =
    [
        "properties", "property", "bank", "banks", "banking", "banker", "bankers", "firm", "firms", "fund", "funds", "income", "grade",
        "company", "companies", "vehicle", "vehicles", "arm", "manager", "managers", "trust", "trusts", "portfolio", "portfolios",
        "return", "returns", "gains", "gain", "losses", "advice", "adviser", "advisers", "advisor", "advisors", "house", "committee",
        "banks", "product", "products", "holding", "holdings", "horizon", "thesis", "case", "opportunity", "opportunities", "climate",
        "treaty", "agency", "authority", "minister", "ministry", "office", "conference", "forum", "summit", "visa", "rating", "ratings",
    ];

    /// <summary>Words before "spending"/"investment" that make it operating or someone else's spending ("R&amp;D spending", "consumer spending").</summary>
    public static readonly HashSet<string> NonCapexSpendingKinds =
    [
        "r&d", "research", "marketing", "advertising", "ad", "operating", "consumer", "consumers", "household", "government", "public",
        "defence", "defense", "military", "social", "welfare", "customer", "promotional", "stimulus", "fiscal", "election", "campaign",
        "lobbying", "opex", "discretionary", "travel", "healthcare", "health",
    ];

    public static readonly HashSet<string> CompanyPronouns = ["it", "its", "they", "their", "we", "our"];

    /// <summary>Nouns that stand for a company after "the"/"a"/"its" ("the company", "the carrier", "a consortium").</summary>
    public static readonly HashSet<string> CompanyNouns =
    [
        "company", "firm", "group", "carrier", "operator", "chipmaker", "lender", "conglomerate", "partners", "venture", "consortium",
        "business", "unit", "developer", "startup", "start-up", "giant", "maker", "retailer", "bank", "insurer", "miner", "utility",
        "automaker", "carmaker", "manufacturer", "supplier", "provider", "platform", "owner", "parent", "subsidiary", "division",
        "designer", "producer", "investor", "fund", "joint", "jv", "corporation", "foundry", "hyperscaler", "telco", "airline",
    ];

    /// <summary>Nouns for a company formed or owned by others ("the venture of A and B", "the data-centre arm of C").</summary>
    public static readonly HashSet<string> VehicleNouns =
    [
        "venture", "ventures", "jv", "consortium", "partnership", "arm", "unit", "subsidiary", "affiliate", "vehicle", "division",
        "spinoff", "spin-off", "offshoot", "alliance",
    ];

    /// <summary>Subjects that are many spenders at once: the amount is a projection for a market, not one company's plan.</summary>
    public static readonly HashSet<string> AggregateMarkers =
    [
        "worldwide", "global", "globally", "world", "world's", "industry", "industry-wide", "sector", "companies", "firms",
        "hyperscalers", "investors", "governments", "countries", "nations", "domestic", "national", "nationwide", "providers",
        "players", "platforms", "businesses", "economies", "enterprises", "developers", "operators", "giants", "makers", "carriers",
        "groups", "participants", "buyers", "spenders", "corporations", "states", "collective", "aggregate", "hyperscaler",
    ];

    public static readonly HashSet<string> GlobalWords = ["worldwide", "global", "globally", "world", "world's", "international", "planet"];
    public static readonly HashSet<string> DomesticWords = ["domestic", "national", "nationwide", "domestically"];
    public static readonly HashSet<string> IndustryWords =
    [
        "companies", "firms", "hyperscalers", "hyperscaler", "industry", "sector", "providers", "players", "platforms", "giants", "businesses",
        "enterprises", "operators", "makers", "carriers", "corporations", "buyers", "spenders",
    ];

    /// <summary>Verbs that report speech or a projection; "that" after them opens the reported clause.</summary>
    public static readonly HashSet<string> ReportingVerbs =
    [
        "said", "says", "say", "told", "tells", "estimate", "estimates", "estimated", "estimating", "expect", "expects", "expected",
        "project", "projects", "projected", "projecting", "predict", "predicts", "predicted", "predicting", "forecast", "forecasts",
        "forecasted", "forecasting", "believe", "believes", "believed", "see", "sees", "saw", "reckon", "reckons", "calculated",
        "calculates", "wrote", "writes", "noted", "notes", "added", "argued", "argues", "stated", "announced", "reported", "reports",
        "show", "shows", "showed", "suggest", "suggests", "think", "thinks", "warned", "warns", "cited", "cites", "claimed", "claims",
    ];

    /// <summary>Predicates of a projection: "will reach", "should exceed", "to climb to", "to be spent".</summary>
    public static readonly HashSet<string> ForecastPredicates =
    [
        "reach", "reaches", "exceed", "exceeds", "surpass", "surpasses", "top", "tops", "hit", "climb", "climbs", "rise", "rises",
        "grow", "grows", "escalate", "escalates", "balloon", "double", "triple", "total", "totals", "amount", "swell", "soar", "jump",
        "touch", "touches", "near", "approach", "approaches", "hit", "hits", "surge", "increase", "expand",
    ];

    public static readonly HashSet<string> PersonPronouns = ["he", "she", "his", "her"];

    /// <summary>Prepositions that make an organisation a modifier, not the subject ("a venture of OpenAI", "with NEOM", "by SoftBank Group").</summary>
    public static readonly HashSet<string> Prepositions =
    [
        "of", "by", "from", "with", "for", "to", "at", "in", "on", "including", "as", "like", "than", "between", "among", "into",
        "via", "under", "alongside", "besides", "against", "about", "behind", "through", "toward", "towards", "beyond", "over", "after",
        "before", "joined", "join", "joining", "and", "plus", "such", "unlike", "versus", "vs",
    ];

    /// <summary>Words after an organisation that make it a source, not a spender ("Morgan Stanley analysts").</summary>
    /// <summary>Words in the names of organisations that project markets rather than spend.</summary>
    public static readonly HashSet<string> ForecasterNameWords =
    [
        "research", "insights", "analytics", "intelligence", "consulting", "consultancy", "consultants", "economics", "advisory", "securities",
    ];

    public static readonly HashSet<string> SourceNouns =
    [
        "analyst", "analysts", "economist", "economists", "researchers", "research", "strategists", "strategist", "estimates", "data",
        "report", "survey", "study", "note", "consultants",
    ];

    public static readonly HashSet<string> PriorCues =
    [
        "previous", "previously", "earlier", "prior", "initial", "initially", "original", "originally", "old", "former", "preceding",
    ];

    /// <summary>Nouns of a spending plan, for priors stated on their own ("previously aiming for a $50 billion target").</summary>
    public static readonly HashSet<string> PlanNouns =
    [
        "plan", "plans", "target", "targets", "forecast", "forecasts", "estimate", "estimates", "guidance", "budget", "budgets",
        "range", "goal", "goals", "figure", "projection", "outlook", "commitment", "pledge", "aim", "aiming", "capex", "spending",
        "investment", "earmarked", "projected", "planned", "laid", "set", "targeted", "allocated", "budgeted", "targeting", "planning",
    ];

    /// <summary>Purpose labels, by keyword.</summary>
    public static readonly Dictionary<string, string> Purposes = new()
    {
        ["models"] = "AI models", ["model"] = "AI models", ["llm"] = "AI models", ["llms"] = "AI models",
        ["centre"] = "data centres", ["centres"] = "data centres", ["center"] = "data centres", ["centers"] = "data centres",
        ["datacenter"] = "data centres", ["datacenters"] = "data centres", ["datacentre"] = "data centres", ["datacentres"] = "data centres",
        ["chip"] = "chips", ["chips"] = "chips", ["semiconductor"] = "chips", ["semiconductors"] = "chips", ["processors"] = "chips",
        ["gpus"] = "chips", ["gpu"] = "chips", ["accelerators"] = "chips", ["hbm"] = "chips", ["memory"] = "chips",
        ["cloud"] = "cloud", ["infrastructure"] = "infrastructure", ["servers"] = "servers", ["server"] = "servers",
        ["networking"] = "networking", ["network"] = "networking", ["networks"] = "networking",
        ["power"] = "energy", ["energy"] = "energy", ["reactor"] = "energy", ["nuclear"] = "energy", ["electricity"] = "energy",
        ["fab"] = "manufacturing", ["fabs"] = "manufacturing", ["plant"] = "manufacturing", ["factory"] = "manufacturing",
        ["manufacturing"] = "manufacturing", ["packaging"] = "manufacturing", ["production"] = "manufacturing",
        ["research"] = "research", ["r&d"] = "research", ["supercomputer"] = "computing", ["computing"] = "computing",
        ["compute"] = "computing", ["cluster"] = "computing",
    };

    public static readonly Dictionary<string, string> CurrencyCountry = new()
    {
        ["JPY"] = "JP", ["CNY"] = "CN", ["KRW"] = "KR", ["INR"] = "IN", ["SAR"] = "SA", ["AED"] = "AE", ["GBP"] = "GB", ["AUD"] = "AU",
        ["CAD"] = "CA", ["HKD"] = "HK", ["TWD"] = "TW", ["SGD"] = "SG", ["CHF"] = "CH", ["MYR"] = "MY", ["BRL"] = "BR", ["MXN"] = "MX",
        ["IDR"] = "ID", ["THB"] = "TH", ["VND"] = "VN", ["PHP"] = "PH", ["TRY"] = "TR", ["ZAR"] = "ZA", ["SEK"] = "SE", ["NOK"] = "NO",
        ["DKK"] = "DK", ["PLN"] = "PL", ["ILS"] = "IL", ["QAR"] = "QA", ["KWD"] = "KW", ["EGP"] = "EG", ["NGN"] = "NG", ["NZD"] = "NZ",
    };
}
