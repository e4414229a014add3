namespace CapexRadar.Entities.Extraction;

/// <summary>Lexical classes of a word, looked up once per token (bit set).</summary>
[Flags]
internal enum Lex : ulong
{
    None = 0,
    /// <summary>Legal-form suffix: Inc, Corp, Co, Ltd, Limited, LLC, plc, AG, SA, SE, NV, GmbH, Oyj…</summary>
    Legal = 1UL << 0,
    /// <summary>Word that ends an organisation name by itself: Group, Holdings, Technologies, Systems, Bank…</summary>
    OrgHead = 1UL << 1,
    /// <summary>Common noun naming a kind of organisation: maker, chipmaker, startup, lab, operator, rival…</summary>
    Descriptor = 1UL << 2,
    /// <summary>Function or very common word that cannot start a name on its own (sentence-initial "The", "Shares").</summary>
    Stop = 1UL << 3,
    Month = 1UL << 4,
    Weekday = 1UL << 5,
    /// <summary>Reporting verb: said, told, wrote…</summary>
    Speech = 1UL << 6,
    /// <summary>Word of a job title: chief, executive, president, chairman, founder, minister…</summary>
    Role = 1UL << 7,
    /// <summary>Demonym: Chinese, American, French…</summary>
    Demonym = 1UL << 8,
    /// <summary>Ends a name that is not an organisation: Ministry, Commission, Index, Act, Center, Summit…</summary>
    NonOrgHead = 1UL << 9,
    /// <summary>Named product or model family: ChatGPT, Qwen, Blackwell…</summary>
    Product = 1UL << 10,
    /// <summary>Noun after a name that makes the name a product or a site: model, chip, campus, plant…</summary>
    ProductNoun = 1UL << 11,
    /// <summary>Division word after a known company: Cloud, Web Services, Azure…</summary>
    Division = 1UL << 12,
    GivenName = 1UL << 13,
    Surname = 1UL << 14,
    /// <summary>Generic corporate word that does not make a different company: Group, Holding, Holdings, International…</summary>
    CorpGeneric = 1UL << 15,
    /// <summary>Geographic designator after a place name: Prefecture, Province, County, Parish, State…</summary>
    GeoDesignator = 1UL << 16,
    /// <summary>Generic acronym that is never a company: AI, GPU, HBM, IPO…</summary>
    Acronym = 1UL << 17,
    /// <summary>Word that makes a government role political (President of a country, Minister…).</summary>
    PoliticalRole = 1UL << 18,
    /// <summary>Financial-market index word: Index, Composite, Average…</summary>
    IndexWord = 1UL << 19,
    /// <summary>Locative preposition: in, at, near, from…</summary>
    Locative = 1UL << 20,
    /// <summary>Verb of buying or owning after which a name is an organisation: bought, acquired, stake (in)…</summary>
    Deal = 1UL << 21,
    /// <summary>Company anaphor head: company, firm, group, carrier…</summary>
    Anaphor = 1UL << 22,
    /// <summary>Political context word: government, administration, White House…</summary>
    PoliticalContext = 1UL << 23,
    /// <summary>Index name head (KOSPI, Nikkei, Hang Seng…) that starts an index name.</summary>
    IndexName = 1UL << 24,
    /// <summary>Verb of buying: "bought Z", "acquired Z".</summary>
    DealBefore = 1UL << 25,
    /// <summary>"stake in Z", "invested in Z".</summary>
    DealIn = 1UL << 26,
    /// <summary>"acquisition of Z", "takeover of Z".</summary>
    DealOf = 1UL << 27,
    /// <summary>"agreement with Z", "merger with Z".</summary>
    DealWith = 1UL << 28,
    /// <summary>Ownership participle after a hyphen: "Blackstone-owned", "Sequoia-backed".</summary>
    Owned = 1UL << 29,
    /// <summary>analysts, economists, strategists.</summary>
    Analyst = 1UL << 30,
    /// <summary>shares, stock, shareholders, ADRs.</summary>
    ShareWord = 1UL << 31,
    /// <summary>unit, division, arm, subsidiary…: "ByteDance's Volcano Engine cloud unit".</summary>
    DivisionNoun = 1UL << 32,
    /// <summary>Descriptor that may take a comma before the name: "unit, Reliance Intelligence".</summary>
    CommaDescriptor = 1UL << 33,
    /// <summary>Share-price move verb: rose, fell, added, slid…</summary>
    MoveVerb = 1UL << 34,
    /// <summary>Industry noun inside company names: "Arabian Internet and Communications Services Co."</summary>
    Industry = 1UL << 35,
    /// <summary>"led by Z", "backed by Z": an agent that is an investor or owner.</summary>
    AgentBy = 1UL << 36,
    /// <summary>Other words a context pattern looks at: based, known, its, venture, consortium, manager.</summary>
    ContextCue = 1UL << 37,
}

internal static class Lexicon
{

    public static readonly string[] LegalSuffixes =
    [
        "Inc", "Incorporated", "Corp", "Corporation", "Co", "Company", "Ltd", "Limited", "LLC", "L.L.C", "PLC", "Plc",
        "AG", "SA", "SE", "NV", "BV", "GmbH", "Oyj", "OYJ", "Oy", "Abp", "AB", "ASA", "AS", "A/S", "Bhd", "Berhad", "Tbk", "Pte", "KK",
        "SpA", "SPA", "Ltda", "LP", "LLP", "PJSC", "JSC", "SAS", "Sarl", "NL", "Pty", "PT", "KGaA", "Sdn", "Pvt", "Tbk",
    ];

    public static readonly string[] OrgHeads =
    [
        "Group", "Holdings", "Holding", "Technologies", "Systems", "Partners", "Capital", "Ventures", "Bank", "Bancorp",
        "Semiconductor", "Semiconductors", "Networks", "Electronics", "Labs", "Laboratories", "Industries",
        "Securities", "Investments", "Associates", "Robotics", "Telecom", "Telecommunications", "Communications",
        "Microsystems", "Microelectronics", "Photonics", "Optics", "Instruments", "Pharmaceuticals", "Therapeutics",
        "Airlines", "Motors", "Platforms", "Financial", "Insurance", "Energy", "Utilities", "Resources",
        "Centers", "Centres", "Computing", "Dynamics", "Materials", "Chemicals", "Software", "Solutions",
        "AI", "Asset Management", "Management", "Advisors", "Advisers", "Equity", "Bancshares", "Realty", "Institute", "Research", "News", "Analytics", "Insights", "Economics",
        "Association", "Federation", "Alliance",
    ];

    public static readonly string[] CorpGeneric =
    [
        "Group", "Holding", "Holdings", "International", "Corporation", "Company", "Limited", "Global", "Worldwide",
        "Technology", "Technologies", "Inc", "Co", "Corp", "Ltd", "Grupo", "Groupe", "Gruppo",
    ];

    public static readonly string[] Descriptors =
    [
        "company", "companies", "firm", "group", "maker", "makers", "chipmaker", "chipmakers", "carmaker", "automaker",
        "manufacturer", "producer", "supplier", "provider", "operator", "developer", "designer", "startup", "start-up",
        "lab", "laboratory", "rival", "peer", "competitor", "partner", "subsidiary", "unit", "arm", "affiliate",
        "venture", "investor", "fund", "lender", "bank", "insurer", "carrier", "telco", "utility", "generator",
        "consultancy", "specialist", "marketplace", "retailer", "conglomerate", "giant", "parent", "builder",
        "contractor", "brokerage", "broker", "foundry", "vendor", "miner", "distributor", "assembler", "integrator",
        "customer", "client", "outfit", "unicorn", "landlord", "exporter", "airline", "shipbuilder", "automaker",
        "owner", "platform", "player", "house", "business", "spinoff", "spin-off", "joint-venture", "hyperscaler",
        "reit", "trust", "consortium", "challenger", "newcomer", "insurer", "publisher", "partners", "researcher", "tracker",
        "association", "federation", "alliance",
    ];

    /// <summary>Descriptors that name the kind of company, for "the chipmaker" anaphora and apposition.</summary>
    public static readonly string[] Anaphors =
    [
        "company", "firm", "group", "chipmaker", "carrier", "operator", "maker", "conglomerate", "giant", "lender",
        "bank", "insurer", "startup", "start-up", "supplier", "provider", "developer", "designer", "manufacturer",
        "producer", "foundry", "telco", "utility", "retailer", "investor", "fund", "lab", "automaker", "carmaker",
    ];

    public static readonly string[] Stop =
    [
        "the", "a", "an", "in", "on", "at", "for", "with", "as", "by", "from", "to", "of", "and", "but", "or", "if", "while",
        "when", "after", "before", "since", "despite", "although", "though", "because", "meanwhile", "however", "also",
        "still", "yet", "so", "then", "now", "this", "that", "these", "those", "its", "it", "he", "she", "they", "we", "i",
        "you", "our", "their", "his", "her", "some", "many", "most", "more", "other", "others", "another", "each", "every",
        "all", "both", "shares", "share", "stock", "stocks", "analysts", "analyst", "investors", "rival", "parent", "peer",
        "local", "under", "over", "about", "around", "outside", "inside", "beyond", "among", "between", "including",
        "such", "last", "next", "first", "second", "third", "new", "total", "revenue", "sales", "net", "operating",
        "earlier", "later", "separately", "elsewhere", "overall", "together", "combined", "suppliers", "chipmakers",
        "equipment", "global", "asked", "speaking", "according", "following", "citing", "only", "not", "no", "even",
        "just", "already", "further", "instead", "indeed", "overseas", "domestic", "demand", "government", "officials",
        "prices", "profit", "construction", "there", "here", "what", "which", "who", "whose", "why", "how", "where",
        "until", "unlike", "like", "against", "amid", "during", "within", "without", "through", "toward", "towards",
        "across", "per", "via", "into", "onto", "upon", "off", "out", "up", "down", "than", "whether", "once", "ahead",
        "big", "biggest", "largest", "large", "major", "top", "leading", "several", "few", "one", "two", "three",
        "four", "five", "six", "seven", "eight", "nine", "ten", "half", "quarterly", "annual", "fiscal", "full",
        "year", "years", "quarter", "month", "week", "day", "today", "yesterday", "tomorrow", "tonight", "recently",
        "currently", "previously", "initially", "finally", "additionally", "similarly", "notably", "importantly",
        "moreover", "furthermore", "nonetheless", "nevertheless", "otherwise", "thus", "therefore", "hence",
        "market", "markets", "investment", "investments", "spending", "capital", "plans", "plan", "project", "projects",
        "data", "cloud", "server", "servers", "memory", "networking", "industry", "sector", "tech", "technology",
        "artificial", "intelligence", "generative", "sovereign", "state", "state-owned", "state-backed", "private",
        "public", "national", "federal", "regional", "international", "foreign", "western", "eastern", "northern",
        "southern", "central", "north", "south", "east", "west", "mainland", "offshore", "both", "either", "neither",
        "nor", "let", "do", "does", "did", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
        "will", "would", "could", "should", "may", "might", "must", "can", "shall", "my", "me", "us", "him", "them",
        "mr", "mrs", "ms", "dr", "prof", "sir", "dame", "lord", "class", "series", "phase", "unit", "units", "stage",
        "round", "price", "prices", "target", "targets", "rating", "ratings", "outlook", "guidance", "results", "earnings",
        "dividend", "dividends", "buyback", "buybacks", "deal", "deals", "agreement", "agreements", "contract",
        "contracts", "order", "orders", "sources", "people", "person", "reuters", "bloomberg", "read", "see", "note",
        "notes", "update", "updated", "breaking", "exclusive", "analysis", "opinion", "comment", "editing", "reporting",
        "writing", "photo", "video", "chart", "graphic", "graphics", "source", "sources", "news", "report", "reports",
        "reported", "says", "said", "told", "asked", "added", "wrote", "noted", "yes", "ok", "okay", "well", "very",
        "really", "much", "less", "least", "far", "near", "nearly", "almost", "roughly", "approximately", "about",
        "mid", "late", "early", "earliest", "latest", "recent", "current", "former", "future", "past", "present",
        "prior", "previous", "subsequent", "final", "initial", "original", "additional", "extra", "further",
        "suppliers", "investors", "consumers", "customers", "clients", "companies", "firms", "groups", "makers",
        "producers", "providers", "operators", "developers", "designers", "startups", "start-ups", "rivals", "peers",
        "competitors", "partners", "banks", "lenders", "insurers", "carriers", "governments", "regulators",
        "officials", "executives", "managers", "employees", "workers", "staff", "users", "buyers", "sellers",
        "traders", "brokers", "dealers", "economists", "strategists", "experts", "critics", "observers",
        "chinese", "american", "european", "asian", "shares", "equities", "bonds", "futures", "options",
        "hyperscalers", "hyperscale", "depositary", "depository", "agentic", "embodied", "responsible", "open", "conversational", "edge", "ai-ready", "ai-driven", "ai-related", "ai", "gpu", "gpus",
        "internet", "online", "digital", "mobile", "wireless", "optical", "power", "energy", "nuclear", "solar",
        "wind", "gas", "oil", "coal", "electric", "electricity", "water", "land", "real", "estate", "property",
        "retail", "consumer", "enterprise", "business", "corporate", "commercial", "industrial", "financial",
        "economic", "political", "social", "legal", "regulatory", "strategic", "technical", "physical",
        "shareholders", "shareholder", "stakeholders", "board", "management", "chairman", "president", "chief",
        "executive", "director", "founder", "boss", "head", "spokesperson", "spokesman", "spokeswoman",
        "dollar", "dollars", "euro", "euros", "yen", "yuan", "won", "rupee", "rupees", "pound", "pounds",
        "trillion", "billion", "million", "thousand", "hundred", "percent", "per cent", "points", "basis",
        "among", "amongst", "beside", "besides", "along", "alongside", "behind", "below", "above", "beneath",
        "wholly", "majority", "minority", "fully", "partly", "largely", "mostly", "mainly", "primarily",
        "chip", "chips", "semiconductor", "semiconductors", "hardware", "software", "services", "service",
        "infrastructure", "facilities", "facility", "campus", "site", "sites", "plant", "plants", "factory",
        "factories", "fab", "fabs", "centre", "centres", "center", "centers", "region", "regions", "country",
        "countries", "city", "cities", "area", "areas", "zone", "zones", "province", "provinces", "kingdom",
        "republic", "emirate", "emirates", "union", "bloc", "alliance", "coalition", "consortium", "venture",
        "ventures", "joint", "sovereign", "wealth", "asset", "assets", "manager", "managers", "fund", "funds",
        "pension", "hedge", "equity", "debt", "loan", "loans", "bond", "credit", "financing", "funding", "cash",
        "money", "budget", "budgets", "capex", "expenditure", "expenditures", "expense", "expenses", "cost", "costs",
        "rally", "rallied", "rose", "fell", "gained", "lost", "jumped", "slid", "climbed", "dropped", "surged",
        "tumbled", "advanced", "declined", "slipped", "soared", "sank", "plunged", "added", "eased", "edged",
        "welcome", "thanks", "thank", "please", "dear", "hello", "hi", "goodbye", "bye", "congratulations",
        "elsewhere", "overnight", "intraday", "midday", "afternoon", "morning", "evening", "night", "weekend",
        "weekly", "monthly", "daily", "hourly", "annually", "yearly", "recently", "lately", "soon", "again",
        "always", "never", "sometimes", "often", "usually", "rarely", "seldom", "ever", "already", "yet",
    ];

    public static readonly string[] Months =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    ];

    public static readonly string[] Weekdays =
    [
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mon", "Tue", "Tues", "Wed", "Thu",
        "Thur", "Thurs", "Fri", "Sat", "Sun",
    ];

    public static readonly string[] Speech =
    [
        "said", "says", "told", "tells", "wrote", "writes", "added", "adds", "noted", "stated", "states",
        "explained", "explains", "argued", "argues", "estimated", "predicted", "predicts", "warned",
        "warns", "announced", "announces", "stressed", "stresses", "commented", "acknowledged",
        "acknowledges", "insisted", "insists", "reckoned", "reckons", "projected", "forecast",
        "expects", "expected", "believes", "believed", "thinks", "thought", "reiterated", "reiterates",
        "cautioned", "cautions", "pointed", "urged", "urges", "described", "describes",
        "cited", "highlighted", "emphasized", "emphasised", "emphasizes", "emphasises",
        "suggested", "suggests", "confirmed", "confirms", "disclosed", "discloses", "revealed", "reveals",
        "declined", "replied", "answered", "recalled", "recalls", "conceded",
        "concedes", "admitted", "admits", "promised", "pledged", "vowed", "vows", "hinted",
        "hints", "signalled", "signaled", "tweeted",
        "projected", "expressed", "outlined", "unveiled", "detailed", "details",
    ];

    /// <summary>Words of job titles (lower case; single words, combined by the role parser).</summary>
    public static readonly string[] RoleWords =
    [
        "chief", "executive", "officer", "ceo", "cfo", "coo", "cto", "cio", "cso", "cmo", "president", "chairman",
        "chairwoman", "chair", "chairperson", "vice", "founder", "co-founder", "cofounder", "director", "managing",
        "head", "minister", "secretary", "chancellor", "governor", "mayor", "premier", "senator", "treasurer",
        "economist", "analyst", "strategist", "spokesman", "spokeswoman", "spokesperson", "deputy", "general",
        "manager", "boss", "financial", "operating", "technology", "technical", "investment", "strategy",
        "commercial", "information", "marketing", "senior", "executive", "co-chief", "prime", "crown", "prince",
        "king", "sheikh", "emir", "partner", "principal", "trustee", "administrator", "commissioner", "envoy",
        "ambassador", "lawmaker", "representative", "congressman", "congresswoman", "founding", "co-ceo",
        "vice-president", "vice-chairman", "vice-chair", "md", "chairman-elect", "ceo-elect", "leader", "owner", "finance",
    ];

    /// <summary>Title words that make a role political: the person acts for a state, not a company.</summary>
    public static readonly string[] PoliticalRoles =
    [
        "minister", "secretary", "chancellor", "governor", "mayor", "premier", "senator", "prime", "crown", "prince",
        "king", "sheikh", "emir", "ambassador", "envoy", "lawmaker", "congressman", "congresswoman", "commissioner",
    ];

    public static readonly string[] PoliticalContext =
    [
        "government", "administration", "white", "kremlin", "élysée", "elysee", "parliament", "congress", "cabinet",
        "state", "nation", "country", "election", "ministry", "summit", "visit", "downing", "leader", "prime",
    ];

    public static readonly (string Word, string Code)[] Demonyms =
    [
        ("Chinese", "CN"), ("American", "US"), ("Japanese", "JP"), ("Korean", "KR"), ("Indian", "IN"), ("French", "FR"),
        ("German", "DE"), ("British", "GB"), ("Canadian", "CA"), ("Australian", "AU"), ("Saudi", "SA"),
        ("Emirati", "AE"), ("Taiwanese", "TW"), ("Dutch", "NL"), ("Swiss", "CH"), ("Swedish", "SE"), ("Finnish", "FI"),
        ("Norwegian", "NO"), ("Danish", "DK"), ("Italian", "IT"), ("Spanish", "ES"), ("Israeli", "IL"),
        ("Singaporean", "SG"), ("Malaysian", "MY"), ("Indonesian", "ID"), ("Thai", "TH"), ("Vietnamese", "VN"),
        ("Brazilian", "BR"), ("Mexican", "MX"), ("Russian", "RU"), ("Qatari", "QA"), ("Kuwaiti", "KW"),
        ("Turkish", "TR"), ("Irish", "IE"), ("Belgian", "BE"), ("Austrian", "AT"), ("Polish", "PL"),
        ("Filipino", "PH"), ("Philippine", "PH"), ("Egyptian", "EG"), ("Moroccan", "MA"), ("Kenyan", "KE"),
        ("Nigerian", "NG"), ("Chilean", "CL"), ("Argentine", "AR"), ("Argentinian", "AR"), ("Colombian", "CO"),
        ("Peruvian", "PE"), ("Pakistani", "PK"), ("Bangladeshi", "BD"), ("Portuguese", "PT"), ("Greek", "GR"),
        ("Czech", "CZ"), ("Hungarian", "HU"), ("Romanian", "RO"), ("Ukrainian", "UA"), ("Omani", "OM"),
        ("Bahraini", "BH"), ("Jordanian", "JO"), ("Lebanese", "LB"), ("Iranian", "IR"), ("Iraqi", "IQ"),
        ("Kazakh", "KZ"), ("Uzbek", "UZ"), ("Icelandic", "IS"), ("Estonian", "EE"), ("Latvian", "LV"),
        ("Lithuanian", "LT"), ("Slovak", "SK"), ("Slovenian", "SI"), ("Croatian", "HR"), ("Serbian", "RS"),
        ("Bulgarian", "BG"), ("Luxembourgish", "LU"), ("Scottish", "GB"), ("Welsh", "GB"), ("English", "GB"),
        ("European", ""), ("Asian", ""), ("African", ""), ("Arab", ""), ("Latin", ""), ("Nordic", ""), ("Gulf", ""),
        ("Western", ""), ("South Korean", "KR"), ("North Korean", "KP"), ("South African", "ZA"),
        ("New Zealand", "NZ"), ("Hong Kong", "HK"), ("Sri Lankan", "LK"), ("Nepalese", "NP"), ("Mongolian", "MN"),
    ];

    public static readonly string[] NonOrgHeads =
    [
        "Ministry", "Department", "Commission", "Agency", "Authority", "Administration", "Council", "Government",
        "Parliament", "Congress", "Senate", "Court", "Bureau", "Office", "House", "Reserve", "Treasury", "Cabinet",
        "Kremlin", "Pentagon", "Assembly", "Police", "Army", "Navy", "Committee", "Act", "Law", "Bill", "Plan",
        "Initiative", "Program", "Programme", "Summit", "Conference", "Forum", "Expo", "Week", "Award", "Awards",
        "Prize", "Index", "Composite", "Average", "Center", "Centre", "Campus", "Park", "Plant", "Station",
        "Island", "Airport", "Port", "Zone", "Cluster", "Hub", "Valley", "Bay", "River", "Street", "Road", "Tower",
        "University", "College", "School", "Hospital", "Museum", "Stadium", "Mission", "Strategy",
        "Treaty", "Accord", "Agreement", "Declaration", "Framework", "Regulation", "Directive", "Fed", "Ministries",
        "Party", "Republic", "Kingdom", "Emirates", "Union", "States", "Region", "Province", "Prefecture", "County",
        "District", "Parish", "Territory", "Project", "Model", "Models", "Series", "Edition", "Chip", "Chips",
    ];

    public static readonly string[] Products =
    [
        "ChatGPT", "GPT", "Gemini", "Llama", "Claude", "Copilot", "Qwen", "Hunyuan", "Ernie", "Doubao", "Kimi", "Grok",
        "Sora", "Blackwell", "Hopper", "Rubin", "Ascend", "Kunlun", "Trainium", "Inferentia", "Graviton", "Maia",
        "WeChat", "Weixin", "Yuanbao", "Taobao", "Tmall", "iPhone", "iPad", "Android", "Windows", "Xbox", "PlayStation",
        "HyperClova", "HyperCLOVA", "Bard", "Siri", "Alexa", "Cortana", "Optimus", "Autopilot", "Dojo", "Colossus",
        "Azure", "Bedrock", "Vertex", "Watson", "Snapdragon", "Exynos", "Xeon", "Epyc", "EPYC", "Instinct", "Gaudi",
        "Ryzen", "Tensor", "Pixel", "Galaxy", "DeepSeek-R1", "DeepSeek-V3", "Mixtral", "Phi", "Gemma", "Sonnet",
        "Opus", "Haiku", "Midjourney", "DALL-E", "Stable", "Firefly", "Office", "Outlook", "Teams", "Bing", "Chrome",
        "YouTube", "Instagram", "WhatsApp", "Threads", "Messenger", "Douyin", "Kuaishou", "Alipay", "DingTalk",
        "Lark", "Feishu", "QQ", "Vision", "Pro", "Max", "Ultra", "Mini", "Nano", "Turbo", "Omni",
    ];

    public static readonly string[] ProductNouns =
    [
        "model", "models", "chip", "chips", "processor", "processors", "accelerator", "accelerators", "gpu", "gpus",
        "assistant", "chatbot", "chatbots", "app", "apps", "smartphone", "smartphones", "phone", "phones", "car",
        "cars", "robotaxi", "supercomputer", "supercomputers", "cluster", "clusters", "campus", "fab", "plant",
        "factory", "site", "project", "facility", "program", "programme", "system", "systems", "family", "series",
        "architecture", "platform", "software", "brand", "line", "lineup", "device", "devices", "engine", "reactor",
        "conference", "summit", "event", "index", "act", "law", "bill", "plan", "initiative", "award", "product",
        "products", "service", "services", "llm", "llms", "agent", "agents", "tool", "tools", "feature", "features",
        "version", "update", "launch", "release", "operating", "browser", "search", "console", "vehicle", "vehicles",
        "drone", "drones", "satellite", "satellites", "network", "cable", "pipeline", "mine", "port", "terminal",
    ];

    public static readonly string[] Divisions =
    [
        "Cloud", "Web", "Services", "AWS", "Azure", "Infrastructure", "Computing", "AI", "Intelligent", "International",
        "Research", "DeepMind",
    ];

    public static readonly string[] GeoDesignators =
    [
        "Prefecture", "Province", "County", "Parish", "State", "Region", "District", "Territory", "Governorate",
        "Oblast", "Canton", "Municipality", "Borough", "Township",
    ];

    public static readonly string[] Acronyms =
    [
        "AI", "AGI", "GPU", "GPUs", "CPU", "CPUs", "TPU", "TPUs", "NPU", "HBM", "DRAM", "NAND", "LLM", "LLMs", "IPO", "IPOs",
        "ADR", "ADRs", "ETF", "ETFs", "GDP", "EPS", "CEO", "CFO", "COO", "CTO", "IT", "IP", "5G", "6G", "EV", "EVs", "PC",
        "PCs", "ASIC", "ASICs", "FPGA", "SSD", "R&D", "M&A", "ESG", "AR", "VR", "XR", "API", "APIs", "SaaS", "IaaS", "PaaS",
        "HPC", "DC", "MW", "GW", "KW", "TWh", "GWh", "MWh", "RMB", "USD", "EUR", "JPY", "CNY", "HKD", "KRW", "INR",
        "GBP", "AUD", "CAD", "SAR", "AED", "SGD", "CHF", "TWD", "NT", "US$", "HK$", "A$", "C$", "S$", "NT$", "FY", "YoY",
        "QoQ", "H1", "H2", "Q1", "Q2", "Q3", "Q4", "AGM", "EGM", "PPA", "PPAs", "LNG", "SMR", "SMRs", "CAGR", "EBITDA",
        "EBIT", "ROI", "ROE", "P/E", "GMT", "UTC", "ET", "EST", "PST", "CET", "BST", "JST", "HKT", "OK", "TV", "UN",
        "NATO", "OPEC", "WTO", "IMF", "G7", "G20", "ASEAN", "BRICS", "CHIPS", "AIDC", "IDC", "RPO", "RPOs", "OEM",
        "OEMs", "ODM", "ODMs", "EMS", "PCB", "PCBs", "SoC", "SoCs", "CoWoS", "EUV", "DUV", "NVLink", "InfiniBand",
        "PUE", "UPS", "HVAC", "AC", "DC", "NB", "NOTE", "FILE", "UPDATE", "PHOTO", "VIDEO", "ANALYSIS", "EXCLUSIVE",
    ];

    public static readonly string[] IndexWords = ["Index", "index", "Composite", "Average", "Benchmark"];

    /// <summary>Names that begin a stock index; with what follows ("Hang Seng Tech Index") they are not organisations or places.</summary>
    public static readonly string[] IndexNames =
    [
        "KOSPI", "KOSDAQ", "TAIEX", "Nikkei", "Topix", "TOPIX", "Hang Seng", "CSI", "ChiNext", "STAR 50", "Sensex",
        "Nifty", "CAC", "DAX", "FTSE", "Euro Stoxx", "Stoxx", "STOXX", "S&P", "Standard & Poor's 500", "Dow Jones",
        "Dow", "Nasdaq Composite", "Nasdaq 100", "Nasdaq-100", "Russell", "Philadelphia Semiconductor", "SOX",
        "Tadawul All Share", "TASI", "ASX", "S&P/ASX", "Straits Times", "Jakarta Composite", "SET Index", "KLCI",
        "IBEX", "FTSE MIB", "AEX", "OMX", "SMI", "Bovespa", "Ibovespa", "IPC", "MSCI", "Shanghai Composite",
        "Shenzhen Component", "Kospi", "Kosdaq", "Taiex", "BSE Sensex", "NSE Nifty", "Nifty 50", "VIX",
        "Hang Seng China Enterprises", "KRX", "Stoxx 600", "Euronext 100", "Dow Jones Industrial Average",
        "S&P 500", "S&P 400", "S&P 600", "MSCI World", "MSCI Asia", "CSI 300", "CSI 500", "Nikkei 225", "TSX",
        "PSEi", "NZX", "ATX", "BEL 20", "PSI", "WIG", "WIG20", "OBX", "Tadawul",
    ];

    public static readonly string[] Locatives =
    [
        "in", "at", "near", "from", "to", "across", "into", "throughout", "outside", "inside", "around", "within",
        "between", "via", "towards", "toward", "beyond", "of", "and", "or",
    ];

    public static readonly string[] DealWords =
    [
        "bought", "buy", "buys", "buying", "acquired", "acquire", "acquires", "acquiring", "acquisition", "takeover",
        "stake", "stakes", "merger", "merge", "merged", "invested", "investment", "investing", "backed", "owns", "owned",
        "purchase", "purchased", "sold", "sell", "selling", "spun", "spin-off", "spinoff", "partnered", "partnership",
        "agreement", "deal", "pact", "contract", "alliance", "collaboration", "memorandum", "partnering",
    ];

    public static readonly string[] CommaDescriptors =
    [
        "unit", "arm", "subsidiary", "affiliate", "venture", "division", "business", "spinoff", "spin-off", "startup", "start-up", "partner"
    ];

    public static readonly string[] DealBefore =
    [
        "bought", "acquired", "acquire", "acquires", "acquiring", "buy", "buys", "buying", "owns"
    ];

    public static readonly string[] DealIn =
    [
        "stake", "stakes", "investment", "investments", "invested", "investing", "invest", "invests", "investor"
    ];

    public static readonly string[] DealOf =
    [
        "acquisition", "takeover", "purchase", "owner", "parent", "shareholder", "shareholders", "shares", "unit", "subsidiary"
    ];

    public static readonly string[] DealWith =
    [
        "merger", "agreement", "deal", "partnership", "pact", "contract", "alliance", "collaboration", "partnered", "partnering", "venture",
        "mou", "memorandum", "tie-up"
    ];

    public static readonly string[] OwnedWords =
    [
        "owned", "backed", "controlled", "led", "funded", "affiliated", "run", "operated"
    ];

    public static readonly string[] AnalystWords =
    [
        "analysts", "analyst", "economists", "economist", "strategists", "strategist", "researchers"
    ];

    public static readonly string[] ShareWords =
    [
        "shares", "stock", "shareholders", "ADRs", "investors"
    ];

    public static readonly string[] DivisionNouns =
    [
        "unit", "division", "arm", "subsidiary", "business", "brand", "platform"
    ];

    public static readonly string[] MoveVerbs =
    [
        "rose", "rises", "fell", "falls", "gained", "gains", "added", "adds", "lost", "loses", "jumped", "jumps", "slid", "slides",
        "climbed", "climbs", "dropped", "drops", "surged", "surges", "tumbled", "tumbles", "advanced", "advances", "declined",
        "declines", "slipped", "slips", "soared", "soars", "sank", "sinks", "plunged", "plunges", "eased", "eases", "edged",
        "shed", "sheds", "rallied", "rallies", "slumped", "slumps", "plummeted", "plummets", "spiked", "spikes", "firmed",
        "retreated", "rebounded", "closed", "ended", "finished", "was", "were", "traded", "trades", "shot", "leapt", "leaped",
        "skidded", "dipped", "dips", "weakened", "strengthened", "outperformed", "underperformed",
    ];

    /// <summary>Regions spanning several countries: named places without one ISO code, never organisations.</summary>
    public static readonly string[] Regions =
    [
        "Europe", "Asia", "Africa", "Middle East", "Latin America", "North America", "South America", "Southeast Asia",
        "South-East Asia", "Asia-Pacific", "Asia Pacific", "Nordics", "Scandinavia", "Oceania", "Eurozone", "the Americas",
        "Central Asia", "East Asia", "South Asia", "Western Europe", "Eastern Europe", "Central Europe", "Northern Europe",
        "Southern Europe", "Sub-Saharan Africa", "North Africa", "West Africa", "East Africa", "MENA", "APAC", "EMEA",
        "Gulf region", "Persian Gulf", "Arabian Gulf", "Caribbean", "Balkans", "Baltics", "Benelux", "Greater China",
        "Central America", "Pacific", "Atlantic", "Arctic", "Antarctica", "Silicon Valley",
    ];

    public static readonly string[] IndustryWords =
    [
        "Internet", "Communications", "Telecommunications", "Telecom", "Services", "Technology", "Technologies", "Engineering",
        "Industries", "Industrial", "Electronics", "Electric", "Electrical", "Development", "Investment", "Investments",
        "Trading", "Manufacturing", "Logistics", "Energy", "Power", "Gas", "Oil", "Water", "Construction", "Machinery",
        "Materials", "Chemicals", "Mining", "Metals", "Steel", "Shipping", "Transport", "Infrastructure", "Networks", "Systems",
        "Data", "Software", "Media", "Entertainment", "Finance", "Insurance", "Banking", "Health", "Pharmaceuticals",
        "Research", "Design", "Equipment", "Solutions", "Resources", "Properties", "Real", "Estate", "Semiconductor",
        "Information", "Computing", "Digital", "Cloud", "Devices", "Components", "Automation", "Utilities", "Clearing",
    ];

    public static readonly string[] AgentByWords =
    [
        "led", "backed", "funded", "owned", "controlled", "acquired", "financed", "underwritten", "arranged", "bought", "co-led",
    ];

    public static readonly string[] ContextCues = ["based", "known", "its", "venture", "consortium", "manager", "shares", "by", "who", "to"];

    public static readonly string[] GivenNames =
    [
        "James", "John", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas", "Charles", "Christopher",
        "Daniel", "Matthew", "Anthony", "Mark", "Donald", "Steven", "Paul", "Andrew", "Joshua", "Kenneth", "Kevin", "Brian",
        "George", "Timothy", "Ronald", "Edward", "Jason", "Jeffrey", "Ryan", "Jacob", "Gary", "Nicholas", "Eric",
        "Jonathan", "Stephen", "Larry", "Justin", "Scott", "Brandon", "Benjamin", "Samuel", "Gregory", "Alexander",
        "Frank", "Patrick", "Raymond", "Jack", "Dennis", "Jerry", "Tyler", "Aaron", "Jose", "Adam", "Nathan", "Henry",
        "Douglas", "Zachary", "Peter", "Kyle", "Ethan", "Walter", "Noah", "Jeremy", "Christian", "Keith", "Roger", "Terry",
        "Gerald", "Harold", "Sean", "Austin", "Carl", "Arthur", "Lawrence", "Dylan", "Jesse", "Jordan", "Bryan", "Billy",
        "Joe", "Bruce", "Gabriel", "Logan", "Albert", "Willie", "Alan", "Juan", "Wayne", "Elijah", "Randy", "Roy",
        "Vincent", "Ralph", "Eugene", "Russell", "Bobby", "Mason", "Philip", "Louis", "Mary", "Patricia", "Jennifer",
        "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah", "Karen", "Lisa", "Nancy", "Betty", "Margaret",
        "Sandra", "Ashley", "Kimberly", "Emily", "Donna", "Michelle", "Carol", "Amanda", "Dorothy", "Melissa", "Deborah",
        "Stephanie", "Rebecca", "Sharon", "Laura", "Cynthia", "Kathleen", "Amy", "Angela", "Shirley", "Anna", "Brenda",
        "Pamela", "Emma", "Nicole", "Helen", "Samantha", "Katherine", "Christine", "Debra", "Rachel", "Carolyn", "Janet",
        "Catherine", "Maria", "Heather", "Diane", "Ruth", "Julie", "Olivia", "Joyce", "Virginia", "Victoria", "Kelly",
        "Lauren", "Christina", "Joan", "Evelyn", "Judith", "Megan", "Andrea", "Cheryl", "Hannah", "Jacqueline", "Martha",
        "Gloria", "Teresa", "Ann", "Sara", "Madison", "Frances", "Kathryn", "Janice", "Jean", "Abigail", "Alice", "Julia",
        "Judy", "Sophia", "Grace", "Denise", "Amber", "Doris", "Marilyn", "Danielle", "Beverly", "Isabella", "Theresa",
        "Diana", "Natalie", "Brittany", "Charlotte", "Marie", "Kayla", "Alexis", "Lori", "Satya", "Sundar", "Jensen",
        "Tim", "Elon", "Sam", "Jeff", "Andy", "Bill", "Steve", "Marc", "Safra", "Lisa", "Pat", "Jen", "Ruth", "Amy",
        "Sheryl", "Greg", "Dan", "Ben", "Tom", "Mike", "Chris", "Matt", "Nick", "Rob", "Bob", "Jim", "Ken", "Ted", "Ed",
        "Eddie", "Martin", "Masayoshi", "Mukesh", "Anil", "Gautam", "Ratan", "Nandan", "Azim", "Kumar", "Rajesh",
        "Sanjay", "Vijay", "Arun", "Amit", "Rahul", "Ravi", "Suresh", "Ramesh", "Anand", "Akash", "Isha", "Nita",
        "Mohammed", "Muhammad", "Mohamed", "Ahmed", "Ali", "Omar", "Khalid", "Abdullah", "Abdul", "Hassan", "Hussein",
        "Ibrahim", "Yousef", "Yusuf", "Faisal", "Saud", "Sultan", "Mansour", "Tahnoon", "Hamad", "Tamim", "Salman",
        "Fahad", "Majid", "Rashid", "Saeed", "Nasser", "Jean-Pierre", "Pierre", "Jacques", "Francois", "François",
        "Emmanuel", "Bruno", "Thierry", "Xavier", "Hans", "Klaus", "Wolfgang", "Jürgen", "Juergen", "Olaf", "Friedrich",
        "Christoph", "Roland", "Carlos", "Luis", "Miguel", "Pedro", "Antonio", "Manuel", "Francisco", "Javier",
        "Giorgia", "Mario", "Marco", "Giuseppe", "Giovanni", "Luca", "Alessandro", "Sergio", "Vladimir", "Dmitry",
        "Sergey", "Ivan", "Olga", "Yuki", "Hiroshi", "Takeshi", "Kenji", "Satoshi", "Akio", "Kazuo", "Shigeru",
        "Junichi", "Kunihiro", "Toshihiro", "Makoto", "Shinzo", "Fumio", "Shigeru", "Naoki", "Kenichiro", "Koji",
        "Alexandr", "Aleksandr", "Dario", "Demis", "Mustafa", "Reid", "Sergey", "Larry", "Jony", "Ilya", "Mira",
        "Arthur", "Aidan", "Clement", "Emad", "Thomas", "Fei-Fei", "Andrej", "Yann", "Geoffrey", "Yoshua", "Demis",
        "Kai-Fu", "Jack", "Pony", "Robin", "Lei", "Richard", "Terry", "Morris", "Lip-Bu", "Pat", "Hock", "Jay",
        "Rishi", "Keir", "Rachel", "Jeremy", "Boris", "Theresa", "Ursula", "Olaf", "Narendra", "Xi", "Joe", "Kamala",
        "Janet", "Jerome", "Gina", "Howard", "Scott", "Marco", "Pete", "Doug", "Chuck", "Nancy", "Mitch", "Kevin",
        "Hock", "Lip-Bu", "Sanjay", "Cristiano", "Arvind", "Shantanu", "Parag", "Sridhar", "Thomas", "Kurt", "Amin",
        "Craig", "Brad", "Jon", "Joe", "Susan", "Mark", "Justin", "Jensen", "Alex", "Sebastian", "Christian", "Stefan",
        "Markus", "Matthias", "Michel", "Christophe", "Nicolas", "Sophie", "Anne", "Claire", "Laurent", "Oliver",
        "Harry", "Charlie", "Freddie", "Lucy", "Amelia", "Isla", "Jamie", "Ian", "Neil", "Gordon", "Graham", "Colin",
        "Stuart", "Alistair", "Angus", "Fiona", "Mairead", "Sinead", "Liam", "Sean", "Conor", "Ciaran", "Niamh",
        "Jane", "Anne", "Kate", "Sue", "Jo", "Beth", "Ellen", "Eleanor", "Caroline", "Harriet", "Louise", "Jenny", "Tom",
        "Max", "Leo", "Hugo", "Felix", "Oscar", "Theo", "Lars", "Nils", "Erik", "Sven", "Magnus", "Henrik", "Johan", "Anders",
        "Ingrid", "Astrid", "Freya", "Mette", "Pekka", "Jussi", "Antti", "Jorma", "Risto", "Kari", "Mikko", "Pieter", "Jan",
        "Willem", "Dirk", "Joost", "Frans", "Mohammad", "Hamid", "Reza", "Ahmad", "Tariq", "Imran", "Nadia", "Fatima",
        "Layla", "Aisha", "Priya", "Deepak", "Nitin", "Vivek", "Sunil", "Manish", "Ajay", "Rohit", "Vikram", "Aditya",
        "Wei", "Jun", "Hao", "Yan", "Jing", "Ying", "Min", "Hui", "Ming", "Jian", "Jie", "Xin", "Yu", "Hong", "Feng",
    ];

    public static readonly string[] Surnames =
    [
        "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo",
        "He", "Lin", "Luo", "Gao", "Liang", "Zheng", "Xie", "Song", "Tang", "Han", "Feng", "Deng", "Cao", "Peng", "Zeng",
        "Xiao", "Tian", "Dong", "Pan", "Yuan", "Cai", "Jiang", "Yu", "Du", "Ye", "Cheng", "Wei", "Su", "Lu", "Ding", "Ren",
        "Shen", "Yao", "Jin", "Fu", "Lau", "Lee", "Kim", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim",
        "Shin", "Seo", "Kwon", "Hwang", "Ahn", "Yoo", "Hong", "Jeon", "Ko", "Moon", "Baek", "Heo", "Nam", "Roh", "Kwak",
        "Chung", "Koo", "Chey", "Tanaka", "Suzuki", "Sato", "Takahashi", "Watanabe", "Ito", "Yamamoto", "Nakamura",
        "Kobayashi", "Kato", "Yoshida", "Yamada", "Sasaki", "Yamaguchi", "Matsumoto", "Inoue", "Kimura", "Hayashi",
        "Shimizu", "Miyakawa", "Yanai", "Toyoda", "Mikitani", "Ishiba", "Kishida", "Abe", "Nguyen", "Tran", "Le", "Pham",
        "Chan", "Cheung", "Wong", "Leung", "Ng", "Ho", "Tsai", "Hsu", "Chang", "Tsang", "Kwok", "Lai", "Chiu", "Yeung",
        "Ambani", "Adani", "Tata", "Birla", "Mittal", "Nadella", "Pichai", "Modi", "Gandhi", "Singh", "Sharma", "Gupta",
        "Patel", "Shah", "Mehta", "Reddy", "Rao", "Iyer", "Nair", "Murthy", "Nilekani", "Premji",
    ];

    /// <summary>Honorific/title words that are not names themselves (Mr, Dr…).</summary>
    public static readonly string[] Honorifics = ["Mr", "Mrs", "Ms", "Dr", "Prof", "Sir", "Dame", "Lord", "Sheikh"];

    // declared last: static initialisers run in textual order
    public static readonly HashSet<string> StopSet = new(Stop, StringComparer.OrdinalIgnoreCase);
}
