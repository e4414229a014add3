using Aspire.Hosting.ApplicationModel;
using CapexRadar.Protos.Ingestion.V1;
using Grpc.Net.Client;

namespace CapexRadar.AppHost.Hosting;

public static class AdminCommands
{
    public const string ReplayFailedCommand = "capexradar-replay-failed";

    /// <summary>
    /// "Replay failed announcements" on the Ingestion resource in the dashboard: calls
    /// <c>IngestionAdminService.ReplayAnnouncements(all_failed)</c> on its gRPC endpoint (one id: <c>capexradar replay ID</c>).
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithReplayCommand(this IResourceBuilder<ProjectResource> ingestion)
    {
        var grpc = ingestion.GetEndpoint(ServiceExtensions.GrpcEndpointName);
        return ingestion.WithCommand(ReplayFailedCommand, "Replay failed announcements", async context =>
            {
                try
                {
                    using var channel = GrpcChannel.ForAddress(grpc.Url);
                    var client = new IngestionAdminService.IngestionAdminServiceClient(channel);
                    // scope admin: the AppHost's operator token (embedded signing key; see AuthExtensions)
                    var headers = new Grpc.Core.Metadata();
                    if (AuthExtensions.OperatorToken is { } token) headers.Add("authorization", "Bearer " + token);
                    var response = await client.ReplayAnnouncementsAsync(new ReplayAnnouncementsRequest { AllFailed = true }, headers,
                        deadline: DateTime.UtcNow.AddSeconds(30), cancellationToken: context.CancellationToken);
                    return CommandResults.Success($"{response.Replayed} failed announcement(s) queued for replay");
                }
                catch (Exception ex)
                {
                    return CommandResults.Failure(ex.Message);
                }
            },
            new CommandOptions
            {
                Description = "Re-publish every failed announcement from stored state (a later success supersedes the failure)",
                IconName = "ArrowReplay",
                UpdateState = c => c.ResourceSnapshot.State?.Text == KnownResourceStates.Running ? ResourceCommandState.Enabled : ResourceCommandState.Disabled,
            });
    }
}
