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
