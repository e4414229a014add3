using System.CommandLine;
using CapexRadar.Protos.Events.V1;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;
using Spectre.Console;
using P = CapexRadar.Protos.Analysis.V1;

namespace CapexRadar.Cli.Commands;

/// <summary><c>event ID</c> (an event, or the event of an announcement) and <c>feed</c> (live facts, resumable).</summary>
internal static class EventQueryCommands
{
    public static IEnumerable<Command> Create() => [EventCommand(), FeedCommand()];

    private static EventsService.EventsServiceClient Client(string server) => new(CommonOptions.Channel(server));

    private static Command EventCommand()
    {
        var id = new Argument<string>("id") { Description = "Event id, or the id of one of its announcements" };
        var json = new Option<bool>("--json") { Description = "Print protobuf JSON instead of tables" };
        var server = CommonOptions.Server();
        var command = new Command("event", "Show an event: its sources, merged facts and who supports each") { id, json, server };
        command.SetAction(async (parse, ct) =>
        {
            var client = Client(parse.GetValue(server)!);
            var value = parse.GetValue(id)!;
            GetEventResponse response;
            try
            {
                response = await client.GetEventAsync(new GetEventRequest { EventId = value }, cancellationToken: ct);
            }
            catch (RpcException ex) when (ex.StatusCode == StatusCode.NotFound)
            {
                response = await client.GetEventAsync(new GetEventRequest { AnnouncementId = value }, cancellationToken: ct);
            }
            var e = response.Event;
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonFormatter.Default.Format(e));
                return 0;
            }
            AnsiConsole.MarkupLine($"[bold]{Markup.Escape(e.EventId)}[/] first seen {e.FirstSeen.ToDateTime():u}" +
                                   (e.FollowsEventId.Length > 0 ? $", revises {Markup.Escape(e.FollowsEventId)}" : ""));
            var members = new Table().Border(TableBorder.Rounded);
            foreach (var c in new[] { "Announcement", "Source", "Published", "URL" }) members.AddColumn(c);
            foreach (var m in e.Members)
                members.AddRow(Markup.Escape(m.AnnouncementId), Markup.Escape(m.Source), m.PublishedAt.ToDateTime().ToString("yyyy-MM-dd HH:mm"), Markup.Escape(m.Url));
            AnsiConsole.Write(members);
            var facts = new Table().Border(TableBorder.Rounded);
            foreach (var c in new[] { "Fact", "Company", "What", "Supported by" }) facts.AddColumn(c);
            foreach (var f in e.Facts)
                facts.AddRow(f.Type.ToString(), Markup.Escape(f.CompanyId), Markup.Escape(Describe(f)), Markup.Escape(string.Join(", ", f.SupportingAnnouncementIds)));
            AnsiConsole.Write(facts);
            return 0;
        });
        return command;
    }

    private static Command FeedCommand()
    {
        var types = new Option<string[]>("--type") { Description = "capex, market or facility (repeatable)", AllowMultipleArgumentsPerToken = true };
        var company = new Option<string?>("--company") { Description = "Company id or name" };
        var relation = new Option<string?>("--relation") { Description = "Market facts of this relation: self, supplier, peer, customer, index" };
        var kind = new Option<string?>("--kind") { Description = "Capex facts of this kind: commitment, prior-target, forecast" };
        var minUsd = new Option<double>("--min-usd") { Description = "Capex facts of at least this many USD (e.g. 1e9)" };
        var after = new Option<ulong>("--after") { Description = "Resume after this sequence number (0: from the first fact)" };
        var fromNow = new Option<bool>("--from-now") { Description = "Only facts that arrive from now on" };
        var json = new Option<bool>("--json") { Description = "One WatchFactsResponse a line, protobuf JSON" };
        var server = CommonOptions.Server();
        var command = new Command("feed", "Stream new and revised facts as they land; reconnects from its cursor")
            { types, company, relation, kind, minUsd, after, fromNow, json, server };
        command.SetAction(async (parse, ct) =>
        {
            var request = new WatchFactsRequest
            {
                AfterSequence = parse.GetValue(after),
                FromNow = parse.GetValue(fromNow),
                Company = parse.GetValue(company) ?? "",
                MinUsd = parse.GetValue(minUsd),
            };
            foreach (var t in parse.GetValue(types) ?? [])
                request.FactTypes.Add(Enum.TryParse<FactType>(t, true, out var parsed) && parsed != FactType.Unspecified ? parsed : throw new ArgumentException($"unknown fact type '{t}'"));
            if (parse.GetValue(relation) is { Length: > 0 } r)
                request.Relation = Enum.TryParse<P.Relation>(r, true, out var rel) ? rel : throw new ArgumentException($"unknown relation '{r}'");
            if (parse.GetValue(kind) is { Length: > 0 } k)
                request.Kind = Enum.TryParse<P.CapexKind>(k.Replace("-", "").Replace("_", ""), true, out var ck) ? ck : throw new ArgumentException($"unknown kind '{k}'");
            var client = Client(parse.GetValue(server)!);
            var asJson = parse.GetValue(json);
            while (!ct.IsCancellationRequested)
            {
                try
                {
                    using var call = client.WatchFacts(request, cancellationToken: ct);
                    await foreach (var item in call.ResponseStream.ReadAllAsync(ct))
                    {
                        request.AfterSequence = item.Sequence;
                        request.FromNow = false;
                        if (asJson) Console.WriteLine(JsonFormatter.Default.Format(item));
                        else
                            AnsiConsole.MarkupLine($"[grey]#{item.Sequence}[/] [bold]{item.Fact.Type}[/] {Markup.Escape(Describe(item.Fact))}  " +
                                                   $"[grey]event {Markup.Escape(item.EventId)}{(item.FollowsEventId.Length > 0 ? $" revises {Markup.Escape(item.FollowsEventId)}" : "")}[/]");
                    }
                    return 0;
                }
                catch (RpcException ex) when (ex.StatusCode is StatusCode.Unavailable or StatusCode.ResourceExhausted or StatusCode.Internal && !ct.IsCancellationRequested)
                {
                    Console.Error.WriteLine($"feed interrupted ({ex.StatusCode}: {ex.Status.Detail}); resuming after #{request.AfterSequence}");
                    await Task.Delay(TimeSpan.FromSeconds(1), ct);
                }
            }
            return 0;
        });
        return command;
    }

    private static string Describe(EventFact f) => f.Type switch
    {
        FactType.Capex => $"{f.Capex.Kind} {(f.Capex.CompanyName.Length > 0 ? f.Capex.CompanyName : f.Capex.Scope)} " +
                          AnalysisPrinter.Format(f.Capex.Amount) + (f.Capex.AmountUsd is { } usd && f.Capex.Amount.CurrencyCode != "USD" ? $" ({AnalysisPrinter.Format(usd)})" : "") +
                          (f.Capex.HasPeriodYears ? $" over {f.Capex.PeriodYears} y" : ""),
        FactType.Facility => $"{f.Facility.CompanyName} {f.Facility.FacilityType} in {string.Join(", ", f.Facility.CountryCodes)}",
        _ => $"{(f.Market.CompanyName.Length > 0 ? f.Market.CompanyName : f.Market.IndexName)} {(f.Market.Direction == P.Direction.Down ? "-" : "+")}{f.Market.ChangePct:0.##}% ({f.Market.Relation})",
    };
}
