using CapexRadar.Capex.Extraction;
using CapexRadar.Domain;
using CapexRadar.Events;

namespace CapexRadar.Capex.Api.Data;

/// <summary>What an aggregate shows of a fact reported by one event.</summary>
/// <param name="EventId">The event (the announcement's own id until Ingestion has clustered it).</param>
/// <param name="Sources">How many announcements of the event report the fact.</param>
/// <param name="AnnouncementId">The announcement whose version of the fact is shown.</param>
public sealed record EventFactInfo(string EventId, int Sources, string? AnnouncementId);

/// <summary>
/// Each event's facts once: the rewrites of one announcement (one event, see <c>AnnouncementClustered</c>) report the same
/// commitment several times, maybe rounded or converted differently; aggregates count it once, dated when the event was
/// first seen, in the version most of its sources agree on (the earliest on a tie).
/// </summary>
public static class EventFacts
{
    private static readonly EventClusterer Figures = new();

    /// <summary>
    /// One dated fact per event and fact: facts of one event are the same fact when they have the same kind, company
    /// (and scope for a forecast) and the same figure within rounding or conversion, periods agreeing when both are given
    /// (<see cref="EventClusterer.SameFigure"/>). Each fact kept is dated when its event was first seen and carries the
    /// <b>event id</b> as its <see cref="DatedCapexFact.AnnouncementId"/>, so time-ordered lists order and page by
    /// (first seen, event) — a key that stays put when another rewrite joins; <paramref name="info"/> gets, by reference,
    /// the event, its source count and the announcement whose version is shown.
    /// </summary>
    public static List<DatedCapexFact> OnePerEvent(IEnumerable<DatedCapexFact> facts, IReadOnlyDictionary<string, string> eventOf,
        Dictionary<CapexFact, EventFactInfo> info)
    {
        var result = new List<DatedCapexFact>();
        var byEvent = facts.GroupBy(d => d.AnnouncementId is { } id ? eventOf.GetValueOrDefault(id) ?? id : "");
        foreach (var group in byEvent)
        {
            var ordered = group.OrderBy(d => d.PublishedAt).ThenBy(d => d.AnnouncementId, StringComparer.Ordinal)
                .ThenBy(d => d.Fact.Evidence.Start).ToList();
            var firstSeen = ordered[0].PublishedAt;
            var clusters = new List<List<DatedCapexFact>>();
            foreach (var d in ordered)
            {
                var cluster = clusters.FirstOrDefault(c => Same(c[0].Fact, d.Fact));
                if (cluster is null) clusters.Add([d]);
                else cluster.Add(d);
            }
            foreach (var cluster in clusters)
            {
                // the version (amount, currency, period) the most announcements state; the earliest on a tie
                var chosen = cluster
                    .GroupBy(d => (d.Fact.Amount.CurrencyCode, d.Fact.Amount.Value, d.Fact.PeriodYears))
                    .Select(v => (First: v.First(), Count: v.Select(d => d.AnnouncementId).Distinct().Count()))
                    .OrderByDescending(v => v.Count).First().First;
                var sources = cluster.Select(d => d.AnnouncementId).Distinct().Count();
                info[chosen.Fact] = new EventFactInfo(group.Key, sources, chosen.AnnouncementId);
                result.Add(chosen with { PublishedAt = firstSeen, AnnouncementId = group.Key });
            }
        }
        return result;
    }

    /// <summary>
    /// The <paramref name="totals"/> (commitments stating no period) less those of a company that
    /// <paramref name="rates"/> (commitments with a period) already rank: a commitment of the same company with the same
    /// figure within rounding or conversion (<see cref="EventClusterer.SameFigure"/>) — one commitment, which the version
    /// with a period describes better (a later story recalling "the $500 billion venture") — or one of the same event —
    /// one announcement ranks a company once, as in <see cref="CapexLeaderboard.Rank"/> (a plan "over four years" and the
    /// "$100 billion to be deployed immediately" of it). Both lists as <see cref="OnePerEvent"/> returns them (the event
    /// id as announcement id); rates looked up by company.
    /// </summary>
    public static IEnumerable<DatedCapexFact> WithoutRankedRates(IEnumerable<DatedCapexFact> totals, IEnumerable<DatedCapexFact> rates)
    {
        var byCompany = rates.Where(d => d.Fact.Kind == CapexKind.Commitment && d.Fact.CompanyId is not null)
            .ToLookup(d => d.Fact.CompanyId!, StringComparer.Ordinal);
        return totals.Where(t => t.Fact.Kind != CapexKind.Commitment || t.Fact.CompanyId is not { } company ||
                                 !byCompany[company].Any(r => r.AnnouncementId is not null && r.AnnouncementId == t.AnnouncementId ||
                                                              Figures.SameFigure(r.Fact, t.Fact)));
    }

    private static bool Same(CapexFact a, CapexFact b) =>
        a.Kind == b.Kind && a.CompanyId == b.CompanyId && (a.Kind != CapexKind.Forecast || a.Scope == b.Scope) && Figures.SameFigure(a, b);
}
