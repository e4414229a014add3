using CapexRadar.Domain;
using CapexRadar.Events;

namespace CapexRadar.Events.Tests;

/// <summary>
/// Who spends, when the extractor credited the figure to something else: a common noun that opens the sentence
/// ("Analysts were positive on X's plan…"), a short name where the text writes a brand after it ("Tamsin lumen" read as
/// "Tamsin"), a research note whose announcer is a supplier it names. And the look-alikes those rules must keep apart.
/// Stories and companies written for these tests (hand-made facts; text "headline\nbody", spans in the body).
/// </summary>
public sealed class SpenderTests
{
    private static readonly DateTimeOffset Day = new(2026, 6, 1, 6, 0, 0, TimeSpan.Zero);

    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Halvard Power"] = "halvard", ["Halvard"] = "halvard", ["Corvan Steel"] = "corvan", ["Corvan Holdings"] = "corvan", ["Corvan"] = "corvan",
        ["Tamsin"] = "tamsin-group", ["Tamsin Group"] = "tamsin-group", ["Tamsin Lumen"] = "tamsin-lumen",
        ["Kestrel Semiconductor"] = "kestrel", ["Kestrel"] = "kestrel", ["Wonder Tools"] = "wonder", ["Corvan Chips"] = "corvan-chips",
    };

    private static EventClusterer Clusterer() => new(resolveName: n => Names.GetValueOrDefault(n));

    /// <summary>The span of the body's first sentence.</summary>
    private static TextSpan FirstSentence(string text)
    {
        var body = text[(text.IndexOf('\n', StringComparison.Ordinal) + 1)..];
        return new TextSpan(0, body.IndexOf(". ", StringComparison.Ordinal) + 1);
    }

    private static CapexFact Commit(string? company, string name, string currency, decimal amount, decimal usd, TextSpan evidence,
        int? years = null, CapexKind kind = CapexKind.Commitment) =>
        new(kind, company, name, new MoneyAmount(currency, amount), null, new MoneyAmount("USD", usd), currency != "USD", years, null,
            AmountQualifier.Exact, kind == CapexKind.Forecast ? "global" : "", [], null, evidence);

    private static EventInput Story(string id, string text, DateTimeOffset at, string? announcer, CapexFact[] capex, params MarketMove[] moves) =>
        new(id, text, at, "src-" + id, null, announcer, capex, [], moves);

    private static MarketMove Move(string id, string name, double pct) =>
        new(id, name, null, pct, MoveDirection.Up, MoveQualifier.Close, null, MoveRelation.Self, new TextSpan(0, 1));

    // ---- a common noun credited with the figure

    private const string Halvard =
        "Halvard Power to invest $6 billion in solar-powered AI campus\n" +
        "Halvard Power will invest $6 billion over three years in a solar-powered AI campus in Gujarat, the company said on Monday. " +
        "The first 200 megawatts are due in 2027.";

    private const string Analysts =
        "Halvard's $6bn AI bet: what the analysts are saying\n" +
        "Analysts were broadly positive on Halvard Power's plan to spend $6 billion over three years on a solar-powered AI campus in Gujarat, though several flagged the strain on cash flow. " +
        "One brokerage raised its target price.";

    private const string AnalystsOnCorvan =
        "Corvan's $6bn mill: what the analysts are saying\n" +
        "Analysts were broadly positive on Corvan Steel's plan to spend $6 billion over three years on a green steel mill in Gujarat, though several flagged the strain on cash flow. " +
        "One brokerage raised its target price.";

    private const string Reaction =
        "Halvard jumps after AI campus plan\n" +
        "Strategists said the $6 billion AI campus over three years would lift earnings from 2028 onwards, and strategists at two banks raised their targets. " +
        "Halvard Power shares closed 4.1% higher.";

    [Fact]
    public void A_story_crediting_its_figure_to_the_analysts_joins_the_plan_of_the_company_they_discuss()
    {
        var index = new EventIndex(Clusterer());
        index.Add(Story("pr", Halvard, Day, "halvard", [Commit("halvard", "Halvard Power", "USD", 6e9m, 6e9m, FirstSentence(Halvard), 3)]));
        var notes = index.Add(Story("notes", Analysts, Day.AddHours(20), "x-analysts",
            [Commit("x-analysts", "Analysts", "USD", 6e9m, 6e9m, FirstSentence(Analysts), 3)]));

        Assert.Equal(Decision.Join, notes.Assignment.Decision);
        Assert.All(notes.Event.Facts, f => Assert.Equal("halvard", f.CompanyId)); // no fact of "Analysts"
    }

    [Fact]
    public void The_analysts_on_another_companys_plan_of_the_same_size_are_another_event()
    {
        var index = new EventIndex(Clusterer());
        index.Add(Story("pr", Halvard, Day, "halvard", [Commit("halvard", "Halvard Power", "USD", 6e9m, 6e9m, FirstSentence(Halvard), 3)]));
        var corvan = index.Add(Story("corvan", AnalystsOnCorvan, Day.AddHours(20), "x-analysts",
            [Commit("x-analysts", "Analysts", "USD", 6e9m, 6e9m, FirstSentence(AnalystsOnCorvan), 3)]));

        Assert.Equal(Decision.NewEvent, corvan.Assignment.Decision);
        Assert.Equal("corvan", corvan.Event.Facts.Single().CompanyId);
    }

    [Fact]
    public void Without_a_named_plan_the_company_whose_shares_moved_spends()
    {
        // "Strategists" is in no word list: the text writes "strategists" in lower case, so it is a common noun
        var index = new EventIndex(Clusterer());
        index.Add(Story("pr", Halvard, Day, "halvard", [Commit("halvard", "Halvard Power", "USD", 6e9m, 6e9m, FirstSentence(Halvard), 3)]));
        var reaction = index.Add(Story("mkt", Reaction, Day.AddHours(8), "x-strategists",
            [Commit("x-strategists", "Strategists", "USD", 6e9m, 6e9m, FirstSentence(Reaction), 3)], Move("halvard", "Halvard Power", 4.1)));

        Assert.Equal(Decision.Join, reaction.Assignment.Decision);
    }

    [Theory]
    [InlineData("Brokers cheered Halvard Power's plan to spend $6 billion on the campus.", "halvard")]
    [InlineData("Investors welcomed Halvard's $6 billion investment.", "halvard")]
    [InlineData("Brokerages were broadly positive on Corvan Holdings' plan to spend $6 billion.", "corvan")]
    [InlineData("Analysts said Halvard Power's shares could rise after the plan.", null)] // shares are no plan
    [InlineData("Analysts doubt the plan of Halvard Power.", null)]
    public void The_owner_of_a_plan_is_the_name_before_its_possessive(string sentence, string? owner) =>
        Assert.Equal(owner, StoryLead.PlanOwner(sentence, n => Names.GetValueOrDefault(n))?.Id);

    // ---- a brand written after a short name

    private const string Lumen =
        "Tamsin lumen to invest 9 trillion won in second fab\n" +
        "Tamsin lumen said Thursday it will invest 9 trillion won to build the second fab at its Ochang cluster, with completion targeted for 2029. " +
        "The board approved the plan on Wednesday.";

    private const string LumenWire =
        "Tamsin Lumen matches rival with $6.2 billion fab plan\n" +
        "Tamsin Lumen Inc will invest 9 trillion won ($6.2 billion) in a second chip plant at its Ochang cluster, the company said on Thursday. " +
        "The memory maker said the fab would be completed in 2029.";

    private const string GroupBattery =
        "Tamsin to invest 9 trillion won in battery plant\n" +
        "Tamsin said on Friday it will invest 9 trillion won in a battery cell plant for electric cars at a new industrial park. " +
        "The group's chemicals arm will run it.";

    [Fact]
    public void A_brand_written_after_a_short_name_is_the_spender()
    {
        var index = new EventIndex(Clusterer());
        index.Add(Story("local", Lumen, Day, "tamsin-group", [Commit("tamsin-group", "Tamsin", "KRW", 9e12m, 6.2e9m, FirstSentence(Lumen))]));
        var wire = index.Add(Story("wire", LumenWire, Day.AddHours(3), "tamsin-lumen",
            [Commit("tamsin-lumen", "Tamsin Lumen Inc", "KRW", 9e12m, 6.2e9m, FirstSentence(LumenWire))]));

        Assert.Equal(Decision.Join, wire.Assignment.Decision);
        Assert.All(wire.Event.Facts, f => Assert.Equal("tamsin-lumen", f.CompanyId));

        // the group's own plan keeps the group: no longer name follows "Tamsin" there
        var battery = new EventIndex(Clusterer()).Add(Story("battery", GroupBattery, Day.AddDays(1), "tamsin-group",
            [Commit("tamsin-group", "Tamsin", "KRW", 9e12m, 6.2e9m, FirstSentence(GroupBattery))]));
        Assert.Equal("tamsin-group", battery.Event.Facts.Single().CompanyId);
    }

    [Theory]
    [InlineData("Tamsin lumen said it will invest.", "Tamsin", "tamsin-lumen")]
    [InlineData("Tamsin said it will invest.", "Tamsin", null)]
    [InlineData("Tamsin, the group, will invest.", "Tamsin", null)]
    public void A_longer_name_the_knowledge_base_knows(string sentence, string name, string? id) =>
        Assert.Equal(id, StoryLead.LongerName(sentence, name, n => Names.GetValueOrDefault(n))?.Id);

    // ---- a research note whose announcer is a supplier

    private const string Kestrel =
        "Kestrel Semiconductor to spend 9 trillion won on new DRAM line\n" +
        "Kestrel Semiconductor will spend 9 trillion won through 2030 on a new DRAM line at its Icheon campus, the company said. " +
        "Mass production is due in 2028.";

    private const string Note =
        "Kestrel Semiconductor (1234 KS): line go-ahead at W9tn - positive read-across to equipment names\n" +
        "Event: Kestrel's board approved the new DRAM line at Icheon with a total budget of W9tn through 2030. " +
        "Read-across: positive for Wonder Tools and its peers. Maintain Buy.";

    private const string NoteOnCorvan =
        "Corvan Chips (5678 KS): fab go-ahead at W9tn - positive read-across to equipment names\n" +
        "Event: Corvan's board approved a new fab with a total budget of W9tn through 2030. " +
        "Read-across: positive for Wonder Tools and its peers. Maintain Buy.";

    [Fact]
    public void A_research_note_without_a_lead_is_about_the_company_its_headline_gives_the_figure()
    {
        var index = new EventIndex(Clusterer());
        index.Add(Story("pr", Kestrel, Day, "kestrel", [Commit("kestrel", "Kestrel Semiconductor", "KRW", 9e12m, 6.2e9m, FirstSentence(Kestrel))]));
        var other = index.Add(Story("corvan", NoteOnCorvan, Day.AddHours(20), "wonder",
            [Commit(null, "", "KRW", 9e12m, 6.2e9m, FirstSentence(NoteOnCorvan), kind: CapexKind.Forecast)]));
        var note = index.Add(Story("note", Note, Day.AddHours(22), "wonder",
            [Commit(null, "", "KRW", 9e12m, 6.2e9m, FirstSentence(Note), kind: CapexKind.Forecast)]));

        Assert.Equal(Decision.Join, note.Assignment.Decision);
        Assert.Equal(index.EventOf("pr")!.Id, note.Event.Id);
        Assert.NotEqual(index.EventOf("pr")!.Id, other.Event.Id);
    }
}
