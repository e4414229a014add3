using CapexRadar.Domain;
using CapexRadar.Protos.Capex.V1;
using CapexRadar.Protos.Entities.V1;
using CapexRadar.Protos.Market.V1;
using P = CapexRadar.Protos.Analysis.V1;

namespace CapexRadar.Ingestion.Api.Events;

/// <summary>The analysed facts of one announcement, as the clusterer needs them.</summary>
/// <param name="Locations">The places found (the lead's place is a fact the clusterer compares).</param>
public sealed record AnnouncementFacts(string? AnnouncerId, IReadOnlyList<CapexFact> Capex, IReadOnlyList<FacilityPlan> Facilities,
    IReadOnlyList<MarketMove> Market, IReadOnlyList<LocationEntity>? Locations = null);

/// <summary>Where clustering reads an announcement's facts (the stage messages, else the Entities, Capex and Market services; a fake in tests).</summary>
public interface IAnnouncementFactsSource
{
    Task<AnnouncementFacts> GetAsync(string announcementId, CancellationToken cancellationToken);
}

/// <summary>The facts the stage messages carried, handed to clustering within one message's scope.</summary>
public sealed class ReceivedFacts
{
    private (string Id, AnnouncementFacts Facts)? _offered;

    public void Offer(string announcementId, AnnouncementFacts facts) => _offered = (announcementId, facts);

    public bool TryGet(string announcementId, out AnnouncementFacts facts)
    {
        facts = _offered is { } o && o.Id == announcementId ? o.Facts : null!;
        return facts is not null;
    }
}

/// <summary>
/// The facts from the Capex and Market messages (<see cref="ReceivedFacts"/>); when a message carried none (a publisher
/// that sends counts only), read over gRPC.
/// </summary>
public sealed class MessageAnnouncementFactsSource(ReceivedFacts received, GrpcAnnouncementFactsSource services) : IAnnouncementFactsSource
{
    public Task<AnnouncementFacts> GetAsync(string announcementId, CancellationToken cancellationToken) =>
        received.TryGet(announcementId, out var facts) ? Task.FromResult(facts) : services.GetAsync(announcementId, cancellationToken);
}

/// <summary>Reads the facts over gRPC from the services that own them (as GetAnalysis does).</summary>
public sealed class GrpcAnnouncementFactsSource(
    EntitiesService.EntitiesServiceClient entities,
    CapexService.CapexServiceClient capex,
    MarketService.MarketServiceClient market) : IAnnouncementFactsSource
{
    public async Task<AnnouncementFacts> GetAsync(string announcementId, CancellationToken cancellationToken)
    {
        var e = entities.GetEntitiesAsync(new GetEntitiesRequest { AnnouncementId = announcementId }, cancellationToken: cancellationToken).ResponseAsync;
        var c = capex.GetCapexAsync(new GetCapexRequest { AnnouncementId = announcementId }, cancellationToken: cancellationToken).ResponseAsync;
        var m = market.GetMovesAsync(new GetMovesRequest { AnnouncementId = announcementId }, cancellationToken: cancellationToken).ResponseAsync;
        await Task.WhenAll(e, c, m);
        return new AnnouncementFacts(
            e.Result.AnnouncerId is { Length: > 0 } a ? a : null,
            c.Result.Capex.Select(ProtoToDomain.ToDomain).ToList(),
            c.Result.Facilities.Select(ProtoToDomain.ToDomain).ToList(),
            m.Result.Moves.Select(ProtoToDomain.ToDomain).ToList(),
            e.Result.Locations.Select(ProtoToDomain.ToDomain).ToList());
    }
}

/// <summary>Protobuf facts back to the domain records (the inverse of <c>DomainMapping</c>).</summary>
public static class ProtoToDomain
{
    public static MoneyAmount ToDomain(this Protos.Common.V1.Money m) => new(m.CurrencyCode, m.Units + m.Nanos / 1_000_000_000m);

    private static Domain.TextSpan Span(Protos.Common.V1.TextSpan? s) => s is null ? default : new Domain.TextSpan(s.Start, s.End);

    private static string? Null(string s) => s.Length == 0 ? null : s;

    public static CapexFact ToDomain(P.CapexFact f) => new(
        f.Kind switch { P.CapexKind.PriorTarget => CapexKind.PriorTarget, P.CapexKind.Forecast => CapexKind.Forecast, _ => CapexKind.Commitment },
        Null(f.CompanyId), Null(f.CompanyName), f.Amount?.ToDomain() ?? new MoneyAmount("USD", 0), f.AmountHigh?.ToDomain(), f.AmountUsd?.ToDomain(),
        f.UsdStated, f.HasPeriodYears ? f.PeriodYears : null, f.HasFiscalYear ? f.FiscalYear : null,
        f.Qualifier switch
        {
            P.AmountQualifier.About => AmountQualifier.About,
            P.AmountQualifier.Over => AmountQualifier.Over,
            P.AmountQualifier.AtLeast => AmountQualifier.AtLeast,
            P.AmountQualifier.UpTo => AmountQualifier.UpTo,
            P.AmountQualifier.Range => AmountQualifier.Range,
            _ => AmountQualifier.Exact,
        },
        f.Scope, f.Purposes.ToList(), Null(f.Speaker), Span(f.Evidence));

    public static LocationEntity ToDomain(P.Location l) =>
        new(l.Name, l.CountryCode, Enum.TryParse<LocationKind>(l.Kind, ignoreCase: true, out var kind) ? kind : LocationKind.Venue,
            l.Mentions.Select(Span).ToList());

    public static FacilityPlan ToDomain(P.FacilityPlan f) =>
        new(Null(f.CompanyId), Null(f.CompanyName), f.FacilityType, f.CountryCodes.ToList(), Null(f.Timeframe), Span(f.Evidence));

    public static MarketMove ToDomain(P.MarketMove m) => new(
        Null(m.CompanyId), Null(m.CompanyName), Null(m.IndexName), m.ChangePct,
        m.Direction == P.Direction.Down ? MoveDirection.Down : MoveDirection.Up,
        m.Qualifier switch { P.MoveQualifier.UpTo => MoveQualifier.UpTo, P.MoveQualifier.Close => MoveQualifier.Close, _ => MoveQualifier.Unspecified },
        Null(m.Venue), Protos.DomainMapping.ToDomain(m.Relation), Span(m.Evidence));
}
