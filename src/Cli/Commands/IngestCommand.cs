using System.CommandLine;
using CapexRadar.Protos.Ingestion.V1;
using Grpc.Core;
using Spectre.Console;

namespace CapexRadar.Cli.Commands;

/// <summary><c>ingest FILE|DIR|- [--server URL] [--wait] [--timeout SECONDS]</c>.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "A .txt or .jsonl file, a directory of them, or - for stdin" };
        var server = CommonOptions.Server();
        var wait = new Option<bool>("--wait") { Description = "Wait until each announcement is analysed and print the analysis" };
        var timeout = new Option<int>("--timeout")
        {
            Description = "With --wait: give up after this many seconds (exit code 3); 0 waits for ever",
            DefaultValueFactory = _ => 300,
        };
        var command = new Command("ingest", "Send announcements to the Ingestion service") { path, server, wait, timeout };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var client = CommonOptions.Client(parse.GetValue(server)!);
            var requests = InputReader.Read(parse.GetValue(path)!).ToList();
            var ids = new List<string>();
            var failures = 0;
            async Task IngestOne(IngestRequest request)
            {
                try
                {
                    var response = await client.IngestAsync(request, cancellationToken: cancellationToken);
                    ids.Add(response.AnnouncementId);
                    AnsiConsole.MarkupLine(response.DuplicateOf.Length > 0
                        ? $"[yellow]duplicate[/] {Markup.Escape(response.AnnouncementId)} (duplicate_of {Markup.Escape(response.DuplicateOf)})"
                        : $"[green]ingested[/] {Markup.Escape(response.AnnouncementId)}  trace {response.TraceId}");
                }
                catch (RpcException ex) when (ex.StatusCode is StatusCode.InvalidArgument or StatusCode.ResourceExhausted or StatusCode.AlreadyExists)
                {
                    failures++;
                    AnsiConsole.MarkupLine($"[red]rejected[/] {Markup.Escape(request.AnnouncementId)}: {ex.StatusCode} {Markup.Escape(ex.Status.Detail)}");
                }
            }

            if (requests.Count > 5)
                await AnsiConsole.Progress().StartAsync(async progress =>
                {
                    var task = progress.AddTask("ingesting", maxValue: requests.Count);
                    foreach (var r in requests) { await IngestOne(r); task.Increment(1); }
                });
            else
                foreach (var r in requests) await IngestOne(r);

            if (parse.GetValue(wait))
            {
                using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                if (parse.GetValue(timeout) is > 0 and var seconds) deadline.CancelAfter(TimeSpan.FromSeconds(seconds));
                foreach (var id in ids.Distinct())
                {
                    Stage stage;
                    try
                    {
                        stage = await WatchCommand.WaitForTerminalAsync(client, id, quiet: requests.Count > 5, deadline.Token);
                    }
                    catch (Exception ex) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested &&
                                               ex is OperationCanceledException or RpcException)
                    {
                        AnsiConsole.MarkupLine($"[red]timed out[/] after {parse.GetValue(timeout)} s waiting for {Markup.Escape(id)}; see [bold]capexradar status {Markup.Escape(id)}[/]");
                        return 3;
                    }
                    if (stage == Stage.Complete)
                        AnalysisPrinter.Print((await client.GetAnalysisAsync(new GetAnalysisRequest { AnnouncementId = id }, cancellationToken: cancellationToken)).Analysis);
                    else failures++;
                }
            }
            return failures == 0 ? 0 : 1;
        });
        return command;
    }
}
