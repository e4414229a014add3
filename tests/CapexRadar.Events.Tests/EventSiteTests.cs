using CapexRadar.Domain;
using CapexRadar.Events;

namespace CapexRadar.Events.Tests;

/// <summary>
/// The site of an event, not of one member: a rewrite that names no place stands where its event's other stories put the
/// same figure, so a parent's plan of the same size in another country (or another state) does not join through it; and
/// the regions a lead sentence names as its own site, not another plan's it mentions. Stories and companies written for
/// these tests (hand-made facts; text "headline\nbody", spans in the body).
/// </summary>
public sealed class EventSiteTests
{
    private static readonly DateTimeOffset Monday = new(2028, 4, 3, 8, 0, 0, TimeSpan.Zero);

    private static readonly Dictionary<string, string> Parents = new(StringComparer.Ordinal)
    {
        ["veld"] = "koppel", ["suryan"] = "mahadev",
    };

    private static EventClusterer Clusterer() => new(parentOf: id => Parents.GetValueOrDefault(id));

    private static TextSpan FirstSentence(string text)
    {
        var body = text[(text.IndexOf('\n', StringComparison.Ordinal) + 1)..];
        return new TextSpan(0, body.IndexOf(". ", StringComparison.Ordinal) + 1);
    }

    private static EventInput Story(string id, string text, DateTimeOffset at, string company, string name, string currency,
        decimal amount, decimal usd, params (string Name, string Country, LocationKind Kind)[] places)
    {
        var body = text[(text.IndexOf('\n', StringComparison.Ordinal) + 1)..];
        var locations = places.Select(p =>
        {
            var i = body.IndexOf(p.Name, StringComparison.Ordinal);
            return new LocationEntity(p.Name, p.Country, p.Kind, i < 0 ? [] : [new TextSpan(i, i + p.Name.Length)]);
        }).ToList();
        var fact = new CapexFact(CapexKind.Commitment, company, name, new MoneyAmount(currency, amount), null,
            new MoneyAmount("USD", usd), currency != "USD", null, null, AmountQualifier.Exact, "", [], null, FirstSentence(text));
        return new EventInput(id, text, at, "src-" + id, null, company, [fact], [], []) { Locations = locations };
    }

    // ---- a unit's plan at home, told with and without its site; the parent's plan of the same dollar value abroad

    private const string Release =
        "Veld Data announces R54 billion data centre programme\n" +
        "Veld Data will invest R54 billion over five years to expand its data centre campuses in Cape Town, the company said. " +
        "The programme adds 200 megawatts for cloud and AI customers.";

    private const string Wire =
        "Koppel's Veld Data to spend 54 bln rand on data centres\n" +
        "Veld Data, the data centre operator owned by Koppel Realty, will invest 54 billion rand ($2.9 billion) over five years, it said. " +
        "The programme adds 200 megawatts for cloud and AI customers, the data centre operator said.";

    private const string ParentAbroad =
        "Koppel Realty to invest $2.9 billion in Frankfurt data centre campus\n" +
        "Koppel Realty will invest $2.9 billion in a data centre campus in Frankfurt, the company said. " +
        "The campus adds 180 megawatts for cloud and AI customers, Koppel Realty said.";

    private const string Local =
        "Data centre group to spend R54bn outside Cape Town\n" +
        "Veld Data will spend R54bn on data centre campuses outside Cape Town over the next five years, the operator said. " +
        "Its chief executive said cloud and AI customers had signed up for most of the 200 megawatts.";

    [Fact]
    public void A_rewrite_without_a_site_stands_where_its_event_puts_the_figure()
    {
        var index = new EventIndex(Clusterer());
        var release = index.Add(Story("release", Release, Monday, "veld", "Veld Data", "ZAR", 54e9m, 2.9e9m, ("Cape Town", "ZA", LocationKind.City)));
        var wire = index.Add(Story("wire", Wire, Monday.AddHours(2), "veld", "Veld Data", "ZAR", 54e9m, 2.9e9m));
        var parent = index.Add(Story("parent", ParentAbroad, Monday.AddDays(2), "koppel", "Koppel Realty", "USD", 2.9e9m, 2.9e9m,
            ("Frankfurt", "DE", LocationKind.City)));
        var local = index.Add(Story("local", Local, Monday.AddDays(1), "veld", "Veld Data", "ZAR", 54e9m, 2.9e9m, ("Cape Town", "ZA", LocationKind.City)));

        Assert.Equal(release.Event.Id, wire.Event.Id);
        Assert.Equal(release.Event.Id, local.Event.Id);
        // the parent's plan shares enough words with the siteless wire to join it as a rewrite: only the event's site keeps it apart
        Assert.True(TextSignature.Compute(ParentAbroad).Containment(TextSignature.Compute(Wire)) >= new EventOptions().MinSimilarityWithSharedFact);
        Assert.NotEqual(release.Event.Id, parent.Event.Id);
    }

    [Fact]
    public void A_siteless_unit_of_a_foreign_owner_stating_its_own_currency_plans_at_home_whatever_comes_first()
    {
        // the wire comes first and names no site; the parent's plan of the same dollar value abroad comes next, sharing enough
        // words with it to join as a rewrite: only the rand (the unit's own currency, its owner's is the dollar) places the plan
        var countries = new Dictionary<string, string> { ["veld"] = "ZA", ["koppel"] = "US" };
        var index = new EventIndex(new EventClusterer(parentOf: id => Parents.GetValueOrDefault(id), countryOf: countries.GetValueOrDefault));
        var wire = index.Add(Story("wire", Wire, Monday, "veld", "Veld Data", "ZAR", 54e9m, 2.9e9m));
        var parent = index.Add(Story("parent", ParentAbroad, Monday.AddHours(2), "koppel", "Koppel Realty", "USD", 2.9e9m, 2.9e9m,
            ("Frankfurt", "DE", LocationKind.City)));
        var release = index.Add(Story("release", Release, Monday.AddHours(3), "veld", "Veld Data", "ZAR", 54e9m, 2.9e9m, ("Cape Town", "ZA", LocationKind.City)));

        Assert.True(TextSignature.Compute(ParentAbroad).Containment(TextSignature.Compute(Wire)) >= new EventOptions().MinSimilarityWithSharedFact);
        Assert.NotEqual(wire.Event.Id, parent.Event.Id);
        Assert.Equal(wire.Event.Id, release.Event.Id);
    }

    // ---- one country, two states: the lead sentence names the unit's state, the parent's plan is in another

    private const string UnitPlan =
        "Suryan Digital to invest Rs 12,000 crore in AI data centre\n" +
        "Suryan Digital will invest ₹12,000 crore to build an AI data centre at Jamnagar, Gujarat, the company said. " +
        "The centre will run on solar power from the group's plants.";

    private const string UnitWire =
        "Mahadev's Suryan to spend 120 bln rupees on AI data centre\n" +
        "Suryan Digital, the digital unit of Mahadev Industries, will spend 120 billion rupees on an AI data centre in Jamnagar, the company said. " +
        "The centre will run on solar power from the group's plants.";

    private const string ParentOtherState =
        "Mahadev Industries commits Rs 12,000 crore to biogas plants\n" +
        "Mahadev Industries will invest ₹12,000 crore in biogas plants across Andhra Pradesh over three years, the state said. " +
        "The plants will run on farm waste from the group's partners.";

    private const string UnitRewriteInState =
        "Gujarat gets Rs 12,000-crore AI data centre\n" +
        "Suryan Digital will put Rs 12,000 crore into an AI data centre in Gujarat, state officials said on Monday. " +
        "It will run on solar power from the group's plants.";

    [Fact]
    public void A_parents_plan_of_the_same_size_in_another_state_stays_apart_and_a_rewrite_in_the_state_joins()
    {
        var index = new EventIndex(Clusterer());
        var gujarat = ("Gujarat", "IN", LocationKind.Region);
        var jamnagar = ("Jamnagar", "IN", LocationKind.City);
        var plan = index.Add(Story("plan", UnitPlan, Monday, "suryan", "Suryan Digital", "INR", 120e9m, 1.44e9m, jamnagar, gujarat));
        var wire = index.Add(Story("wire", UnitWire, Monday.AddHours(1), "suryan", "Suryan Digital", "INR", 120e9m, 1.44e9m, jamnagar));
        var other = index.Add(Story("biogas", ParentOtherState, Monday.AddDays(2), "mahadev", "Mahadev Industries", "INR", 120e9m, 1.44e9m,
            ("Andhra Pradesh", "IN", LocationKind.Region)));
        var rewrite = index.Add(Story("rewrite", UnitRewriteInState, Monday.AddDays(1), "suryan", "Suryan Digital", "INR", 120e9m, 1.44e9m, gujarat));

        Assert.Equal(plan.Event.Id, wire.Event.Id);
        Assert.Equal(plan.Event.Id, rewrite.Event.Id);
        Assert.NotEqual(plan.Event.Id, other.Event.Id);
    }

    [Theory]
    [InlineData("Suryan will invest ₹12,000 crore to build an AI data centre at Jamnagar, Gujarat.", "in:gujarat")]
    [InlineData("Mahadev will invest ₹12,000 crore in 500 biogas plants across Andhra Pradesh over three years.", "in:andhra pradesh")]
    [InlineData("Ohio-based Tarn will invest $12 billion in an AI campus in Texas.", "us:texas")]
    [InlineData("Tarn will invest $12 billion in an AI campus, two days after rival Orla unveiled one in Texas.", "")]
    [InlineData("Tarn will invest $12 billion in an AI campus following Orla's campus in Texas.", "")]
    [InlineData("Tarn will invest $12 billion in an AI campus, larger than the one planned in Texas.", "")]
    [InlineData("Tarn will invest $12 billion in Shackelford County, the company said.", "")]
    [InlineData("Tarn will invest $12 billion in Eldorado do Sul, in the Metropolitan Region of Porto Alegre.", "")]
    public void A_lead_sentence_names_a_region_as_its_own_site_before_it_turns_to_another_plan(string sentence, string regions)
    {
        var text = "Headline\n" + sentence;
        var places = new List<LocationEntity>();
        foreach (var (name, country) in new[]
                 {
                     ("Gujarat", "IN"), ("Andhra Pradesh", "IN"), ("Texas", "US"), ("Ohio", "US"), ("Shackelford County", "US"),
                     ("Metropolitan Region", "BR"),
                 })
        {
            var i = sentence.IndexOf(name, StringComparison.Ordinal);
            if (i >= 0) places.Add(new LocationEntity(name, country, LocationKind.Region, [new TextSpan(i, i + name.Length)]));
        }
        Assert.Equal(regions, string.Join('|', PlanSite.LeadRegions(text, places, new TextSpan(0, sentence.Length))));
    }
}

/// <summary>
/// Revisions a reader sees that the extractor's facts do not carry: an opening that says the plan changed and restates the
/// earlier figure with a currency word the recognizer does not read ("extending the 95 billion crown plan"), and the next
/// year's budget, which compares itself with this year's but revises nothing. Stories written for these tests.
/// </summary>
public sealed class RestatedRevisionTests
{
    private static readonly DateTimeOffset First = new(2029, 9, 3, 8, 0, 0, TimeSpan.Zero);

    private static TextSpan FirstSentence(string text)
    {
        var body = text[(text.IndexOf('\n', StringComparison.Ordinal) + 1)..];
        return new TextSpan(0, body.IndexOf(". ", StringComparison.Ordinal) + 1);
    }

    private static EventInput Story(string id, string text, DateTimeOffset at, decimal amount, int? fiscalYear = null) =>
        new(id, text, at, "src-" + id, null, "tarn",
            [new CapexFact(CapexKind.Commitment, "tarn", "Tarn Compute", new MoneyAmount("SEK", amount), null,
                new MoneyAmount("USD", amount / 10.5m), false, null, fiscalYear, AmountQualifier.Exact, "", [], null, FirstSentence(text))], [], []);

    private const string Plan =
        "Tarn Compute to invest 95 billion kronor in Strängnäs AI centre\n" +
        "Tarn Compute will invest 95 billion kronor in a data centre for artificial intelligence in Strängnäs, the company said. " +
        "The first halls open in 2031.";

    private const string Extension =
        "Tarn Compute extends Strängnäs AI plan to 120 billion crowns\n" +
        "Tarn Compute will invest 120 billion Swedish crowns in its Strängnäs data centre for artificial intelligence, extending the 95 billion crown plan it announced a year ago, the company said. " +
        "A second phase adds 300 megawatts.";

    private const string SecondCampus =
        "Tarn Compute to build 120 billion crown AI centre in Luleå\n" +
        "Tarn Compute will invest 120 billion Swedish crowns in a new data centre for artificial intelligence in Luleå, beside the 95 billion crown centre it is building in Strängnäs, the company said. " +
        "The first halls open in 2033.";

    [Theory]
    [InlineData("new")]
    [InlineData("old, new")]
    [InlineData("old")]
    public void An_opening_that_says_the_plan_changed_and_restates_its_figure_revises_it(string extracted)
    {
        var index = new EventIndex(new EventClusterer());
        var plan = index.Add(Story("plan", Plan, First, 95e9m));
        // the extractor may keep the new level, the restated old one first in the sentence's order, or only the old one: the
        // headline's "to 120 billion crowns" (a money word it cannot place in a country) still states the new level
        var facts = extracted.Split(", ").Select(f => Story(f, Extension, First, f == "old" ? 95e9m : 120e9m).Capex[0]).ToList();
        var added = index.Add(Story("extension", Extension, First.AddDays(370), 120e9m) with { Capex = facts });
        Assert.Equal(plan.Event.Id, added.Event.FollowsEventId);
    }

    [Fact]
    public void Another_plan_that_only_mentions_the_earlier_figure_revises_nothing()
    {
        var index = new EventIndex(new EventClusterer());
        var plan = index.Add(Story("plan", Plan, First, 95e9m));
        var second = index.Add(Story("second", SecondCampus, First.AddDays(370), 120e9m));
        Assert.NotEqual(plan.Event.Id, second.Event.Id);
        Assert.Null(second.Event.FollowsEventId);
    }

    private const string Budget =
        "Tarn Compute sets 2028 investment budget at 14 billion kronor\n" +
        "Tarn Compute expects to invest 14 billion kronor in 2028, as it builds data centres for artificial intelligence, the company said. " +
        "Most of it goes to Strängnäs.";

    private const string NextBudget =
        "Tarn Compute raises budget to 15 billion kronor for 2029\n" +
        "Tarn Compute plans to invest 15 billion kronor in 2029, compared with a budget of 14 billion kronor for 2028, as it builds data centres for artificial intelligence, the company said. " +
        "Most of it goes to Strängnäs.";

    private const string RaisedBudget =
        "Tarn Compute raises 2028 budget to 15 billion kronor\n" +
        "Tarn Compute raised its 2028 investment budget to 15 billion kronor from the 14 billion kronor it set in January, as it builds data centres for artificial intelligence, the company said. " +
        "Most of it goes to Strängnäs.";

    [Fact]
    public void Next_years_budget_compared_with_this_years_is_no_revision_and_a_raise_of_this_years_is()
    {
        var index = new EventIndex(new EventClusterer());
        var budget = index.Add(Story("budget", Budget, First, 14e9m, 2028));
        var next = index.Add(Story("next", NextBudget, First.AddDays(365), 15e9m, 2029));
        Assert.NotEqual(budget.Event.Id, next.Event.Id);
        Assert.Null(next.Event.FollowsEventId);

        var again = new EventIndex(new EventClusterer());
        var first = again.Add(Story("budget", Budget, First, 14e9m, 2028));
        var raised = again.Add(Story("raised", RaisedBudget, First.AddDays(150), 15e9m, 2028));
        Assert.Equal(first.Event.Id, raised.Event.FollowsEventId);
    }
}
