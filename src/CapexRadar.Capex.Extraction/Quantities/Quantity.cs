using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;
using CapexRadar.Domain;

namespace CapexRadar.Capex.Extraction;

public enum QuantityKind
{
    /// <summary>An amount of money: value in whole units of <see cref="Quantity.Currency"/> (or of <see cref="Quantity.Unit"/> for cents, pence…).</summary>
    Money,
    /// <summary>A percentage: 7.8 for "7.8%".</summary>
    Percent,
    /// <summary>A length of time: "over three years", "in the next five years", "within the upcoming year".</summary>
    Duration,
    /// <summary>A point or stretch of the calendar: "this fiscal year", "fiscal 2026", "for 2025", "through 2028", "annually".</summary>
    Period,
}

/// <summary>What a period or duration expression says about time. All fields optional.</summary>
/// <param name="Years">Length in whole years when known: 3 for "over three years", 1 for "this year", "fiscal 2026", "annually".</param>
/// <param name="Months">Length in months when stated in months ("over the next 18 months").</param>
/// <param name="Year">The calendar year meant ("for 2025", "in 2028", "2025 capex").</param>
/// <param name="FiscalYear">The fiscal year meant ("fiscal 2026", "FY25", "the year ending June 2025").</param>
/// <param name="StartYear">First year of a stretch ("between 2025 and 2028").</param>
/// <param name="EndYear">Last year of a stretch or deadline ("through 2028", "by 2030").</param>
/// <param name="RelativeYear">0 for "this year", 1 for "next year", -1 for "last year" (relative to publication).</param>
/// <param name="Fiscal">The period is a fiscal year ("this fiscal year").</param>
/// <param name="Annual">A yearly rate ("annually", "a year", "per year", "annual").</param>
/// <param name="EndOfDecade">"by the end of the decade".</param>
/// <param name="Deadline">A deadline ("by 2030") rather than a span ("over", "through", "in").</param>
public sealed record PeriodInfo(
    int? Years = null,
    int? Months = null,
    int? Year = null,
    int? FiscalYear = null,
    int? StartYear = null,
    int? EndYear = null,
    int? RelativeYear = null,
    bool Fiscal = false,
    bool Annual = false,
    bool EndOfDecade = false,
    bool Deadline = false)
{
    public override string ToString()
    {
        var parts = new List<string>();
        if (Years is not null) parts.Add($"years={Years}");
        if (Months is not null) parts.Add($"months={Months}");
        if (Year is not null) parts.Add($"year={Year}");
        if (FiscalYear is not null) parts.Add($"fiscal_year={FiscalYear}");
        if (StartYear is not null) parts.Add($"start={StartYear}");
        if (EndYear is not null) parts.Add($"end={EndYear}");
        if (RelativeYear is not null) parts.Add($"relative={RelativeYear:+0;-0;0}");
        if (Fiscal) parts.Add("fiscal");
        if (Annual) parts.Add("annual");
        if (EndOfDecade) parts.Add("end_of_decade");
        if (Deadline) parts.Add("deadline");
        return string.Join(' ', parts);
    }
}

/// <summary>
/// One recognised quantity. <see cref="Span"/> covers the amount itself (qualifier words such as "about" are not
/// part of it but are resolved into <see cref="Qualifier"/>); for ranges it covers both ends.
/// </summary>
/// <param name="Value">The number (whole currency units, percent points, years…); for ranges the low end.</param>
/// <param name="High">The high end of a range ("$64 billion to $72 billion").</param>
/// <param name="Currency">ISO 4217 code for money when known ("$" → USD, "¥" → JPY or CNY from context); null for cents, pence, obsolete or unknown units.</param>
/// <param name="Unit">The unit as written, in Recognizers-Text vocabulary: "Dollar" for "$", "United States dollar" for "USD", "Cent", "Pound", "Japanese yen"; "%" for percentages; "year"/"month" for durations.</param>
/// <param name="Equivalent">A stated conversion of the same amount ("380 billion yuan ($53 billion)" → the $53 billion).</param>
public sealed record Quantity(
    QuantityKind Kind,
    string Text,
    TextSpan Span,
    decimal? Value,
    decimal? High,
    string? Currency,
    string? Unit,
    AmountQualifier Qualifier,
    Quantity? Equivalent = null,
    PeriodInfo? Period = null)
{
    [JsonIgnore]
    public bool IsRange => High is not null;

    /// <summary>The amount in USD when the amount or its stated equivalent is in USD.</summary>
    [JsonIgnore]
    public Quantity? UsdStated => Currency == "USD" ? this : Equivalent?.Currency == "USD" ? Equivalent : null;

    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.Append(Kind).Append(' ');
        switch (Kind)
        {
            case QuantityKind.Money:
                sb.Append(Currency ?? Unit ?? "?").Append(' ').Append(Format(Value));
                if (High is not null) sb.Append("–").Append(Format(High));
                if (Currency is null && Unit is not null) { }
                else if (Unit is not null && Unit != Currency) sb.Append(" (").Append(Unit).Append(')');
                break;
            case QuantityKind.Percent:
                sb.Append(Format(Value)).Append('%');
                if (High is not null) sb.Append("–").Append(Format(High)).Append('%');
                break;
            default:
                if (Period is not null) sb.Append(Period);
                break;
        }
        if (Qualifier != AmountQualifier.Exact) sb.Append(" [").Append(QualifierName(Qualifier)).Append(']');
        sb.Append(" \"").Append(Text).Append("\" ").Append(Span);
        if (Equivalent is not null)
            sb.Append(" = ").Append(Equivalent.Currency ?? Equivalent.Unit).Append(' ').Append(Format(Equivalent.Value))
              .Append(Equivalent.High is not null ? "–" + Format(Equivalent.High) : string.Empty)
              .Append(" \"").Append(Equivalent.Text).Append('"');
        return sb.ToString();
    }

    public static string QualifierName(AmountQualifier q) => q switch
    {
        AmountQualifier.Exact => "exact",
        AmountQualifier.About => "about",
        AmountQualifier.Over => "over",
        AmountQualifier.AtLeast => "at_least",
        AmountQualifier.UpTo => "up_to",
        AmountQualifier.Range => "range",
        _ => q.ToString().ToLowerInvariant(),
    };

    private static string Format(decimal? v) =>
        v is null ? "null" : v.Value == decimal.Truncate(v.Value) ? v.Value.ToString("N0", CultureInfo.InvariantCulture) : v.Value.ToString("0.####", CultureInfo.InvariantCulture);
}
