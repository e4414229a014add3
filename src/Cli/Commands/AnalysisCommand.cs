using System.CommandLine;
using CapexRadar.Protos.Ingestion.V1;
using Google.Protobuf;

namespace CapexRadar.Cli.Commands;

/// <summary><c>analysis ID [--json]</c>.</summary>
internal static class AnalysisCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "Announcement id" };
        var json = new Option<bool>("--json") { Description = "Print protobuf JSON instead of tables" };
        var server = CommonOptions.Server();
        var command = new Command("analysis", "Show an announcement's analysis") { id, json, server };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var client = CommonOptions.Client(parse.GetValue(server)!);
            var analysis = (await client.GetAnalysisAsync(new GetAnalysisRequest { AnnouncementId = parse.GetValue(id)! }, cancellationToken: cancellationToken)).Analysis;
            if (parse.GetValue(json)) Console.WriteLine(JsonFormatter.Default.Format(analysis));
            else AnalysisPrinter.Print(analysis);
            return 0;
        });
        return command;
    }
}
