using CapexRadar.Domain;
using CapexRadar.Events;

namespace CapexRadar.Events.Tests;

/// <summary>
/// The classes of wrong merges and wrong splits, each on stories written for these tests (hand-made facts, the text
/// as "headline\nbody" the way the callers build it): a look-alike that mentions the other announcement in passing,
/// sister companies, the same amount of another company, rounding and local dollars, briefs and translated versions
/// with little text in common, unknown company names, a period read differently.
/// </summary>
public sealed class LookAlikeTests
{
    private static readonly DateTimeOffset Day = new(2025, 6, 2, 8, 0, 0, TimeSpan.Zero);

    private const string Lisbon =
        "Corvid Systems to invest $8 billion in Setubal AI campus\n" +
        "Corvid Systems will invest $8 billion over five years to build an AI data campus in Setubal, Portugal, the software " +
        "maker said on Monday, its largest investment in southern Europe.\n\nThe campus will house 60,000 accelerators and run on " +
        "wind power bought from coastal farms. Chief executive Ines Duarte said the site would serve customers across Europe.";

    private const string LisbonWire =
        "Corvid to pour $8 bln into Portuguese AI hub\n" +
        "LISBON (Wire) - Corvid Systems plans to spend $8 billion on an artificial intelligence data campus in Setubal, " +
        "south of Lisbon, it said, betting on Portugal's cheap wind power.\n\nChief executive Ines Duarte said the first " +
        "buildings would open in 2027 and serve European customers with 60,000 accelerators.";

    // same company, another plan two days later; mentions the Setubal pledge in passing
    private const string Oslo =
        "Corvid Systems to invest $2.1 bln in Norwegian cloud sites\n" +
        "OSLO (Wire) - Corvid Systems will invest 22 billion Norwegian crowns ($2.1 billion) over three years in cloud and AI " +
        "sites near Oslo and Bergen, the company said on Wednesday.\n\nThe announcement comes two days after Corvid pledged " +
        "$8 billion for an AI data campus in Setubal, Portugal, as it expands capacity across Europe.";

    private static CapexFact Commit(string company, string currency, decimal amount, decimal? usd = null, int? years = null,
        int at = 0, CapexKind kind = CapexKind.Commitment, string? name = null) =>
        new(kind, company, name ?? company, new MoneyAmount(currency, amount), null, usd is null ? null : new MoneyAmount("USD", usd.Value),
            usd is not null && currency != "USD", years, null, AmountQualifier.Exact, "", [], null, new TextSpan(at, at + 1));

    private static EventInput Input(string id, string text, DateTimeOffset at, string? announcer, params CapexFact[] facts) =>
        new(id, text, at, "src-" + id, null, announcer, facts, [], []);

    private static EventIndex NewIndex(Func<string, string?>? parents = null, Func<string, string?>? names = null) =>
        new(new EventClusterer(parentOf: parents, resolveName: names));

    [Fact]
    public void A_look_alike_that_mentions_the_event_in_passing_is_another_event()
    {
        var index = NewIndex();
        index.Add(Input("pt", Lisbon, Day, "corvid", Commit("corvid", "USD", 8_000_000_000m, years: 5, at: 60)));
        // its own figure leads; the Setubal figure is a fact of the third paragraph
        var no = index.Add(Input("no", Oslo, Day.AddDays(2), "corvid",
            Commit("corvid", "NOK", 22_000_000_000m, 2_100_000_000m, years: 3, at: 60), Commit("corvid", "USD", 8_000_000_000m, at: 260)));

        Assert.Equal(Decision.NewEvent, no.Assignment.Decision);
        Assert.Null(no.Event.FollowsEventId);
        // and the wire story of the first plan still joins the first event, not the look-alike
        var wire = index.Add(Input("pt-wire", LisbonWire, Day.AddDays(2).AddHours(1), "corvid", Commit("corvid", "USD", 8_000_000_000m, at: 50)));
        Assert.Equal(index.EventOf("pt")!.Id, wire.Event.Id);
        Assert.Equal(2, index.Events.Count);
    }

    [Fact]
    public void When_both_figures_share_the_lead_sentence_the_headline_names_the_main_one()
    {
        const string rival = "Nordvik Memory to invest 9 trillion won in Daegu packaging plant\n" +
                             "Nordvik Memory will invest 9 trillion won in a packaging plant in Daegu, hours after rival Halla " +
                             "Semiconductor unveiled a 30 trillion won line in Gumi, the company said.";
        const string halla = "Halla Semiconductor to invest 30 trillion won in Gumi chip line\n" +
                             "Halla Semiconductor will invest 30 trillion won in a new memory line in Gumi, the chipmaker said on " +
                             "Thursday, to catch up in high-bandwidth memory for AI.";
        var index = NewIndex();
        index.Add(Input("halla", halla, Day, "halla", Commit("halla", "KRW", 30_000_000_000_000m, at: 60)));
        // the extractor lists the rival's figure first: same sentence, same evidence
        var nordvik = index.Add(Input("nordvik", rival, Day.AddHours(6), "nordvik",
            Commit("halla", "KRW", 30_000_000_000_000m, at: 65), Commit("nordvik", "KRW", 9_000_000_000_000m, at: 65)));

        Assert.Equal(Decision.NewEvent, nordvik.Assignment.Decision);
        Assert.Equal("nordvik", nordvik.Event.Members.Single().Lead!.CompanyId);
    }

    [Fact]
    public void The_same_amount_of_another_company_on_the_same_day_is_another_event()
    {
        const string fund = "Granite Peak to invest $25 billion in Ohio data centres and power\n" +
                            "Granite Peak will invest $25 billion in data centres and gas power plants in Ohio, the asset manager said, " +
                            "on the day Corvid Systems also pledged $25 billion for the region's grid.";
        const string corvid = "Corvid Systems commits $25 billion to Ohio grid and data centres\n" +
                              "Corvid Systems will invest $25 billion over two years in data centres and grid upgrades in Ohio, the " +
                              "company said, alongside a similar pledge by Granite Peak.";
        var index = NewIndex();
        index.Add(Input("corvid", corvid, Day, "corvid", Commit("corvid", "USD", 25_000_000_000m, years: 2, at: 70)));
        var other = index.Add(Input("fund", fund, Day.AddHours(1), "granite",
            Commit("granite", "USD", 25_000_000_000m, at: 70), Commit("corvid", "USD", 25_000_000_000m, years: 2, at: 200)));

        Assert.Equal(Decision.NewEvent, other.Assignment.Decision);
        Assert.Equal(2, index.Events.Count);
    }

    [Fact]
    public void Sister_companies_are_not_one_company_but_a_unit_and_its_parent_are()
    {
        var parents = new Dictionary<string, string> { ["orla-chips"] = "orla-group", ["orla-digital"] = "orla-group" };
        var clusterer = new EventClusterer(parentOf: id => parents.GetValueOrDefault(id));
        Assert.False(clusterer.SameCompany("orla-chips", "orla-digital"));
        Assert.True(clusterer.SameCompany("orla-chips", "orla-group"));
        Assert.True(clusterer.SameCompany("orla-group", "orla-digital"));

        const string chips = "Orla Chips to invest $9 billion in Pune wafer fab\n" +
                             "Orla Chips will invest $9 billion in a wafer fab near Pune, the group company said on Tuesday.";
        const string digital = "Orla Digital to build $9 billion AI data centre\n" +
                               "Orla Digital will build a 1 GW AI data centre in Chennai, investing about $9 billion, two days after " +
                               "group company Orla Chips committed $9 billion to its Pune fab.";
        var index = new EventIndex(clusterer);
        index.Add(Input("chips", chips, Day, "orla-chips", Commit("orla-chips", "USD", 9_000_000_000m, at: 50)));
        var sister = index.Add(Input("digital", digital, Day.AddDays(2), "orla-digital",
            Commit("orla-digital", "USD", 9_000_000_000m, at: 50), Commit("orla-chips", "USD", 9_000_000_000m, at: 50)));
        Assert.Equal(Decision.NewEvent, sister.Assignment.Decision);

        // the group reporting its unit's plan is the same event
        var group = index.Add(Input("group", chips.Replace("Orla Chips will", "Orla Group's chip unit will"), Day.AddHours(3), "orla-group",
            Commit("orla-group", "USD", 9_000_000_000m, at: 50)));
        Assert.Equal(index.EventOf("chips")!.Id, group.Event.Id);
    }

    [Theory]
    [InlineData("USD", 1_200_000_000, null)]          // "$1.2 billion" for "$1.25 billion": rounding
    [InlineData("EUR", 1_150_000_000, null)]          // converted with the FX table
    [InlineData("MXN", 22_000_000_000, 1_250_000_000L)] // a stated USD equivalent
    public void Rounded_or_converted_figures_are_the_same_figure(string currency, long amount, long? usd)
    {
        const string release = "Tepic Servers to invest $1.25 billion in Jalisco AI server plant\n" +
                               "Tepic Servers will invest $1.25 billion in a plant in Jalisco that will assemble AI servers, the " +
                               "contract manufacturer said on Monday. The plant will employ 3,000 people.";
        const string local = "Tepic Servers builds AI server plant in Jalisco\n" +
                             "The contract manufacturer Tepic Servers will build its AI server plant in Jalisco, where 3,000 people will " +
                             "assemble servers, the company said.";
        var index = NewIndex();
        index.Add(Input("release", release, Day, "tepic", Commit("tepic", "USD", 1_250_000_000m, at: 70)));
        var other = index.Add(Input("local", local, Day.AddHours(20), "tepic", Commit("tepic", currency, amount, usd, at: 60)));

        Assert.Equal(Decision.Join, other.Assignment.Decision);
    }

    [Fact]
    public void A_nearby_amount_of_the_same_company_in_another_country_is_another_deal()
    {
        const string deal = "Vantor jumps on $7.8 billion Corvid contract\n" +
                            "NEW YORK - Corvid has signed a $7.8 billion, five-year contract to rent GPU capacity from Vantor, the " +
                            "former crypto miner in Texas.\n\nVantor will buy Dell servers to fill its halls, it said.";
        static IReadOnlyList<LocationEntity> Places(params (string Name, string Country, int At)[] places) =>
            places.Select(p => new LocationEntity(p.Name, p.Country, LocationKind.City, [new TextSpan(p.At, p.At + p.Name.Length)])).ToList();
        var index = NewIndex();
        index.Add(Input("pt", Lisbon, Day, "corvid", Commit("corvid", "USD", 8_000_000_000m, years: 5, at: 0) with { Evidence = new TextSpan(0, 160) })
            with { Locations = Places(("Setubal", "PT", 110), ("Portugal", "PT", 120)) });
        // $7.8 billion is $8 billion rounded, but the lead's sentence is about Texas and the texts share little
        var other = index.Add(Input("deal", deal, Day.AddDays(2), "corvid",
                Commit("corvid", "USD", 7_800_000_000m, years: 5) with { Evidence = new TextSpan(0, 150) })
            with { Locations = Places(("New York", "US", 0), ("Texas", "US", 130)) });

        Assert.Equal(Decision.NewEvent, other.Assignment.Decision);
        Assert.Equal(["US"], other.Event.Members.Single().LeadCountries!);
    }

    [Fact]
    public void A_bare_dollar_in_a_local_paper_is_the_local_dollar()
    {
        const string release = "Kestrel Cloud plans to invest A$15 billion in Australia\n" +
                               "Kestrel Cloud today announced plans to invest A$15 billion through 2030 in data centres in Sydney and Perth.";
        const string paper = "Kestrel's $15 billion bet on Sydney and Perth\n" +
                             "Kestrel Cloud will pour $15 billion into data centres in Sydney and Perth by 2030, the government said.";
        var index = NewIndex();
        index.Add(Input("release", release, Day, "kestrel", Commit("kestrel", "AUD", 15_000_000_000m, at: 60)));
        // the extractor read "$15 billion" as USD
        var local = index.Add(Input("paper", paper, Day.AddHours(3), "kestrel", Commit("kestrel", "USD", 15_000_000_000m, at: 50)));

        Assert.Equal(Decision.Join, local.Assignment.Decision);
    }

    [Fact]
    public void A_translated_version_without_an_extracted_figure_joins_when_its_opening_states_amount_and_company()
    {
        const string release = "Halden Power to invest €4 billion in new Leipzig fab for AI power chips\n" +
                               "Halden Power will invest €4 billion in a new fab in Leipzig for power semiconductors used in AI data centres, " +
                               "the chipmaker said on Tuesday. Production is to start in 2029.";
        // little vocabulary in common, and the extractor found no commitment in it
        const string translated = "Halden Power invests four billion euro in Leipzig: factory for chips of the artificial intelligence\n" +
                                  "Around four billion euro the concern wants to put into a further production module at the location, " +
                                  "as Halden Power on Tuesday communicated.";
        var index = NewIndex();
        index.Add(Input("release", release, Day, "halden", Commit("halden", "EUR", 4_000_000_000m, at: 80, name: "Halden Power")));
        var version = index.Add(Input("translated", translated, Day.AddHours(5), "halden"));

        Assert.Equal(Decision.Join, version.Assignment.Decision);
        Assert.Equal("opening states the event's amount and names its company", version.Assignment.Reason);
    }

    [Fact]
    public void A_story_without_a_figure_about_another_company_does_not_join_on_a_passing_mention()
    {
        const string release = "Halden Power to invest €4 billion in new Leipzig fab\n" +
                               "Halden Power will invest €4 billion in a new fab in Leipzig for power semiconductors, the chipmaker said.";
        const string rival = "Brenner Semi expands Dresden site\n" +
                             "Brenner Semi will expand its Dresden site, a day after Halden Power pledged €4 billion for a Leipzig fab, " +
                             "the company said without giving a figure.";
        var index = NewIndex();
        index.Add(Input("release", release, Day, "halden", Commit("halden", "EUR", 4_000_000_000m, at: 60, name: "Halden Power")));
        var other = index.Add(Input("rival", rival, Day.AddDays(1), "brenner"));

        Assert.Equal(Decision.NewEvent, other.Assignment.Decision);
    }

    [Fact]
    public void A_brief_with_little_text_in_common_joins_on_the_same_lead()
    {
        var index = NewIndex();
        index.Add(Input("pt", Lisbon, Day, "corvid", Commit("corvid", "USD", 8_000_000_000m, years: 5, at: 60)));
        var brief = index.Add(Input("brief", "Corvid commits $8bn to Setubal\nThe US software group backs a Portuguese AI site.",
            Day.AddDays(1), "corvid", Commit("corvid", "USD", 8_000_000_000m, at: 0)));

        Assert.Equal(Decision.Join, brief.Assignment.Decision);
    }

    [Fact]
    public void An_unknown_company_name_resolves_to_the_known_company()
    {
        var names = new Dictionary<string, string> { ["Corvid Systems"] = "corvid", ["CVS"] = "corvid" };
        var clusterer = new EventClusterer(resolveName: n => names.GetValueOrDefault(n));
        Assert.Equal("corvid", clusterer.Canonical("x-corvid-systems-private-limited", "Corvid Systems Private Limited"));
        Assert.Equal("corvid", clusterer.Canonical("x-corvid-systems-cvs", "Corvid Systems (CVS)"));
        Assert.Equal("x-unknown-maker", clusterer.Canonical("x-unknown-maker", "Unknown Maker"));
        Assert.Equal("corvid", clusterer.Canonical("corvid", "anything"));

        var index = new EventIndex(clusterer);
        index.Add(Input("pt", Lisbon, Day, "corvid", Commit("corvid", "USD", 8_000_000_000m, years: 5, at: 60)));
        var wire = index.Add(Input("wire", LisbonWire, Day.AddHours(2), "x-corvid-systems-cvs",
            Commit("x-corvid-systems-cvs", "USD", 8_000_000_000m, at: 50, name: "Corvid Systems (CVS)")));
        Assert.Equal(Decision.Join, wire.Assignment.Decision);
        Assert.All(Assert.Single(index.Events).Facts, f => Assert.Equal("corvid", f.CompanyId));
    }

    [Fact]
    public void The_same_lead_with_another_period_joins_only_with_more_text_in_common()
    {
        var index = NewIndex();
        index.Add(Input("pt", Lisbon, Day, "corvid", Commit("corvid", "USD", 8_000_000_000m, years: 5, at: 60)));
        var wire = index.Add(Input("wire", LisbonWire, Day.AddHours(2), "corvid", Commit("corvid", "USD", 8_000_000_000m, years: 1, at: 50)));
        Assert.Equal(Decision.Join, wire.Assignment.Decision);

        var index2 = NewIndex();
        index2.Add(Input("pt", Lisbon, Day, "corvid", Commit("corvid", "USD", 8_000_000_000m, years: 5, at: 60)));
        var terse = index2.Add(Input("brief", "Corvid commits $8bn a year\nThe group backs new hubs.",
            Day.AddDays(1), "corvid", Commit("corvid", "USD", 8_000_000_000m, years: 1)));
        Assert.Equal(Decision.NewEvent, terse.Assignment.Decision);
    }

    [Fact]
    public void The_opening_is_bounded_whatever_the_text()
    {
        var text = new string('x', 2_000_000) + "\n" + new string('y', 2_000_000);
        Assert.Equal(StoryLead.MaxHeadlineChars, StoryLead.Headline(text).Length);
        Assert.True(StoryLead.HeadlineAndLead(text).Length <= StoryLead.MaxHeadlineChars + StoryLead.MaxLeadChars + 1);
        Assert.Equal("Title", StoryLead.Headline("Title\nBody"));
        Assert.Equal("Title\nFirst paragraph.", StoryLead.HeadlineAndLead("Title\nFirst paragraph.\n\nSecond."));
        Assert.True(StoryLead.Mentions("Shares of Halden Power rose.", "Halden Power"));
        Assert.False(StoryLead.Mentions("Shares of Haldenpower rose.", "Halden"));
    }

    [Fact]
    public void Only_a_possible_revision_looks_back_beyond_the_join_window_and_only_at_its_company()
    {
        var parents = new Dictionary<string, string> { ["orla-chips"] = "orla-group" };
        var clusterer = new EventClusterer(parentOf: id => parents.GetValueOrDefault(id));
        var plain = clusterer.CandidatesFor(Input("pt", Lisbon, Day, "corvid", Commit("corvid", "USD", 8_000_000_000m, years: 5, at: 60)));
        Assert.Null(plain.RevisionFrom);
        Assert.Equal((Day - clusterer.Options.JoinWindow, Day + clusterer.Options.JoinWindow), (plain.JoinFrom, plain.JoinTo));

        var raise = clusterer.CandidatesFor(Input("raise", "Orla Chips lifts Pune fab plan to $11 billion\nOrla Chips raised its plan.", Day,
            "orla-chips", Commit("orla-chips", "USD", 11_000_000_000m, at: 40), Commit("orla-chips", "USD", 9_000_000_000m, at: 40, kind: CapexKind.PriorTarget)));
        Assert.Equal(Day - clusterer.Options.RevisionWindow, raise.RevisionFrom);
        Assert.Equal(["orla-group"], raise.RevisionCompanies);

        NewsEvent Old(string company, int daysAgo) => new($"ev-{company}-{daysAgo}", Day.AddDays(-daysAgo), Day.AddDays(-daysAgo), null, [],
            [new EventFact("k", FactType.Capex, company, Commit(company, "USD", 1m), null, null, ["a"])]);
        Assert.True(raise.Includes(Old("orla-group", 90)));
        Assert.False(raise.Includes(Old("corvid", 90)));
        Assert.True(raise.Includes(Old("corvid", 2)));
        Assert.False(raise.Includes(Old("orla-group", 500)));
        Assert.False(plain.Includes(Old("corvid", 90)));
    }
    [Fact]
    public void A_group_figure_close_only_loosely_to_a_units_figure_is_another_event()
    {
        // the unit announces 2.8 trillion won; the same morning a story about another unit is attributed to the group
        // ("Orla") with 2.9 trillion won — one company by parentage, but the amounts differ beyond rounding
        const string telecom = "Orla Telecom to invest 2.8 trillion won in Busan AI data centre\n" +
                               "Orla Telecom will invest 2.8 trillion won in an AI data centre in Busan, the carrier said on Tuesday, " +
                               "adding GPU capacity for Korean AI customers and its own language models.";
        const string memory = "Orla to invest 2.9 trillion won in Gwangju memory packaging line\n" +
                              "Orla will invest 2.9 trillion won in a memory packaging line in Gwangju, the group said on Tuesday, " +
                              "the same day its carrier unveiled an AI data centre in Busan for Korean AI customers.";
        var parents = new Dictionary<string, string> { ["orla-telecom"] = "orla-group" };
        var index = NewIndex(id => parents.GetValueOrDefault(id));
        index.Add(Input("telecom", telecom, Day, "orla-telecom", Commit("orla-telecom", "KRW", 2_800_000_000_000m, at: 60, name: "Orla Telecom")));
        var other = index.Add(Input("memory", memory, Day.AddHours(2), "orla-group",
            Commit("orla-group", "KRW", 2_900_000_000_000m, at: 60, name: "Orla")));

        Assert.Equal(Decision.NewEvent, other.Assignment.Decision);
        // the same company with the same loose rounding still joins
        var brief = index.Add(Input("brief", "Orla Telecom plans 2.85 trillion won Busan AI centre\nOrla Telecom will invest about 2.85 " +
            "trillion won in an AI data centre in Busan, the carrier said on Tuesday, adding GPU capacity for Korean AI customers.",
            Day.AddHours(3), "orla-telecom", Commit("orla-telecom", "KRW", 2_940_000_000_000m, at: 60, name: "Orla Telecom")));
        Assert.Equal(index.EventOf("telecom")!.Id, brief.Event.Id);
    }

    [Fact]
    public void Figures_in_two_different_local_currencies_are_two_plans_even_when_their_dollar_values_agree()
    {
        var clusterer = new EventClusterer();
        var yen = new MoneyAmount("JPY", 30_000_000_000m);
        var dong = new MoneyAmount("VND", 5_200_000_000_000m);
        var usd = new MoneyAmount("USD", 200_000_000m);
        Assert.Equal(AmountMatch.None, clusterer.MatchAmount(yen, usd, dong, usd));
        // a local figure and its dollar conversion still match
        Assert.Equal(AmountMatch.Close, clusterer.MatchAmount(dong, usd, usd, usd));

        const string hanoi = "Lotus Digital to invest 5.2 trillion dong in Da Nang AI factory\n" +
                             "Lotus Digital will invest 5.2 trillion dong (about $200 million) in an AI factory in Da Nang, the IT " +
                             "group said on Monday, its largest GPU cloud investment so far.";
        const string osaka = "Lotus Digital Japan to invest 30 billion yen in Osaka AI data centre\n" +
                             "Lotus Digital Japan will invest 30 billion yen (about $200 million) in an AI data centre in Osaka, the " +
                             "unit of the IT group said on Wednesday, expanding its GPU cloud investment.";
        var parents = new Dictionary<string, string> { ["lotus-japan"] = "lotus" };
        var index = NewIndex(id => parents.GetValueOrDefault(id));
        index.Add(Input("vn", hanoi, Day, "lotus", Commit("lotus", "VND", 5_200_000_000_000m, 200_000_000m, at: 60)));
        var jp = index.Add(Input("jp", osaka, Day.AddDays(2), "lotus", Commit("lotus", "JPY", 30_000_000_000m, 200_000_000m, at: 60)));

        Assert.Equal(Decision.NewEvent, jp.Assignment.Decision);
    }
}
