using CapexRadar.Domain;
using CapexRadar.Protos.Analysis.V1;
using CapexRadar.Protos.Common.V1;
using ProtoCapexFact = CapexRadar.Protos.Analysis.V1.CapexFact;
using ProtoFacilityPlan = CapexRadar.Protos.Analysis.V1.FacilityPlan;
using ProtoMarketMove = CapexRadar.Protos.Analysis.V1.MarketMove;
using ProtoListing = CapexRadar.Protos.Analysis.V1.Listing;
using ProtoTextSpan = CapexRadar.Protos.Common.V1.TextSpan;
using DomainSpan = CapexRadar.Domain.TextSpan;

namespace CapexRadar.Protos;

/// <summary>Maps the plain domain records to their protobuf contract (one place for services and the CLI).</summary>
public static class DomainMapping
{
    public static ProtoTextSpan ToProto(this DomainSpan span) => new() { Start = span.Start, End = span.End };

    public static Money ToProto(this MoneyAmount money)
    {
        var units = decimal.Truncate(money.Value);
        return new Money
        {
            CurrencyCode = money.CurrencyCode,
            Units = (long)units,
            Nanos = (int)decimal.Round((money.Value - units) * 1_000_000_000m),
        };
    }

    public static ProtoListing ToProto(this CapexRadar.Domain.Listing listing) => new() { Symbol = listing.Symbol, Mic = listing.Mic };

    public static Organization ToProto(this OrganizationEntity org)
    {
        var result = new Organization { CompanyId = org.CompanyId, Name = org.Name, CountryCode = org.CountryCode ?? "" };
        result.Listings.AddRange(org.Listings.Select(ToProto));
        result.Mentions.AddRange(org.Mentions.Select(ToProto));
        result.Tags.AddRange(org.Tags);
        return result;
    }

    public static Person ToProto(this PersonEntity person)
    {
        var result = new Person
        {
            Name = person.Name,
            Role = person.Role ?? "",
            OrganizationId = person.OrganizationId ?? "",
            OrganizationName = person.OrganizationName ?? "",
        };
        result.Mentions.AddRange(person.Mentions.Select(ToProto));
        return result;
    }

    public static Location ToProto(this LocationEntity location)
    {
        var result = new Location
        {
            Name = location.Name,
            CountryCode = location.CountryCode,
            Kind = location.Kind.ToString().ToLowerInvariant(),
        };
        result.Mentions.AddRange(location.Mentions.Select(ToProto));
        return result;
    }

    public static ProtoCapexFact ToProto(this CapexRadar.Domain.CapexFact fact)
    {
        var result = new ProtoCapexFact
        {
            CompanyId = fact.CompanyId ?? "",
            CompanyName = fact.CompanyName ?? "",
            Kind = fact.Kind switch
            {
                Domain.CapexKind.Commitment => Analysis.V1.CapexKind.Commitment,
                Domain.CapexKind.PriorTarget => Analysis.V1.CapexKind.PriorTarget,
                Domain.CapexKind.Forecast => Analysis.V1.CapexKind.Forecast,
                _ => Analysis.V1.CapexKind.Unspecified,
            },
            Amount = fact.Amount.ToProto(),
            AmountHigh = fact.AmountHigh?.ToProto(),
            AmountUsd = fact.AmountUsd?.ToProto(),
            UsdStated = fact.UsdStated,
            Qualifier = fact.Qualifier switch
            {
                Domain.AmountQualifier.Exact => Analysis.V1.AmountQualifier.Exact,
                Domain.AmountQualifier.About => Analysis.V1.AmountQualifier.About,
                Domain.AmountQualifier.Over => Analysis.V1.AmountQualifier.Over,
                Domain.AmountQualifier.AtLeast => Analysis.V1.AmountQualifier.AtLeast,
                Domain.AmountQualifier.UpTo => Analysis.V1.AmountQualifier.UpTo,
                Domain.AmountQualifier.Range => Analysis.V1.AmountQualifier.Range,
                _ => Analysis.V1.AmountQualifier.Unspecified,
            },
            Scope = fact.Scope,
            Speaker = fact.Speaker ?? "",
            Evidence = fact.Evidence.ToProto(),
        };
        if (fact.PeriodYears is { } years) result.PeriodYears = years;
        if (fact.FiscalYear is { } fy) result.FiscalYear = fy;
        result.Purposes.AddRange(fact.Purposes);
        return result;
    }

    public static ProtoFacilityPlan ToProto(this CapexRadar.Domain.FacilityPlan plan)
    {
        var result = new ProtoFacilityPlan
        {
            CompanyId = plan.CompanyId ?? "",
            CompanyName = plan.CompanyName ?? "",
            FacilityType = plan.FacilityType,
            Timeframe = plan.Timeframe ?? "",
            Evidence = plan.Evidence.ToProto(),
        };
        result.CountryCodes.AddRange(plan.CountryCodes);
        return result;
    }

    public static ProtoMarketMove ToProto(this CapexRadar.Domain.MarketMove move) => new()
    {
        CompanyId = move.CompanyId ?? "",
        CompanyName = move.CompanyName ?? "",
        IndexName = move.IndexName ?? "",
        ChangePct = move.ChangePct,
        Direction = move.Direction == MoveDirection.Down ? Direction.Down : Direction.Up,
        Qualifier = move.Qualifier switch
        {
            Domain.MoveQualifier.UpTo => Analysis.V1.MoveQualifier.UpTo,
            Domain.MoveQualifier.Close => Analysis.V1.MoveQualifier.Close,
            _ => Analysis.V1.MoveQualifier.Unspecified,
        },
        Venue = move.Venue ?? "",
        Relation = move.Relation.ToProto(),
        Evidence = move.Evidence.ToProto(),
    };

    public static Relation ToProto(this MoveRelation relation) => relation switch
    {
        MoveRelation.Self => Relation.Self,
        MoveRelation.Supplier => Relation.Supplier,
        MoveRelation.Peer => Relation.Peer,
        MoveRelation.Customer => Relation.Customer,
        MoveRelation.Index => Relation.Index,
        _ => Relation.Unspecified,
    };

    public static MoveRelation ToDomain(this Relation relation) => relation switch
    {
        Relation.Self => MoveRelation.Self,
        Relation.Supplier => MoveRelation.Supplier,
        Relation.Peer => MoveRelation.Peer,
        Relation.Customer => MoveRelation.Customer,
        Relation.Index => MoveRelation.Index,
        _ => MoveRelation.Unspecified,
    };

    /// <summary>The whole analysis of one announcement as its public contract.</summary>
    public static AnnouncementAnalysis ToProto(this AnalysisResult analysis, string announcementId, string title, DateTimeOffset? publishedAt, string traceId)
    {
        var result = new AnnouncementAnalysis
        {
            AnnouncementId = announcementId,
            Title = title,
            TraceId = traceId,
            PublishedAt = publishedAt is { } at ? Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(at) : null,
        };
        result.Organizations.AddRange(analysis.Entities.Organizations.Select(ToProto));
        result.People.AddRange(analysis.Entities.People.Select(ToProto));
        result.Locations.AddRange(analysis.Entities.Locations.Select(ToProto));
        result.Capex.AddRange(analysis.Capex.Select(ToProto));
        result.Facilities.AddRange(analysis.Facilities.Select(ToProto));
        result.Market.AddRange(analysis.Market.Select(ToProto));
        return result;
    }
}
