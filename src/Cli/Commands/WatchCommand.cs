using System.CommandLine;
using CapexRadar.Protos.Ingestion.V1;
using Grpc.Core;
using Spectre.Console;

namespace CapexRadar.Cli.Commands;

/// <summary><c>watch [ID]</c>: stage changes of one announcement (until done) or of all.</summary>
internal static class WatchCommand
{
    public static Command Create()
    {
        var id = new Argument<string?>("id") { Description = "Announcement id; omit to watch every announcement", Arity = ArgumentArity.ZeroOrOne };
        var server = CommonOptions.Server();
        var command = new Command("watch", "Stream pipeline stages") { id, server };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var client = CommonOptions.Client(parse.GetValue(server)!);
            var stage = await WaitForTerminalAsync(client, parse.GetValue(id) ?? "", quiet: false, cancellationToken);
            return stage == Stage.Failed ? 1 : 0;
        });
        return command;
    }

    /// <summary>Prints stage events until the announcement completes or fails; returns the last stage.</summary>
    public static async Task<Stage> WaitForTerminalAsync(IngestionService.IngestionServiceClient client, string id, bool quiet, CancellationToken cancellationToken)
    {
        using var call = client.WatchAnnouncement(new WatchAnnouncementRequest { AnnouncementId = id }, cancellationToken: cancellationToken);
        var last = Stage.Unspecified;
        await foreach (var response in call.ResponseStream.ReadAllAsync(cancellationToken))
        {
            var e = response.Event;
            last = e.Stage;
            if (!quiet)
                AnsiConsole.MarkupLine($"[grey]{e.At.ToDateTime():HH:mm:ss.fff}[/] {Markup.Escape(e.AnnouncementId)} [bold]{e.Stage}[/] {Markup.Escape(e.Detail)}");
        }
        return last;
    }
}
