using System.Text;
using CapexRadar.Ingestion.Api.Data;
using CapexRadar.Ingestion.Api.Pipeline;
using CapexRadar.Protos.Analysis.V1;
using CapexRadar.Protos.Capex.V1;
using CapexRadar.Protos.Entities.V1;
using CapexRadar.Protos.Ingestion.V1;
using CapexRadar.Protos.Market.V1;
using CapexRadar.Security;
using CapexRadar.ServiceHosting;
using CapexRadar.ServiceHosting.Auth;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;

namespace CapexRadar.Ingestion.Api.Grpc;

public sealed class IngestionGrpcService(
    AnnouncementIngestor ingestor,
    StatusReader statusReader,
    IngestionDbContext db,
    CapexRadar.Ingestion.Api.Events.EventsDbContext events,
    StageNotifier notifier,
    EntitiesService.EntitiesServiceClient entities,
    CapexService.CapexServiceClient capex,
    MarketService.MarketServiceClient market,
    Microsoft.Extensions.Options.IOptions<StreamLimitsOptions> limits) : IngestionService.IngestionServiceBase
{
    [RequireScope(Scopes.Ingest)]
    public override async Task<IngestResponse> Ingest(IngestRequest request, ServerCallContext context)
    {
        var outcome = await ingestor.IngestAsync(request, context.CancellationToken);
        return new IngestResponse { AnnouncementId = outcome.AnnouncementId, DuplicateOf = outcome.DuplicateOf ?? "", TraceId = outcome.TraceId };
    }

    /// <summary>
    /// Each announcement is validated and stored on its own (as Ingest does); the change tracker is cleared after each,
    /// so memory stays at one body whatever the stream's length. A stream may send at most
    /// <see cref="StreamLimitsOptions.MaxStreamItems"/> announcements and <see cref="StreamLimitsOptions.MaxStreamBytes"/>
    /// bytes of requests: beyond either it ends with RESOURCE_EXHAUSTED (the announcements before it stay stored).
    /// </summary>
    [RequireScope(Scopes.Ingest)]
    public override async Task<IngestStreamResponse> IngestStream(IAsyncStreamReader<IngestStreamRequest> requestStream, ServerCallContext context)
    {
        var response = new IngestStreamResponse();
        var index = 0;
        var bytes = 0L;
        await foreach (var item in requestStream.ReadAllAsync(context.CancellationToken))
        {
            if (index >= limits.Value.MaxStreamItems)
                throw new RpcException(new Status(StatusCode.ResourceExhausted,
                    $"at most {limits.Value.MaxStreamItems} announcements per stream; {Counts(response)}; send the rest in a new stream"));
            bytes += item.CalculateSize();
            if (bytes > limits.Value.MaxStreamBytes)
                throw new RpcException(new Status(StatusCode.ResourceExhausted,
                    $"at most {limits.Value.MaxStreamBytes} bytes per stream; item {index} goes past it; {Counts(response)}; send the rest in a new stream"));
            var result = new IngestItemResult { Index = index++ };
            try
            {
                var outcome = await ingestor.IngestAsync(item.Announcement ?? new IngestRequest(), context.CancellationToken);
                result.AnnouncementId = outcome.AnnouncementId;
                result.DuplicateOf = outcome.DuplicateOf ?? "";
                if (outcome.DuplicateOf is null) response.Accepted++; else response.Duplicates++;
            }
            catch (RpcException ex)
            {
                result.ErrorCode = ex.StatusCode.ToString();
                result.ErrorMessage = ex.Status.Detail;
                response.Rejected++;
            }
            finally
            {
                // the stored announcement (and its body) is not kept for the rest of the stream
                if (!db.ChangeTracker.HasChanges()) db.ChangeTracker.Clear();
            }
            response.Results.Add(result);
        }
        return response;
    }

    private static string Counts(IngestStreamResponse r) =>
        $"{r.Accepted} accepted, {r.Duplicates} duplicates and {r.Rejected} rejected before it (they stay as they are)";

    [RequireScope(Scopes.Read)]
    public override async Task<GetAnalysisResponse> GetAnalysis(GetAnalysisRequest request, ServerCallContext context)
    {
        var id = RequestGuard.AnnouncementId(request.AnnouncementId);
        var announcement = await db.Announcements.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, context.CancellationToken)
            ?? throw NotFound(id);
        var status = await statusReader.ReadAsync(id, context.CancellationToken) ?? throw NotFound(id);
        if (status.Stage != Stage.Complete)
            throw new RpcException(new Status(StatusCode.FailedPrecondition,
                status.Stage == Stage.Failed
                    ? $"announcement '{id}' failed at {status.FailedStage}: {status.FailureReason}"
                    : $"announcement '{id}' is still being analysed (stage {status.Stage}); watch it or retry"));

        var token = context.CancellationToken;
        var entitiesCall = entities.GetEntitiesAsync(new GetEntitiesRequest { AnnouncementId = id }, cancellationToken: token).ResponseAsync;
        var capexCall = capex.GetCapexAsync(new GetCapexRequest { AnnouncementId = id }, cancellationToken: token).ResponseAsync;
        var marketCall = market.GetMovesAsync(new GetMovesRequest { AnnouncementId = id }, cancellationToken: token).ResponseAsync;
        await Task.WhenAll(entitiesCall, capexCall, marketCall);

        var analysis = new AnnouncementAnalysis
        {
            AnnouncementId = id,
            Title = announcement.Title,
            PublishedAt = announcement.PublishedAt is { } at ? Timestamp.FromDateTimeOffset(at) : null,
            TraceId = announcement.TraceId,
        };
        var (e, c, m) = (entitiesCall.Result, capexCall.Result, marketCall.Result);
        analysis.Organizations.AddRange(e.Organizations);
        analysis.People.AddRange(e.People);
        analysis.Locations.AddRange(e.Locations);
        analysis.Capex.AddRange(c.Capex);
        analysis.Facilities.AddRange(c.Facilities);
        analysis.Market.AddRange(m.Moves);
        analysis.EventId = await events.Memberships.AsNoTracking().Where(x => x.AnnouncementId == id).Select(x => x.EventId)
            .FirstOrDefaultAsync(context.CancellationToken) ?? "";
        return new GetAnalysisResponse { Analysis = analysis };
    }

    [RequireScope(Scopes.Read)]
    public override async Task<GetStatusResponse> GetStatus(GetStatusRequest request, ServerCallContext context)
    {
        var id = RequestGuard.AnnouncementId(request.AnnouncementId);
        var status = await statusReader.ReadAsync(id, context.CancellationToken) ?? throw NotFound(id);
        return new GetStatusResponse { Status = status };
    }

    /// <summary>Stage events remembered per one-announcement stream to drop repeats (an announcement has a handful).</summary>
    private const int MaxRememberedEvents = 256;

    [RequireScope(Scopes.Read)]
    public override async Task WatchAnnouncement(WatchAnnouncementRequest request, IServerStreamWriter<WatchAnnouncementResponse> responseStream,
        ServerCallContext context)
    {
        var id = string.IsNullOrWhiteSpace(request.AnnouncementId) ? null : RequestGuard.AnnouncementId(request.AnnouncementId);
        // Subscribe before reading the stored history so no event falls between the two (RESOURCE_EXHAUSTED at the cap).
        using var subscription = notifier.Subscribe(id, out var live);
        await context.WriteResponseHeadersAsync([]); // the client learns at once that it is subscribed
        // One announcement: its stored history first, then live events not already sent (bounded: a few per stage).
        // Every announcement: live events only, so nothing to remember.
        HashSet<(Stage, string)>? seen = null;
        if (id is not null)
        {
            var status = await statusReader.ReadAsync(id, context.CancellationToken) ?? throw NotFound(id);
            seen = [];
            foreach (var past in status.Events)
            {
                if (seen.Count < MaxRememberedEvents) seen.Add((past.Stage, past.Detail));
                await responseStream.WriteAsync(new WatchAnnouncementResponse { Event = past }, context.CancellationToken);
            }
            if (IsTerminal(status.Stage)) return;
        }
        try
        {
            await foreach (var stageEvent in live.ReadAllAsync(context.CancellationToken))
            {
                if (seen is not null)
                {
                    if (seen.Contains((stageEvent.Stage, stageEvent.Detail))) continue;
                    if (seen.Count < MaxRememberedEvents) seen.Add((stageEvent.Stage, stageEvent.Detail));
                }
                await responseStream.WriteAsync(new WatchAnnouncementResponse { Event = stageEvent }, context.CancellationToken);
                if (id is not null && IsTerminal(stageEvent.Stage)) return;
            }
        }
        catch (Exception ex) when (ex is WatcherTooSlowException || ex.InnerException is WatcherTooSlowException)
        {
            throw new RpcException(new Status(StatusCode.ResourceExhausted,
                $"the stream fell more than {notifier.BufferSize} stage events behind and was ended (no event is skipped silently); " +
                "read the current state with GetStatus and watch again"));
        }
    }

    [RequireScope(Scopes.Read)]
    public override async Task<ListAnnouncementsResponse> ListAnnouncements(ListAnnouncementsRequest request, ServerCallContext context)
    {
        var pageSize = RequestGuard.Limit(request.PageSize, 50, 200);
        var query = db.Announcements.AsNoTracking();
        if (!string.IsNullOrEmpty(request.PageToken))
        {
            var (after, afterId) = DecodePageToken(request.PageToken);
            query = query.Where(a => a.ReceivedAt > after || (a.ReceivedAt == after && string.Compare(a.Id, afterId) > 0));
        }
        var window = await query.OrderBy(a => a.ReceivedAt).ThenBy(a => a.Id).Take(pageSize + 1)
            .Select(a => new { a.Id, a.Title, a.Source, a.PublishedAt, a.ReceivedAt })
            .ToListAsync(context.CancellationToken);
        var page = window.Take(pageSize).ToList();
        var ids = page.Select(a => a.Id).ToList();
        var stages = await db.Stages.AsNoTracking().Where(s => ids.Contains(s.AnnouncementId)).ToListAsync(context.CancellationToken);
        var response = new ListAnnouncementsResponse();
        foreach (var a in page)
        {
            var own = stages.Where(s => s.AnnouncementId == a.Id).ToList();
            response.Announcements.Add(new AnnouncementSummary
            {
                AnnouncementId = a.Id,
                Title = a.Title,
                Source = a.Source,
                PublishedAt = a.PublishedAt is { } at ? Timestamp.FromDateTimeOffset(at) : null,
                ReceivedAt = Timestamp.FromDateTimeOffset(a.ReceivedAt),
                Stage = own.Any(s => s.Failed) ? Stage.Failed : StatusReader.CurrentStage(own),
            });
        }
        if (window.Count > pageSize) response.NextPageToken = EncodePageToken(page[^1].ReceivedAt, page[^1].Id);
        return response;
    }

    private static bool IsTerminal(Stage stage) => stage is Stage.Complete or Stage.Failed;

    private static RpcException NotFound(string id) => new(new Status(StatusCode.NotFound, $"no announcement with id '{id}'"));

    private static string EncodePageToken(DateTimeOffset at, string id) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{at.UtcTicks}|{id}"));

    private static (DateTimeOffset After, string AfterId) DecodePageToken(string token)
    {
        try
        {
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(token)).Split('|', 2);
            return (new DateTimeOffset(long.Parse(parts[0]), TimeSpan.Zero), parts[1]);
        }
        catch (Exception ex) when (ex is FormatException or IndexOutOfRangeException or ArgumentOutOfRangeException or OverflowException)
        {
            throw RequestGuard.Invalid("page_token is not a token this service issued");
        }
    }
}
