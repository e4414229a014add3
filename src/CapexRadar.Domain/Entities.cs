namespace CapexRadar.Domain;

/// <summary>Half-open range [Start, End) of UTF-16 offsets into an announcement's normalised text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;
    public bool Contains(int offset) => offset >= Start && offset < End;
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;
    public override string ToString() => $"[{Start},{End})";
}

/// <summary>An exchange listing: symbol plus ISO 10383 market identifier code (9988 @ XHKG, BABA @ XNYS).</summary>
public sealed record Listing(string Symbol, string Mic);

/// <summary>A company (or other organisation) found in a text and resolved against the knowledge base when possible.</summary>
/// <param name="CompanyId">Stable id: the knowledge-base id, or a slug derived from the name for companies not in it.</param>
/// <param name="Tags">Sector/role tags from the knowledge base, e.g. <c>chipmaker</c>, <c>equipment</c>, <c>hyperscaler</c>.</param>
public sealed record OrganizationEntity(
    string CompanyId,
    string Name,
    IReadOnlyList<Listing> Listings,
    string? CountryCode,
    IReadOnlyList<string> Tags,
    IReadOnlyList<TextSpan> Mentions,
    bool InKnowledgeBase);

public sealed record PersonEntity(
    string Name,
    string? Role,
    string? OrganizationId,
    string? OrganizationName,
    IReadOnlyList<TextSpan> Mentions);

public enum LocationKind { Country, City, Region, Venue }

/// <summary>A named place with its ISO 3166-1 alpha-2 country.</summary>
public sealed record LocationEntity(
    string Name,
    string CountryCode,
    LocationKind Kind,
    IReadOnlyList<TextSpan> Mentions);

/// <summary>Everything the entity extractor found in one text.</summary>
/// <param name="AnnouncerId">The company the announcement is about (the subject of the headline/lead), if any.</param>
public sealed record EntitySet(
    IReadOnlyList<OrganizationEntity> Organizations,
    IReadOnlyList<PersonEntity> People,
    IReadOnlyList<LocationEntity> Locations,
    string? AnnouncerId)
{
    public static EntitySet Empty { get; } = new([], [], [], null);

    public OrganizationEntity? FindOrganization(string? companyId) =>
        companyId is null ? null : Organizations.FirstOrDefault(o => o.CompanyId == companyId);
}
