using CapexRadar.Domain;
using CapexRadar.Events;

namespace CapexRadar.Events.Tests;

/// <summary>
/// The plan's site when the gazetteer does not know it: the headline's or the first paragraph's sites when the lead sentence
/// names none, a town after a locative preposition kept by its name, and the country of the figure's currency. Stories and
/// companies written for these tests (hand-made facts; text "headline\nbody", spans in the body as the callers give them).
/// </summary>
public sealed class UnknownSiteTests
{
    private static readonly DateTimeOffset Day = new(2026, 5, 4, 6, 0, 0, TimeSpan.Zero);

    private static CapexFact Commit(string company, string name, string currency, decimal amount, decimal usd, TextSpan evidence) =>
        new(CapexKind.Commitment, company, name, new MoneyAmount(currency, amount), null, new MoneyAmount("USD", usd),
            currency != "USD", null, null, AmountQualifier.Exact, "", [], null, evidence);

    /// <summary>A story with one lead in its first body sentence; <paramref name="places"/> are the gazetteer's finds.</summary>
    private static EventInput Story(string id, string text, DateTimeOffset at, string currency, decimal amount, decimal usd,
        params (string Name, string Country)[] places)
    {
        var body = text[(text.IndexOf('\n', StringComparison.Ordinal) + 1)..];
        var sentence = new TextSpan(0, body.IndexOf(". ", StringComparison.Ordinal) + 1);
        var locations = places.Select(p =>
        {
            var i = body.IndexOf(p.Name, StringComparison.Ordinal);
            return new LocationEntity(p.Name, p.Country, LocationKind.City, i < 0 ? [] : [new TextSpan(i, i + p.Name.Length)]);
        }).ToList();
        return new EventInput(id, text, at, "src-" + id, null, "tarn",
            [Commit("tarn", "Tarn Infrastructure", currency, amount, usd, sentence)], [], []) { Locations = locations };
    }

    private const string Norway =
        "Tarn Infrastructure to build AI campus in Norway\n" +
        "Tarn Infrastructure will invest 90 billion Norwegian crowns in an AI data campus in northern Norway, the company said. " +
        "The first halls are due in 2028.";

    private const string NorwayDollars =
        "Tarn commits $8.5bn to Norwegian AI campus\n" +
        "Tarn Infrastructure will spend about $8.5 billion on an AI data campus near Fjellvik in Norway, the asset manager said. " +
        "Hydropower will run the site.";

    // another plan: a German town the gazetteer lacks, a figure in euros (about the same in dollars)
    private const string Germany =
        "Tarn plans AI campus for 7.3 billion euros\n" +
        "The company plans to invest around 7.3 billion euros in a campus near Kellerbach, Tarn and the state government said. " +
        "The first phase is to open in 2029.";

    // the Norwegian plan told by a local paper that names only the town (unknown to the gazetteer), in crowns
    private const string TownInCrowns =
        "Tarn's campus: 90 billion crowns for Fjellvik\n" +
        "Tarn Infrastructure is to invest 90 billion crowns in the campus at Fjellvik, the municipality said on Tuesday. " +
        "Some 400 jobs are promised.";

    // the Norwegian plan told by a euro-area paper that converts the figure, naming the same town
    private const string TownInEuros =
        "Tarn's Fjellvik campus to cost 7.3 billion euros\n" +
        "Tarn Infrastructure will put about 7.3 billion euros into the campus at Fjellvik, the company said. " +
        "The Nordic site runs on hydropower.";

    [Fact]
    public void A_plan_at_an_unknown_town_in_a_third_countrys_currency_is_not_the_plan_in_a_known_country()
    {
        var index = new EventIndex(new EventClusterer());
        index.Add(Story("no", Norway, Day, "NOK", 90e9m, 8.5e9m, ("Norway", "NO")));
        index.Add(Story("no-usd", NorwayDollars, Day.AddHours(4), "USD", 8.5e9m, 8.5e9m, ("Norway", "NO")));
        var germany = index.Add(Story("de", Germany, Day.AddDays(2), "EUR", 7.3e9m, 8.5e9m));

        Assert.Equal(index.EventOf("no")!.Id, index.EventOf("no-usd")!.Id);
        Assert.Equal(Decision.NewEvent, germany.Assignment.Decision);
    }

    [Fact]
    public void An_unknown_town_with_a_figure_in_the_sites_currency_joins_the_plan_in_that_country()
    {
        var index = new EventIndex(new EventClusterer());
        index.Add(Story("no-usd", NorwayDollars, Day, "USD", 8.5e9m, 8.5e9m, ("Norway", "NO")));
        var town = index.Add(Story("town", TownInCrowns, Day.AddHours(6), "NOK", 90e9m, 8.4e9m));

        Assert.Equal(Decision.Join, town.Assignment.Decision);
    }

    [Fact]
    public void A_foreign_outlets_conversion_naming_the_same_unknown_town_joins()
    {
        var index = new EventIndex(new EventClusterer());
        index.Add(Story("no-usd", NorwayDollars, Day, "USD", 8.5e9m, 8.5e9m, ("Norway", "NO")));
        var euros = index.Add(Story("eur", TownInEuros, Day.AddHours(6), "EUR", 7.3e9m, 8.5e9m));

        Assert.Equal(Decision.Join, euros.Assignment.Decision);
    }

    [Fact]
    public void The_home_currency_says_nothing_of_the_site()
    {
        // Tarn is at home in the euro area: its own figure in euros is no sign that the campus is there
        var index = new EventIndex(new EventClusterer(countryOf: id => id == "tarn" ? "IE" : null));
        index.Add(Story("no-usd", NorwayDollars.Replace("near Fjellvik ", "", StringComparison.Ordinal), Day, "USD", 8.5e9m, 8.5e9m, ("Norway", "NO")));
        var home = index.Add(Story("eur", TownInEuros.Replace("Fjellvik", "Lyngdal", StringComparison.Ordinal), Day.AddHours(6), "EUR", 7.3e9m, 8.5e9m));

        Assert.Equal(Decision.Join, home.Assignment.Decision);
    }

    [Theory]
    // the lead sentence names no site: the headline's site stands
    [InlineData("Tarn plans AI campus for 7.3 billion euros in Bavaria\nThe company plans to invest around 7.3 billion euros in a campus, it said. More later.",
        "Bavaria", "DE", "EUR", "DE")]
    // a town the gazetteer lacks, in the currency of its country (the euro's countries all count)
    [InlineData("Tarn plans AI campus\nThe company plans to invest 7.3 billion euros in a campus near Kellerbach, it said. More later.",
        "", "", "EUR", "DE,FR,~kellerbach")]
    // in dollars: the town is kept, no country is guessed
    [InlineData("Tarn plans AI campus\nThe company plans to invest $8.5 billion in a campus near Kellerbach, it said. More later.",
        "", "", "USD", "~kellerbach")]
    // months, phases and companies after "in" are no sites
    [InlineData("Tarn plans AI campus\nThe company will invest $8.5 billion in April in Phase 2 and in Nvidia chips, it said. More later.",
        "", "", "USD", "")]
    public void The_sites_of_a_story(string text, string place, string country, string currency, string expected)
    {
        var body = text[(text.IndexOf('\n', StringComparison.Ordinal) + 1)..];
        var evidence = new TextSpan(0, body.IndexOf(". ", StringComparison.Ordinal) + 1);
        LocationEntity[] locations = place.Length == 0 ? [] :
            [new LocationEntity(place, country, LocationKind.Region, [new TextSpan(body.Length + 1, body.Length + 1)])];
        var sites = PlanSite.Sites(text, locations, evidence, currency, null, name => name == "Nvidia");
        var wanted = expected.Split(',', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(wanted, w => Assert.Contains(w, sites));
        if (!wanted.Any(PlanSite.IsCountry)) Assert.DoesNotContain(sites, PlanSite.IsCountry);
        if (wanted.Length == 0) Assert.Empty(sites);
    }

    [Theory]
    [InlineData("Tarn will invest $10 billion a year in AI campuses.", true)]
    [InlineData("Tarn's $10bn-a-year plan", true)]
    [InlineData("Tarn will spend $10 billion annually.", true)]
    [InlineData("Tarn will spend $10 billion, confirming a plan first floated a year ago.", false)]
    [InlineData("Tarn will spend $10 billion, up from $7 billion a year earlier.", false)]
    public void A_yearly_rate_is_stated_and_a_time_a_year_ago_is_not(string text, bool rate) =>
        Assert.Equal(rate, StoryLead.StatesRate(text));

    [Theory]
    [InlineData("Tarn will spend $10 billion in 2027 on AI campuses.", true)]
    [InlineData("In 2027, Tarn will spend $10 billion on campuses.", true)]
    [InlineData("Tarn set its 2027 capital budget at $10 billion.", true)]
    [InlineData("Tarn will spend $10 billion in fiscal 2027.", true)]
    [InlineData("The first phase costs €8.5 billion and brings a capacity of 700 MW, with first capacity expected in 2028.", false)]
    [InlineData("Tarn will invest 60 trillion won to build the second fab at its cluster in the south, with completion targeted for 2029.", false)]
    public void A_budget_year_is_a_year_near_the_figure(string text, bool year) =>
        Assert.Equal(year, StoryLead.NamesBudgetYear(text));
}
