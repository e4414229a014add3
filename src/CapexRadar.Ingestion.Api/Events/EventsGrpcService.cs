using System.Text.Json;
using System.Threading.Channels;
using CapexRadar.Domain;
using CapexRadar.Events;
using CapexRadar.Protos;
using CapexRadar.Protos.Events.V1;
using CapexRadar.Security;
using CapexRadar.ServiceHosting;
using CapexRadar.ServiceHosting.Auth;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using ProtoEvent = CapexRadar.Protos.Events.V1.Event;
using ProtoEventFact = CapexRadar.Protos.Events.V1.EventFact;
using ProtoFactType = CapexRadar.Protos.Events.V1.FactType;

namespace CapexRadar.Ingestion.Api.Events;

public sealed class EventsGrpcService(EventsDbContext db, FeedNotifier notifier) : EventsService.EventsServiceBase
{
    /// <summary>Feed entries read from the database per query while catching up.</summary>
    private const int CatchUpPage = 500;

    [RequireScope(Scopes.Read)]
    public override async Task<GetEventResponse> GetEvent(GetEventRequest request, ServerCallContext context)
    {
        var eventId = request.EventId.Trim();
        if (eventId.Length == 0)
        {
            var announcementId = RequestGuard.Required(request.AnnouncementId, "event_id or announcement_id");
            eventId = await db.Memberships.AsNoTracking().Where(m => m.AnnouncementId == announcementId).Select(m => m.EventId)
                          .FirstOrDefaultAsync(context.CancellationToken)
                ?? throw new RpcException(new Status(StatusCode.NotFound, $"announcement '{announcementId}' is in no event (unknown, or not analysed and clustered yet)"));
        }
        var stored = await EventStore.ReadAsync(db, eventId, context.CancellationToken)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"no event with id '{eventId}'"));
        return new GetEventResponse { Event = ToProto(stored) };
    }

    [RequireScope(Scopes.Read)]
    public override async Task WatchFacts(WatchFactsRequest request, IServerStreamWriter<WatchFactsResponse> responseStream, ServerCallContext context)
    {
        var filter = FeedFilter.From(request);
        var token = context.CancellationToken;
        // Subscribe before reading the stored feed so nothing falls between the two; duplicates are dropped by sequence.
        using var subscription = notifier.Subscribe(out var live);
        await context.WriteResponseHeadersAsync([]); // the client learns at once that it is subscribed
        var cursor = (long)Math.Min(request.AfterSequence, long.MaxValue);
        if (request.AfterSequence == 0 && request.FromNow)
            cursor = await db.Feed.AsNoTracking().Select(f => (long?)f.Sequence).MaxAsync(token) ?? 0;
        cursor = await CatchUpAsync(cursor, filter, responseStream, token);
        try
        {
            await foreach (var entry in live.ReadAllAsync(token))
            {
                if (entry.Sequence <= cursor) continue;
                if (entry.Sequence > cursor + 1)
                {
                    // committed before we subscribed, or published out of order: read the gap from the database
                    cursor = await CatchUpAsync(cursor, filter, responseStream, token);
                    if (entry.Sequence <= cursor) continue;
                }
                await WriteIfMatchingAsync(entry, filter, responseStream, token);
                cursor = entry.Sequence;
            }
        }
        catch (Exception ex) when (ex is SubscriberTooSlowException || ex.InnerException is SubscriberTooSlowException)
        {
            throw new RpcException(new Status(StatusCode.ResourceExhausted,
                $"the subscriber fell more than {FeedNotifier.BufferSize} facts behind ({ex.GetType().Name}); resume with after_sequence={cursor} (the last sequence delivered or skipped by the filters)"));
        }
    }

    private async Task<long> CatchUpAsync(long cursor, FeedFilter filter, IServerStreamWriter<WatchFactsResponse> stream, CancellationToken token)
    {
        while (true)
        {
            var page = await db.Feed.AsNoTracking().Where(f => f.Sequence > cursor).OrderBy(f => f.Sequence).Take(CatchUpPage).ToListAsync(token);
            foreach (var entry in page)
            {
                await WriteIfMatchingAsync(entry, filter, stream, token);
                cursor = entry.Sequence;
            }
            if (page.Count < CatchUpPage) return cursor;
        }
    }

    private static async Task WriteIfMatchingAsync(FeedEntry entry, FeedFilter filter, IServerStreamWriter<WatchFactsResponse> stream, CancellationToken token)
    {
        var fact = JsonSerializer.Deserialize<CapexRadar.Events.EventFact>(entry.FactJson, EventClustering.Json)!;
        if (!filter.Matches(fact)) return;
        await stream.WriteAsync(new WatchFactsResponse
        {
            Sequence = (ulong)entry.Sequence,
            EventId = entry.EventId,
            AnnouncementId = entry.AnnouncementId,
            FollowsEventId = entry.FollowsEventId ?? "",
            Fact = ToProto(fact),
            At = Timestamp.FromDateTimeOffset(entry.At),
        }, token);
    }

    public static ProtoEvent ToProto(NewsEvent e)
    {
        var result = new ProtoEvent
        {
            EventId = e.Id,
            FirstSeen = Timestamp.FromDateTimeOffset(e.FirstSeen),
            LastSeen = Timestamp.FromDateTimeOffset(e.LastSeen),
            FollowsEventId = e.FollowsEventId ?? "",
        };
        result.Members.AddRange(e.Members.OrderBy(m => m.At).ThenBy(m => m.AnnouncementId, StringComparer.Ordinal).Select(m => new Protos.Events.V1.EventMember
        {
            AnnouncementId = m.AnnouncementId, Source = m.Source ?? "", Url = m.Url ?? "", PublishedAt = Timestamp.FromDateTimeOffset(m.At),
        }));
        result.Facts.AddRange(e.Facts.Select(ToProto));
        return result;
    }

    public static ProtoEventFact ToProto(CapexRadar.Events.EventFact f)
    {
        var result = new ProtoEventFact
        {
            Key = f.Key,
            Type = f.Type switch { CapexRadar.Events.FactType.Capex => ProtoFactType.Capex, CapexRadar.Events.FactType.Market => ProtoFactType.Market, _ => ProtoFactType.Facility },
            CompanyId = f.CompanyId ?? "",
            Capex = f.Capex?.ToProto(),
            Facility = f.Facility?.ToProto(),
            Market = f.Move?.ToProto(),
        };
        result.SupportingAnnouncementIds.AddRange(f.Supporting);
        return result;
    }
}

/// <summary>
/// WatchFacts filters. Each narrows to the facts it applies to: <c>relation</c> to market facts, <c>kind</c> and
/// <c>min_usd</c> to capex facts; <c>company</c> matches the fact's company or its parent.
/// </summary>
internal sealed record FeedFilter(HashSet<CapexRadar.Events.FactType> Types, string? Company, MoveRelation? Relation, CapexKind? Kind, decimal MinUsd)
{
    public static FeedFilter From(WatchFactsRequest r)
    {
        if (double.IsNaN(r.MinUsd) || r.MinUsd < 0 || r.MinUsd > 1e15) throw RequestGuard.Invalid("min_usd must be between 0 and 1e15");
        if (r.Company.Length > 200) throw RequestGuard.Invalid("company is longer than 200 characters");
        var types = new HashSet<CapexRadar.Events.FactType>();
        foreach (var t in r.FactTypes)
            types.Add(t switch
            {
                ProtoFactType.Capex => CapexRadar.Events.FactType.Capex,
                ProtoFactType.Market => CapexRadar.Events.FactType.Market,
                ProtoFactType.Facility => CapexRadar.Events.FactType.Facility,
                _ => throw RequestGuard.Invalid($"unknown fact type {t}"),
            });
        MoveRelation? relation = r.Relation == Protos.Analysis.V1.Relation.Unspecified ? null : r.Relation.ToDomain();
        CapexKind? kind = r.Kind switch
        {
            Protos.Analysis.V1.CapexKind.Unspecified => null,
            Protos.Analysis.V1.CapexKind.Commitment => CapexKind.Commitment,
            Protos.Analysis.V1.CapexKind.PriorTarget => CapexKind.PriorTarget,
            Protos.Analysis.V1.CapexKind.Forecast => CapexKind.Forecast,
            _ => throw RequestGuard.Invalid($"unknown capex kind {r.Kind}"),
        };
        return new FeedFilter(types, r.Company.Trim() is { Length: > 0 } c ? c : null, relation, kind, (decimal)r.MinUsd);
    }

    public bool Matches(CapexRadar.Events.EventFact f)
    {
        if (Types.Count > 0 && !Types.Contains(f.Type)) return false;
        if (Relation is not null && (f.Move is null || f.Move.Relation != Relation)) return false;
        if (Kind is not null && (f.Capex is null || f.Capex.Kind != Kind)) return false;
        if (MinUsd > 0 && (f.Capex?.AmountUsd is not { } usd || usd.Value < MinUsd)) return false;
        if (Company is not null)
        {
            var (id, name) = f.Type switch
            {
                CapexRadar.Events.FactType.Capex => (f.Capex!.CompanyId, f.Capex.CompanyName),
                CapexRadar.Events.FactType.Facility => (f.Facility!.CompanyId, f.Facility.CompanyName),
                _ => (f.Move!.CompanyId, f.Move.CompanyName),
            };
            if (!CompanyQuery.Matches(Company, id, name) && !CompanyQuery.Matches(Company, f.CompanyId, null)) return false;
        }
        return true;
    }
}
