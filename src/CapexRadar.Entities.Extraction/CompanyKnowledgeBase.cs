using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using CapexRadar.Domain;

namespace CapexRadar.Entities.Extraction;

/// <summary>
/// The companies (and the place gazetteer) the extractor knows. Thread-safe: readers work on an immutable snapshot;
/// <see cref="Upsert"/> builds a new snapshot (records, ticker index and phrase matcher) and swaps it in, so the
/// extractor recognises a new or corrected company from the next call on.
/// </summary>
public sealed class CompanyKnowledgeBase
{
    private readonly object _gate = new();
    private volatile KbSnapshot _snapshot;

    public CompanyKnowledgeBase(IEnumerable<CompanyRecord> companies, IEnumerable<PlaceRecord>? places = null)
    {
        ArgumentNullException.ThrowIfNull(companies);
        _snapshot = KbSnapshot.Build(Merge(companies), [.. places ?? DefaultData.Places]);
    }

    private CompanyKnowledgeBase(KbSnapshot snapshot) => _snapshot = snapshot;

    /// <summary>A knowledge base over the shipped data (companies.json, companies.extra.json, places.json), parsed once per process.</summary>
    public static CompanyKnowledgeBase LoadDefault() => new(DefaultData.Snapshot);

    internal KbSnapshot Snapshot => _snapshot;

    public int Count => _snapshot.Records.Length;

    public IReadOnlyList<CompanyRecord> All => _snapshot.Records;

    public IReadOnlyList<PlaceRecord> Places => _snapshot.Places;

    public CompanyRecord? Get(string id) =>
        id is not null && _snapshot.ById.TryGetValue(id, out var i) ? _snapshot.Records[i] : null;

    /// <summary>The company a name, alias, id or ticker ("BABA", "9988.HK", "HKEX:9988", "Alibaba") stands for, or null.</summary>
    public CompanyRecord? Resolve(string nameOrTicker)
    {
        if (string.IsNullOrWhiteSpace(nameOrTicker)) return null;
        var snap = _snapshot;
        var q = nameOrTicker.Trim();
        if (snap.ById.TryGetValue(q, out var byId)) return snap.Records[byId];
        var t = snap.FindTicker(q);
        if (t >= 0) return snap.Records[t];
        if (snap.ByName.TryGetValue(KbSnapshot.NormalizeName(q), out var byName)) return snap.Records[byName];
        return null;
    }

    /// <summary>Companies matching a query by id, ticker, name or alias: exact matches first, then prefixes, then substrings.</summary>
    public IReadOnlyList<CompanyRecord> Search(string query, int limit = 20)
    {
        if (string.IsNullOrWhiteSpace(query) || limit <= 0) return [];
        var snap = _snapshot;
        var results = new List<int>();
        var exact = Resolve(query);
        if (exact is not null) results.Add(snap.ById[exact.Id]);
        var nq = KbSnapshot.NormalizeName(query);
        var sq = Tickers.NormalizeSymbol(query);
        if (nq.Length == 0) return results.Select(i => snap.Records[i]).ToArray();
        var prefix = new List<int>();
        var contains = new List<int>();
        for (var i = 0; i < snap.Records.Length && prefix.Count + results.Count < limit; i++)
        {
            if (results.Contains(i)) continue;
            var best = 0;
            foreach (var name in snap.NormalizedNames[i])
            {
                if (name == nq) { best = 3; break; }
                if (name.StartsWith(nq, StringComparison.Ordinal)) best = Math.Max(best, 2);
                else if (name.Contains(nq, StringComparison.Ordinal)) best = Math.Max(best, 1);
            }
            foreach (var l in snap.Records[i].Listings)
                if (Tickers.NormalizeSymbol(l.Symbol) == sq) best = 3;
            if (best == 3) results.Add(i);
            else if (best == 2) prefix.Add(i);
            else if (best == 1) contains.Add(i);
        }
        return results.Concat(prefix).Concat(contains).Distinct().Take(limit).Select(i => snap.Records[i]).ToArray();
    }

    /// <summary>Adds or replaces a company (by id) and rebuilds the matcher. Returns the stored (sanitised) record.</summary>
    public CompanyRecord Upsert(CompanyRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var clean = record.Sanitized();
        if (clean.Id.Length == 0) throw new ArgumentException("A company needs an id.", nameof(record));
        if (clean.Name.Length == 0) throw new ArgumentException("A company needs a name.", nameof(record));
        lock (_gate)
        {
            var old = _snapshot;
            var list = old.Records.ToList();
            if (old.ById.TryGetValue(clean.Id, out var i)) list[i] = clean;
            else list.Add(clean);
            _snapshot = KbSnapshot.Build([.. list], old.Places);
        }
        return clean;
    }

    /// <summary>Removes a company; true when it was there.</summary>
    public bool Remove(string id)
    {
        lock (_gate)
        {
            var old = _snapshot;
            if (!old.ById.ContainsKey(id)) return false;
            _snapshot = KbSnapshot.Build([.. old.Records.Where(r => r.Id != id)], old.Places);
            return true;
        }
    }

    /// <summary>
    /// The data files' JSON options. Its contract comes from the source generator (<see cref="KnowledgeBaseJson"/>),
    /// not reflection: the same reading and writing, and it works in a native AOT build of the CLI.
    /// </summary>
    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = KnowledgeBaseJson.Default,
    };

    private static JsonTypeInfo<T> TypeInfo<T>() => (JsonTypeInfo<T>)JsonOptions.GetTypeInfo(typeof(T));

    /// <summary>Reads a JSON array of companies (missing optional fields tolerated).</summary>
    public static IReadOnlyList<CompanyRecord> ReadCompanies(Stream json)
    {
        var items = JsonSerializer.Deserialize(json, TypeInfo<List<CompanyRecord?>>()) ?? [];
        return items.Where(r => r is not null && !string.IsNullOrWhiteSpace(r.Id) && !string.IsNullOrWhiteSpace(r.Name))
            .Select(r => r!.Sanitized()).ToArray();
    }

    public static IReadOnlyList<PlaceRecord> ReadPlaces(Stream json)
    {
        var items = JsonSerializer.Deserialize(json, TypeInfo<List<PlaceRecord?>>()) ?? [];
        return items.Where(p => p is not null && !string.IsNullOrWhiteSpace(p.Name))
            .Select(p => p! with { Aliases = p!.Aliases ?? [], CaseSensitiveAliases = p.CaseSensitiveAliases ?? [], Country = string.IsNullOrWhiteSpace(p.Country) ? null : p.Country.Trim().ToUpperInvariant() })
            .ToArray();
    }

    /// <summary>All companies as a JSON array in the data-file schema.</summary>
    public string ToJson() => JsonSerializer.Serialize(_snapshot.Records, TypeInfo<CompanyRecord[]>());

    /// <summary>Later records with the same id replace earlier ones (companies.extra.json corrects companies.json).</summary>
    internal static CompanyRecord[] Merge(IEnumerable<CompanyRecord> companies)
    {
        var order = new List<string>();
        var map = new Dictionary<string, CompanyRecord>(StringComparer.Ordinal);
        foreach (var r in companies)
        {
            if (r is null) continue;
            var c = r.Sanitized();
            if (c.Id.Length == 0 || c.Name.Length == 0) continue;
            if (!map.ContainsKey(c.Id)) order.Add(c.Id);
            map[c.Id] = c;
        }
        return [.. order.Select(id => map[id])];
    }
}

/// <summary>The knowledge base's JSON contract, generated at compile time (options: <see cref="CompanyKnowledgeBase.JsonOptions"/>).</summary>
[JsonSerializable(typeof(List<CompanyRecord?>))]
[JsonSerializable(typeof(List<PlaceRecord?>))]
[JsonSerializable(typeof(CompanyRecord[]))]
internal sealed partial class KnowledgeBaseJson : JsonSerializerContext;

/// <summary>The shipped data, parsed from the embedded resources once per process.</summary>
internal static class DefaultData
{
    private static readonly Lazy<(CompanyRecord[] Companies, PlaceRecord[] Places)> Data = new(Load);
    private static readonly Lazy<KbSnapshot> Snap = new(() => KbSnapshot.Build(Data.Value.Companies, Data.Value.Places));

    public static CompanyRecord[] Companies => Data.Value.Companies;
    public static PlaceRecord[] Places => Data.Value.Places;
    public static KbSnapshot Snapshot => Snap.Value;

    private static (CompanyRecord[], PlaceRecord[]) Load()
    {
        var asm = typeof(DefaultData).Assembly;
        var companies = new List<CompanyRecord>();
        companies.AddRange(ReadResource(asm, "CapexRadar.Entities.Data.companies.json", CompanyKnowledgeBase.ReadCompanies));
        companies.AddRange(ReadResource(asm, "CapexRadar.Entities.Data.companies.extra.json", CompanyKnowledgeBase.ReadCompanies));
        var places = ReadResource(asm, "CapexRadar.Entities.Data.places.json", CompanyKnowledgeBase.ReadPlaces);
        return (CompanyKnowledgeBase.Merge(companies), [.. places]);
    }

    private static IReadOnlyList<T> ReadResource<T>(Assembly asm, string name, Func<Stream, IReadOnlyList<T>> read)
    {
        using var s = asm.GetManifestResourceStream(name);
        return s is null ? [] : read(s);
    }
}

/// <summary>An immutable state of the knowledge base: records, lookups and the phrase matcher built from them.</summary>
internal sealed class KbSnapshot
{
    public required CompanyRecord[] Records { get; init; }
    public required PlaceRecord[] Places { get; init; }
    /// <summary>Parsed <see cref="PlaceRecord.Kind"/> of each place.</summary>
    public required CapexRadar.Domain.LocationKind[] PlaceKinds { get; init; }
    public required Dictionary<string, int> ById { get; init; }
    public required Dictionary<string, int> ByName { get; init; }
    public required string[][] NormalizedNames { get; init; }
    /// <summary>Ticker keys ("BABA", "BABA@XNYS", "9988.HK") → record indexes.</summary>
    public required Dictionary<string, List<int>> ByTicker { get; init; }
    public required PhraseIndex Index { get; init; }
    /// <summary>ISO code → English country name from the gazetteer.</summary>
    public required Dictionary<string, string> CountryNames { get; init; }
    /// <summary>Demonym → ISO code.</summary>
    public required Dictionary<string, string> DemonymCodes { get; init; }

    public static KbSnapshot Build(CompanyRecord[] records, PlaceRecord[] places)
    {
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        var byTicker = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        var normalized = new string[records.Length][];
        var index = new PhraseIndex();
        AddLexicon(index);
        for (var i = 0; i < records.Length; i++)
        {
            var r = records[i];
            byId[r.Id] = i;
            var names = new List<string>();
            foreach (var n in r.Aliases.Concat(r.CaseSensitiveAliases).Prepend(r.Name))
            {
                var nn = NormalizeName(n);
                if (nn.Length == 0) continue;
                names.Add(nn);
                if (n == r.Name) byName[nn] = i; // canonical names win
                else byName.TryAdd(nn, i);
            }
            normalized[i] = [.. names.Distinct()];
            foreach (var l in r.Listings)
            {
                var sym = Tickers.NormalizeSymbol(l.Symbol);
                AddTicker(byTicker, sym, i);
                AddTicker(byTicker, sym + "@" + l.Mic, i);
                if (Tickers.MicSuffix.TryGetValue(l.Mic, out var suffix))
                {
                    AddTicker(byTicker, sym + suffix, i);
                    if (suffix.Length == 0) AddTicker(byTicker, sym + "@US", i);
                }
            }
            AddCompanyPhrases(index, r, i);
        }
        var countryNames = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var p = 0; p < places.Length; p++)
        {
            var place = places[p];
            if (place.LocationKind == LocationKind.Country && place.Country is { } cc) countryNames.TryAdd(cc, place.Name);
            AddPlacePhrases(index, place, p);
        }
        foreach (var idx in Lexicon.IndexNames)
            index.Add(PhraseIndex.TokenizePhrase(idx), new PhrasePayload { Kind = PhraseKind.Index, Priority = 2 });
        foreach (var region in Lexicon.Regions)
            index.Add(PhraseIndex.TokenizePhrase(region), new PhrasePayload { Kind = PhraseKind.Region, Priority = 1 });
        foreach (var prod in Lexicon.Products)
            index.Add(PhraseIndex.TokenizePhrase(prod), new PhrasePayload { Kind = PhraseKind.Product, Priority = 0, CaseSensitive = true });
        index.Freeze();
        var demonyms = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (w, c) in Lexicon.Demonyms) demonyms[w] = c;
        return new KbSnapshot
        {
            Records = records, Places = places, PlaceKinds = [.. places.Select(p => p.LocationKind)], ById = byId, ByName = byName, NormalizedNames = normalized,
            ByTicker = byTicker, Index = index, CountryNames = countryNames, DemonymCodes = demonyms,
        };
    }

    private static void AddTicker(Dictionary<string, List<int>> map, string key, int i)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        if (!list.Contains(i)) list.Add(i);
    }

    /// <summary>Record index for a ticker written as "BABA", "9988.HK", "HKEX:9988", "NASDAQ: ACMR" or "0700 HK"; -1 if none.</summary>
    public int FindTicker(string query)
    {
        var q = query.Trim();
        string? mic = null;
        var sym = q;
        var colon = q.IndexOf(':');
        if (colon > 0)
        {
            var ex = q[..colon].Trim().Replace(" ", "");
            sym = q[(colon + 1)..].Trim();
            if (!Tickers.ExchangePrefix.TryGetValue(ex, out mic)) mic = null;
        }
        else
        {
            var dot = q.LastIndexOf('.');
            if (dot > 0 && dot < q.Length - 1 && Tickers.SuffixMic.TryGetValue(q[(dot + 1)..], out var m))
            {
                mic = m;
                sym = q[..dot];
            }
        }
        return FindTicker(sym, mic);
    }

    /// <summary>Record index for a symbol on an exchange (null = any exchange, "" = any US venue); -1 if none or ambiguous.</summary>
    public int FindTicker(string symbol, string? mic)
    {
        var sym = Tickers.NormalizeSymbol(symbol);
        if (sym.Length == 0) return -1;
        List<int>? list;
        if (mic is null) list = ByTicker.GetValueOrDefault(sym);
        else if (Tickers.IsUsMic(mic) || mic.Length == 0) list = ByTicker.GetValueOrDefault(sym + "@US");
        else list = ByTicker.GetValueOrDefault(sym + "@" + mic);
        if (list is null || list.Count == 0) return -1;
        return list.Count == 1 ? list[0] : (mic is null ? -1 : list[0]);
    }

    private static readonly HashSet<string> LegalWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "plc", "holding", "holdings",
        "group", "sa", "ag", "nv", "se", "llc", "lp", "the", "kk", "spa", "ab", "asa", "bhd", "tbk", "pte", "oyj",
    };

    /// <summary>Lower-case ASCII-folded name without punctuation and legal words (the scorer's notion of a name).</summary>
    public static string NormalizeName(string name)
    {
        if (string.IsNullOrWhiteSpace(name)) return "";
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (c > 127) { if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c)); continue; }
            sb.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }
        var words = sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !LegalWords.Contains(w)).ToArray();
        return string.Join(' ', words);
    }

    private static bool IsLegal(string token) => Array.IndexOf(Lexicon.LegalSuffixes, token) >= 0
        || Lexicon.LegalSuffixes.Any(s => s.Equals(token, StringComparison.OrdinalIgnoreCase) && token.Length > 2);

    private static void AddCompanyPhrases(PhraseIndex index, CompanyRecord r, int target)
    {
        void Add(string phrase, int priority, bool caseSensitive)
        {
            var toks = PhraseIndex.TokenizePhrase(phrase);
            while (toks.Count > 0 && toks[^1] is "." or ",") toks.RemoveAt(toks.Count - 1);
            if (toks.Count == 0) return;
            index.Add(toks, new PhrasePayload
            {
                Kind = PhraseKind.Company, Target = target, Priority = priority, CaseSensitive = caseSensitive,
                EndsWithLegal = IsLegal(toks[^1]),
            });
            // derived: without the legal suffix ("Alibaba Group Holding Ltd." -> "Alibaba Group Holding")
            var stripped = new List<string>(toks);
            while (stripped.Count > 1 && (IsLegal(stripped[^1]) || stripped[^1] is "." or ","))
                stripped.RemoveAt(stripped.Count - 1);
            if (stripped.Count < toks.Count && stripped.Count > 0)
                index.Add(stripped, new PhrasePayload { Kind = PhraseKind.Company, Target = target, Priority = priority - 2, CaseSensitive = caseSensitive });
            // derived: without generic corporate words ("Tencent Holdings" -> "Tencent")
            var generic = new List<string>(stripped);
            while (generic.Count > 1 && (Array.IndexOf(Lexicon.CorpGeneric, generic[^1]) >= 0 || generic[^1] is "." or "," or "&"))
                generic.RemoveAt(generic.Count - 1);
            if (generic.Count < stripped.Count && generic.Count > 0 && (generic.Count > 1 || generic[0].Length >= 3)
                && !Lexicon.StopSet.Contains(generic[0]) && !IsDemonymOrPlaceWord(generic[0]))
                index.Add(generic, new PhrasePayload { Kind = PhraseKind.Company, Target = target, Priority = priority - 9, CaseSensitive = caseSensitive });
        }
        Add(r.Name, 13, false);
        foreach (var a in r.Aliases) Add(a, 12, false);
        foreach (var a in r.CaseSensitiveAliases) Add(a, 12, true);
    }

    private static bool IsDemonymOrPlaceWord(string w) => Lexicon.Demonyms.Any(d => d.Word.Equals(w, StringComparison.OrdinalIgnoreCase));

    private static void AddPlacePhrases(PhraseIndex index, PlaceRecord p, int target)
    {
        void Add(string n, int priority, bool caseSensitive)
        {
            if (string.IsNullOrWhiteSpace(n)) return;
            var toks = PhraseIndex.TokenizePhrase(n);
            if (toks.Count == 0) return;
            index.Add(toks, new PhrasePayload { Kind = PhraseKind.Place, Target = target, Priority = priority, CaseSensitive = caseSensitive });
        }
        Add(p.Name, 3, false);
        foreach (var a in p.Aliases) Add(a, 2, false);
        foreach (var a in p.CaseSensitiveAliases) Add(a, 2, true);
    }

    /// <summary>Every word of <c>Data/entity-words.json</c> gets its list's <see cref="Lex"/> bit, in file order.</summary>
    private static void AddLexicon(PhraseIndex index)
    {
        foreach (var list in Lexicon.Lists)
        {
            if (list.Class == Lex.None) continue;
            foreach (var w in list.Words)
                if (!list.SingleWordsOnly || !w.Contains(' ')) index.AddLex(w, list.Class);
        }
    }
}
