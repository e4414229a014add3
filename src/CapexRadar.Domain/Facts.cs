namespace CapexRadar.Domain;

/// <summary>An amount of money in an ISO 4217 currency, in whole currency units (decimal keeps cents exact).</summary>
public readonly record struct MoneyAmount(string CurrencyCode, decimal Value)
{
    public override string ToString() => $"{CurrencyCode} {Value:N0}";
}

public enum CapexKind { Commitment, PriorTarget, Forecast }

public enum AmountQualifier { Exact, About, Over, AtLeast, UpTo, Range }

/// <summary>One capital-expenditure fact: a company's commitment, an earlier superseded target, or a forecast.</summary>
/// <param name="CompanyId">Null for forecasts.</param>
/// <param name="AmountUsd">USD amount: stated in the text when <paramref name="UsdStated"/>, otherwise converted with the FX table.</param>
/// <param name="Scope">For forecasts: <c>global</c>, <c>industry</c> or <c>country:XX</c>; empty otherwise.</param>
public sealed record CapexFact(
    CapexKind Kind,
    string? CompanyId,
    string? CompanyName,
    MoneyAmount Amount,
    MoneyAmount? AmountHigh,
    MoneyAmount? AmountUsd,
    bool UsdStated,
    int? PeriodYears,
    int? FiscalYear,
    AmountQualifier Qualifier,
    string Scope,
    IReadOnlyList<string> Purposes,
    string? Speaker,
    TextSpan Evidence);

/// <summary>A plan to build facilities (data centres…) in some countries.</summary>
public sealed record FacilityPlan(
    string? CompanyId,
    string? CompanyName,
    string FacilityType,
    IReadOnlyList<string> CountryCodes,
    string? Timeframe,
    TextSpan Evidence);

public enum MoveDirection { Up, Down }

public enum MoveQualifier { Unspecified, UpTo, Close }

public enum MoveRelation { Unspecified, Self, Supplier, Peer, Customer, Index }

/// <summary>A reported share-price or index move.</summary>
public sealed record MarketMove(
    string? CompanyId,
    string? CompanyName,
    string? IndexName,
    double ChangePct,
    MoveDirection Direction,
    MoveQualifier Qualifier,
    string? Venue,
    MoveRelation Relation,
    TextSpan Evidence);

/// <summary>The full analysis of one announcement's normalised text.</summary>
public sealed record AnalysisResult(
    EntitySet Entities,
    IReadOnlyList<CapexFact> Capex,
    IReadOnlyList<FacilityPlan> Facilities,
    IReadOnlyList<MarketMove> Market);
