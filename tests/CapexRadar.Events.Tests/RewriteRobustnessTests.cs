using CapexRadar.Domain;
using CapexRadar.Events;

namespace CapexRadar.Events.Tests;

/// <summary>
/// Rewrites that defeat a rule fitted to one wording, each against a look-alike that must stay apart (stories and companies
/// written for these tests): a verb of change in any of its forms ("scales back", "trimming", "shrinks"); a feature whose
/// first paragraph only sets the scene; a dateline's city taken for the spender; a story about a revision whose extracted
/// lead is the old figure.
/// </summary>
public sealed class RewriteRobustnessTests
{
    private static readonly DateTimeOffset Day = new(2027, 6, 8, 7, 0, 0, TimeSpan.Zero);

    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Tarn Compute"] = "tarn", ["Tarn"] = "tarn", ["Ostra Fibre"] = "ostra", ["Ostra"] = "ostra",
        ["Meranti Group"] = "meranti", ["Meranti"] = "meranti", ["Meranti Power"] = "meranti-power",
        ["Meranti Power Bhd"] = "meranti-power", ["Meranti Cement"] = "meranti-cement",
    };

    private static EventClusterer Clusterer() => new(resolveName: n => Names.GetValueOrDefault(n));

    private static TextSpan FirstSentence(string text)
    {
        var body = text[(text.IndexOf('\n', StringComparison.Ordinal) + 1)..];
        return new TextSpan(0, body.IndexOf(". ", StringComparison.Ordinal) + 1);
    }

    private static CapexFact Fact(string? company, string name, decimal amount, TextSpan evidence, CapexKind kind = CapexKind.Commitment) =>
        new(kind, company, name, new MoneyAmount("EUR", amount), null, new MoneyAmount("USD", amount * 1.1m), false, null, null,
            AmountQualifier.Exact, "", [], null, evidence);

    // ---- a verb of change in any of its forms

    [Theory]
    [InlineData("Tarn scales back Lyon campus to 2 billion euros", true)]
    [InlineData("Tarn scaled down its Lyon plan", true)]
    [InlineData("Tarn is scaling back the Lyon campus", true)]
    [InlineData("Tarn pares back Lyon budget", true)]
    [InlineData("Tarn shrinks its Lyon campus to 2 billion euros", true)]
    [InlineData("Tarn shrinking Lyon plan", true)]
    [InlineData("Tarn trimming Lyon plan", true)]
    [InlineData("Tarn enlarges Lyon campus plan", true)]
    [InlineData("Tarn slashed the Lyon budget", true)]
    [InlineData("Tarn tops up Lyon budget", true)]
    [InlineData("Tarn to build AI at scale in Lyon", false)]
    [InlineData("Tarn will scale up its AI business in Lyon", false)]
    [InlineData("Tarn's top executives visit Lyon", false)]
    [InlineData("Tarn to invest 2 billion euros in Lyon campus", false)]
    [InlineData("Tarn's scale back in Lyon", true)]
    public void A_verb_of_change_is_read_in_any_of_its_forms(string text, bool cue) => Assert.Equal(cue, RevisionCue.In(text));

    // ---- a feature whose first paragraph only sets the scene

    private const string Plan =
        "Tarn Compute to invest 2.4 billion euros in Lyon AI campus\n" +
        "Tarn Compute will invest 2.4 billion euros in an AI data centre campus near Lyon, the company said on Tuesday. " +
        "The campus will reach 180 megawatts by 2030.";

    private const string Feature =
        "Tarn Compute picks a former car plant for its servers\n" +
        "For forty years the hall at Venissieux built lorry engines. Its last shift ended in 2019, and the roof has leaked since.\n\n" +
        "Tarn Compute says turning it into an AI campus will cost 2.4 billion euros and need 180 megawatts of power by 2030.\n\n" +
        "Residents worry about noise from the cooling plant.";

    private const string OtherFeature =
        "Tarn Compute picks a former car plant for its servers\n" +
        "For forty years the hall at Venissieux built lorry engines. Its last shift ended in 2019, and the roof has leaked since.\n\n" +
        "Tarn Compute says turning it into an AI campus will cost 900 million euros and need 60 megawatts of power by 2030.\n\n" +
        "Residents worry about noise from the cooling plant.";

    [Fact]
    public void A_feature_stating_the_figure_in_its_second_paragraph_joins_and_another_figure_does_not()
    {
        var index = new EventIndex(Clusterer());
        var plan = index.Add(new EventInput("plan", Plan, Day, "src", null, "tarn", [Fact("tarn", "Tarn Compute", 2.4e9m, FirstSentence(Plan))], [], []));
        // the extractor found no commitment in either feature
        var feature = index.Add(new EventInput("feature", Feature, Day.AddHours(20), "src2", null, "tarn", [], [], []));
        var other = index.Add(new EventInput("other", OtherFeature, Day.AddHours(21), "src3", null, "tarn", [], [], []));

        Assert.Equal(plan.Event.Id, feature.Event.Id);
        Assert.NotEqual(plan.Event.Id, other.Event.Id);
    }

    [Fact]
    public void The_opening_is_the_headline_and_two_paragraphs()
    {
        var opening = StoryLead.Opening(Feature);
        Assert.Contains("2.4 billion euros", opening, StringComparison.Ordinal);
        Assert.DoesNotContain("Residents", opening, StringComparison.Ordinal);
    }

    // ---- a dateline's city taken for the spender

    [Theory]
    [InlineData("Head\nLyon, Jun 8 (Wire) Tarn Compute will invest.", "Lyon", true)]
    [InlineData("Head\nLYON, 8 June 2027 -- Tarn Compute will invest.", "LYON", true)]
    [InlineData("Head\nLyon, France, 8 June -- Tarn Compute will invest.", "Lyon", true)]
    [InlineData("Head\nLYON: Tarn Compute will invest.", "LYON", true)]
    [InlineData("Head\nLyon (Wire) - Tarn Compute will invest.", "Lyon", true)]
    [InlineData("Head\nTarn Compute will invest 2 billion euros.", "Tarn Compute", false)]
    [InlineData("Head\nTarn, the French operator, will invest.", "Tarn", false)]
    [InlineData("Head\nTarn Compute, Ostra Fibre and 3 others will invest.", "Tarn Compute", false)]
    public void A_dateline_is_the_place_and_date_before_the_first_sentence(string text, string name, bool dateline) =>
        Assert.Equal(dateline, StoryLead.IsDateline(text, name));

    private const string Dated =
        "Tarn Compute to invest 2.4 billion euros in Lyon AI campus\n" +
        "Lyon, Jun 8 (Wire) Tarn Compute will invest 2.4 billion euros in an AI data centre campus near the city, the company said. " +
        "The campus will reach 180 megawatts by 2030.";

    private const string OstraPlan =
        "Ostra Fibre to invest 2.4 billion euros in Lyon network\n" +
        "Lyon, Jun 8 (Wire) Ostra Fibre will invest 2.4 billion euros in a fibre ring around the city, the company said. " +
        "Work starts next year.";

    [Fact]
    public void The_spender_after_a_dateline_is_the_company_the_sentence_names()
    {
        var clusterer = Clusterer();
        // the extractor took the dateline's city for the subject
        var dated = new EventInput("dated", Dated, Day, "src", null, null, [Fact("x-lyon", "Lyon", 2.4e9m, FirstSentence(Dated))], [], []);
        Assert.Equal("tarn", clusterer.ProfileOf(dated).Lead!.CompanyId);

        var index = new EventIndex(clusterer);
        var plan = index.Add(new EventInput("plan", Plan, Day, "src", null, "tarn", [Fact("tarn", "Tarn Compute", 2.4e9m, FirstSentence(Plan))], [], []));
        var joined = index.Add(dated);
        // the same city opens another company's story with the same amount: two plans
        var ostra = index.Add(new EventInput("ostra", OstraPlan, Day.AddHours(1), "src", null, null,
            [Fact("x-lyon", "Lyon", 2.4e9m, FirstSentence(OstraPlan))], [], []));
        Assert.Equal(plan.Event.Id, joined.Event.Id);
        Assert.NotEqual(plan.Event.Id, ostra.Event.Id);
    }

    // ---- a story about a revision whose extracted lead is the old figure

    private const string Raise =
        "Tarn lifts Lyon campus budget to 3.1 billion euros\n" +
        "Tarn Compute has raised the planned investment in its Lyon AI campus to 3.1 billion euros from 2.4 billion euros, the company " +
        "said on Monday. Capacity rises to 240 megawatts.";

    private const string Analysis =
        "Tarn goes bigger in Lyon: what the top-up buys\n" +
        "Four months after committing 2.4 billion euros to Lyon, Tarn Compute has come back for more. The enlarged plan, 3.1 billion " +
        "euros, adds a second hall.\n\nThe risk is power.";

    private const string OtherAnalysis =
        "Tarn goes bigger in Lyon: what the top-up buys\n" +
        "Four months after committing 2.4 billion euros to Lyon, Tarn Compute has come back for more. The enlarged plan, 3.6 billion " +
        "euros, adds a second hall.\n\nThe risk is power.";

    [Fact]
    public void An_analysis_leading_with_the_old_figure_joins_the_revision_not_the_original()
    {
        var index = new EventIndex(Clusterer());
        var plan = index.Add(new EventInput("plan", Plan, Day, "src", null, "tarn", [Fact("tarn", "Tarn Compute", 2.4e9m, FirstSentence(Plan))], [], []));
        var raise = index.Add(new EventInput("raise", Raise, Day.AddDays(2), "src", null, "tarn",
            [Fact("tarn", "Tarn Compute", 3.1e9m, FirstSentence(Raise)), Fact("tarn", "Tarn Compute", 2.4e9m, FirstSentence(Raise), CapexKind.PriorTarget)], [], []));
        // (the original is still within the join window, and the analysis's extracted lead is its figure)
        // the extractor read the old figure as the analysis's commitment
        var analysis = index.Add(new EventInput("analysis", Analysis, Day.AddDays(2).AddHours(5), "src2", null, "tarn",
            [Fact("tarn", "Tarn", 2.4e9m, FirstSentence(Analysis))], [], []));

        Assert.Equal(Decision.Revision, raise.Assignment.Decision);
        Assert.Equal(raise.Event.Id, analysis.Event.Id);
        Assert.Equal(plan.Event.Id, analysis.Event.FollowsEventId);
    }

    [Fact]
    public void An_analysis_stating_another_new_figure_joins_neither_revision()
    {
        var index = new EventIndex(Clusterer());
        var plan = index.Add(new EventInput("plan", Plan, Day, "src", null, "tarn", [Fact("tarn", "Tarn Compute", 2.4e9m, FirstSentence(Plan))], [], []));
        var raise = index.Add(new EventInput("raise", Raise, Day.AddDays(120), "src", null, "tarn",
            [Fact("tarn", "Tarn Compute", 3.1e9m, FirstSentence(Raise)), Fact("tarn", "Tarn Compute", 2.4e9m, FirstSentence(Raise), CapexKind.PriorTarget)], [], []));
        var other = index.Add(new EventInput("other", OtherAnalysis, Day.AddDays(120).AddHours(5), "src2", null, "tarn",
            [Fact("tarn", "Tarn", 2.4e9m, FirstSentence(OtherAnalysis))], [], []));

        Assert.Equal(Decision.Revision, raise.Assignment.Decision);
        Assert.NotEqual(raise.Event.Id, other.Event.Id);
        Assert.NotEqual(plan.Event.Id, other.Event.Id);
    }

    // ---- a group's unnamed arm as the spender

    [Theory]
    [InlineData("The Meranti Group's power arm will pour RM5bil into its park.", "Meranti Group", "power")]
    [InlineData("Meranti Group's green power unit will invest RM5 billion.", "Meranti Group", "green power")]
    [InlineData("The Meranti Group's data-centre business will spend RM5 billion.", "Meranti Group", "data centre")]
    [InlineData("The Meranti Group's chairman said it would invest RM5 billion.", "Meranti Group", "")]
    [InlineData("Meranti Group will invest RM5 billion through its arm.", "Meranti Group", "")]
    public void An_unnamed_arm_is_described_by_the_words_between_the_possessive_and_its_unit_noun(string sentence, string owner, string words) =>
        Assert.Equal(words, string.Join(' ', StoryLead.ArmWords(sentence, owner)));

    private const string PowerPlan =
        "Meranti Power to invest RM5 billion in Kedah data centre park\n" +
        "Meranti Power Bhd will invest RM5 billion to expand its data centre park in Kedah to 300MW by 2030, the utility said on Monday. " +
        "Parent Meranti Group's shares rose.";

    private const string ArmStory =
        "Kedah park gets another boost\n" +
        "The Meranti Group's power arm will pour RM5bil into its data centre park in Kedah, state officials said. " +
        "Meranti Cement, another unit, supplies the concrete.\n\nMeranti Power said 900 workers would be needed.";

    private const string CementStory =
        "Meranti cement arm to spend RM5 billion on Kedah kilns\n" +
        "The Meranti Group's cement arm will spend RM5 billion on two kilns in Kedah, state officials said. " +
        "Meranti Power, another unit, will supply the electricity.\n\nMeranti Cement said 400 workers would be needed.";

    [Fact]
    public void A_groups_arm_is_the_unit_the_story_names_with_the_arms_word_and_another_arm_stays_apart()
    {
        var clusterer = Clusterer();
        CapexFact Group(string text) => Fact("meranti", "Meranti Group", 5e9m, FirstSentence(text)) with
            { Amount = new MoneyAmount("MYR", 5e9m), AmountUsd = new MoneyAmount("USD", 1.1e9m) };
        var arm = new EventInput("arm", ArmStory, Day.AddHours(20), "src2", null, "meranti", [Group(ArmStory)], [], []);
        var cement = new EventInput("cement", CementStory, Day.AddHours(21), "src3", null, "meranti", [Group(CementStory)], [], []);
        Assert.Equal("meranti-power", clusterer.ProfileOf(arm).Lead!.CompanyId);
        Assert.Equal("meranti-cement", clusterer.ProfileOf(cement).Lead!.CompanyId);

        var index = new EventIndex(clusterer);
        var plan = index.Add(new EventInput("plan", PowerPlan, Day, "src", null, "meranti-power",
            [Fact("meranti-power", "Meranti Power Bhd", 5e9m, FirstSentence(PowerPlan)) with
                { Amount = new MoneyAmount("MYR", 5e9m), AmountUsd = new MoneyAmount("USD", 1.1e9m) }], [], []));
        Assert.Equal(plan.Event.Id, index.Add(arm).Event.Id);
        Assert.NotEqual(plan.Event.Id, index.Add(cement).Event.Id);
    }

    // ---- a consortium's plan credited to different partners; the lead partner's own plan elsewhere

    [Theory]
    [InlineData("A consortium of Harrow Infrastructure Partners, Pacifica Pension Fund and Orchard Capital will invest $12 billion.",
        "Pacifica Pension Fund", "Harrow Infrastructure Partners|Pacifica Pension Fund|Orchard Capital")]
    [InlineData("The campus will be built by Harrow Infrastructure Partners and Orchard Capital, the state said.",
        "Orchard Capital", "Harrow Infrastructure Partners|Orchard Capital")]
    [InlineData("Harrow Infrastructure Partners will invest $12 billion in Texas, the investor said.", "Harrow Infrastructure Partners", "")]
    [InlineData("Harrow Infrastructure Partners, the investor, will invest $12 billion.", "Harrow Infrastructure Partners", "")]
    public void A_spender_written_in_a_list_of_names_has_those_names_as_partners(string sentence, string name, string partners) =>
        Assert.Equal(partners, string.Join('|', StoryLead.Partners(sentence, name)));

    private static readonly DateTimeOffset Monday = new(2027, 9, 6, 13, 0, 0, TimeSpan.Zero);

    private static CapexFact Usd(string? id, string name, decimal amount, string text) =>
        new(CapexKind.Commitment, id, name, new MoneyAmount("USD", amount), null, new MoneyAmount("USD", amount), true, null, null,
            AmountQualifier.Exact, "", [], null, FirstSentence(text));

    private static EventInput Story(string id, string text, DateTimeOffset at, CapexFact fact, params (string Name, string Country, LocationKind Kind)[] places)
    {
        var body = text[(text.IndexOf('\n', StringComparison.Ordinal) + 1)..];
        var locations = places.Select(p =>
        {
            var i = body.IndexOf(p.Name, StringComparison.Ordinal);
            return new LocationEntity(p.Name, p.Country, p.Kind, [new TextSpan(i, i + p.Name.Length)]);
        }).ToList();
        return new EventInput(id, text, at, "src-" + id, null, null, [fact], [], []) { Locations = locations };
    }

    private const string Consortium =
        "Consortium to invest $12 billion in Ohio AI campus\n" +
        "A consortium of Harrow Infrastructure Partners, Pacifica Pension Fund and Orchard Capital will invest $12 billion in a one-gigawatt AI campus near Columbus, Ohio, the partners said. " +
        "Construction begins in 2028.";

    private const string StateStory =
        "Ohio lands $12 billion AI campus from investor trio\n" +
        "The governor welcomed a $12 billion AI campus near Columbus to be built by Harrow Infrastructure Partners, Pacifica Pension Fund and Orchard Capital. " +
        "The one-gigawatt campus will create 1,500 construction jobs in Ohio.";

    private const string Texas =
        "Harrow Infrastructure to invest $12 billion in Texas fibre and power\n" +
        "Harrow Infrastructure Partners will invest $12 billion in fibre networks and power lines in Texas over five years, the investor said. " +
        "The plan is separate from its Ohio campus venture with Pacifica Pension Fund and Orchard Capital.";

    [Fact]
    public void A_consortium_credited_to_two_partners_is_one_event_and_a_partners_plan_in_another_state_is_not()
    {
        var index = new EventIndex(Clusterer());
        var ohio = ("Ohio", "US", LocationKind.Region);
        var texas = ("Texas", "US", LocationKind.Region);
        var columbus = ("Columbus", "US", LocationKind.City);
        // each extractor run credited the figure to another partner
        var pr = index.Add(Story("pr", Consortium, Monday, Usd(null, "Pacifica Pension Fund", 12e9m, Consortium), columbus, ohio));
        var state = index.Add(Story("state", StateStory, Monday.AddHours(20), Usd(null, "Harrow Infrastructure Partners", 12e9m, StateStory), columbus, ohio));
        var other = index.Add(Story("texas", Texas, Monday.AddDays(2), Usd(null, "Harrow Infrastructure Partners", 12e9m, Texas), texas, ohio));

        Assert.Equal(pr.Event.Id, state.Event.Id);
        Assert.NotEqual(pr.Event.Id, other.Event.Id);
    }

    [Theory]
    [InlineData("Harrow to invest $12 billion in Ohio AI campus", "us:ohio")]
    [InlineData("Ohio lands $12 billion AI campus", "")]
    [InlineData("Amazon's $10B bet lands in Edgecombe County", "")]
    public void A_headline_names_a_state_as_the_site_after_a_locative_preposition(string headline, string regions)
    {
        var places = new List<LocationEntity>
        {
            new("Ohio", "US", LocationKind.Region, [new TextSpan(0, 4)]),
            new("Edgecombe County", "US", LocationKind.Region, [new TextSpan(0, 16)]),
        };
        Assert.Equal(regions, string.Join('|', PlanSite.HeadlineRegions(headline, places)));
    }

    [Theory]
    [InlineData("us:ohio", "us:texas", true)]
    [InlineData("us:ohio", "us:ohio|us:indiana", false)]
    [InlineData("us:ohio", "br:bahia", false)]
    [InlineData("us:ohio", "", false)]
    public void Two_headlines_naming_states_of_one_country_and_none_in_common_are_two_sites(string a, string b, bool conflict) =>
        Assert.Equal(conflict, PlanSite.RegionsConflict(a.Split('|', StringSplitOptions.RemoveEmptyEntries),
            b.Split('|', StringSplitOptions.RemoveEmptyEntries)));
}
