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
        var json = new Option<bool>("--json") { Description = "Print each stage event as one line of protobuf JSON" };
        var command = new Command("watch", "Stream pipeline stages") { id, server, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var client = CommonOptions.Client(parse.GetValue(server)!);
            var stage = await WaitForTerminalAsync(client, parse.GetValue(id) ?? "", quiet: false, cancellationToken, parse.GetValue(json));
            return stage == Stage.Failed ? 1 : 0;
        });
        return command;
    }

    /// <summary>Prints stage events (as a line or, with <paramref name="json"/>, as protobuf JSON) until the announcement
    /// completes or fails; returns the last stage.</summary>
    public static async Task<Stage> WaitForTerminalAsync(IngestionService.IngestionServiceClient client, string id, bool quiet, CancellationToken cancellationToken, bool json = false)
    {
        using var call = client.WatchAnnouncement(new WatchAnnouncementRequest { AnnouncementId = id }, cancellationToken: cancellationToken);
        var last = Stage.Unspecified;
        await foreach (var response in call.ResponseStream.ReadAllAsync(cancellationToken))
        {
            var e = response.Event;
            last = e.Stage;
            if (quiet) continue;
            if (json)
                Console.WriteLine(Google.Protobuf.JsonFormatter.Default.Format(e));
            else
                AnsiConsole.MarkupLine($"[grey]{e.At.ToDateTime():HH:mm:ss.fff}[/] {Markup.Escape(e.AnnouncementId)} [bold]{e.Stage}[/] {Markup.Escape(e.Detail)}");
        }
        return last;
    }
}
