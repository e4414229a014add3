using CapexRadar.Domain;
using CapexRadar.Events;

namespace CapexRadar.Events.Tests;

/// <summary>
/// Evidence that ties rewrites together beyond the same name and currency: a company name spelled two ways (a
/// translation's spelling, a space dropped), a plan converted into the currency of the country where it is built, and a
/// unit whose owner is itself "its subsidiary". Each rule beside the look-alike it must keep apart. Stories written for
/// these tests.
/// </summary>
public sealed class SpellingAndCurrencyTests
{
    private static readonly DateTimeOffset Day = new(2026, 4, 7, 9, 0, 0, TimeSpan.Zero);

    private static CapexFact Commit(string company, string name, string currency, decimal amount, decimal? usd = null,
        int? years = null, TextSpan? evidence = null) =>
        new(CapexKind.Commitment, company, name, new MoneyAmount(currency, amount), null,
            usd is null ? null : new MoneyAmount("USD", usd.Value), false, years, null, AmountQualifier.Exact, "", [], null,
            evidence ?? new TextSpan(60, 61));

    private static EventInput Input(string id, string text, DateTimeOffset at, string? announcer, params CapexFact[] facts) =>
        new(id, text, at, "src-" + id, null, announcer, facts, [], []);

    /// <summary>Places found in <paramref name="text"/> where the body first names them (after the headline).</summary>
    private static IReadOnlyList<LocationEntity> Places(string text, params (string Name, string Country)[] places) =>
        places.Select(p =>
        {
            var at = text.IndexOf(p.Name, text.IndexOf('\n', StringComparison.Ordinal), StringComparison.Ordinal);
            return new LocationEntity(p.Name, p.Country, LocationKind.City, [new TextSpan(at, at + p.Name.Length)]);
        }).ToList();

    /// <summary>The span of the text's second line (the lead sentence after the headline).</summary>
    private static TextSpan LeadSentence(string text)
    {
        var start = text.IndexOf('\n', StringComparison.Ordinal) + 1;
        var end = text.IndexOf(". ", start, StringComparison.Ordinal);
        return new TextSpan(start, end < 0 ? text.Length : end + 1);
    }

    [Theory]
    [InlineData("Rede Livre", "RedeLibre Inc.")]        // Portuguese and Spanish spelling, one word or two
    [InlineData("Nova Mercado", "NovaMercado S.A.")]    // a space dropped
    [InlineData("Korvath Telekom", "Korvath Telecom AG")] // c and k
    [InlineData("Sociedade Açores", "Sociedade Acores")]  // accents
    public void Names_spelled_two_ways_are_one_name(string a, string b)
    {
        Assert.True(CompanyNames.SpelledAlike(a, b));
        Assert.True(CompanyNames.SpelledAlike(b, a));
    }

    [Theory]
    [InlineData("Samsung SDS", "Samsung SDI")]     // the last letters tell sister companies apart
    [InlineData("Orla Chips", "Orla Digital")]
    [InlineData("Kestrel Data Bank", "Kestrel Data Tank")] // a word's first letter
    [InlineData("Tern Labs", "Tarn Labs")]         // too short to tell a spelling from another name
    [InlineData("Marvello", "Marvellos")]          // a letter added, not swapped
    [InlineData("Castellan Cloud", "Castillon Cloud")] // two letters differ
    public void Different_names_are_not_spelled_alike(string a, string b) => Assert.False(CompanyNames.SpelledAlike(a, b));

    private const string Portuguese =
        "Rede Livre will invest R$ 12 billion in Brazil in 2026, with focus in logistics\n" +
        "The Rede Livre announced this Tuesday that it will invest R$ 12 billion in Brazil during the year of 2026. " +
        "The resources will be destined to distribution centres, technology and artificial intelligence for the sellers.";

    private const string Wire =
        "Rede Libre to invest $2.2 billion in Brazil this year\n" +
        "RedeLibre Inc., the online marketplace, plans to invest 12 billion reais ($2.2 billion) in Brazil in 2026. " +
        "It will add warehouses and AI tools for sellers, its Brazil head said on Tuesday.";

    [Fact]
    public void A_translations_spelling_of_an_unknown_company_joins_the_known_companys_event()
    {
        // (the wire's headline "Rede Libre" names its own company, so no attribution is uncertain)
        var names = new Dictionary<string, string> { ["RedeLibre Inc."] = "redelibre", ["RedeLibre"] = "redelibre", ["Rede Libre"] = "redelibre" };
        var index = new EventIndex(new EventClusterer(resolveName: n => names.GetValueOrDefault(n)));
        index.Add(Input("pt", Portuguese, Day, null, Commit("x-rede-livre", "Rede Livre", "BRL", 12_000_000_000m, 2_150_000_000m)));
        var wire = index.Add(Input("wire", Wire, Day.AddHours(5), "redelibre",
            Commit("redelibre", "RedeLibre Inc.", "BRL", 12_000_000_000m, 2_200_000_000m, years: 1)));

        Assert.Equal(Decision.Join, wire.Assignment.Decision);
        Assert.Equal(index.EventOf("pt")!.Id, wire.Event.Id);
    }

    [Fact]
    public void A_name_spelled_alike_with_another_figure_or_a_different_known_company_is_another_event()
    {
        // the same spelling, but another amount: another plan
        var names = new Dictionary<string, string>
        {
            ["RedeLibre Inc."] = "redelibre", ["Rede Libre"] = "redelibre", ["Rede Livre"] = "rede-livre-bank",
        };
        var index = new EventIndex(new EventClusterer(resolveName: n => n is "RedeLibre Inc." or "Rede Libre" ? "redelibre" : null));
        index.Add(Input("pt", Portuguese, Day, null, Commit("x-rede-livre", "Rede Livre", "BRL", 9_000_000_000m, 1_600_000_000m)));
        var other = index.Add(Input("wire", Wire, Day.AddHours(5), "redelibre",
            Commit("redelibre", "RedeLibre Inc.", "BRL", 12_000_000_000m, 2_200_000_000m, years: 1)));
        Assert.Equal(Decision.NewEvent, other.Assignment.Decision);

        // the same amount, but the knowledge base knows two companies by these names
        var known = new EventIndex(new EventClusterer(resolveName: n => names.GetValueOrDefault(n)));
        known.Add(Input("pt", Portuguese, Day, null, Commit("rede-livre-bank", "Rede Livre", "BRL", 12_000_000_000m, 2_150_000_000m)));
        var bank = known.Add(Input("wire", Wire, Day.AddHours(5), "redelibre",
            Commit("redelibre", "RedeLibre Inc.", "BRL", 12_000_000_000m, 2_200_000_000m, years: 1)));
        Assert.Equal(Decision.NewEvent, bank.Assignment.Decision);
    }

    private const string Home =
        "Merlion Telecom to invest S$1.5bn in regional AI data centres\n" +
        "Merlion Telecom will invest S$1.5 billion by 2028 in AI data centres in Batam, Indonesia, and Chonburi, Thailand. " +
        "Its group chief executive said on Tuesday the sites would serve customers who cannot find power at home.";

    private const string Host =
        "Merlion Telecom to build AI data centre in Batam, investment reaches Rp18.6 trillion\n" +
        "Merlion Telecom, the telecommunications group based in Singapore, will invest around Rp18.6 trillion in AI data centres in Batam and Chonburi until 2028. " +
        "The first phase in the Nongsa area is targeted to operate in 2027, the company said in Batam on Wednesday.";

    [Fact]
    public void A_plan_converted_into_the_host_countrys_currency_joins_the_home_currency_story()
    {
        var index = new EventIndex(new EventClusterer());
        index.Add(Input("home", Home, Day, "merlion",
            Commit("merlion", "Merlion Telecom", "SGD", 1_500_000_000m, 1_136_000_000m, evidence: LeadSentence(Home))) with
            { Locations = Places(Home, ("Batam", "ID"), ("Indonesia", "ID"), ("Chonburi", "TH"), ("Thailand", "TH")) });
        var host = index.Add(Input("host", Host, Day.AddHours(18), "merlion",
            Commit("merlion", "Merlion Telecom", "IDR", 18_600_000_000_000m, 1_134_000_000m, evidence: LeadSentence(Host))) with
            { Locations = Places(Host, ("Singapore", "SG"), ("Batam", "ID"), ("Chonburi", "TH")) });

        Assert.Equal(Decision.Join, host.Assignment.Decision);
        Assert.Equal(index.EventOf("home")!.Id, host.Event.Id);
    }

    private const string Dong =
        "Lacquer Tech to invest VND 5,000 billion in Da Nang AI factory\n" +
        "Lacquer Tech will invest VND 5,000 billion in an AI factory in Da Nang, Vietnam. " +
        "The group said on Monday it would be its largest GPU investment so far.";

    private const string Yen =
        "Lacquer Tech Japan to invest ¥29 billion in Osaka AI centre\n" +
        "Lacquer Tech Japan, the Japanese unit of Vietnam's Lacquer Tech, will invest ¥29 billion in an AI data centre in Osaka. " +
        "The unit said on Wednesday the project is separate from its parent's plan at home.";

    [Fact]
    public void A_units_plan_in_its_own_countrys_currency_is_another_event_even_when_its_lead_names_the_parents_country()
    {
        var parents = new Dictionary<string, string> { ["lacquer-japan"] = "lacquer" };
        var index = new EventIndex(new EventClusterer(parentOf: id => parents.GetValueOrDefault(id)));
        index.Add(Input("vn", Dong, Day, "lacquer",
            Commit("lacquer", "Lacquer Tech", "VND", 5_000_000_000_000m, 192_000_000m, evidence: LeadSentence(Dong))) with
            { Locations = Places(Dong, ("Da Nang", "VN"), ("Vietnam", "VN")) });
        var jp = index.Add(Input("jp", Yen, Day.AddDays(2), "lacquer-japan",
            Commit("lacquer-japan", "Lacquer Tech Japan", "JPY", 29_000_000_000m, 193_000_000m, evidence: LeadSentence(Yen))) with
            { Locations = Places(Yen, ("Vietnam", "VN"), ("Osaka", "JP")) });

        Assert.Equal(Decision.NewEvent, jp.Assignment.Decision);
    }

    [Fact]
    public void Another_company_with_the_same_dollar_value_in_the_host_currency_is_another_event()
    {
        var index = new EventIndex(new EventClusterer());
        index.Add(Input("home", Home, Day, "merlion",
            Commit("merlion", "Merlion Telecom", "SGD", 1_500_000_000m, 1_136_000_000m, evidence: LeadSentence(Home))) with
            { Locations = Places(Home, ("Batam", "ID"), ("Indonesia", "ID"), ("Chonburi", "TH"), ("Thailand", "TH")) });
        var rival = Host.Replace("Merlion Telecom", "Padang Digital", StringComparison.Ordinal);
        var other = index.Add(Input("rival", rival, Day.AddHours(18), "padang",
            Commit("padang", "Padang Digital", "IDR", 18_600_000_000_000m, 1_134_000_000m, evidence: LeadSentence(rival))) with
            { Locations = Places(rival, ("Singapore", "SG"), ("Batam", "ID"), ("Chonburi", "TH")) });

        Assert.Equal(Decision.NewEvent, other.Assignment.Decision);
    }

    [Fact]
    public void A_unit_of_its_subsidiary_is_read_as_a_chain_of_owners()
    {
        var links = CompanyLinks.Find("The sites will be run by Tolteca, the data-centre unit of its fixed-line subsidiary Kelso Mobile.",
            "Andes Group", "andes");
        Assert.Contains(new CompanyLink("Tolteca", "Kelso Mobile"), links);
        Assert.Contains(new CompanyLink("Kelso Mobile", "Andes Group", "andes"), links);
        // "of its" followed by no unit noun names no owner
        Assert.DoesNotContain(links, l => l.Owner == "its");
        Assert.DoesNotContain(CompanyLinks.Find("Tolteca, the data-centre unit of its rival, will add capacity.", "Andes Group", "andes"),
            l => l.Unit == "Tolteca");
    }

    private const string Owner =
        "Andes Group to invest 40 billion pesos in Mexican AI data centres\n" +
        "Andes Group will invest 40 billion pesos over three years in AI data centres in Monterrey, its chief executive said on Tuesday. " +
        "The sites will be run by Tolteca, the data-centre unit of its fixed-line subsidiary Kelso Mobile.";

    private const string UnitBrief =
        "Tolteca plans AI build-out in Monterrey\n" +
        "Tolteca, the data-centre business of a billionaire's telecoms empire, plans to spend 40 billion pesos over three years on AI sites in Monterrey. " +
        "The first site opens in 2027.";

    private const string SisterBrief =
        "Pavo plans AI build-out in Monterrey\n" +
        "Pavo, a cloud start-up, plans to spend 40 billion pesos over three years on AI sites in Monterrey. The first site opens in 2027.";

    [Fact]
    public void A_unit_under_the_owners_subsidiary_joins_the_owners_event_and_an_unrelated_company_does_not()
    {
        var index = new EventIndex(new EventClusterer());
        index.Add(Input("owner", Owner, Day, "andes",
            Commit("andes", "Andes Group", "MXN", 40_000_000_000m, 2_200_000_000m, years: 3)));
        var unit = index.Add(Input("unit", UnitBrief, Day.AddHours(20), null,
            Commit("x-tolteca", "Tolteca", "MXN", 40_000_000_000m, 2_200_000_000m, years: 3)));
        Assert.Equal(index.EventOf("owner")!.Id, unit.Event.Id);

        var other = index.Add(Input("pavo", SisterBrief, Day.AddHours(21), null,
            Commit("x-pavo", "Pavo", "MXN", 40_000_000_000m, 2_200_000_000m, years: 3)));
        Assert.Equal(Decision.NewEvent, other.Assignment.Decision);
    }
}

/// <summary>One company's two pledges of the same size on one day, in two countries, are two events; a rewrite naming
/// another place of the same country still joins. Stories written for these tests.</summary>
public sealed class SamePledgeTwoCountriesTests
{
    private static readonly DateTimeOffset Day = new(2026, 8, 4, 7, 0, 0, TimeSpan.Zero);

    private static EventInput Story(string id, string text, DateTimeOffset at, decimal amount, int? years, params (string Name, string Country)[] places)
    {
        var start = text.IndexOf('\n', StringComparison.Ordinal) + 1;
        var end = text.IndexOf(". ", start, StringComparison.Ordinal) + 1;
        var fact = new CapexFact(CapexKind.Commitment, "fjord", "Fjordline Cloud", new MoneyAmount("USD", amount), null,
            new MoneyAmount("USD", amount), true, years, null, AmountQualifier.Exact, "", [], null, new TextSpan(start, end));
        var locations = places.Select(p =>
        {
            var at2 = text.IndexOf(p.Name, start, StringComparison.Ordinal);
            return new LocationEntity(p.Name, p.Country, LocationKind.City, [new TextSpan(at2, at2 + p.Name.Length)]);
        }).ToList();
        return new EventInput(id, text, at, "src-" + id, null, "fjord", [fact], [], []) { Locations = locations };
    }

    private const string Sweden =
        "Fjordline Cloud to invest $3.2 billion in Swedish AI infrastructure\n" +
        "Fjordline Cloud will invest $3.2 billion over two years in AI data centres in Gavle and Sandviken, Sweden. " +
        "The company said on Tuesday the sites would serve Nordic manufacturers and public agencies.";

    private const string Norway =
        "Fjordline Cloud to invest $3.2 billion in Norwegian AI infrastructure\n" +
        "Fjordline Cloud will invest $3.2 billion over two years in AI data centres near Stavanger, Norway. " +
        "The company said on Tuesday the sites would serve Nordic energy companies and public agencies.";

    private const string SwedenBrief =
        "Fjordline Cloud plans $3.2bn Swedish AI build\n" +
        "Fjordline Cloud will spend about $3.2 billion on AI data centres in Gavle over two years. It said so on Tuesday.";

    [Fact]
    public void The_same_pledge_in_another_country_the_same_day_is_another_event_and_a_rewrite_joins_its_own()
    {
        var index = new EventIndex(new EventClusterer());
        index.Add(Story("se", Sweden, Day, 3_200_000_000m, 2, ("Gavle", "SE"), ("Sandviken", "SE"), ("Sweden", "SE")));
        var no = index.Add(Story("no", Norway, Day.AddHours(2), 3_200_000_000m, 2, ("Stavanger", "NO"), ("Norway", "NO")));
        Assert.Equal(Decision.NewEvent, no.Assignment.Decision);

        // loosely rounded (no period stated), another Swedish town: the Swedish event
        var brief = index.Add(Story("se-brief", SwedenBrief, Day.AddHours(5), 3_150_000_000m, null, ("Gavle", "SE")));
        Assert.Equal(index.EventOf("se")!.Id, brief.Event.Id);
    }
}

/// <summary>A short form one story defines ("… Authority (RVPA)") names the company in a rewrite that writes only the
/// short form; another short form, or another figure, does not. Stories written for these tests.</summary>
public sealed class DefinedAcronymTests
{
    private static readonly DateTimeOffset Day = new(2026, 9, 1, 6, 0, 0, TimeSpan.Zero);

    private static EventInput Story(string id, string text, DateTimeOffset at, string company, string name, decimal amount) =>
        new(id, text, at, "src-" + id, null, company,
            [new CapexFact(CapexKind.Commitment, company, name, new MoneyAmount("KES", amount), null, new MoneyAmount("USD", amount / 129m),
                false, 3, null, AmountQualifier.Exact, "", [], null, new TextSpan(60, 61))], [], []);

    private const string Full =
        "Rift Valley Power Authority to invest KSh 60 billion in power for AI data centres\n" +
        "Rift Valley Power Authority (RVPA) will invest KSh 60 billion over three years to supply AI data centres in Nakuru and " +
        "Naivasha, the utility said on Tuesday.";

    private const string Short =
        "RVPA plans KSh60bn for data-centre power\n" +
        "RVPA will spend KSh60 billion over three years on power for AI data centres around Nakuru and Naivasha, it said on Tuesday.";

    [Fact]
    public void Short_forms_are_read_only_in_parentheses_after_a_name()
    {
        Assert.Equal(["RVPA"], CompanyNames.DefinedAcronyms(Full));
        Assert.Empty(CompanyNames.DefinedAcronyms("It will invest 60 billion shillings (USD) in artificial intelligence (AI) sites."));
        Assert.Empty(CompanyNames.DefinedAcronyms("Rift Valley Power Authority (Nasdaq: RVPA) said (R) on Tuesday."));
    }

    [Fact]
    public void A_rewrite_naming_the_company_by_its_defined_short_form_joins_and_another_short_form_does_not()
    {
        var index = new EventIndex(new EventClusterer());
        index.Add(Story("full", Full, Day, "x-rift-valley-power-authority", "Rift Valley Power Authority", 60_000_000_000m));
        var brief = index.Add(Story("short", Short, Day.AddHours(6), "x-rvpa", "RVPA", 60_000_000_000m));
        Assert.Equal(index.EventOf("full")!.Id, brief.Event.Id);

        // another authority's short form with the same figure the same day: another company
        var other = index.Add(Story("other", Short.Replace("RVPA", "KVPA", StringComparison.Ordinal), Day.AddHours(7), "x-kvpa", "KVPA",
            60_000_000_000m));
        Assert.Equal(Decision.NewEvent, other.Assignment.Decision);
    }

    [Fact]
    public void The_defined_short_form_with_another_figure_is_another_event()
    {
        var index = new EventIndex(new EventClusterer());
        index.Add(Story("full", Full, Day, "x-rift-valley-power-authority", "Rift Valley Power Authority", 60_000_000_000m));
        var other = index.Add(Story("short", Short.Replace("60", "25", StringComparison.Ordinal), Day.AddHours(6), "x-rvpa", "RVPA", 25_000_000_000m));
        Assert.Equal(Decision.NewEvent, other.Assignment.Decision);
    }
}
