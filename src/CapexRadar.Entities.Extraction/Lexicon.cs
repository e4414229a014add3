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

/// <summary>One list of <c>Data/entity-words.json</c>: its name, the <see cref="Lex"/> bit the phrase index gives its words
/// (<see cref="Lex.None"/> for lists read only by rules), whether only its single words get the bit, and its words
/// (for a list of pairs, the first of each pair).</summary>
internal sealed record WordList(string Name, Lex Class, bool SingleWordsOnly, string[] Words, (string Word, string Code)[] Pairs);

/// <summary>
/// The entity recogniser's word lists. They are data: <c>Data/entity-words.json</c> (embedded; schema in
/// <c>Data/README.md</c>), read once per process and compiled into the phrase index's <see cref="Lex"/> bits
/// (<c>CompanyKnowledgeBase.AddLexicon</c>), so rules ask for a class (<c>t.Lex.HasFlag(Lex.Speech)</c>), never a word.
/// The named lists below are the same lists, for the few rules that walk one (legal forms, demonyms, regions …).
/// </summary>
internal static class Lexicon
{
    /// <summary>Every list of the file, in file order (which is the order the phrase index interns the words).</summary>
    public static readonly IReadOnlyList<WordList> Lists = Load();

    public static readonly string[] LegalSuffixes = List("LegalSuffixes").Words;
    public static readonly string[] OrgHeads = List("OrgHeads").Words;
    public static readonly string[] CorpGeneric = List("CorpGeneric").Words;
    public static readonly string[] Descriptors = List("Descriptors").Words;
    public static readonly string[] Anaphors = List("Anaphors").Words;
    public static readonly string[] Stop = List("Stop").Words;
    public static readonly string[] Months = List("Months").Words;
    public static readonly string[] Weekdays = List("Weekdays").Words;
    public static readonly string[] Speech = List("Speech").Words;
    public static readonly string[] RoleWords = List("RoleWords").Words;
    public static readonly string[] PoliticalRoles = List("PoliticalRoles").Words;
    public static readonly string[] PoliticalContext = List("PoliticalContext").Words;
    public static readonly (string Word, string Code)[] Demonyms = List("Demonyms").Pairs;
    public static readonly string[] NonOrgHeads = List("NonOrgHeads").Words;
    public static readonly string[] Products = List("Products").Words;
    public static readonly string[] ProductNouns = List("ProductNouns").Words;
    public static readonly string[] Divisions = List("Divisions").Words;
    public static readonly string[] GeoDesignators = List("GeoDesignators").Words;
    public static readonly string[] Acronyms = List("Acronyms").Words;
    public static readonly string[] IndexWords = List("IndexWords").Words;
    public static readonly string[] IndexNames = List("IndexNames").Words;
    public static readonly string[] Locatives = List("Locatives").Words;
    public static readonly string[] DealWords = List("DealWords").Words;
    public static readonly string[] CommaDescriptors = List("CommaDescriptors").Words;
    public static readonly string[] DealBefore = List("DealBefore").Words;
    public static readonly string[] DealIn = List("DealIn").Words;
    public static readonly string[] DealOf = List("DealOf").Words;
    public static readonly string[] DealWith = List("DealWith").Words;
    public static readonly string[] OwnedWords = List("OwnedWords").Words;
    public static readonly string[] AnalystWords = List("AnalystWords").Words;
    public static readonly string[] ShareWords = List("ShareWords").Words;
    public static readonly string[] DivisionNouns = List("DivisionNouns").Words;
    public static readonly string[] MoveVerbs = List("MoveVerbs").Words;
    public static readonly string[] Regions = List("Regions").Words;
    public static readonly string[] IndustryWords = List("IndustryWords").Words;
    public static readonly string[] AgentByWords = List("AgentByWords").Words;
    public static readonly string[] ContextCues = List("ContextCues").Words;
    public static readonly string[] GivenNames = List("GivenNames").Words;
    public static readonly string[] Surnames = List("Surnames").Words;
    public static readonly string[] Honorifics = List("Honorifics").Words;

    // declared last: static initialisers run in textual order
    public static readonly HashSet<string> StopSet = new(Stop, StringComparer.OrdinalIgnoreCase);

    private static WordList List(string name) =>
        Lists.FirstOrDefault(l => l.Name == name) ?? throw new InvalidDataException($"entity-words.json: no list '{name}'");

    private static IReadOnlyList<WordList> Load()
    {
        using var stream = typeof(Lexicon).Assembly.GetManifestResourceStream("CapexRadar.Entities.Data.entity-words.json")
                           ?? throw new InvalidOperationException("entity-words.json is not embedded");
        return Read(stream);
    }

    /// <summary>Reads and checks the file: unique list names, known classes, no empty or padded word.</summary>
    internal static IReadOnlyList<WordList> Read(Stream json)
    {
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        var lists = new List<WordList>();
        foreach (var e in doc.RootElement.GetProperty("lists").EnumerateArray())
        {
            var name = e.GetProperty("list").GetString() ?? "";
            if (name.Length == 0 || lists.Any(l => l.Name == name)) throw new InvalidDataException($"entity-words.json: missing or repeated list name '{name}'");
            var cls = Lex.None;
            if (e.TryGetProperty("class", out var c) && !Enum.TryParse(c.GetString(), ignoreCase: false, out cls))
                throw new InvalidDataException($"entity-words.json: list '{name}' has unknown class '{c.GetString()}'");
            var single = e.TryGetProperty("singleWordsOnly", out var so) && so.GetBoolean();
            (string, string)[] pairs = [];
            string[] words;
            if (e.TryGetProperty("pairs", out var p))
            {
                pairs = [.. p.EnumerateArray().Select(x => (Word(name, x[0].GetString()), x[1].GetString() ?? ""))];
                words = [.. pairs.Select(x => x.Item1)];
            }
            else words = [.. e.GetProperty("words").EnumerateArray().Select(x => Word(name, x.GetString()))];
            lists.Add(new WordList(name, cls, single, words, pairs));
        }
        return lists;
    }

    private static string Word(string list, string? w) =>
        string.IsNullOrWhiteSpace(w) || w.Trim() != w ? throw new InvalidDataException($"entity-words.json: bad word '{w}' in list '{list}'") : w;
}
