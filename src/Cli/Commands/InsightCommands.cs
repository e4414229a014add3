using System.CommandLine;
using System.Globalization;
using CapexRadar.Protos.Analysis.V1;
using CapexRadar.Protos.Capex.V1;
using CapexRadar.Protos.Market.V1;
using Spectre.Console;

namespace CapexRadar.Cli.Commands;

/// <summary>Cross-announcement queries answered by the Capex and Market services.</summary>
internal static class InsightCommands
{
    private static Option<string> CapexServer() => new("--capex-server")
    {
        Description = "Capex service gRPC endpoint (h2c)",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("CAPEXRADAR_CAPEX_SERVER") is { Length: > 0 } s ? s : "http://localhost:5191",
    };

    private static Option<string> MarketServer() => new("--market-server")
    {
        Description = "Market service gRPC endpoint (h2c)",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("CAPEXRADAR_MARKET_SERVER") is { Length: > 0 } s ? s : "http://localhost:5201",
    };

    private static Option<bool> Json() => new("--json") { Description = "Print protobuf JSON instead of a table" };

    private static bool PrintedJson(ParseResult parse, Option<bool> json, Google.Protobuf.IMessage response)
    {
        if (!parse.GetValue(json)) return false;
        Console.WriteLine(Google.Protobuf.JsonFormatter.Default.Format(response));
        return true;
    }

    public static IEnumerable<Command> Create() => [Timeline(), Leaderboard(), Movers(), SpilloverCommand()];

    private static Command Timeline()
    {
        var company = new Argument<string>("company") { Description = "Company id or name" };
        var server = CapexServer();
        var json = Json();
        var command = new Command("timeline", "A company's capex commitments and revisions in time order") { company, server, json };
        command.SetAction(async (parse, ct) =>
        {
            var client = new CapexService.CapexServiceClient(CommonOptions.Channel(parse.GetValue(server)!));
            var request = new GetCompanyTimelineRequest { Company = parse.GetValue(company)!, PageSize = 500 };
            var response = await client.GetCompanyTimelineAsync(request, cancellationToken: ct);
            // the timeline is paged (500 entries at most per call): read every page into one answer
            for (var next = response.NextPageToken; next.Length > 0;)
            {
                request.PageToken = next;
                var page = await client.GetCompanyTimelineAsync(request, cancellationToken: ct);
                response.Entries.AddRange(page.Entries);
                next = page.NextPageToken;
            }
            response.NextPageToken = "";
            if (PrintedJson(parse, json, response)) return 0;
            var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(response.CompanyName));
            foreach (var c in new[] { "Published", "Kind", "Amount", "USD", "Period", "Change vs previous", "Event", "Sources" }) table.AddColumn(c);
            foreach (var e in response.Entries)
                table.AddRow(e.PublishedAt?.ToDateTime().ToString("yyyy-MM-dd") ?? "", e.Fact.Kind.ToString(), Markup.Escape(AnalysisPrinter.Format(e.Fact.Amount)),
                    e.Fact.AmountUsd is { } usd ? Markup.Escape(AnalysisPrinter.Format(usd)) : "", e.Fact.HasPeriodYears ? $"{e.Fact.PeriodYears} y" : "",
                    e.HasChangePct ? $"{e.ChangePct:+0.#;-0.#}%" : "", Markup.Escape(e.EventId.Length > 0 ? e.EventId : e.AnnouncementId),
                    Math.Max(e.Sources, 1).ToString(CultureInfo.InvariantCulture));
            AnsiConsole.Write(table);
            return 0;
        });
        return command;
    }

    private static Command Leaderboard()
    {
        var server = CapexServer();
        var limit = new Option<int>("--limit") { DefaultValueFactory = _ => 20 };
        var json = Json();
        var command = new Command("leaderboard", "Companies ranked by latest USD commitment per year; totals without a period apart") { server, limit, json };
        command.SetAction(async (parse, ct) =>
        {
            var client = new CapexService.CapexServiceClient(CommonOptions.Channel(parse.GetValue(server)!));
            var response = await client.GetLeaderboardAsync(new GetLeaderboardRequest { Limit = parse.GetValue(limit) }, cancellationToken: ct);
            if (PrintedJson(parse, json, response)) return 0;
            var table = new Table().Border(TableBorder.Rounded).Title("Yearly rates");
            foreach (var c in new[] { "#", "Company", "USD a year", "Latest commitment", "Period", "Sources" }) table.AddColumn(c);
            foreach (var e in response.Entries)
                table.AddRow(e.Rank.ToString(), Markup.Escape(e.CompanyName), Markup.Escape(AnalysisPrinter.Format(e.AnnualisedUsd)),
                    Markup.Escape(AnalysisPrinter.Format(e.Latest.Amount)),
                    e.Latest.HasPeriodYears ? $"{e.Latest.PeriodYears} y" : e.Latest.HasFiscalYear ? $"FY{e.Latest.FiscalYear}" : "",
                    Math.Max(e.Sources, 1).ToString(CultureInfo.InvariantCulture));
            AnsiConsole.Write(table);
            if (response.Totals.Count == 0) return 0;
            var totals = new Table().Border(TableBorder.Rounded).Title("Totals, no period stated");
            foreach (var c in new[] { "#", "Company", "USD in total", "Latest commitment", "Sources" }) totals.AddColumn(c);
            foreach (var e in response.Totals)
                totals.AddRow(e.Rank.ToString(), Markup.Escape(e.CompanyName), Markup.Escape(AnalysisPrinter.Format(e.AnnualisedUsd)),
                    Markup.Escape(AnalysisPrinter.Format(e.Latest.Amount)), Math.Max(e.Sources, 1).ToString(CultureInfo.InvariantCulture));
            AnsiConsole.Write(totals);
            return 0;
        });
        return command;
    }

    private static Command Movers()
    {
        var server = MarketServer();
        var relation = new Option<string?>("--relation") { Description = "self, supplier, peer, customer or index" };
        var limit = new Option<int>("--limit") { DefaultValueFactory = _ => 20 };
        var json = Json();
        var command = new Command("movers", "Largest share-price moves with the announcement that triggered them") { server, relation, limit, json };
        command.SetAction(async (parse, ct) =>
        {
            var client = new MarketService.MarketServiceClient(CommonOptions.Channel(parse.GetValue(server)!));
            var request = new ListMoversRequest { Limit = parse.GetValue(limit) };
            if (parse.GetValue(relation) is { Length: > 0 } r)
                request.Relation = Enum.TryParse<Relation>(r, ignoreCase: true, out var parsed) ? parsed : throw new ArgumentException($"unknown relation '{r}'");
            var response = await client.ListMoversAsync(request, cancellationToken: ct);
            if (PrintedJson(parse, json, response)) return 0;
            var table = new Table().Border(TableBorder.Rounded);
            foreach (var c in new[] { "Mover", "Change", "Relation", "Announcer", "Announcement" }) table.AddColumn(c);
            foreach (var m in response.Movers)
                table.AddRow(Markup.Escape(m.Move.CompanyName.Length > 0 ? m.Move.CompanyName : m.Move.IndexName),
                    $"{(m.Move.Direction == Direction.Down ? "-" : "+")}{m.Move.ChangePct:0.##}%", m.Move.Relation.ToString(), Markup.Escape(m.AnnouncerId), Markup.Escape(m.AnnouncementId));
            AnsiConsole.Write(table);
            return 0;
        });
        return command;
    }

    private static Command SpilloverCommand()
    {
        var company = new Argument<string>("company") { Description = "Announcing company id or name" };
        var server = MarketServer();
        var json = Json();
        var command = new Command("spillover", "For a company's announcements, which other companies moved and by how much") { company, server, json };
        command.SetAction(async (parse, ct) =>
        {
            var client = new MarketService.MarketServiceClient(CommonOptions.Channel(parse.GetValue(server)!));
            var response = await client.GetSpilloverAsync(new GetSpilloverRequest { Company = parse.GetValue(company)! }, cancellationToken: ct);
            if (PrintedJson(parse, json, response)) return 0;
            AnsiConsole.MarkupLine($"[bold]{Markup.Escape(response.CompanyId)}[/]: {response.Announcements} announcement(s)");
            var table = new Table().Border(TableBorder.Rounded);
            foreach (var c in new[] { "Company", "Relation", "Moves", "Mean change" }) table.AddColumn(c);
            foreach (var e in response.Entries)
                table.AddRow(Markup.Escape(e.CompanyName), e.Relation.ToString(), e.Moves.ToString(), $"{e.MeanChangePct:+0.##;-0.##}%");
            AnsiConsole.Write(table);
            return 0;
        });
        return command;
    }
}
