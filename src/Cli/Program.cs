using System.CommandLine;
using CapexRadar.Cli.Commands;

var root = new RootCommand("capexradar — turn AI-investment announcements into linked facts")
{
    IngestCommand.Create(),
    AnalysisCommand.Create(),
    StatusCommand.Create(),
    WatchCommand.Create(),
    ExtractCommand.Create(),
    QuantitiesCommand.Create(),
    EventsCommand.Create(),
};
foreach (var command in InsightCommands.Create()) root.Subcommands.Add(command);
return await root.Parse(args).InvokeAsync();
