using CapexRadar.Domain;
using CapexRadar.Events;

namespace CapexRadar.Events.Tests;

/// <summary>
/// Units and brands the knowledge base lacks, named through their owner the way outlets write it ("Halvard's Skyvault",
/// "Skyvault, the cloud arm of Halvard", "through its subsidiary Skyvault", "Skyvault is backed by Halvard"); a brief that
/// names only the parent; accents and legal forms in names; a figure whose currency word the recognizer does not know;
/// a headline that states an increment beside the total. And the look-alikes each rule must keep apart: a sister unit
/// with the same amount, a rival or partner named beside the company. Stories written for these tests.
/// </summary>
public sealed class OwnershipTests
{
    private static readonly DateTimeOffset Day = new(2026, 2, 9, 7, 0, 0, TimeSpan.Zero);

    private static CapexFact Commit(string company, string currency, decimal amount, string? name = null, decimal? usd = null,
        int? years = null, int at = 60, CapexKind kind = CapexKind.Commitment) =>
        new(kind, company, name ?? company, new MoneyAmount(currency, amount), null,
            usd is null ? null : new MoneyAmount("USD", usd.Value), usd is not null && currency != "USD", years, null,
            AmountQualifier.Exact, "", [], null, new TextSpan(at, at + 1));

    private static EventInput Input(string id, string text, DateTimeOffset at, string? announcer, params CapexFact[] facts) =>
        new(id, text, at, "src-" + id, null, announcer, facts, [], []);

    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["Halvard"] = "halvard", ["Halvard Telecom"] = "halvard", ["Halvard Telecom ASA"] = "halvard", ["Mirova Group"] = "mirova",
        ["Mirova"] = "mirova", ["Tessel Data"] = "tessel", ["Tessel"] = "tessel", ["Compañía Andina"] = "andina",
        ["Grupo Solano"] = "solano",
    };

    private static EventClusterer Clusterer() => new(resolveName: n => Names.GetValueOrDefault(n));

    // Halvard (a telecom the knowledge base knows) builds through a unit it lacks, Skyvault
    private const string Release =
        "Halvard to invest NOK 9.6 billion in Tromso AI data centre\n" +
        "Halvard Telecom ASA will invest NOK 9.6 billion over three years in an AI data centre at Breivika near Tromso through " +
        "its subsidiary Skyvault, the operator said on Monday.\n\nThe site will run on hydropower and offer 80 megawatts to " +
        "research institutes, shipping companies and public agencies in northern Norway.";

    private const string Brief =
        "Skyvault lines up about $900m for Tromso AI campus\n" +
        "Skyvault, the Norwegian data-centre operator, will invest about $900m over three years in an 80-megawatt AI campus at " +
        "Breivika near Tromso, running on hydropower, for research institutes, shipping companies and public agencies.";

    // another unit of Halvard, the same amount the same week, a different site
    private const string Sister =
        "Halvard's fibre arm Nordlink to spend $900m on Arctic cables\n" +
        "Nordlink, the fibre business of Halvard, will spend about $900m over three years on subsea and land cables linking " +
        "Tromso, Bodo and Kirkenes, offering capacity to research institutes, shipping companies and public agencies.";

    [Fact]
    public void Ownership_statements_are_read_as_unit_and_owner()
    {
        Assert.Contains(new CompanyLink("Skyvault", "Halvard Telecom ASA", "halvard"),
            CompanyLinks.Find(Release, "Halvard Telecom ASA", "halvard"));
        Assert.Contains(new CompanyLink("Nordlink", "Halvard"), CompanyLinks.Find(Sister, null, null));
        Assert.Contains(new CompanyLink("Triton", "Kelso Mobile"), CompanyLinks.Find("The capacity will be sold through Kelso Mobile's Triton data-centre business.", null, null));
        Assert.Contains(new CompanyLink("Triton", "Kelso Mobile"), CompanyLinks.Find("Triton, the data-centre business of Kelso Mobile, will add capacity.", null, null));
        Assert.Contains(new CompanyLink("Triton", "Kelso Mobile"), CompanyLinks.Find("Triton is a wholly owned subsidiary of Kelso Mobile.", null, null));
        Assert.Contains(new CompanyLink("Pavo", "Mirova Group"), CompanyLinks.Find("Pavo is backed by the Mirova Group.", null, null));
        Assert.Contains(new CompanyLink("Pavo", "Mirova"), CompanyLinks.Find("Pavo, which is owned by Mirova, said on Monday.", null, null));
        Assert.Contains(new CompanyLink("Pavo", "Kelso", "kelso"), CompanyLinks.Find("Kelso will build it through its Pavo unit.", "Kelso", "kelso"));
        Assert.Contains(new CompanyLink("Pavo", "Mirova"), CompanyLinks.Find("Pavo's parent, Mirova, said it backs the plan.", null, null));
    }

    [Fact]
    public void Rivals_partners_sisters_and_described_owners_are_no_ownership()
    {
        Assert.Empty(CompanyLinks.Find("Naver's rival Kakao will spend 3 trillion won.", null, null));
        Assert.Empty(CompanyLinks.Find("The plan came on the day sister company Halvard Cloud laid out its own plan.", null, null));
        Assert.Empty(CompanyLinks.Find("Skyvault, the data-centre arm of Norway's largest telecoms operator, will invest.", null, null));
        Assert.Empty(CompanyLinks.Find("The company, controlled by Carlos Ruiz's family, also runs data centres.", null, null));
        Assert.Empty(CompanyLinks.Find("Skyvault will invest alongside a similar pledge by Granite Peak.", null, null));
        // "its" needs the story's own company
        Assert.Empty(CompanyLinks.Find("It will build through its subsidiary Skyvault.", null, null));
    }

    [Fact]
    public void Hostile_text_is_read_in_one_bounded_pass()
    {
        var noSpaces = new string('A', 2_000_000);
        var possessives = string.Concat(Enumerable.Repeat("Kelso's Pavo unit of Mirova, its arm Pavo, backed by Kelso. ", 50_000));
        Assert.Empty(CompanyLinks.Find(noSpaces, "Kelso", null));
        Assert.True(CompanyLinks.Find(possessives, "Kelso", null).Count <= CompanyLinks.MaxLinks);
        Assert.Empty(StoryLead.Figures(string.Concat(Enumerable.Repeat("12345678901234567890.5 ", 100_000))));
    }

    [Fact]
    public void A_brand_the_knowledge_base_lacks_joins_its_parents_event_when_a_rewrite_says_whose_unit_it_is()
    {
        var index = new EventIndex(Clusterer());
        index.Add(Input("release", Release, Day, "halvard", Commit("halvard", "NOK", 9_600_000_000m, "Halvard Telecom ASA", 905_000_000m, 3)));
        var brief = index.Add(Input("brief", Brief, Day.AddHours(5), "x-skyvault", Commit("x-skyvault", "USD", 900_000_000m, "Skyvault", years: 3)));

        Assert.Equal(Decision.Join, brief.Assignment.Decision);
        Assert.Equal(index.EventOf("release")!.Id, brief.Event.Id);
    }

    [Fact]
    public void The_brand_first_then_the_parents_release_join_too()
    {
        var index = new EventIndex(Clusterer());
        index.Add(Input("brief", Brief, Day, "x-skyvault", Commit("x-skyvault", "USD", 900_000_000m, "Skyvault", years: 3)));
        var release = index.Add(Input("release", Release, Day.AddHours(5), "halvard",
            Commit("halvard", "NOK", 9_600_000_000m, "Halvard Telecom ASA", 905_000_000m, 3)));

        Assert.Equal(Decision.Join, release.Assignment.Decision);
    }

    [Fact]
    public void Without_a_stated_link_the_brand_stays_apart()
    {
        const string release = "Halvard to invest NOK 9.6 billion in Tromso AI data centre\n" +
                               "Halvard Telecom ASA will invest NOK 9.6 billion over three years in an AI data centre at Breivika " +
                               "near Tromso, the operator said on Monday.\n\nThe site will run on hydropower and offer 80 megawatts " +
                               "to research institutes, shipping companies and public agencies in northern Norway.";
        var index = new EventIndex(Clusterer());
        index.Add(Input("release", release, Day, "halvard", Commit("halvard", "NOK", 9_600_000_000m, "Halvard Telecom ASA", 905_000_000m, 3)));
        var brief = index.Add(Input("brief", Brief, Day.AddHours(5), "x-skyvault", Commit("x-skyvault", "USD", 900_000_000m, "Skyvault", years: 3)));

        Assert.Equal(Decision.NewEvent, brief.Assignment.Decision);
    }

    [Fact]
    public void Another_unit_of_the_same_owner_with_the_same_amount_is_another_event()
    {
        var index = new EventIndex(Clusterer());
        index.Add(Input("release", Release, Day, "halvard", Commit("halvard", "NOK", 9_600_000_000m, "Halvard Telecom ASA", 905_000_000m, 3)));
        index.Add(Input("brief", Brief, Day.AddHours(5), "x-skyvault", Commit("x-skyvault", "USD", 900_000_000m, "Skyvault", years: 3)));
        // Nordlink is Halvard's too, but the event's stories name Skyvault as the unit that builds
        var sister = index.Add(Input("sister", Sister, Day.AddDays(1), "x-nordlink", Commit("x-nordlink", "USD", 900_000_000m, "Nordlink", years: 3)));

        Assert.Equal(Decision.NewEvent, sister.Assignment.Decision);
        Assert.Equal(2, index.Events.Count);
    }

    [Fact]
    public void A_brief_naming_only_the_parent_joins_when_a_rewrite_says_who_backs_the_spender()
    {
        const string paper =
            "Tessel to invest Rs 9,000 crore in GPU clouds at Hosur and Nagpur\n" +
            "Tessel Data will invest Rs 9,000 crore over two years to add 12,000 accelerators at its Hosur and Nagpur campuses, the " +
            "company said on Thursday.\n\nTessel is backed by the Mirova Group. It will fund the plan with promoter equity and bank debt.";
        const string brief =
            "Mirova Group's data-centre arm lines up $1.05bn for GPUs\n" +
            "The Mirova Group's data-centre business will spend about $1.05bn (Rs 9,000 crore) over two years on 12,000 accelerators " +
            "at its campuses in Hosur and Nagpur, funded by promoter equity and bank debt.";
        var index = new EventIndex(Clusterer());
        index.Add(Input("paper", paper, Day, "tessel", Commit("tessel", "INR", 90_000_000_000m, "Tessel Data", 1_060_000_000m, 2)));
        var parent = index.Add(Input("brief", brief, Day.AddDays(1), "mirova", Commit("mirova", "USD", 1_050_000_000m, "Mirova Group", years: 2)));

        Assert.Equal(Decision.Join, parent.Assignment.Decision);
    }

    [Fact]
    public void Accents_and_legal_forms_do_not_make_two_companies()
    {
        Assert.True(EventClusterer.ShortenedName("Compania Andina SAB", "Compañía Andina"));
        Assert.True(EventClusterer.ShortenedName("Grupo Solano S.A.B. de C.V.", "Grupo Solano"));
        Assert.Contains("Grupo Solano", CompanyNames.Variants("Grupo Solano S.A.B. de C.V."));
        var c = Clusterer();
        Assert.Equal("andina", c.Canonical("x-compania-andina-sab", "Compañía Andina SAB"));
        Assert.True(c.NamedIn("Compania Andina to spend MXN 9 billion", "Compañía Andina", "andina"));
    }

    [Fact]
    public void A_figure_in_a_currency_the_recognizer_lacks_still_states_the_events_amount()
    {
        Assert.Equal([8_500_000_000m, 14_000_000_000m, 110_000_000_000m, 1_300_000_000m],
            StoryLead.Figures("Halvard will use 8.5 billion kroner; 14 thousand million pesos; Rs 11,000 crore; $1.3bn; 2,000 jobs"));

        const string local =
            "Halvard will use 9.6 billion kroner on AI – Breivika gets data centre\n" +
            "The telecom company Halvard will use 9.6 billion kroner in the coming three years on a data centre for artificial " +
            "intelligence at Breivika, the company made known on Monday.\n\nThe mayor says it is a good day for Tromso.";
        var index = new EventIndex(Clusterer());
        index.Add(Input("release", Release, Day, "halvard", Commit("halvard", "NOK", 9_600_000_000m, "Halvard Telecom ASA", 905_000_000m, 3)));
        // no commitment extracted: the currency word was not recognised
        var version = index.Add(Input("local", local, Day.AddDays(2), "halvard"));

        Assert.Equal(Decision.Join, version.Assignment.Decision);
        Assert.Equal("opening states the event's amount and names its company", version.Assignment.Reason);
    }

    [Fact]
    public void A_bare_figure_of_another_plan_does_not_join()
    {
        const string local =
            "Halvard will use 4.2 billion kroner on fibre in the north\n" +
            "The telecom company Halvard will use 4.2 billion kroner in the coming three years on fibre in northern Norway, the " +
            "company made known on Wednesday. The mayor of Tromso says it is a good day.";
        var index = new EventIndex(Clusterer());
        index.Add(Input("release", Release, Day, "halvard", Commit("halvard", "NOK", 9_600_000_000m, "Halvard Telecom ASA", 905_000_000m, 3)));
        var other = index.Add(Input("local", local, Day.AddDays(2), "halvard"));

        Assert.Equal(Decision.NewEvent, other.Assignment.Decision);
    }

    [Fact]
    public void A_headline_with_an_increment_and_a_total_leads_with_the_total()
    {
        const string wire =
            "Halvard raises AI data centre budget to NOK 12 billion\n" +
            "Halvard Telecom ASA raised its planned investment in the Breivika AI data centre to NOK 12 billion from the NOK 9.6 " +
            "billion it set out in February, after signing anchor customers.";
        const string paper =
            "Halvard adds NOK 2.4 billion to AI data centre… total NOK 12 billion\n" +
            "Halvard has increased its AI data centre investment at Breivika to NOK 12 billion, NOK 2.4 billion more than the NOK " +
            "9.6 billion it announced in February, after signing anchor customers.";
        var index = new EventIndex(Clusterer());
        index.Add(Input("release", Release, Day, "halvard", Commit("halvard", "NOK", 9_600_000_000m, "Halvard Telecom ASA", 905_000_000m, 3)));
        var raise = index.Add(Input("wire", wire, Day.AddDays(60), "halvard", Commit("halvard", "NOK", 12_000_000_000m, "Halvard Telecom ASA"),
            Commit("halvard", "NOK", 9_600_000_000m, "Halvard Telecom ASA", at: 120, kind: CapexKind.PriorTarget)));
        var version = index.Add(Input("paper", paper, Day.AddDays(60).AddHours(3), "halvard",
            Commit("halvard", "NOK", 2_400_000_000m, "Halvard", at: 40), Commit("halvard", "NOK", 12_000_000_000m, "Halvard", at: 60),
            Commit("halvard", "NOK", 9_600_000_000m, "Halvard", at: 120, kind: CapexKind.PriorTarget)));

        Assert.Equal(Decision.Revision, raise.Assignment.Decision);
        Assert.Equal(12_000_000_000m, version.Event.Members.Last().Lead!.Amount.Value);
        Assert.Equal(raise.Event.Id, version.Event.Id);
    }

    private const string TesselPaper =
        "Tessel to invest Rs 9,000 crore in GPU clouds at Hosur and Nagpur\n" +
        "Tessel Data will invest Rs 9,000 crore over two years to add 12,000 accelerators at its Hosur and Nagpur campuses, the " +
        "company said on Thursday.\n\nIt will fund the plan with promoter equity and bank debt.";

    private const string ParentBrief =
        "Mirova Group's data-centre arm lines up $1.05bn for GPUs\n" +
        "The Mirova Group's data-centre business will spend about $1.05bn (Rs 9,000 crore) over two years on 12,000 accelerators " +
        "at its campuses in Hosur and Nagpur, funded by promoter equity and bank debt.";

    [Fact]
    public void A_brief_whose_opening_names_only_the_parent_of_the_unit_that_acts_joins_on_the_same_figure()
    {
        Assert.Contains(new CompanyLink("", "Mirova Group"), CompanyLinks.Find(ParentBrief, "Mirova Group", "mirova", ParentBrief.Length));
        var index = new EventIndex(Clusterer());
        index.Add(Input("paper", TesselPaper, Day, "tessel", Commit("tessel", "INR", 90_000_000_000m, "Tessel Data", 1_060_000_000m, 2)));
        var parent = index.Add(Input("brief", ParentBrief, Day.AddDays(1), "mirova", Commit("mirova", "USD", 1_050_000_000m, "Mirova Group", years: 2)));

        Assert.Equal(Decision.Join, parent.Assignment.Decision);
    }

    [Fact]
    public void An_unnamed_unit_does_not_join_a_company_the_knowledge_base_gives_another_parent()
    {
        var index = new EventIndex(new EventClusterer(parentOf: id => id == "tessel" ? "orla-group" : null, resolveName: n => Names.GetValueOrDefault(n)));
        index.Add(Input("paper", TesselPaper, Day, "tessel", Commit("tessel", "INR", 90_000_000_000m, "Tessel Data", 1_060_000_000m, 2)));
        var parent = index.Add(Input("brief", ParentBrief, Day.AddDays(1), "mirova", Commit("mirova", "USD", 1_050_000_000m, "Mirova Group", years: 2)));

        Assert.Equal(Decision.NewEvent, parent.Assignment.Decision);
    }

    [Fact]
    public void A_raise_whose_new_figure_the_extractor_missed_is_a_revision_not_a_rewrite()
    {
        const string raise =
            "Halvard raises investment in Breivika AI data centre to NOK 12 billion\n" +
            "Halvard Telecom ASA increased to NOK 12 billion the investment foreseen for the Breivika AI data centre near Tromso, " +
            "against the NOK 9.6 billion announced on Monday, after signing an anchor customer.";
        Assert.Equal(12_000_000_000m, StoryLead.NewLevel(raise[..raise.IndexOf('\n')], Capex.Extraction.FxTable.Default, 2026)!.Value.Amount.Value);
        Assert.Null(StoryLead.NewLevel("Halvard raises Breivika investment by NOK 2.4 billion", Capex.Extraction.FxTable.Default, 2026));

        var index = new EventIndex(Clusterer());
        var first = index.Add(Input("release", Release, Day, "halvard", Commit("halvard", "NOK", 9_600_000_000m, "Halvard Telecom ASA", 905_000_000m, 3)));
        // the extractor read the old figure as the commitment and missed the new one; two days later, inside the join window
        var later = index.Add(Input("raise", raise, Day.AddDays(2), "halvard", Commit("halvard", "NOK", 9_600_000_000m, "Halvard Telecom ASA", at: 150)));

        Assert.Equal(Decision.Revision, later.Assignment.Decision);
        Assert.Equal(first.Event.Id, later.Event.FollowsEventId);
    }

    [Fact]
    public void A_brief_without_a_figure_of_its_own_may_name_the_company_by_its_short_name()
    {
        const string release =
            "PT Halvard Nusantara (Persero) Tbk to invest Rp14 trillion in Batam data centre\n" +
            "PT Halvard Nusantara (Persero) Tbk will invest Rp14 trillion in a hyperscale data centre in Batam, the state telecom " +
            "company said on Tuesday.";
        const string brief =
            "Batam: Halvard Nusantara, Rp14 trillion, 2029\n" +
            "Halvard Nusantara's Batam hyperscale data centre: Rp14 trillion, 100 MW, in stages to 2029, state telecom company.";
        var names = new Dictionary<string, string>(Names) { ["PT Halvard Nusantara (Persero) Tbk"] = "halvard-id" };
        var index = new EventIndex(new EventClusterer(resolveName: n => names.GetValueOrDefault(n)));
        index.Add(Input("release", release, Day, "halvard-id", Commit("halvard-id", "IDR", 14_000_000_000_000m, "PT Halvard Nusantara (Persero) Tbk")));
        // no commitment and no announcer extracted
        var version = index.Add(Input("brief", brief, Day.AddHours(4), null));

        Assert.Equal(Decision.Join, version.Assignment.Decision);
    }

    [Fact]
    public void Wire_style_ownership_is_read_too()
    {
        Assert.Contains(new CompanyLink("Skyvault", "Halvard Telecom"), CompanyLinks.Find("Skyvault, Halvard Telecom's data-centre subsidiary, will build it.", null, null));
        Assert.Contains(new CompanyLink("Skyvault", "Halvard"), CompanyLinks.Find("Halvard unit Skyvault will build it.", null, null));
        Assert.Contains(new CompanyLink("Skyvault", "Halvard"), CompanyLinks.Find("The Halvard-owned Skyvault will build it.", null, null));
        Assert.Contains(new CompanyLink("Skyvault", "Halvard"), CompanyLinks.Find("Halvard's cloud unit, Skyvault, will build it.", null, null));
        Assert.Empty(CompanyLinks.Find("The state-owned operator will build it.", null, null));
    }

    [Fact]
    public void A_place_is_no_owner()
    {
        const string wire = "Norway's Skyvault to invest $900m in Tromso AI campus\n" +
                            "Norway's Skyvault will invest about $900m over three years in an 80-megawatt AI campus at Breivika near " +
                            "Tromso, running on hydropower, for research institutes, shipping companies and public agencies.";
        var input = Input("wire", wire, Day.AddHours(1), "x-skyvault", Commit("x-skyvault", "USD", 900_000_000m, "Skyvault", years: 3)) with
        {
            Locations = [new LocationEntity("Norway", "NO", LocationKind.Country, [new TextSpan(0, 6)])],
        };
        Assert.Contains(new CompanyLink("Skyvault", "Norway"), CompanyLinks.Find(wire, null, null));
        Assert.Empty(Clusterer().ProfileOf(input).Links);
    }

    [Fact]
    public void A_brief_states_its_figure_anywhere_in_its_few_lines()
    {
        const string brief =
            "Halvard: Breivika AI data centre\n" +
            "Halvard Telecom ASA is building an AI data centre at Breivika near Tromso, on hydropower, over three years.\n\n" +
            "Investment: NOK 9.6 billion.";
        var index = new EventIndex(Clusterer());
        index.Add(Input("release", Release, Day, "halvard", Commit("halvard", "NOK", 9_600_000_000m, "Halvard Telecom ASA", 905_000_000m, 3)));
        // no commitment extracted (no verb of spending); the figure is in its second paragraph
        var version = index.Add(Input("brief", brief, Day.AddHours(3), "halvard"));

        Assert.Equal(Decision.Join, version.Assignment.Decision);
        Assert.Equal("opening states the event's amount and names its company", version.Assignment.Reason);
    }
}
