using CapexRadar.Protos.Analysis.V1;
using CapexRadar.Protos.Common.V1;
using Spectre.Console;

namespace CapexRadar.Cli.Commands;

/// <summary>Renders an analysis as tables.</summary>
internal static class AnalysisPrinter
{
    public static void Print(AnnouncementAnalysis a)
    {
        AnsiConsole.Write(new Rule($"[bold]{Markup.Escape(a.Title.Length > 0 ? a.Title : a.AnnouncementId)}[/]").LeftJustified());
        AnsiConsole.MarkupLine($"id [grey]{Markup.Escape(a.AnnouncementId)}[/]  trace [grey]{Markup.Escape(a.TraceId)}[/]");

        var orgs = Table("Organisation", "Listings", "Country", "Mentions");
        foreach (var o in a.Organizations)
            orgs.AddRow(E(o.Name), E(string.Join(", ", o.Listings.Select(l => $"{l.Symbol}@{l.Mic}"))), E(o.CountryCode), o.Mentions.Count.ToString());
        Show(orgs, a.Organizations.Count);

        var people = Table("Person", "Role", "Organisation");
        foreach (var p in a.People) people.AddRow(E(p.Name), E(p.Role), E(p.OrganizationName));
        Show(people, a.People.Count);

        var places = Table("Place", "Country", "Kind");
        foreach (var l in a.Locations) places.AddRow(E(l.Name), E(l.CountryCode), E(l.Kind));
        Show(places, a.Locations.Count);

        var capex = Table("Capex", "Company / scope", "Amount", "USD", "Period", "Qualifier");
        foreach (var c in a.Capex)
            capex.AddRow(E(Short(c.Kind.ToString())), E(c.CompanyName.Length > 0 ? c.CompanyName : c.Scope + (c.Speaker.Length > 0 ? $" ({c.Speaker})" : "")),
                E(Format(c.Amount) + (c.AmountHigh is { } high ? $" – {Format(high)}" : "")),
                E(c.AmountUsd is { } usd ? Format(usd) + (c.UsdStated ? " stated" : " conv.") : ""),
                c.HasPeriodYears ? $"{c.PeriodYears} y" : "", E(Short(c.Qualifier.ToString())));
        Show(capex, a.Capex.Count);

        var facilities = Table("Facility", "Company", "Countries", "Timeframe");
        foreach (var f in a.Facilities) facilities.AddRow(E(f.FacilityType), E(f.CompanyName), E(string.Join(", ", f.CountryCodes)), E(f.Timeframe));
        Show(facilities, a.Facilities.Count);

        var market = Table("Mover", "Change", "Qualifier", "Venue", "Relation");
        foreach (var m in a.Market)
            market.AddRow(E(m.CompanyName.Length > 0 ? m.CompanyName : m.IndexName), $"{(m.Direction == Direction.Down ? "-" : "+")}{m.ChangePct:0.##}%",
                E(Short(m.Qualifier.ToString())), E(m.Venue), E(Short(m.Relation.ToString())));
        Show(market, a.Market.Count);
    }

    public static string Format(Money money)
    {
        var value = money.Units + money.Nanos / 1e9m;
        var (scaled, suffix) = Math.Abs(value) switch
        {
            >= 1_000_000_000_000m => (value / 1_000_000_000_000m, " trillion"),
            >= 1_000_000_000m => (value / 1_000_000_000m, " billion"),
            >= 1_000_000m => (value / 1_000_000m, " million"),
            _ => (value, ""),
        };
        return $"{money.CurrencyCode} {scaled:0.###}{suffix}";
    }

    private static string Short(string enumName) => enumName == "Unspecified" ? "" : enumName;
    private static string E(string text) => Markup.Escape(text);

    private static Table Table(params string[] columns)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var c in columns) table.AddColumn(c);
        return table;
    }

    private static void Show(Table table, int rows)
    {
        if (rows > 0) AnsiConsole.Write(table);
    }
}
