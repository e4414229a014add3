namespace CapexRadar.Entities.Tests;

public class PeopleTests
{
    [Fact]
    public void Title_before_the_name()
    {
        var e = X.Run("Quantara Systems Inc. will triple capacity, CEO Lena Ortiz said. Chief Executive Officer Tomas Reyes of the supplier agreed.");
        var lena = e.Person("Lena Ortiz");
        Assert.Equal("CEO", lena.Role);
        Assert.Equal(e.Org("Quantara").CompanyId, lena.OrganizationId);
        Assert.Equal("Chief Executive Officer (CEO)", e.Person("Tomas Reyes").Role);
    }

    [Fact]
    public void Apposition_with_organisation()
    {
        var e = X.Run("\"We are sold out,\" said Rafael Moreno, chief executive of Kestrel Power Co. Demand keeps rising.");
        var p = e.Person("Rafael Moreno");
        Assert.Equal("Chief Executive (CEO)", p.Role);
        Assert.Equal(e.Org("Kestrel Power").CompanyId, p.OrganizationId);
    }

    [Fact]
    public void Possessive_organisation_after_the_name()
    {
        var e = X.Run("Orders are strong, said Jensen Huang, Nvidia's CEO, on Wednesday.");
        var p = e.Person("Jensen Huang");
        Assert.Equal("CEO", p.Role);
        Assert.Equal("nvidia", p.OrganizationId);
    }

    [Theory]
    [InlineData("P. Venkataraman, Wipro's chief executive, said the first hall opens in June.", "P. Venkataraman", "Chief Executive (CEO)", "Wipro")]
    [InlineData("\"Capacity is sold out,\" said A.J. Fairbanks, Kestrel Power Co.'s chairman and managing director.", "A.J. Fairbanks", "Chairman and Managing Director", "Kestrel Power")]
    public void Initials_and_a_surname_are_a_full_name(string text, string name, string role, string org)
    {
        var e = X.Run(text);
        var p = e.Person(name);
        Assert.Equal(role, p.Role);
        Assert.Equal(e.Org(org).CompanyId, p.OrganizationId);
    }

    [Fact]
    public void Initial_of_a_place_is_not_a_name()
    {
        var e = X.Run("U.S. Steel, the company's largest customer, said demand was steady.");
        Assert.DoesNotContain(e.People, p => p.Name.Contains("Steel", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_company_short_form_before_a_title()
    {
        var e = X.Run("Brightwater Fabrication Ltd. will add two lines. Marisol Keane, Brightwater's finance chief, said costs were fixed.");
        var p = e.Person("Marisol Keane");
        Assert.Equal("Finance Chief (CFO)", p.Role);
        Assert.Equal(e.Org("Brightwater").CompanyId, p.OrganizationId);
    }

    [Theory]
    [InlineData("Lars Engstrom, who took over as Ericsson's president and chief executive in May, said orders had doubled.", "Lars Engstrom", "President and Chief Executive (President and CEO)", "ericsson")]
    [InlineData("Mei Tanaka, who became Nvidia's finance chief last year, said supply was tight.", "Mei Tanaka", "Finance Chief (CFO)", "nvidia")]
    public void Title_in_a_who_clause(string text, string name, string role, string orgId)
    {
        var p = X.Run(text).Person(name);
        Assert.Equal(role, p.Role);
        Assert.Equal(orgId, p.OrganizationId);
    }

    [Theory]
    [InlineData("Ingrid Maas, who heads Ericsson as chief executive, said orders had doubled.", "Ingrid Maas", "Chief Executive (CEO)", "ericsson")]
    [InlineData("\"Power is the limit,\" said Tomas Ek, who heads infrastructure investments at Ericsson.", "Tomas Ek", "Head of Infrastructure Investments", "ericsson")]
    public void Who_heads_gives_the_title(string text, string name, string role, string orgId)
    {
        var p = X.Run(text).Person(name);
        Assert.Equal(role, p.Role);
        Assert.Equal(orgId, p.OrganizationId);
    }

    [Fact]
    public void A_weak_title_followed_by_its_firm_is_a_person()
    {
        var e = X.Run("Ericsson hired advisers. \"Land is not the problem,\" said Rania Qasim, a partner at the firm in Dubai.");
        Assert.Equal("Partner", e.Person("Rania Qasim").Role);
    }

    [Fact]
    public void Who_clause_without_a_title_gives_no_role()
    {
        var p = X.Run("Lars Engstrom, who is Ericsson's largest shareholder, said orders had doubled.").Person("Lars Engstrom");
        Assert.Null(p.Role);
    }

    [Fact]
    public void Chaired_by_makes_the_chairman_of_the_company()
    {
        var e = X.Run("Halden Capital, the state-backed fund chaired by Prince Faisal Al Rashid, will invest $2 billion.");
        var p = e.Person("Faisal Al Rashid");
        Assert.Equal("Chairman", p.Role);
        Assert.Equal(e.Org("Halden Capital").CompanyId, p.OrganizationId);
    }

    [Theory]
    [InlineData("Dana Whitfield, one of Snowflake's two chief executives, told analysts the plan was on track.", "Dana Whitfield", "Co-CEO")]
    [InlineData("Henrik Sol, one of Snowflake's three co-chairmen, backed the plan.", "Henrik Sol", "Co-Chairman")]
    [InlineData("Ava Linden, one of the startup's founders, declined to comment on Snowflake.", "Ava Linden", "Co-founder")]
    [InlineData("Ravi Kapoor, one of Snowflake's managing directors, spoke.", "Ravi Kapoor", "Managing Director")]
    public void One_holder_of_a_shared_title(string text, string name, string role)
    {
        Assert.Equal(role, X.Run(text).Person(name).Role);
    }

    [Theory]
    [InlineData("Microsoft President Ingrid Halvorsen told analysts the plan was on track.", "Ingrid Halvorsen", "President")]
    [InlineData("Nvidia Chairman Kenji Watanabe spoke first.", "Kenji Watanabe", "Chairman")]
    [InlineData("The startup's founder, Priya Raman, declined to comment.", "Priya Raman", "Founder")]
    [InlineData("Chief Financial Officer Marta Lindqvist said costs would rise.", "Marta Lindqvist", "Chief Financial Officer (CFO)")]
    [InlineData("Chairman and Chief Executive Omar Haddad said so.", "Omar Haddad", "Chairman and Chief Executive (Chairman and CEO)")]
    [InlineData("Co-founder Lucas Brenner left the board.", "Lucas Brenner", "Co-founder")]
    public void Roles_are_short_titles(string text, string name, string role)
    {
        Assert.Equal(role, X.Run(text).Person(name).Role);
    }

    [Fact]
    public void Surname_mentions_merge_into_the_person()
    {
        var e = X.Run("CEO Lena Ortiz said capacity would double. Ortiz added that prices were stable. Later, Ortiz said more.");
        var p = Assert.Single(e.People);
        Assert.Equal(3, p.Mentions.Count);
    }

    [Fact]
    public void Founded_by_gives_the_founder_of_the_company()
    {
        var e = X.Run("Veltora, founded by former banker Astrid Nyberg in Oslo, raised money.");
        var p = e.Person("Astrid Nyberg");
        Assert.Equal("Founder", p.Role);
        Assert.Equal(e.Org("Veltora").CompanyId, p.OrganizationId);
    }

    [Fact]
    public void Political_roles_have_no_company()
    {
        var e = X.Run("Alibaba welcomed the plan. Digital Economy Minister Aiko Tanaka and French President Claude Martin attended.");
        var minister = e.Person("Aiko Tanaka");
        Assert.Null(minister.OrganizationId);
        Assert.Equal("Minister of Digital Economy", minister.Role);
        var president = e.Person("Claude Martin");
        Assert.Null(president.OrganizationId);
        Assert.Equal("President of France", president.Role);
    }

    [Fact]
    public void Reporting_verb_finds_a_person_without_title()
    {
        var e = X.Run("The deal is done, Michael Brenner said on Monday.");
        Assert.Equal("Michael Brenner", Assert.Single(e.People).Name);
    }
}

public class PlaceTests
{
    [Fact]
    public void Countries_and_cities_get_iso_codes()
    {
        var e = X.Run("Vireo will build data centres in Brazil, Chile and the United Arab Emirates, and expand in Osaka.");
        Assert.Equal(["AE", "BR", "CL", "JP"], e.Countries());
    }

    [Fact]
    public void Demonyms_are_not_places()
    {
        var e = X.Run("Chinese suppliers and Japanese banks rallied with American and French peers.");
        Assert.Empty(e.Locations);
    }

    [Fact]
    public void Places_inside_company_names_are_not_separate_places()
    {
        var e = X.Run("ACM Research (Shanghai) Inc. and Norrland Kraft (Stockholm) AB gained.");
        Assert.DoesNotContain(e.Locations, l => l.Name is "Shanghai" or "Stockholm");
    }

    [Fact]
    public void Trading_venue_is_a_place()
    {
        var e = X.Run("Tencent rose 5% in Hong Kong and the stock also gained in Frankfurt.");
        Assert.Contains(e.Locations, l => l.Name == "Hong Kong" && l.CountryCode == "HK");
        Assert.Contains(e.Locations, l => l.CountryCode == "DE");
    }

    [Fact]
    public void Based_and_possessive_places_count()
    {
        var e = X.Run("The Shenzhen-based maker follows Tokyo's push for chips.");
        Assert.Equal(["CN", "JP"], e.Countries());
    }

    [Fact]
    public void Town_with_its_region_is_placed()
    {
        var e = X.Run("The campus will rise in Pinewood Falls, Texas, next year.");
        var town = Assert.Single(e.Locations, l => l.Name == "Pinewood Falls");
        Assert.Equal("US", town.CountryCode);
    }

    [Fact]
    public void Us_abbreviations_are_the_united_states()
    {
        var e = X.Run("US export rules and the U.S. market matter.");
        Assert.Equal(["US"], e.Countries());
    }
}

public class AnnouncerTests
{
    [Fact]
    public void Subject_of_the_lead_sentence_is_the_announcer()
    {
        var e = X.Run("Kestrel Power Co. will spend $3 billion on turbines for Microsoft and Nvidia. Microsoft said it welcomed the deal. Microsoft shares rose.");
        Assert.Equal(e.Org("Kestrel Power").CompanyId, e.AnnouncerId);
    }

    [Fact]
    public void Without_a_company_in_the_lead_the_most_mentioned_wins()
    {
        var e = X.Run("Spending on AI keeps rising. Oracle said it would add capacity. Oracle shares rose while Nvidia fell.");
        Assert.Equal("oracle", e.AnnouncerId);
    }
}

public class MorePeopleAndPlacesTests
{
    [Fact]
    public void Sub_national_office_keeps_its_place()
    {
        var p = X.Run("Pennsylvania Governor Josh Shapiro welcomed the plan.").Person("Josh Shapiro");
        Assert.Equal("Governor of Pennsylvania", p.Role);
        Assert.Null(p.OrganizationId);
    }

    [Fact]
    public void Founder_with_a_former_title_elsewhere()
    {
        var e = X.Run("Corvane, founded by former Intel executive Marisa Holt, could be valued at $2 billion.");
        var p = e.Person("Marisa Holt");
        Assert.Equal("Founder", p.Role);
        Assert.Equal(e.Org("Corvane").CompanyId, p.OrganizationId);
    }

    [Fact]
    public void Unlisted_prefecture_next_to_a_known_place()
    {
        var e = X.Run("The plant will be built in Kitakami, Iwate Prefecture, by 2026.");
        Assert.Contains(e.Locations, l => l.Name == "Iwate Prefecture" && l.CountryCode == "JP");
    }

    [Fact]
    public void Who_clause_marks_a_person_with_an_unlisted_given_name()
    {
        var e = X.Run("Demand is strong, said Ottoline Brask, who runs the cloud business.");
        Assert.Equal("Ottoline Brask", Assert.Single(e.People).Name);
    }

    [Fact]
    public void Surname_with_a_reporting_verb_confirms_an_earlier_full_name()
    {
        var e = X.Run("Talia Brennock met Saudi officials in Riyadh. Brennock said the talks were productive.");
        var p = Assert.Single(e.People);
        Assert.Equal("Talia Brennock", p.Name);
        Assert.Equal(2, p.Mentions.Count);
    }
}

public class PoliticalAppositionTests
{
    [Fact]
    public void Name_then_comma_then_portfolio_minister_is_a_person()
    {
        var e = X.Run("Anneliese Brandt, Austria's transport minister, opened the site. Later, Marco Ferri, the energy minister, toured it.");
        Assert.Equal("Minister of Transport", e.Person("Anneliese Brandt").Role);
        Assert.Equal("Minister of Energy", e.Person("Marco Ferri").Role);
    }
}

/// <summary>Roles on unseen text: the story's wording with its standard form, scope words, "head of" portfolios,
/// appositions with an organisation the knowledge base does not know, a title after "the" and a comma, unit heads.</summary>
public class RoleWordingTests
{
    [Theory]
    [InlineData("Chief Executive Halvard Teig said orders doubled.", "Halvard Teig", "Chief Executive (CEO)")]
    [InlineData("CEO Halvard Teig said orders doubled.", "Halvard Teig", "CEO")]
    [InlineData("Finance chief Odile Marchetti said costs were fixed.", "Odile Marchetti", "Finance Chief (CFO)")]
    [InlineData("Co-chief executive Tobias Wren said the budget was flat.", "Tobias Wren", "Co-Chief Executive (Co-CEO)")]
    [InlineData("Chairman and managing director Ansel Kruger spoke first.", "Ansel Kruger", "Chairman and Managing Director")]
    public void The_wording_comes_with_its_standard_form_where_they_differ(string text, string name, string role)
    {
        Assert.Equal(role, X.Run(text).Person(name).Role);
    }

    [Fact]
    public void A_scope_word_opens_the_title()
    {
        var e = X.Run("\"We will keep building,\" said group chief executive Idris Kamara. Later, Selma Okafor, Nvidia's global head of cloud partnerships, agreed.");
        Assert.Equal("Group Chief Executive (Group CEO)", e.Person("Idris Kamara").Role);
        Assert.Equal("Global Head of Cloud Partnerships", e.Person("Selma Okafor").Role);
        Assert.Equal("nvidia", e.Person("Selma Okafor").OrganizationId);
    }

    [Theory]
    [InlineData("\"Power is the constraint,\" said Bruno Azevedo, head of AI infrastructure at Nvidia, on Monday.", "Bruno Azevedo", "Head of AI Infrastructure")]
    [InlineData("Bruno Azevedo, Nvidia's head of data-centre research, said the site was chosen for its grid.", "Bruno Azevedo", "Head of Data-Centre Research")]
    public void Head_of_takes_its_portfolio(string text, string name, string role)
    {
        var p = X.Run(text).Person(name);
        Assert.Equal(role, p.Role);
        Assert.Equal("nvidia", p.OrganizationId);
    }

    [Fact]
    public void Head_of_an_organisation_is_not_a_portfolio()
    {
        var e = X.Run("Bruno Azevedo, head of the unit, said the site was chosen for its grid.");
        Assert.DoesNotContain(e.People, p => p.Role is { } r && r.Contains("Unit", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Marta Quintela, an analyst at Bravora Equities, expects prices to rise.", "Marta Quintela", "Analyst")]
    [InlineData("Tobias Renwick, leader of Hallbrook Borough Council, said permits would be quick.", "Tobias Renwick", "Leader")]
    public void A_weak_title_with_an_unknown_organisation_after_it_makes_a_person(string text, string name, string role)
    {
        Assert.Equal(role, X.Run(text).Person(name).Role);
    }

    [Fact]
    public void A_title_after_the_and_a_comma_before_the_name()
    {
        var e = X.Run("Nvidia will build two halls. According to the chief executive, Oren Halabi, the first opens in 2028.");
        Assert.Equal("Chief Executive (CEO)", e.Person("Oren Halabi").Role);
    }

    [Fact]
    public void The_head_of_a_unit_keeps_the_unit_in_the_role()
    {
        var p = X.Run("Alphabet Inc. will add two regions. \"Demand is broad,\" said Ruth Abernathy, chief executive of Google Cloud, on Tuesday.")
            .Person("Ruth Abernathy");
        Assert.Equal("Chief Executive of Google Cloud (CEO of Google Cloud)", p.Role);
        Assert.Equal("alphabet", p.OrganizationId);
    }

    [Fact]
    public void A_plain_title_after_the_and_a_comma_is_not_read_into_a_company_name()
    {
        var e = X.Run("Nvidia will build two halls, the chief executive, Acme Energy Corp., said.");
        Assert.DoesNotContain(e.People, p => p.Name.Contains("Acme", StringComparison.Ordinal));
    }
}
