using CapexRadar.Entities.Extraction;
using CapexRadar.ServiceHosting;

namespace CapexRadar.Entities.Api.Grpc;

/// <summary>
/// Rules for operator writes to the knowledge base, so one call cannot poison every later analysis: names and
/// aliases must look like names (length, letters, no control characters, not a stop word or common word), at most
/// <see cref="MaxAliases"/> aliases, no alias another company owns unless the caller takes it over explicitly,
/// listings with a ticker-shaped symbol on a known MIC, and shipped companies replaced only explicitly.
/// </summary>
public sealed class CompanyWriteGuard(CompanyKnowledgeBase live)
{
    public const int MaxNameLength = 120;
    public const int MaxAliases = 32;
    public const int MaxAliasLength = 80;
    public const int MaxListings = 16;
    public const int MaxTags = 16;
    public const int MaxTagLength = 40;

    private static readonly CompanyKnowledgeBase Shipped = CompanyKnowledgeBase.LoadDefault();

    /// <summary>ISO 10383 operating MICs of the major venues, plus every MIC the shipped knowledge base uses.</summary>
    public static readonly IReadOnlySet<string> KnownMics = new HashSet<string>(
        ["XNYS", "XNAS", "XASE", "ARCX", "BATS", "OTCM", "XTKS", "XOSE", "XTAI", "ROCO", "XNSE", "XBOM", "XKRX", "XKOS", "XHKG",
         "XSHG", "XSHE", "XTSE", "XTSX", "XASX", "XNZE", "XPAR", "XETR", "XFRA", "XLON", "XSTO", "XCSE", "XHEL", "XOSL", "XICE",
         "XSES", "XMAD", "XMIL", "XAMS", "XBRU", "XLIS", "XDUB", "XWBO", "XSWX", "XWAR", "XPRA", "XBUD", "XIST", "XSAU", "XDFM",
         "XADS", "DSMD", "XTAE", "XJSE", "BVMF", "XMEX", "XBUE", "XSGO", "XBOG", "XLIM", "XIDX", "XKLS", "XBKK", "XPHS", "HSTC",
         "XSTC", "XKAR", "XCAI", "XNGS"],
        StringComparer.Ordinal);

    /// <summary>Words that must never be a company name or alias: they occur in every story.</summary>
    private static readonly HashSet<string> CommonWords = new(
        ["the", "a", "an", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as", "it", "its", "is", "are",
         "was", "were", "be", "been", "has", "have", "had", "this", "that", "these", "those", "he", "she", "they", "we", "you",
         "i", "his", "her", "their", "our", "not", "but", "if", "so", "than", "then", "there", "which", "who", "what", "will",
         "would", "can", "could", "may", "said", "says", "say", "also", "new", "one", "two", "all", "more", "most", "up", "down",
         "company", "companies", "group", "inc", "corp", "ltd", "plc", "co", "holdings", "firm", "bank", "fund", "market",
         "markets", "shares", "share", "stock", "stocks", "investment", "investments", "investors", "billion", "million",
         "trillion", "percent", "year", "years", "today", "monday", "tuesday", "wednesday", "thursday", "friday", "ai", "data",
         "cloud", "tech", "technology", "global", "international", "government", "ministry", "reuters", "bloomberg", "news",
         "chief", "executive", "president", "capex", "spending", "plan", "plans"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Throws INVALID_ARGUMENT with the reason when the write breaks a rule.</summary>
    public void Check(CompanyRecord record, bool takeOverAliases, bool overrideShipped)
    {
        if (Shipped.Get(record.Id) is not null && !overrideShipped)
            throw RequestGuard.Invalid($"company '{record.Id}' ships with the knowledge base; set override_shipped to replace it");

        CheckName(record.Name, "company.name", MaxNameLength);
        var aliases = record.Aliases.Concat(record.CaseSensitiveAliases).ToList();
        if (aliases.Count > MaxAliases) throw RequestGuard.Invalid($"company.aliases has {aliases.Count} entries; at most {MaxAliases}");
        foreach (var alias in aliases)
        {
            CheckName(alias, "company.aliases", MaxAliasLength);
            if (!takeOverAliases && live.Resolve(alias) is { } owner && owner.Id != record.Id)
                throw RequestGuard.Invalid($"alias '{alias}' already belongs to company '{owner.Id}'; set take_over_aliases to move it");
        }
        if (!takeOverAliases && live.Resolve(record.Name) is { } nameOwner && nameOwner.Id != record.Id)
            throw RequestGuard.Invalid($"name '{record.Name}' already belongs to company '{nameOwner.Id}'; set take_over_aliases to move it");

        if (record.Listings.Count > MaxListings) throw RequestGuard.Invalid($"company.listings has {record.Listings.Count} entries; at most {MaxListings}");
        foreach (var listing in record.Listings)
        {
            if (!IsSymbol(listing.Symbol))
                throw RequestGuard.Invalid($"listing.symbol '{Shorten(listing.Symbol)}' is not a ticker (1-12 of A-Z, 0-9, '.', '-', starting with a letter or digit)");
            if (!KnownMics.Contains(listing.Mic) && Shipped.All.All(c => c.Listings.All(l => l.Mic != listing.Mic)))
                throw RequestGuard.Invalid($"listing.mic '{Shorten(listing.Mic)}' is not a known ISO 10383 MIC");
        }
        if (record.Tags.Count > MaxTags) throw RequestGuard.Invalid($"company.tags has {record.Tags.Count} entries; at most {MaxTags}");
        foreach (var tag in record.Tags)
            if (tag.Length > MaxTagLength || tag.Any(char.IsControl))
                throw RequestGuard.Invalid($"company.tags: '{Shorten(tag)}' is longer than {MaxTagLength} characters or has control characters");
    }

    private static void CheckName(string value, string field, int maxLength)
    {
        var name = value.Trim();
        if (name.Length < 2 || name.Length > maxLength)
            throw RequestGuard.Invalid($"{field}: '{Shorten(name)}' must have 2 to {maxLength} characters");
        if (name.Any(c => char.IsControl(c) || char.IsSurrogate(c) || c == '\uFFFD'))
            throw RequestGuard.Invalid($"{field}: '{Shorten(name)}' has control or invalid characters");
        if (!name.Any(char.IsLetter))
            throw RequestGuard.Invalid($"{field}: '{Shorten(name)}' has no letter");
        if (CommonWords.Contains(name))
            throw RequestGuard.Invalid($"{field}: '{name}' is a common word and would match in every story");
    }

    private static bool IsSymbol(string symbol) =>
        symbol.Length is >= 1 and <= 12 && char.IsAsciiLetterOrDigit(symbol[0])
        && symbol.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c is '.' or '-');

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
