using System.CommandLine;
using CapexRadar.Cli.Commands;
using Spectre.Console;

// Tables use the terminal's width; piped or redirected there is none, so use a wide layout instead of 80 columns.
if (Console.IsOutputRedirected) AnsiConsole.Profile.Width = 250;

var root = new RootCommand("capexradar — turn AI-investment announcements into linked facts")
{
    IngestCommand.Create(),
    AnalysisCommand.Create(),
    StatusCommand.Create(),
    WatchCommand.Create(),
    ExtractCommand.Create(),
    QuantitiesCommand.Create(),
    LoadCommand.Create(),
    TokenCommand.Create(),
    ReplayCommand.Create(),
    EventsCommand.Create(),
};
root.Options.Add(ClientAuth.TokenOption);
foreach (var command in InsightCommands.Create()) root.Subcommands.Add(command);
foreach (var command in EventQueryCommands.Create()) root.Subcommands.Add(command);
var parsed = root.Parse(args);
ClientAuth.Override = parsed.GetValue(ClientAuth.TokenOption);
return await parsed.InvokeAsync();
