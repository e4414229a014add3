using CapexRadar.ServiceHosting;
using CapexRadar.Ingestion.Api.Pipeline;
using CapexRadar.Protos.Ingestion.V1;
using CapexRadar.Security;
using CapexRadar.ServiceHosting.Auth;
using Grpc.Core;

namespace CapexRadar.Ingestion.Api.Grpc;

/// <summary>Operator actions: replay one announcement or every failed one.</summary>
public sealed class IngestionAdminGrpcService(AnnouncementReplayer replayer, ILogger<IngestionAdminGrpcService> logger)
    : IngestionAdminService.IngestionAdminServiceBase
{
    [RequireScope(Scopes.Admin)]
    public override async Task<ReplayAnnouncementsResponse> ReplayAnnouncements(ReplayAnnouncementsRequest request, ServerCallContext context)
    {
        var hasId = request.AnnouncementId.Length > 0;
        if (hasId == request.AllFailed)
            throw new RpcException(new Status(StatusCode.InvalidArgument, "give either announcement_id or all_failed"));
        var response = new ReplayAnnouncementsResponse();
        if (hasId)
        {
            var id = RequestGuard.AnnouncementId(request.AnnouncementId);
            if (!await replayer.ReplayAsync(id, context.CancellationToken))
                throw new RpcException(new Status(StatusCode.NotFound, "no announcement with that id"));
            response.AnnouncementIds.Add(id);
        }
        else
        {
            response.AnnouncementIds.AddRange(await replayer.ReplayFailedAsync(context.CancellationToken));
        }
        response.Replayed = response.AnnouncementIds.Count;
        logger.LogInformation("Replay requested: {Count} announcements queued", response.Replayed);
        return response;
    }
}
