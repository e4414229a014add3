using System.CommandLine;
using CapexRadar.Protos.Ingestion.V1;
using Grpc.Net.Client;
using Spectre.Console;

namespace CapexRadar.Cli.Commands;

/// <summary><c>replay ID | --failed</c>: re-run the pipeline for one announcement or every failed one.</summary>
internal static class ReplayCommand
{
    public static Command Create()
    {
        var id = new Argument<string?>("id") { Description = "Announcement id to replay", Arity = ArgumentArity.ZeroOrOne };
        var failed = new Option<bool>("--failed") { Description = "Replay every announcement whose status is failed" };
        var server = CommonOptions.Server();
        var command = new Command("replay", "Re-publish announcements from stored state (a later success supersedes a failure)") { id, failed, server };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var announcementId = parse.GetValue(id) ?? "";
            var allFailed = parse.GetValue(failed);
            if ((announcementId.Length > 0) == allFailed)
            {
                AnsiConsole.MarkupLine("[red]give an announcement id or --failed[/]");
                return 2;
            }
            using var channel = CommonOptions.Channel(parse.GetValue(server)!);
            var client = new IngestionAdminService.IngestionAdminServiceClient(channel);
            var response = await client.ReplayAnnouncementsAsync(
                new ReplayAnnouncementsRequest { AnnouncementId = announcementId, AllFailed = allFailed }, cancellationToken: cancellationToken);
            foreach (var replayed in response.AnnouncementIds.Take(50)) AnsiConsole.MarkupLine($"[green]replaying[/] {Markup.Escape(replayed)}");
            if (response.Replayed > 50) AnsiConsole.MarkupLine($"… and {response.Replayed - 50} more");
            AnsiConsole.MarkupLine($"{response.Replayed} announcement(s) queued for replay; follow them with [bold]capexradar watch[/]");
            return 0;
        });
        return command;
    }
}
