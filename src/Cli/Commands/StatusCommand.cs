using System.CommandLine;
using CapexRadar.Protos.Ingestion.V1;
using Spectre.Console;

namespace CapexRadar.Cli.Commands;

/// <summary><c>status ID</c>.</summary>
internal static class StatusCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "Announcement id" };
        var server = CommonOptions.Server();
        var json = new Option<bool>("--json") { Description = "Print protobuf JSON" };
        var command = new Command("status", "Show an announcement's pipeline status") { id, server, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var client = CommonOptions.Client(parse.GetValue(server)!);
            var status = (await client.GetStatusAsync(new GetStatusRequest { AnnouncementId = parse.GetValue(id)! }, cancellationToken: cancellationToken)).Status;
            if (parse.GetValue(json))
            {
                Console.WriteLine(Google.Protobuf.JsonFormatter.Default.Format(status));
                return 0;
            }
            AnsiConsole.MarkupLine($"[bold]{Markup.Escape(status.AnnouncementId)}[/] {status.Stage}  trace {status.TraceId}");
            if (status.Stage == Stage.Failed) AnsiConsole.MarkupLine($"[red]failed at {status.FailedStage}[/]: {Markup.Escape(status.FailureReason)}");
            foreach (var e in status.Events)
                AnsiConsole.MarkupLine($"  [grey]{e.At.ToDateTime():u}[/] {e.Stage} {Markup.Escape(e.Detail)}");
            return 0;
        });
        return command;
    }
}
