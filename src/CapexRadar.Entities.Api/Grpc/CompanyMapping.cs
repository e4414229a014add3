using CapexRadar.Entities.Extraction;
using CapexRadar.Protos.Entities.V1;
using CapexRadar.ServiceHosting;
using ProtoListing = CapexRadar.Protos.Analysis.V1.Listing;

namespace CapexRadar.Entities.Api.Grpc;

/// <summary>Knowledge-base records ↔ the <c>Company</c> message.</summary>
public static class CompanyMapping
{
    public static Company ToProto(CompanyRecord record)
    {
        var company = new Company { CompanyId = record.Id, Name = record.Name, CountryCode = record.Country ?? "" };
        company.Aliases.AddRange(record.Aliases.Concat(record.CaseSensitiveAliases));
        company.Listings.AddRange(record.Listings.Select(l => new ProtoListing { Symbol = l.Symbol, Mic = l.Mic }));
        company.Tags.AddRange(record.Tags);
        return company;
    }

    /// <summary>Validates an operator's company: id (slug) and name required, ISO codes well-formed.</summary>
    public static CompanyRecord ToRecord(Company company)
    {
        var id = RequestGuard.Required(company.CompanyId, "company.company_id");
        if (!id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_' or '.'))
            throw RequestGuard.Invalid("company.company_id must be a lowercase slug (a-z, 0-9, - _ .)");
        var name = RequestGuard.Required(company.Name, "company.name");
        if (company.CountryCode.Length is not (0 or 2) || !company.CountryCode.All(char.IsAsciiLetter))
            throw RequestGuard.Invalid("company.country_code must be ISO 3166-1 alpha-2");
        foreach (var listing in company.Listings)
        {
            if (string.IsNullOrWhiteSpace(listing.Symbol)) throw RequestGuard.Invalid("listing.symbol is required");
            if (listing.Mic.Length != 4 || !listing.Mic.All(char.IsAsciiLetterOrDigit))
                throw RequestGuard.Invalid($"listing.mic '{listing.Mic}' is not an ISO 10383 MIC (4 characters)");
        }
        return new CompanyRecord
        {
            Id = id,
            Name = name,
            Aliases = company.Aliases.ToArray(),
            Country = company.CountryCode.Length == 0 ? null : company.CountryCode.ToUpperInvariant(),
            Listings = company.Listings.Select(l => new CapexRadar.Domain.Listing(l.Symbol.Trim().ToUpperInvariant(), l.Mic.ToUpperInvariant())).ToArray(),
            Tags = company.Tags.ToArray(),
        }.Sanitized();
    }
}
