using CapexRadar.Domain;
using CapexRadar.Events;

namespace CapexRadar.Events.Tests;

/// <summary>Decisions on hand-made facts (no extractor): stories and figures written for these tests.</summary>
public sealed class ClustererTests
{
    private static readonly DateTimeOffset Day = new(2025, 3, 10, 9, 0, 0, TimeSpan.Zero);

    private const string Story = "Harbor Robotics will invest 12 billion euros over four years in new factories for industrial robots " +
                                 "in Lyon and Turin, chief executive Marta Silva said on Monday, as the company expands automation capacity.";
    private const string Rewrite = "Robot maker Harbor Robotics plans to spend about $13 billion on new robot factories in Lyon and Turin " +
                                   "over the next four years, its chief executive Marta Silva said, to expand automation capacity.";
    private const string Other = "Quill Foods said profits fell in the third quarter as grain prices rose and demand for snacks weakened in Europe.";

    private static CapexFact Commit(string company, string currency, decimal amount, decimal? usd = null, int? years = null,
        CapexKind kind = CapexKind.Commitment) =>
        new(kind, company, company, new MoneyAmount(currency, amount), null, usd is null ? null : new MoneyAmount("USD", usd.Value),
            usd is not null && currency != "USD", years, null, AmountQualifier.Exact, "", [], null, new TextSpan(0, 1));

    private static EventInput Input(string id, string text, DateTimeOffset at, string? announcer, params CapexFact[] facts) =>
        new(id, text, at, "src-" + id, $"https://example.test/{id}", announcer, facts, [], []);

    private static EventIndex NewIndex(Func<string, string?>? parents = null) => new(new EventClusterer(parentOf: parents));

    [Fact]
    public void A_rewrite_with_the_figure_in_another_currency_joins_the_event()
    {
        var index = NewIndex();
        index.Add(Input("a", Story, Day, "harbor", Commit("harbor", "EUR", 12_000_000_000m, years: 4)));
        var second = index.Add(Input("b", Rewrite, Day.AddHours(5), "harbor", Commit("harbor", "USD", 13_000_000_000m, 13_000_000_000m, 4)));

        Assert.Equal(Decision.Join, second.Assignment.Decision);
        var e = Assert.Single(index.Events);
        Assert.Equal(["a", "b"], e.Members.Select(m => m.AnnouncementId));
        var fact = Assert.Single(e.Facts);
        Assert.Equal(["a", "b"], fact.Supporting);
        Assert.Equal("EUR", fact.Capex!.Amount.CurrencyCode); // the first report's figure stands for the event
        Assert.Empty(second.NewFacts);
    }

    [Fact]
    public void The_same_amount_of_another_company_is_another_event()
    {
        var index = NewIndex();
        index.Add(Input("a", Story, Day, "harbor", Commit("harbor", "EUR", 12_000_000_000m, years: 4)));
        var other = index.Add(Input("b", Story.Replace("Harbor Robotics", "Delta Motion"), Day.AddHours(2), "delta",
            Commit("delta", "EUR", 12_000_000_000m, years: 4)));

        Assert.Equal(Decision.NewEvent, other.Assignment.Decision);
        Assert.Equal(2, index.Events.Count);
    }

    [Fact]
    public void Another_plan_of_the_same_company_is_another_event()
    {
        var index = NewIndex();
        index.Add(Input("a", Story, Day, "harbor", Commit("harbor", "EUR", 12_000_000_000m, years: 4)));
        var other = index.Add(Input("b", "Harbor Robotics will spend 900 million euros on a software campus in Porto, it said on Tuesday.",
            Day.AddDays(1), "harbor", Commit("harbor", "EUR", 900_000_000m)));

        Assert.Equal(Decision.NewEvent, other.Assignment.Decision);
        Assert.Null(other.Event.FollowsEventId);
    }

    [Fact]
    public void A_new_figure_naming_the_old_one_is_a_revision_linked_to_it()
    {
        var index = NewIndex();
        var first = index.Add(Input("a", Story, Day, "harbor", Commit("harbor", "EUR", 12_000_000_000m, years: 4)));
        var raise = index.Add(Input("b", "Harbor Robotics raised its four-year factory plan to 15 billion euros from 12 billion euros.",
            Day.AddDays(60), "harbor",
            Commit("harbor", "EUR", 12_000_000_000m, years: 4, kind: CapexKind.PriorTarget), Commit("harbor", "EUR", 15_000_000_000m, years: 4)));

        Assert.Equal(Decision.Revision, raise.Assignment.Decision);
        Assert.NotEqual(first.Event.Id, raise.Event.Id);
        Assert.Equal(first.Event.Id, raise.Event.FollowsEventId);
        Assert.Contains(raise.NewFacts, f => f.Capex!.Amount.Value == 15_000_000_000m);
    }

    [Fact]
    public void The_same_figure_weeks_later_is_not_the_same_event()
    {
        var index = NewIndex();
        index.Add(Input("a", Story, Day, "harbor", Commit("harbor", "EUR", 12_000_000_000m, years: 4)));
        var later = index.Add(Input("b", Story, Day.AddDays(30), "harbor", Commit("harbor", "EUR", 12_000_000_000m, years: 4)));

        Assert.NotEqual(Decision.Join, later.Assignment.Decision);
        Assert.Equal(2, index.Events.Count);
    }

    [Fact]
    public void A_unit_rolls_up_to_its_parent()
    {
        var parents = new Dictionary<string, string> { ["harbor-cloud"] = "harbor" };
        var index = NewIndex(id => parents.GetValueOrDefault(id));
        index.Add(Input("a", Story, Day, "harbor", Commit("harbor", "EUR", 12_000_000_000m, years: 4)));
        var unit = index.Add(Input("b", Rewrite, Day.AddHours(1), "harbor-cloud", Commit("harbor-cloud", "EUR", 12_000_000_000m, years: 4)));

        Assert.Equal(Decision.Join, unit.Assignment.Decision);
        Assert.Equal("harbor", Assert.Single(index.Events).Facts.Single().CompanyId);
    }

    [Fact]
    public void Unrelated_text_without_facts_starts_its_own_event()
    {
        var index = NewIndex();
        index.Add(Input("a", Story, Day, "harbor", Commit("harbor", "EUR", 12_000_000_000m, years: 4)));
        var other = index.Add(Input("b", Other, Day.AddHours(1), "quill"));
        Assert.Equal(Decision.NewEvent, other.Assignment.Decision);
    }

    [Fact]
    public void Adding_an_announcement_twice_keeps_one_membership()
    {
        var index = NewIndex();
        index.Add(Input("a", Story, Day, "harbor", Commit("harbor", "EUR", 12_000_000_000m, years: 4)));
        var again = index.Add(Input("a", Story, Day, "harbor", Commit("harbor", "EUR", 12_000_000_000m, years: 4)));
        Assert.Equal("already a member", again.Assignment.Reason);
        Assert.Single(Assert.Single(index.Events).Members);
    }
}
