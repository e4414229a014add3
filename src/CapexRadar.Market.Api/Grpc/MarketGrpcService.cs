using CapexRadar.Domain;
using CapexRadar.Entities.Extraction;
using CapexRadar.Market.Api.Data;
using CapexRadar.Market.Extraction;
using CapexRadar.Protos;
using CapexRadar.Protos.Market.V1;
using CapexRadar.Security;
using CapexRadar.ServiceHosting;
using CapexRadar.ServiceHosting.Auth;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using SpilloverEntry = CapexRadar.Protos.Market.V1.SpilloverEntry;

namespace CapexRadar.Market.Api.Grpc;

public sealed class MarketGrpcService(MarketDbContext db, CompanyKnowledgeBase companies) : MarketService.MarketServiceBase
{
    [RequireScope(Scopes.Read)]
    public override async Task<GetMovesResponse> GetMoves(GetMovesRequest request, ServerCallContext context)
    {
        var id = RequestGuard.AnnouncementId(request.AnnouncementId);
        var row = await db.Announcements.AsNoTracking().FirstOrDefaultAsync(a => a.AnnouncementId == id, context.CancellationToken)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"no market moves for announcement '{id}' (unknown or not processed yet)"));
        var response = new GetMovesResponse { AnnouncementId = id, AnnouncerId = row.AnnouncerId ?? "", TraceId = row.TraceId };
        response.Moves.AddRange(row.Moves().Select(m => m.ToProto()));
        return response;
    }

    private const string MoversList = "movers";

    [RequireScope(Scopes.Read)]
    public override async Task<ListMoversResponse> ListMovers(ListMoversRequest request, ServerCallContext context)
    {
        var limit = RequestGuard.Limit(request.Limit, MarketMovers.DefaultLimit, MarketMovers.MaxLimit);
        var since = RequestGuard.Timestamp(request.Since, "since");
        var until = RequestGuard.Timestamp(request.Until, "until");
        if (since > until) throw RequestGuard.Invalid("since is after until");
        var offset = Paging.Offset(MoversList, request.PageToken);
        // a unit's or brand's move counts for its top parent, under the parent's name (as in the Capex leaderboard)
        var moves = (await LoadAsync(context.CancellationToken)).Select(m => m with { Move = RollUp(m.Move) }).ToList();
        var ranked = MarketMovers.Rank(moves, since, until, request.Relation.ToDomain(), limit, offset);
        var response = new ListMoversResponse();
        var next = offset + ranked.Count;
        if (ranked.Count == limit && next <= Paging.MaxOffset && MarketMovers.Rank(moves, since, until, request.Relation.ToDomain(), 1, next).Count > 0)
            response.NextPageToken = Paging.OffsetToken(MoversList, next);
        response.Movers.AddRange(ranked.Select(m => new Mover
        {
            Move = m.Move.ToProto(),
            AnnouncementId = m.Announcement.AnnouncementId,
            PublishedAt = Timestamp.FromDateTimeOffset(m.Announcement.PublishedAt),
            AnnouncerId = m.Announcement.AnnouncerId ?? "",
            EventId = m.Announcement.EventId ?? "",
        }));
        return response;
    }

    [RequireScope(Scopes.Read)]
    public override async Task<GetSpilloverResponse> GetSpillover(GetSpilloverRequest request, ServerCallContext context)
    {
        var query = RequestGuard.Required(request.Company, "company");
        var moves = await LoadAsync(context.CancellationToken);
        var announcerId = moves.Select(m => m.Announcement)
            .FirstOrDefault(a => a.AnnouncerId is not null && CompanyQuery.Matches(query, a.AnnouncerId, a.AnnouncerName))?.AnnouncerId
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"no announcements by a company matching '{query}'"));
        var result = Spillover.Compute(announcerId, moves);
        var response = new GetSpilloverResponse { CompanyId = result.CompanyId, Announcements = result.Announcements };
        response.Entries.AddRange(result.Entries.Select(e => new SpilloverEntry
        {
            CompanyId = e.CompanyId,
            CompanyName = e.CompanyName ?? "",
            Relation = e.Relation.ToProto(),
            Moves = e.Moves,
            MeanChangePct = e.MeanChangePct,
        }));
        return response;
    }

    /// <summary>
    /// A business unit's or brand's move shows as its top parent's (the knowledge base knows parents), under the parent's
    /// knowledge-base name: a unit the knowledge base lists as an alias ("Oracle Cloud Infrastructure") shows as "Oracle
    /// Corp.". Companies the knowledge base does not know keep the story's name.
    /// </summary>
    private MarketMove RollUp(MarketMove move)
    {
        if (move.CompanyId is not { } id || companies.Get(id) is null) return move;
        var root = id;
        for (var i = 0; i < 8 && companies.Get(root)?.Parent is { Length: > 0 } parent && parent != root; i++) root = parent;
        var name = companies.Get(root)?.Name ?? move.CompanyName;
        return root == id && name == move.CompanyName ? move : move with { CompanyId = root, CompanyName = name };
    }

    private async Task<List<AnnouncedMove>> LoadAsync(CancellationToken cancellationToken)
    {
        // rewrites of one announcement share an event: aggregates count it once
        var events = await db.AnnouncementEvents.AsNoTracking().ToDictionaryAsync(e => e.AnnouncementId, e => e.EventId, cancellationToken);
        return (await db.AllAsync(cancellationToken))
            .SelectMany(row =>
            {
                var info = new AnnouncementInfo(row.AnnouncementId, row.PublishedAt ?? row.ExtractedAt, row.AnnouncerId, row.AnnouncerName,
                    EventId: events.GetValueOrDefault(row.AnnouncementId));
                return row.Moves().Select(m => new AnnouncedMove(info, m));
            })
            .ToList();
    }
}
