using CapexRadar.Capex.Extraction;
using CapexRadar.Domain;

namespace CapexRadar.Events;

/// <summary>Thresholds of the clusterer. Defaults were set on story families written for the tests.</summary>
public sealed record EventOptions
{
    /// <summary>An announcement joins an event only if it is at most this far from the event's first or last member.</summary>
    public TimeSpan JoinWindow { get; init; } = TimeSpan.FromDays(4);

    /// <summary>A revision links to an earlier event at most this old.</summary>
    public TimeSpan RevisionWindow { get; init; } = TimeSpan.FromDays(400);

    /// <summary>Two amounts in the same currency are the same figure within this relative difference (rounding).</summary>
    public double SameCurrencyTolerance { get; init; } = 0.025;

    /// <summary>Two amounts compared in USD (one stated in another currency) are the same within this relative difference.</summary>
    public double ConvertedTolerance { get; init; } = 0.045;

    /// <summary>With a shared commitment, the texts need at least this much word containment.</summary>
    public double MinSimilarityWithSharedFact { get; init; } = 0.12;

    /// <summary>Without a shared figure but about the same company (and no conflicting figure), this much containment.</summary>
    public double MinSimilaritySameCompany { get; init; } = 0.45;

    /// <summary>Without any shared company or figure, this much containment.</summary>
    public double MinSimilarityUnrelated { get; init; } = 0.75;

    /// <summary>A conflicting figure of the same company is a revision (not only a different plan) from this containment on.</summary>
    public double MinSimilarityRevision { get; init; } = 0.3;
}

/// <summary>
/// Decides whether an analysed announcement joins an existing event, revises one (new event linked to it), or starts
/// an unrelated one, from the text (MinHash containment of content words) together with the facts: same company
/// (rolled up to its parent), same kind and amount within rounding (currencies converted with the FX table), within
/// a time window. Pure: the caller supplies the candidate events and stores the result.
/// </summary>
public sealed class EventClusterer
{
    private readonly FxTable _fx;
    private readonly Func<string, string?> _parentOf;

    public EventClusterer(FxTable? fx = null, Func<string, string?>? parentOf = null, EventOptions? options = null)
    {
        _fx = fx ?? FxTable.Default;
        _parentOf = parentOf ?? (_ => null);
        Options = options ?? new EventOptions();
    }

    public EventOptions Options { get; }

    /// <summary>The company's top parent (units and brands roll up; at most 8 levels, cycles stop).</summary>
    public string? Root(string? companyId)
    {
        if (companyId is null) return null;
        var current = companyId;
        for (var i = 0; i < 8; i++)
        {
            var parent = _parentOf(current);
            if (parent is null || parent == current) break;
            current = parent;
        }
        return current;
    }

    /// <summary>
    /// Adds <paramref name="input"/> to the events: joins the best matching candidate or starts a new event
    /// (with id from <paramref name="newEventId"/>) that may follow an earlier one. Returns the event as it now stands.
    /// </summary>
    public AddResult Add(EventInput input, IEnumerable<NewsEvent> candidates, Func<string> newEventId)
    {
        ArgumentNullException.ThrowIfNull(input);
        var signature = TextSignature.Compute(input.Text);
        var candidateList = candidates.ToList();
        var assignment = Decide(input, signature, candidateList);
        var member = new EventMember(input.AnnouncementId, input.Source, input.Url, input.At, Root(input.AnnouncerId), signature.Serialize());
        var facts = FactsOf(input);
        if (assignment.Decision == Decision.Join)
        {
            var joined = candidateList.First(e => e.Id == assignment.EventId);
            if (joined.Members.Any(m => m.AnnouncementId == input.AnnouncementId)) return new AddResult(joined, assignment, []);
            var merged = joined.Facts.ToList();
            var added = new List<EventFact>();
            foreach (var fact in facts) MergeInto(merged, added, fact, input.AnnouncementId);
            var updated = joined with
            {
                FirstSeen = input.At < joined.FirstSeen ? input.At : joined.FirstSeen,
                LastSeen = input.At > joined.LastSeen ? input.At : joined.LastSeen,
                Members = [.. joined.Members, member],
                Facts = merged,
            };
            return new AddResult(updated, assignment, added);
        }
        var own = new List<EventFact>();
        var newFacts = new List<EventFact>();
        foreach (var fact in facts) MergeInto(own, newFacts, fact, input.AnnouncementId);
        var created = new NewsEvent(newEventId(), input.At, input.At, assignment.Decision == Decision.Revision ? assignment.EventId : null,
            [member], own);
        return new AddResult(created, assignment, newFacts);
    }

    /// <summary>Where the announcement belongs among <paramref name="candidates"/>.</summary>
    public Assignment Decide(EventInput input, TextSignature signature, IReadOnlyList<NewsEvent> candidates)
    {
        var mine = FactsOf(input);
        var announcer = Root(input.AnnouncerId);
        Assignment? bestJoin = null, bestRevision = null;
        double bestJoinScore = double.MinValue, bestRevisionScore = double.MinValue;
        foreach (var e in candidates)
        {
            if (e.Members.Any(m => m.AnnouncementId == input.AnnouncementId))
                return new Assignment(Decision.Join, e.Id, "already a member", 1);
            var inJoinWindow = input.At >= e.FirstSeen - Options.JoinWindow && input.At <= e.LastSeen + Options.JoinWindow;
            var inRevisionWindow = input.At >= e.FirstSeen - TimeSpan.FromDays(1) && input.At <= e.LastSeen + Options.RevisionWindow;
            if (!inJoinWindow && !inRevisionWindow) continue;
            var similarity = e.Members.Select(m => signature.Containment(TextSignature.Deserialize(m.Signature))).DefaultIfEmpty(0).Max();

            var mineCommit = mine.Where(f => f.Capex is { Kind: CapexKind.Commitment } && f.CompanyId is not null).ToList();
            var theirCommit = e.Facts.Where(f => f.Capex is { Kind: CapexKind.Commitment } && f.CompanyId is not null).ToList();
            var sharedCompanies = mineCommit.Select(f => f.CompanyId).Intersect(theirCommit.Select(f => f.CompanyId)).ToList();
            var commitmentOverlap = mineCommit.Any(a => theirCommit.Any(b => a.CompanyId == b.CompanyId && SameFigure(a.Capex!, b.Capex!)));
            // both name spenders and none in common (the same amount by another company), or the same company with only other figures
            var companyConflict = mineCommit.Count > 0 && theirCommit.Count > 0 && sharedCompanies.Count == 0;
            var commitmentConflict = (sharedCompanies.Count > 0 && !commitmentOverlap) || companyConflict;
            var theirAnnouncers = e.Members.Where(m => m.AnnouncerId is not null).Select(m => m.AnnouncerId!).ToHashSet(StringComparer.Ordinal);
            var announcerConflict = announcer is not null && theirAnnouncers.Count > 0 && !theirAnnouncers.Contains(announcer);
            var forecastOverlap = mine.Any(a => a.Capex is { Kind: CapexKind.Forecast } && e.Facts.Any(b =>
                b.Capex is { Kind: CapexKind.Forecast } && a.Capex.Scope == b.Capex.Scope && SameFigure(a.Capex, b.Capex)));
            var facilityConflict = FacilityConflict(mine, e.Facts);
            var moveConflict = MoveConflict(mine, e.Facts);
            var companies = e.Companies.ToHashSet(StringComparer.Ordinal);
            var sameCompany = (announcer is not null && companies.Contains(announcer)) ||
                              mine.Any(f => f.Type != FactType.Market && f.CompanyId is not null && companies.Contains(f.CompanyId));

            if (inJoinWindow && !facilityConflict)
            {
                double score = double.MinValue;
                string reason = "";
                if (commitmentOverlap && similarity >= Options.MinSimilarityWithSharedFact)
                    (score, reason) = (2 + similarity, "same company, kind and amount");
                else if (!commitmentConflict && forecastOverlap && similarity >= Options.MinSimilaritySameCompany * 0.6)
                    (score, reason) = (1.5 + similarity, "same forecast figure");
                else if (!commitmentConflict && !moveConflict && sameCompany && similarity >= Options.MinSimilaritySameCompany)
                    (score, reason) = (1 + similarity, "same company, similar text");
                else if (!commitmentConflict && !moveConflict && !announcerConflict && similarity >= Options.MinSimilarityUnrelated)
                    (score, reason) = (similarity, "near-identical text");
                if (score > bestJoinScore && reason.Length > 0)
                {
                    bestJoinScore = score;
                    bestJoin = new Assignment(Decision.Join, e.Id, reason, similarity);
                }
            }

            if (inRevisionWindow && !commitmentOverlap && input.At >= e.FirstSeen)
            {
                // a new figure for the same plan: the announcement names the event's figure as the earlier one, or
                // reports a different figure of the same company in a text much like the event's and says it changed.
                var priorMatches = mine.Any(a => a.Capex is { Kind: CapexKind.PriorTarget } && a.CompanyId is not null &&
                    theirCommit.Any(b => b.CompanyId == a.CompanyId && SameFigure(a.Capex, b.Capex!)));
                var hasNewFigure = mineCommit.Count > 0;
                double score = double.MinValue;
                string reason = "";
                if (priorMatches && hasNewFigure)
                    (score, reason) = (2 + similarity, "earlier figure of the event named as the prior target");
                else if (sharedCompanies.Count > 0 && similarity >= Options.MinSimilarityRevision && RevisionCue.In(input.Text))
                    (score, reason) = (1 + similarity, "different figure of the same company, similar text, revision wording");
                // a later revision of a revision: prefer the newest event
                if (reason.Length > 0) score += e.LastSeen.UtcTicks / 1e18;
                if (score > bestRevisionScore && reason.Length > 0)
                {
                    bestRevisionScore = score;
                    bestRevision = new Assignment(Decision.Revision, e.Id, reason, similarity);
                }
            }
        }
        return bestJoin ?? bestRevision ?? new Assignment(Decision.NewEvent, null, "no matching event", 0);
    }

    /// <summary>Whether two capex figures are the same within rounding (converted to USD when the currencies differ).</summary>
    public bool SameFigure(CapexFact a, CapexFact b)
    {
        if (a.PeriodYears is { } pa && b.PeriodYears is { } pb && pa != pb) return false;
        if (a.Amount.CurrencyCode == b.Amount.CurrencyCode)
            return Close(a.Amount.Value, b.Amount.Value, Options.SameCurrencyTolerance);
        // one side stated in USD, the other with a stated USD equivalent: compare those first
        if (a.AmountUsd is { } ua && b.AmountUsd is { } ub)
            return Close(ua.Value, ub.Value, Options.ConvertedTolerance);
        return false;
    }

    private static bool Close(decimal x, decimal y, double tolerance)
    {
        var max = Math.Max(Math.Abs(x), Math.Abs(y));
        return max == 0 || (double)(Math.Abs(x - y) / max) <= tolerance;
    }

    private static bool FacilityConflict(List<EventFact> mine, IReadOnlyList<EventFact> theirs)
    {
        foreach (var a in mine.Where(f => f.Facility is not null && f.CompanyId is not null))
        {
            var same = theirs.Where(b => b.Facility is not null && b.CompanyId == a.CompanyId && b.Facility.FacilityType == a.Facility!.FacilityType).ToList();
            if (same.Count > 0 && a.Facility!.CountryCodes.Count > 0 &&
                !same.Any(b => b.Facility!.CountryCodes.Count == 0 || b.Facility.CountryCodes.Intersect(a.Facility.CountryCodes).Any()))
                return true;
        }
        return false;
    }

    /// <summary>Both report a move of the same mover, and no move of the one matches a move of the other.</summary>
    private bool MoveConflict(List<EventFact> mine, IReadOnlyList<EventFact> theirs)
    {
        var a = mine.Where(f => f.Move is not null).ToList();
        var b = theirs.Where(f => f.Move is not null).ToList();
        var shared = a.Select(f => MoverOf(f.Move!)).Intersect(b.Select(f => MoverOf(f.Move!)), StringComparer.OrdinalIgnoreCase).ToList();
        return shared.Count > 0 && !a.Any(x => b.Any(y => SameFact(x, y)));
    }

    private static string MoverOf(MarketMove m) => m.CompanyId ?? m.CompanyName ?? m.IndexName ?? "";

    /// <summary>The announcement's facts with companies rolled up and USD amounts filled in from the FX table.</summary>
    public List<EventFact> FactsOf(EventInput input)
    {
        var year = input.At.Year;
        var facts = new List<EventFact>();
        foreach (var c in input.Capex)
        {
            var fact = c.AmountUsd is null && _fx.ToUsd(c.Amount.Value, c.Amount.CurrencyCode, year) is { } usd
                ? c with { AmountUsd = new MoneyAmount("USD", usd) }
                : c;
            var root = Root(c.CompanyId);
            facts.Add(new EventFact(CapexKey(fact, root), FactType.Capex, root, fact, null, null, []));
        }
        foreach (var f in input.Facilities)
        {
            var root = Root(f.CompanyId);
            facts.Add(new EventFact($"facility|{root}|{f.FacilityType}|{string.Join(',', f.CountryCodes.Order(StringComparer.Ordinal))}",
                FactType.Facility, root, null, f, null, []));
        }
        foreach (var m in input.Market)
        {
            var who = m.CompanyId ?? m.CompanyName ?? (m.IndexName is null ? "" : "index:" + m.IndexName);
            facts.Add(new EventFact(FormattableString.Invariant($"market|{who.ToLowerInvariant()}|{m.Direction}|{m.ChangePct:0.##}"),
                FactType.Market, m.CompanyId, null, null, m, []));
        }
        return facts;
    }

    private static string CapexKey(CapexFact f, string? root) =>
        FormattableString.Invariant($"capex|{f.Kind}|{root ?? f.Scope}|{f.Amount.CurrencyCode}|{f.Amount.Value:0.###E+0}|{f.PeriodYears}");

    private void MergeInto(List<EventFact> merged, List<EventFact> added, EventFact fact, string announcementId)
    {
        for (var i = 0; i < merged.Count; i++)
        {
            if (!SameFact(merged[i], fact)) continue;
            if (!merged[i].Supporting.Contains(announcementId))
                merged[i] = merged[i] with { Supporting = [.. merged[i].Supporting, announcementId] };
            return;
        }
        var key = fact.Key;
        for (var n = 2; merged.Any(f => f.Key == key); n++) key = $"{fact.Key}#{n}";
        var item = fact with { Key = key, Supporting = [announcementId] };
        merged.Add(item);
        added.Add(item);
    }

    private bool SameFact(EventFact a, EventFact b)
    {
        if (a.Type != b.Type || a.CompanyId != b.CompanyId) return false;
        switch (a.Type)
        {
            case FactType.Capex:
                return a.Capex!.Kind == b.Capex!.Kind && (a.Capex.Kind != CapexKind.Forecast || a.Capex.Scope == b.Capex.Scope) &&
                       SameFigure(a.Capex, b.Capex);
            case FactType.Facility:
                return a.Facility!.FacilityType == b.Facility!.FacilityType &&
                       (a.Facility.CountryCodes.Count == 0 || b.Facility.CountryCodes.Count == 0 ||
                        a.Facility.CountryCodes.Intersect(b.Facility.CountryCodes).Any());
            default:
                var (x, y) = (a.Move!, b.Move!);
                return string.Equals(x.CompanyId ?? x.CompanyName ?? x.IndexName, y.CompanyId ?? y.CompanyName ?? y.IndexName, StringComparison.OrdinalIgnoreCase) &&
                       x.Direction == y.Direction && Math.Abs(x.ChangePct - y.ChangePct) <= 0.15;
        }
    }
}

/// <summary>Words that say a figure changed ("raised its plan", "lifts", "cut", "revised").</summary>
internal static class RevisionCue
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Words = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "raise", "raises", "raised", "raising", "lift", "lifts", "lifted", "lifting", "boost", "boosts", "boosted", "boosting",
        "increase", "increases", "increased", "increasing", "ups", "upped", "upping", "cut", "cuts", "cutting", "trim", "trims",
        "trimmed", "lower", "lowers", "lowered", "reduce", "reduces", "reduced", "revise", "revises", "revised", "revising",
        "expand", "expands", "expanded", "hike", "hikes", "hiked", "scaled", "pare", "pared",
        "previous", "previously", "earlier", "initially", "originally",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool In(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0) start = i;
            else if (!letter && start >= 0)
            {
                if (Words.Contains(text.AsSpan(start, i - start))) return true;
                start = -1;
            }
        }
        return false;
    }
}
