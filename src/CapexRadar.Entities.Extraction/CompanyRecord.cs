using System.Text.Json.Serialization;
using CapexRadar.Domain;

namespace CapexRadar.Entities.Extraction;

/// <summary>
/// One company in the knowledge base, exactly as it is stored in <c>Data/companies.json</c> (snake_case JSON).
/// A plain record: the Entities service persists operator upserts in the same shape.
/// </summary>
public sealed record CompanyRecord
{
    /// <summary>Stable id, e.g. <c>alibaba</c>.</summary>
    [JsonPropertyName("id")] public string Id { get; init; } = "";

    /// <summary>Canonical name, e.g. <c>Alibaba Group Holding Ltd.</c></summary>
    [JsonPropertyName("name")] public string Name { get; init; } = "";

    /// <summary>Other names and short forms, matched case-insensitively (capitalisation still has to look like a name).</summary>
    [JsonPropertyName("aliases")] public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Aliases that only count with exactly this capitalisation ("ARM", "stc").</summary>
    [JsonPropertyName("case_sensitive_aliases")] public IReadOnlyList<string> CaseSensitiveAliases { get; init; } = [];

    /// <summary>ISO 3166-1 alpha-2 country of the headquarters.</summary>
    [JsonPropertyName("country")] public string? Country { get; init; }

    /// <summary>Exchange listings: symbol + ISO 10383 MIC, every share class and ADR.</summary>
    [JsonPropertyName("listings")] public IReadOnlyList<Listing> Listings { get; init; } = [];

    /// <summary>Sector/role tags: hyperscaler, chipmaker, equipment, …</summary>
    [JsonPropertyName("tags")] public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Id of the parent company, if any.</summary>
    [JsonPropertyName("parent")] public string? Parent { get; init; }

    /// <summary>The record with null lists replaced by empty ones and blank entries dropped (JSON may omit or null any optional field).</summary>
    public CompanyRecord Sanitized() => this with
    {
        Id = (Id ?? "").Trim(),
        Name = (Name ?? "").Trim(),
        Aliases = Clean(Aliases),
        CaseSensitiveAliases = Clean(CaseSensitiveAliases),
        Country = string.IsNullOrWhiteSpace(Country) ? null : Country.Trim().ToUpperInvariant(),
        Listings = (Listings ?? []).Where(l => l is not null && !string.IsNullOrWhiteSpace(l.Symbol))
            .Select(l => new Listing(l.Symbol.Trim(), (l.Mic ?? "").Trim().ToUpperInvariant())).ToArray(),
        Tags = Clean(Tags),
        Parent = string.IsNullOrWhiteSpace(Parent) ? null : Parent.Trim(),
    };

    private static string[] Clean(IReadOnlyList<string>? items) =>
        items is null ? [] : items.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).Distinct().ToArray();
}

/// <summary>One named place of the gazetteer (<c>Data/places.json</c>).</summary>
public sealed record PlaceRecord
{
    [JsonPropertyName("name")] public string Name { get; init; } = "";
    [JsonPropertyName("aliases")] public IReadOnlyList<string> Aliases { get; init; } = [];
    /// <summary>Names matched only with exactly this capitalisation ("US", "UK", "KSA").</summary>
    [JsonPropertyName("case_sensitive_aliases")] public IReadOnlyList<string> CaseSensitiveAliases { get; init; } = [];
    /// <summary>ISO 3166-1 alpha-2 code.</summary>
    [JsonPropertyName("country")] public string? Country { get; init; }
    /// <summary><c>country</c>, <c>city</c>, <c>region</c> or <c>venue</c>.</summary>
    [JsonPropertyName("kind")] public string? Kind { get; init; }
    /// <summary>The name is also a common word or a person's name ("Reading", "Jordan"): needs place-like context.</summary>
    [JsonPropertyName("ambiguous")] public bool Ambiguous { get; init; }

    public LocationKind LocationKind => (Kind ?? "").Trim().ToLowerInvariant() switch
    {
        "country" => LocationKind.Country,
        "region" or "state" or "province" => LocationKind.Region,
        "venue" or "exchange" => LocationKind.Venue,
        _ => LocationKind.City,
    };
}
