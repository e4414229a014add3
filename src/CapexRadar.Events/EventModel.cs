using CapexRadar.Domain;

namespace CapexRadar.Events;

/// <summary>What the clusterer needs of one analysed announcement.</summary>
/// <param name="Text">Title, a newline, then the normalised body (the signature is computed over both; the first line is
/// read as the headline, see <see cref="StoryLead"/>).</param>
/// <param name="At">Publication time, or the time it was received when it has none.</param>
public sealed record EventInput(
    string AnnouncementId,
    string Text,
    DateTimeOffset At,
    string? Source,
    string? Url,
    string? AnnouncerId,
    IReadOnlyList<CapexFact> Capex,
    IReadOnlyList<FacilityPlan> Facilities,
    IReadOnlyList<MarketMove> Market);

public enum FactType { Capex, Facility, Market }

/// <summary>One fact of an event, merged over the announcements that report it.</summary>
/// <param name="Key">Stable key of the fact within its event (type, company, kind, rounded amount…).</param>
/// <param name="CompanyId">The reporting company rolled up to its top parent (null for forecasts and index moves).</param>
/// <param name="Supporting">Ids of the member announcements that report this fact, in the order they joined.</param>
public sealed record EventFact(
    string Key,
    FactType Type,
    string? CompanyId,
    CapexFact? Capex,
    FacilityPlan? Facility,
    MarketMove? Move,
    IReadOnlyList<string> Supporting);

/// <summary>A member announcement of an event.</summary>
/// <param name="AnnouncerId">The announcer rolled up to its top parent.</param>
/// <param name="Lead">The member's main commitment: the one its headline states, else its first (null when it has none, or
/// for members stored before leads were kept).</param>
/// <param name="Subject">The company the member is about: its lead's company, else its announcer, else the company of its
/// facility plans (the knowledge-base id, not rolled up).</param>
public sealed record EventMember(
    string AnnouncementId,
    string? Source,
    string? Url,
    DateTimeOffset At,
    string? AnnouncerId,
    string Signature,
    CapexFact? Lead = null,
    string? Subject = null);

/// <summary>An event: one announcement as reported by one or more sources.</summary>
/// <param name="FollowsEventId">The earlier event this one revises (a new figure for the same plan), if any.</param>
public sealed record NewsEvent(
    string Id,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen,
    string? FollowsEventId,
    IReadOnlyList<EventMember> Members,
    IReadOnlyList<EventFact> Facts)
{
    /// <summary>Top-parent ids of the companies with capex facts or facility plans, and of the announcers.</summary>
    public IEnumerable<string> Companies =>
        Facts.Where(f => f.CompanyId is not null && f.Type != FactType.Market).Select(f => f.CompanyId!)
            .Concat(Members.Where(m => m.AnnouncerId is not null).Select(m => m.AnnouncerId!))
            .Distinct(StringComparer.Ordinal);
}

public enum Decision { NewEvent, Join, Revision }

/// <summary>Where an announcement goes, and why (for logs and <c>--explain</c>-style output).</summary>
/// <param name="EventId">The event joined, or the earlier event revised (null for an unrelated new event).</param>
public sealed record Assignment(Decision Decision, string? EventId, string Reason, double Similarity);

/// <summary>The outcome of adding an announcement: the event as it now stands and the facts it added.</summary>
/// <param name="NewFacts">Facts that were not in the event before (every fact of a new event).</param>
public sealed record AddResult(NewsEvent Event, Assignment Assignment, IReadOnlyList<EventFact> NewFacts);
