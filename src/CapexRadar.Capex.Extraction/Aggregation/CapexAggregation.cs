using CapexRadar.Domain;

namespace CapexRadar.Capex.Extraction;

/// <summary>A capex fact with the publication date of the announcement it came from.</summary>
public sealed record DatedCapexFact(CapexFact Fact, DateTimeOffset PublishedAt, string? AnnouncementId = null);

/// <summary>One step of a company's capex history.</summary>
/// <param name="AmountUsd">USD value of the figure: the stated or converted USD amount; for ranges the midpoint.</param>
/// <param name="AnnualisedUsd"><paramref name="AmountUsd"/> divided by the period in years when known.</param>
/// <param name="PreviousUsd">The previous comparable figure (same period length), if any.</param>
/// <param name="ChangeUsd">AmountUsd − PreviousUsd.</param>
/// <param name="ChangePct">Change relative to the previous comparable figure, in percent.</param>
/// <param name="Restatements">How many later announcements repeated the same figure (collapsed into this entry).</param>
public sealed record TimelineEntry(
    DateTimeOffset PublishedAt,
    string? AnnouncementId,
    CapexFact Fact,
    decimal? AmountUsd,
    decimal? AnnualisedUsd,
    decimal? PreviousUsd,
    decimal? ChangeUsd,
    double? ChangePct,
    int Restatements);

/// <summary>A company's place in the ranking.</summary>
/// <param name="AnnualisedUsd">Latest commitment in USD per year (USD / period years); the whole amount when the period is unknown.</param>
/// <param name="PeriodKnown">False when the commitment states no period, so <paramref name="AnnualisedUsd"/> is the total.</param>
public sealed record LeaderboardEntry(
    int Rank,
    string CompanyId,
    string? CompanyName,
    decimal AnnualisedUsd,
    decimal AmountUsd,
    int? PeriodYears,
    bool PeriodKnown,
    DateTimeOffset PublishedAt,
    string? AnnouncementId,
    CapexFact Fact);

internal static class UsdValue
{
    /// <summary>The USD value of a fact: its USD amount, or the midpoint of a range.</summary>
    public static decimal? Of(CapexFact f)
    {
        if (f.AmountUsd is not { } usd) return null;
        if (f.AmountHigh is { } high && f.Amount.Value > 0)
            return decimal.Round(usd.Value * (1 + high.Value / f.Amount.Value) / 2, 0);
        return usd.Value;
    }

    public static decimal? Annualised(CapexFact f) =>
        Of(f) is { } v ? (f.PeriodYears is > 0 ? decimal.Round(v / f.PeriodYears.Value, 0) : v) : null;
}

/// <summary>Pure functions for the Capex service: a company's commitments and revisions in time order.</summary>
public static class CapexTimeline
{
    /// <summary>
    /// Commitments and prior targets of one company (or of all companies when <paramref name="companyId"/> is null,
    /// each compared only with its own history), oldest first. Within one announcement the superseded prior target comes
    /// before the commitment that replaces it. Each entry is compared with the previous figure of the same period
    /// length (an annual budget with an annual budget, a three-year plan with a three-year plan). A figure repeated by a
    /// later announcement is collapsed into the first entry (counted in <c>Restatements</c>).
    /// </summary>
    public static IReadOnlyList<TimelineEntry> Build(IEnumerable<DatedCapexFact> facts, string? companyId = null)
    {
        var ordered = facts
            .Where(d => d.Fact.Kind is CapexKind.Commitment or CapexKind.PriorTarget && d.Fact.CompanyId is not null)
            .Where(d => companyId is null || d.Fact.CompanyId == companyId)
            .OrderBy(d => d.PublishedAt)
            .ThenBy(d => d.AnnouncementId, StringComparer.Ordinal)
            .ThenBy(d => d.Fact.Kind == CapexKind.PriorTarget ? 0 : 1)
            .ThenBy(d => d.Fact.Evidence.Start)
            .ToList();
        var result = new List<TimelineEntry>();
        foreach (var d in ordered)
        {
            var f = d.Fact;
            var usd = UsdValue.Of(f);
            var previous = result.LastOrDefault(e => e.Fact.CompanyId == f.CompanyId && e.Fact.PeriodYears == f.PeriodYears && e.AmountUsd is not null);
            // the same figure again: a restatement (or the prior target a later story recalls)
            var same = result.FindLastIndex(e => e.Fact.CompanyId == f.CompanyId && e.Fact.Amount.CurrencyCode == f.Amount.CurrencyCode
                && Math.Abs(e.Fact.Amount.Value - f.Amount.Value) <= 0.01m * Math.Max(e.Fact.Amount.Value, f.Amount.Value)
                && e.Fact.PeriodYears == f.PeriodYears);
            if (same >= 0 && (previous is null || ReferenceEquals(result[same], previous) || f.Kind == CapexKind.PriorTarget))
            {
                result[same] = result[same] with { Restatements = result[same].Restatements + 1 };
                continue;
            }
            decimal? change = usd is not null && previous?.AmountUsd is { } p ? usd - p : null;
            double? pct = change is not null && previous!.AmountUsd is > 0 ? (double)(change.Value / previous.AmountUsd!.Value) * 100 : null;
            result.Add(new TimelineEntry(d.PublishedAt, d.AnnouncementId, f, usd, UsdValue.Annualised(f), previous?.AmountUsd, change,
                pct is null ? null : Math.Round(pct.Value, 2), 0));
        }
        return result;
    }
}

/// <summary>Pure ranking function for the Capex service.</summary>
public static class CapexLeaderboard
{
    /// <summary>
    /// Companies ranked by their latest commitment published in [<paramref name="since"/>, <paramref name="until"/>],
    /// in USD per year (amount_usd / period_years; the whole amount when no period is stated; the midpoint for ranges).
    /// When one announcement holds several commitments of a company, the largest annualised one stands for it.
    /// </summary>
    public static IReadOnlyList<LeaderboardEntry> Rank(IEnumerable<DatedCapexFact> facts, DateTimeOffset? since = null, DateTimeOffset? until = null)
    {
        var latest = facts
            .Where(d => d.Fact.Kind == CapexKind.Commitment && d.Fact.CompanyId is not null && d.Fact.AmountUsd is not null)
            .Where(d => (since is null || d.PublishedAt >= since) && (until is null || d.PublishedAt <= until))
            .GroupBy(d => d.Fact.CompanyId!)
            .Select(g =>
            {
                var newest = g.Max(d => d.PublishedAt);
                return g.Where(d => d.PublishedAt == newest).OrderByDescending(d => UsdValue.Annualised(d.Fact)).First();
            })
            .OrderByDescending(d => UsdValue.Annualised(d.Fact))
            .ThenBy(d => d.Fact.CompanyId, StringComparer.Ordinal)
            .ToList();
        var result = new List<LeaderboardEntry>(latest.Count);
        for (var i = 0; i < latest.Count; i++)
        {
            var d = latest[i];
            var f = d.Fact;
            result.Add(new LeaderboardEntry(i + 1, f.CompanyId!, f.CompanyName, UsdValue.Annualised(f)!.Value, UsdValue.Of(f)!.Value,
                f.PeriodYears, f.PeriodYears is > 0, d.PublishedAt, d.AnnouncementId, f));
        }
        return result;
    }
}
