using CapexRadar.Domain;
using CapexRadar.Events;

namespace CapexRadar.Events.Tests;

/// <summary>
/// A raise the extractor missed: the headline says the figure changed to a new level, and the opening gives the old one
/// ("raises … to X", "… to X from the Y announced in March"); and a story whose opening always writes a company's longer
/// name ("Tamsin lumen") while its sentences call it "the company". Stories and companies written for these tests.
/// </summary>
public sealed class ChangedLevelTests
{
    private static readonly DateTimeOffset Day = new(2026, 3, 2, 7, 0, 0, TimeSpan.Zero);

    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Velmora Telecom"] = "velmora", ["Velmora"] = "velmora", ["Tamsin"] = "tamsin-group", ["Tamsin Lumen"] = "tamsin-lumen",
    };

    private static EventClusterer Clusterer() => new(resolveName: n => Names.GetValueOrDefault(n));

    private static TextSpan FirstSentence(string text)
    {
        var body = text[(text.IndexOf('\n', StringComparison.Ordinal) + 1)..];
        return new TextSpan(0, body.IndexOf(". ", StringComparison.Ordinal) + 1);
    }

    private static CapexFact Commit(string company, string name, decimal amount, TextSpan evidence, CapexKind kind = CapexKind.Commitment) =>
        new(kind, company, name, new MoneyAmount("EUR", amount), null, new MoneyAmount("USD", amount * 1.1m), false, null, null,
            AmountQualifier.Exact, "", [], null, evidence);

    private const string Plan =
        "Velmora Telecom to invest 3.2 billion euros in Lisbon AI campus\n" +
        "Velmora Telecom will invest 3.2 billion euros in an AI computing campus in Lisbon, the operator said on Monday. " +
        "The campus will open in 2028 with 120 megawatts.";

    private const string Raise =
        "Velmora raises Lisbon AI campus budget to 4.1 billion euros\n" +
        "Velmora Telecom has raised the planned investment in its Lisbon AI campus to 4.1 billion euros from the 3.2 billion euros " +
        "it announced in March, after signing two anchor customers. Capacity rises to 160 megawatts.";

    private const string OtherPlan =
        "Velmora to invest 4.1 billion euros in Porto fibre network\n" +
        "Velmora Telecom will invest 4.1 billion euros in a fibre network for northern Portugal, the operator said. " +
        "Work starts next year.";

    [Fact]
    public void A_raise_without_any_extracted_commitment_is_a_revision_of_the_plan_its_opening_names()
    {
        var index = new EventIndex(Clusterer());
        var plan = index.Add(new EventInput("plan", Plan, Day, "src", null, "velmora",
            [Commit("velmora", "Velmora Telecom", 3.2e9m, FirstSentence(Plan))], [], []));
        // the extractor found no commitment in the raise at all
        var raise = index.Add(new EventInput("raise", Raise, Day.AddDays(21), "src", null, "velmora", [], [], []));

        Assert.Equal(Decision.Revision, raise.Assignment.Decision);
        Assert.Equal(plan.Event.Id, raise.Event.FollowsEventId);
        Assert.Contains(raise.Event.Facts, f => f.Capex is { Kind: CapexKind.PriorTarget } p && p.Amount.Value == 3.2e9m);
    }

    [Fact]
    public void Without_revision_wording_a_headline_figure_makes_no_lead()
    {
        var clusterer = Clusterer();
        var plain = clusterer.ProfileOf(new EventInput("porto", OtherPlan, Day, "src", null, "velmora", [], [], []));
        Assert.Null(plain.Lead);
        var raise = clusterer.ProfileOf(new EventInput("raise", Raise, Day, "src", null, "velmora", [], [], []));
        Assert.Equal(4.1e9m, raise.Lead!.Amount.Value);
        Assert.Equal("velmora", raise.Lead.CompanyId);
    }

    [Theory]
    [InlineData("Velmora raises Lisbon budget to 4.1 billion euros", "to", 4.1e9)]
    [InlineData("Velmora has raised it to 4.1 billion euros from the 3.2 billion euros it announced", "from", 3.2e9)]
    [InlineData("Velmora raises Lisbon budget by 0.9 billion euros", "to", null)]
    public void A_level_is_the_amount_after_its_preposition(string text, string preposition, double? value) =>
        Assert.Equal(value is null ? null : (decimal)value.Value,
            StoryLead.Level(text, Capex.Extraction.FxTable.Default, 2026, preposition)?.Amount.Value);

    [Theory]
    [InlineData("Tamsin lumen raises plant budget\nTamsin lumen has raised the budget. The company said it would invest more.", "tamsin-lumen")]
    [InlineData("Tamsin lumen raises plant budget\nTamsin said its unit Tamsin lumen raised the budget.", null)] // "Tamsin" alone too
    public void A_name_the_opening_always_writes_longer_is_that_company(string text, string? id) =>
        Assert.Equal(id, StoryLead.LongerNameThroughout(text, "Tamsin", n => Names.GetValueOrDefault(n))?.Id);
}
