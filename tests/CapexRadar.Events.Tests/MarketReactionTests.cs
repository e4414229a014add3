using CapexRadar.Domain;
using CapexRadar.Events;

namespace CapexRadar.Events.Tests;

/// <summary>
/// The market's reaction joins its announcement with few words in common — the same day or the next, its own figure in
/// its opening — and never makes one event of two plans of the same size: a later plan reported with its own share move,
/// or a market story that restates the figure deep in its text. Stories written for these tests (hand-made facts).
/// </summary>
public sealed class MarketReactionTests
{
    private static readonly DateTimeOffset Day = new(2026, 9, 14, 6, 0, 0, TimeSpan.Zero);

    private static CapexFact Commit(decimal amount, TextSpan evidence) =>
        new(CapexKind.Commitment, "brannock", "Brannock Foundry", new MoneyAmount("USD", amount), null, new MoneyAmount("USD", amount),
            false, null, null, AmountQualifier.Exact, "", [], null, evidence);

    private static MarketMove Move(double pct) =>
        new("brannock", "Brannock Foundry", null, pct, MoveDirection.Up, MoveQualifier.Close, "New York", MoveRelation.Self, new TextSpan(0, 1));

    private static EventInput Story(string id, string text, DateTimeOffset at, TextSpan evidence, params MarketMove[] moves) =>
        new(id, text, at, "src-" + id, null, "brannock", [Commit(12e9m, evidence)], [], moves);

    private static TextSpan FirstSentence(string text)
    {
        var body = text[(text.IndexOf('\n', StringComparison.Ordinal) + 1)..];
        return new TextSpan(0, body.IndexOf(". ", StringComparison.Ordinal) + 1);
    }

    private const string Release =
        "Brannock Foundry to build $12 billion wafer fab in Ohio\n" +
        "Brannock Foundry will invest $12 billion in a 300-millimetre wafer fab outside Columbus, the chipmaker said on Monday. " +
        "Production of 28-nanometre parts for carmakers is to start in 2029, and the state will fund roads and water lines.\n\n" +
        "The site will employ about 3,000 people once both cleanrooms run, chief executive Dana Whitcombe told reporters at the " +
        "groundbreaking, adding that local colleges would train technicians under a ten-year apprenticeship scheme. " +
        "Construction crews will pour foundations this winter, and tool installation follows in 2028.\n\n" +
        "\"Automotive customers want a second source close to their assembly lines,\" Whitcombe said. The governor called it " +
        "the largest private investment in the state's history and promised faster permits for the substation and wastewater " +
        "plant. Suppliers of industrial gases and ultrapure chemicals are expected to build satellite plants nearby, and the " +
        "county expects its school district to grow by several hundred pupils within five years.";

    private const string SameDayShares =
        "Brannock soars to record on fab bet\n" +
        "Brannock shares closed 7.2% higher on Monday after the $12 billion fab plan lifted hopes for its foundry arm. " +
        "Options volume hit a record, and two brokers raised their price targets before the close.\n\n" +
        "Elsewhere, Japanese exporters slipped as the yen strengthened, Korean battery makers rebounded from a three-week slide " +
        "and Australian miners tracked iron-ore futures lower. Oil was steady ahead of weekly inventory figures from Washington, " +
        "and gold eased as the dollar firmed against most major currencies. Copper fell for a third day on weak Chinese data, " +
        "while European banks outperformed after a regulator eased capital rules and airline stocks tracked lower jet fuel costs.";

    private const string LaterPlan =
        "Brannock adds packaging campus, stock climbs\n" +
        "Brannock will spend $12 billion on an advanced packaging campus, it said on Thursday, sending the stock up 3.1%. " +
        "Chiplet assembly for server processors starts in 2028 under a deal with two cloud customers.\n\n" +
        "Elsewhere, Japanese exporters slipped as the yen strengthened, Korean battery makers rebounded from a three-week slide " +
        "and Australian miners tracked iron-ore futures lower. Oil was steady ahead of weekly inventory figures from Washington, " +
        "and gold eased as the dollar firmed against most major currencies. Copper fell for a third day on weak Chinese data, " +
        "while European banks outperformed after a regulator eased capital rules and airline stocks tracked lower jet fuel costs.";

    private const string RoutStory =
        "Chip stocks slide on rate fears; Brannock bucks the trend\n" +
        "Semiconductor shares fell across the board on Tuesday as bond yields rose to a four-month high, and the selling spread " +
        "from memory producers to equipment suppliers within the first hour of trade as investors rotated into utilities. " +
        "The sector index lost 2.4%, its worst day since July, led by equipment makers and memory producers.\n\n" +
        "Traders said positioning was stretched after a summer rally, and several funds trimmed holdings before a week of " +
        "central bank meetings. Volumes were a third above the monthly average, and the volatility gauge rose for a fifth session.\n\n" +
        "Elsewhere, Japanese exporters slipped as the yen strengthened, Korean battery makers rebounded from a three-week slide " +
        "and Australian miners tracked iron-ore futures lower. Oil was steady ahead of weekly inventory figures from Washington, " +
        "and gold eased as the dollar firmed against most major currencies. Copper fell for a third day on weak Chinese data.\n\n" +
        "Among the few gainers, Brannock rose 1.2%, still buoyed by its $12 billion Ohio wafer project.";

    [Fact]
    public void The_same_days_share_move_joins_its_announcement()
    {
        var index = new EventIndex(new EventClusterer());
        index.Add(Story("pr", Release, Day, FirstSentence(Release)));
        var shares = index.Add(Story("shares", SameDayShares, Day.AddHours(9), FirstSentence(SameDayShares), Move(7.2)));

        Assert.Equal(Decision.Join, shares.Assignment.Decision);
        Assert.True(shares.Assignment.Similarity < new EventOptions().MinSimilarityWithSharedFact, $"the texts must share little: {shares.Assignment.Similarity}");
    }

    [Fact]
    public void A_later_plan_of_the_same_size_with_its_own_share_move_is_another_event()
    {
        var index = new EventIndex(new EventClusterer());
        index.Add(Story("pr", Release, Day, FirstSentence(Release)));
        var later = index.Add(Story("later", LaterPlan, Day.AddDays(3), FirstSentence(LaterPlan), Move(3.1)));

        Assert.True(later.Assignment.Decision == Decision.NewEvent, later.Assignment.Reason);
        // what keeps them apart is the reaction's window: a week-long window would merge them
        var wide = new EventIndex(new EventClusterer(options: new EventOptions { MarketReactionWindow = TimeSpan.FromDays(7) }));
        wide.Add(Story("pr", Release, Day, FirstSentence(Release)));
        Assert.Equal(Decision.Join, wide.Add(Story("later", LaterPlan, Day.AddDays(3), FirstSentence(LaterPlan), Move(3.1))).Assignment.Decision);
    }

    [Fact]
    public void A_market_story_restating_the_figure_deep_in_its_text_is_no_reaction()
    {
        var index = new EventIndex(new EventClusterer());
        index.Add(Story("pr", Release, Day, FirstSentence(Release)));
        var body = RoutStory[(RoutStory.IndexOf('\n', StringComparison.Ordinal) + 1)..];
        var at = body.IndexOf("Among the few", StringComparison.Ordinal);
        var rout = index.Add(Story("rout", RoutStory, Day.AddHours(30), new TextSpan(at, body.Length), Move(1.2)));

        Assert.True(rout.Assignment.Decision == Decision.NewEvent, rout.Assignment.Reason);
        var similarity = TextSignature.Compute(RoutStory).Containment(TextSignature.Compute(Release));
        Assert.True(similarity >= new EventOptions().MinSimilarityCertainLead && similarity < new EventOptions().MinSimilarityWithSharedFact,
            $"the test needs texts between the two thresholds: {similarity}");
    }
}
