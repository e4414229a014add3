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
    IReadOnlyList<MarketMove> Market)
{
    /// <summary>Places the entity extractor found (spans in the body, like the facts' evidence): the lead's place.</summary>
    public IReadOnlyList<LocationEntity> Locations { get; init; } = [];
}

/// <summary>How well two amounts agree (see <see cref="EventClusterer.MatchAmount"/>).</summary>
public enum AmountMatch { None, Loose, Close }

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
/// <param name="LeadCountries">Countries of the places the lead's sentence names as the plan's site (<see cref="PlanSite"/>).</param>
/// <param name="Headline">The member's headline (first line, at most <see cref="StoryLead.MaxHeadlineChars"/>): whether it names
/// the lead's company says how certain the lead's attribution is (null for members stored before it was kept).</param>
/// <param name="Links">Units and owners the member's text states ("Telmex's Triara", "its subsidiary NeutraDC"; see
/// <see cref="CompanyLinks"/>): a unit the knowledge base lacks still rolls up to its parent (null for members stored before).</param>
/// <param name="Shares">Shares the member's opening states, as fractions ("a 40% stake" → 0.4; see
/// <see cref="StoryLead.Shares"/>): its lead may be a partner's part of another story's figure (null when none).</param>
/// <param name="YearlyRate">The member's lead is a yearly rate: its sentence or the headline says "a year", "annually"…
/// (<see cref="StoryLead.StatesRate"/>).</param>
/// <param name="Partners">The names listed with the lead's company as its spender ("A consortium of A, B and C will
/// invest…"; <see cref="StoryLead.Partners"/>): another story may credit the figure to another partner (null when none).</param>
/// <param name="LeadRegions">Sub-national regions the member's headline or lead sentence names as its lead's site
/// (<see cref="PlanSite.HeadlineRegions"/>, <see cref="PlanSite.LeadRegions"/>; members stored before the twelfth session: the headline's;
/// null when none).</param>
/// <param name="YearBudget">The member's lead is a budget for a named year ("2027 capital budget", "in 2027";
/// <see cref="StoryLead.NamesBudgetYear"/>) and not a rate.</param>
public sealed record EventMember(
    string AnnouncementId,
    string? Source,
    string? Url,
    DateTimeOffset At,
    string? AnnouncerId,
    string Signature,
    CapexFact? Lead = null,
    string? Subject = null,
    IReadOnlyList<string>? LeadCountries = null,
    string? Headline = null,
    IReadOnlyList<CompanyLink>? Links = null,
    IReadOnlyList<string>? Acronyms = null,
    IReadOnlyList<decimal>? Shares = null,
    bool YearlyRate = false,
    bool YearBudget = false,
    IReadOnlyList<string>? Partners = null,
    IReadOnlyList<string>? LeadRegions = null);

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

/// <summary>
/// Which stored events can matter to an announcement (see <see cref="EventClusterer.CandidatesFor"/>): those with
/// <c>LastSeen ≥ JoinFrom</c> and <c>FirstSeen ≤ JoinTo</c>; and, when <see cref="RevisionFrom"/> is set, those with
/// <c>LastSeen ≥ RevisionFrom</c> and <c>FirstSeen ≤ JoinTo</c> whose facts or members name one of
/// <see cref="RevisionCompanies"/> (top-parent ids; every fact of an event carries its top parent).
/// </summary>
public sealed record CandidateWindow(DateTimeOffset JoinFrom, DateTimeOffset JoinTo, DateTimeOffset? RevisionFrom,
    IReadOnlyList<string> RevisionCompanies)
{
    /// <summary>Whether <paramref name="e"/> is a candidate (the same test a store runs in its query).</summary>
    public bool Includes(NewsEvent e) =>
        e.FirstSeen <= JoinTo && (e.LastSeen >= JoinFrom || (RevisionFrom is { } r && e.LastSeen >= r &&
            e.Facts.Select(f => f.CompanyId).Concat(e.Members.Select(m => m.AnnouncerId)).Any(c => c is not null && RevisionCompanies.Contains(c))));
}
