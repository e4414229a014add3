using CapexRadar.Capex.Api.Data;
using CapexRadar.Capex.Extraction;
using CapexRadar.Domain;
using CapexRadar.Entities.Extraction;
using CapexRadar.Protos;
using CapexRadar.Protos.Capex.V1;
using CapexRadar.Security;
using CapexRadar.ServiceHosting;
using CapexRadar.ServiceHosting.Auth;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;

namespace CapexRadar.Capex.Api.Grpc;

public sealed class CapexGrpcService(CapexDbContext db, CompanyKnowledgeBase companies) : CapexService.CapexServiceBase
{
    /// <summary>RecognizeQuantities accepts texts up to this many characters (1 MiB, like Ingestion's body limit).</summary>
    private const int MaxRecognizeLength = 1024 * 1024;

    /// <summary>Page size of GetCompanyTimeline and ListForecasts when none is asked, and the largest page.</summary>
    private const int DefaultPageSize = 100, MaxPageSize = 500;

    [RequireScope(Scopes.Read)]
    public override async Task<GetCapexResponse> GetCapex(GetCapexRequest request, ServerCallContext context)
    {
        var id = RequestGuard.AnnouncementId(request.AnnouncementId);
        var row = await db.Announcements.AsNoTracking().FirstOrDefaultAsync(a => a.AnnouncementId == id, context.CancellationToken)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"no capex for announcement '{id}' (unknown or not processed yet)"));
        var response = new GetCapexResponse { AnnouncementId = id, TraceId = row.TraceId };
        response.Capex.AddRange(row.Facts().Select(f => f.ToProto()));
        response.Facilities.AddRange(row.Facilities().Select(f => f.ToProto()));
        return response;
    }

    [RequireScope(Scopes.Read)]
    public override async Task<GetCompanyTimelineResponse> GetCompanyTimeline(GetCompanyTimelineRequest request, ServerCallContext context)
    {
        var query = RequestGuard.Required(request.Company, "company");
        var pageSize = Paging.Size(request.PageSize, DefaultPageSize, MaxPageSize);
        Paging.KeyPosition("timeline", request.PageToken); // a malformed token is INVALID_ARGUMENT before any work
        var facts = (await db.AllFactsAsync(context.CancellationToken))
            .Where(f => f.Fact.Kind != CapexKind.Forecast && CompanyQuery.Matches(query, f.Fact.CompanyId, f.Fact.CompanyName))
            .ToList();
        if (facts.Count == 0) throw new RpcException(new Status(StatusCode.NotFound, $"no capex facts for a company matching '{query}'"));
        var companyId = facts.GroupBy(f => f.Fact.CompanyId).OrderByDescending(g => g.Count()).First().Key;
        // each event's facts once (rewrites of one announcement are one entry), dated when the event was first seen
        var info = new Dictionary<CapexFact, EventFactInfo>(ReferenceEqualityComparer.Instance);
        var events = await EventsAsync(context.CancellationToken);
        var timeline = CapexTimeline.Build(EventFacts.OnePerEvent(facts.Where(f => f.Fact.CompanyId == companyId).Select(Dated), events, info), companyId);
        var first = facts.First(f => f.Fact.CompanyId == companyId).Fact;
        // the whole timeline is computed (each change is against the previous figure), then one page of it is sent
        var (page, next) = Paging.AfterKey(timeline, e => (e.PublishedAt, e.AnnouncementId ?? ""), "timeline", pageSize, request.PageToken);
        var response = new GetCompanyTimelineResponse { CompanyId = first.CompanyId ?? "", CompanyName = first.CompanyName ?? "", NextPageToken = next };
        foreach (var entry in page)
        {
            var item = new Protos.Capex.V1.TimelineEntry
            {
                AnnouncementId = info.GetValueOrDefault(entry.Fact)?.AnnouncementId ?? "",
                PublishedAt = ToTimestamp(entry.PublishedAt),
                Fact = entry.Fact.ToProto(),
                EventId = entry.AnnouncementId ?? "", // the event (see EventFacts.OnePerEvent)
                Sources = info.GetValueOrDefault(entry.Fact)?.Sources ?? 1,
            };
            if (entry.ChangeUsd is { } change) item.ChangeUsd = (double)change;
            if (entry.ChangePct is { } pct) item.ChangePct = pct;
            response.Entries.Add(item);
        }
        return response;
    }

    [RequireScope(Scopes.Read)]
    public override async Task<GetLeaderboardResponse> GetLeaderboard(GetLeaderboardRequest request, ServerCallContext context)
    {
        var limit = RequestGuard.Limit(request.Limit, 20, 100);
        var since = RequestGuard.Timestamp(request.Since, "since");
        var until = RequestGuard.Timestamp(request.Until, "until");
        if (since > until) throw RequestGuard.Invalid("since is after until");
        var offset = Paging.Offset("leaderboard", request.PageToken);
        // units roll up to their parents; then each event's facts once (rewrites of one announcement are one row)
        var info = new Dictionary<CapexFact, EventFactInfo>(ReferenceEqualityComparer.Instance);
        var events = await EventsAsync(context.CancellationToken);
        var facts = EventFacts.OnePerEvent((await db.AllFactsAsync(context.CancellationToken)).Select(Dated).Select(RollUp), events, info);
        // a figure without a period is a total: ranked apart from yearly rates (a fiscal-year figure is a yearly rate)
        static bool Yearly(CapexFact f) => f.PeriodYears is > 0 || f.FiscalYear is not null;
        var rates = facts.Where(d => Yearly(d.Fact)).ToList();
        var yearly = CapexLeaderboard.Rank(rates, since, until);
        // a company the yearly rates rank is not ranked again for the same commitment recalled without its period, nor
        // for another figure of the same event (one announcement ranks a company once)
        var inRange = rates.Where(d => (since is null || d.PublishedAt >= since) && (until is null || d.PublishedAt <= until));
        var totals = CapexLeaderboard.Rank(EventFacts.WithoutRankedRates(facts.Where(d => !Yearly(d.Fact)), inRange), since, until);
        var response = new GetLeaderboardResponse();
        // one token pages both rankings together: page k of each
        response.Entries.AddRange(Entries(yearly, offset, limit, info));
        response.Totals.AddRange(Entries(totals, offset, limit, info));
        var next = offset + limit;
        if (Math.Max(yearly.Count, totals.Count) > next && next <= Paging.MaxOffset) response.NextPageToken = Paging.OffsetToken("leaderboard", next);
        return response;
    }

    /// <summary>Each announcement's event (from <c>AnnouncementClustered</c>; an announcement not yet clustered is its own event).</summary>
    private Task<Dictionary<string, string>> EventsAsync(CancellationToken cancellationToken) =>
        db.AnnouncementEvents.AsNoTracking().ToDictionaryAsync(e => e.AnnouncementId, e => e.EventId, StringComparer.Ordinal, cancellationToken);

    private static IEnumerable<Protos.Capex.V1.LeaderboardEntry> Entries(IReadOnlyList<Capex.Extraction.LeaderboardEntry> ranked, int offset, int limit,
        Dictionary<CapexFact, EventFactInfo> info) =>
        ranked.Skip(offset).Take(limit).Select(entry => new Protos.Capex.V1.LeaderboardEntry
        {
            Rank = entry.Rank,
            CompanyId = entry.CompanyId,
            CompanyName = entry.CompanyName ?? "",
            AnnualisedUsd = new MoneyAmount("USD", entry.AnnualisedUsd).ToProto(),
            Latest = entry.Fact.ToProto(),
            AnnouncementId = info.GetValueOrDefault(entry.Fact)?.AnnouncementId ?? "",
            EventId = entry.AnnouncementId ?? "", // the event (see EventFacts.OnePerEvent)
            Sources = info.GetValueOrDefault(entry.Fact)?.Sources ?? 1,
        });

    /// <summary>
    /// A business unit's or brand's fact counts for its top parent (the knowledge base knows parents), under the parent's
    /// name: a unit the knowledge base lists as an alias of its parent ("Oracle Cloud Infrastructure" for Oracle) shows as
    /// the parent too, not under the name the story used.
    /// </summary>
    private DatedCapexFact RollUp(DatedCapexFact d)
    {
        if (d.Fact.CompanyId is not { } id) return d;
        var root = id;
        for (var i = 0; i < 8 && companies.Get(root)?.Parent is { Length: > 0 } parent && parent != root; i++) root = parent;
        var name = companies.Get(root)?.Name ?? d.Fact.CompanyName;
        return root == id && name == d.Fact.CompanyName ? d : d with { Fact = d.Fact with { CompanyId = root, CompanyName = name } };
    }

    [RequireScope(Scopes.Read)]
    public override async Task<ListForecastsResponse> ListForecasts(ListForecastsRequest request, ServerCallContext context)
    {
        var scope = request.Scope.Trim();
        if (scope.Length > 200) throw RequestGuard.Invalid("scope is longer than 200 characters");
        var pageSize = Paging.Size(request.PageSize, DefaultPageSize, MaxPageSize);
        Paging.KeyPosition("forecasts", request.PageToken);
        // each event's forecasts once (rewrites quote them again), oldest event first (undated announcements at the time they
        // were stored), then by event and position in the text
        var info = new Dictionary<CapexFact, EventFactInfo>(ReferenceEqualityComparer.Instance);
        var events = await EventsAsync(context.CancellationToken);
        var forecasts = EventFacts.OnePerEvent((await db.AllFactsAsync(context.CancellationToken))
                .Where(f => f.Fact.Kind == CapexKind.Forecast && (scope.Length == 0 || string.Equals(f.Fact.Scope, scope, StringComparison.OrdinalIgnoreCase)))
                .Select(Dated), events, info)
            .OrderBy(f => f.PublishedAt)
            .ThenBy(f => f.AnnouncementId, StringComparer.Ordinal)
            .ThenBy(f => f.Fact.Evidence.Start)
            .ToList();
        var (page, next) = Paging.AfterKey(forecasts, f => (f.PublishedAt, f.AnnouncementId ?? ""), "forecasts", pageSize, request.PageToken);
        var response = new ListForecastsResponse { NextPageToken = next };
        response.Forecasts.AddRange(page.Select(f => new ForecastEntry
        {
            AnnouncementId = info.GetValueOrDefault(f.Fact)?.AnnouncementId ?? "",
            PublishedAt = ToTimestamp(f.PublishedAt),
            Fact = f.Fact.ToProto(),
            EventId = f.AnnouncementId ?? "", // the event (see EventFacts.OnePerEvent)
            Sources = info.GetValueOrDefault(f.Fact)?.Sources ?? 1,
        }));
        return response;
    }

    [RequireScope(Scopes.Read)]
    public override Task<RecognizeQuantitiesResponse> RecognizeQuantities(RecognizeQuantitiesRequest request, ServerCallContext context)
    {
        if (request.Text.Length > MaxRecognizeLength)
            throw new RpcException(new Status(StatusCode.ResourceExhausted, $"text is {request.Text.Length} characters; the limit is {MaxRecognizeLength}"));
        var response = new RecognizeQuantitiesResponse();
        foreach (var q in QuantityRecognizer.Recognize(request.Text))
        {
            var item = new Protos.Capex.V1.Quantity
            {
                Kind = q.Kind.ToString().ToLowerInvariant(),
                Text = q.Text,
                Span = q.Span.ToProto(),
                Value = (double)(q.Value ?? 0),
                Unit = q.Currency ?? q.Unit ?? "",
                Qualifier = q.Qualifier.ToString().ToLowerInvariant(),
            };
            if (q.Currency is { } currency && q.Value is { } value)
            {
                item.Money = new MoneyAmount(currency, value).ToProto();
                if (q.High is { } high) item.MoneyHigh = new MoneyAmount(currency, high).ToProto();
            }
            response.Quantities.Add(item);
        }
        return Task.FromResult(response);
    }

    /// <summary>Facts of announcements without a publication date are placed at the time they were stored.</summary>
    private static DatedCapexFact Dated(StoredCapexFact f) => new(f.Fact, f.PublishedAt ?? f.StoredAt, f.AnnouncementId);

    private static Timestamp? ToTimestamp(DateTimeOffset? at) => at is { } value ? Timestamp.FromDateTimeOffset(value) : null;
}
