using CapexRadar.Market.Extraction;
using static CapexRadar.Market.Tests.TestEntities;

namespace CapexRadar.Market.Tests;

/// <summary>The market stages leave a trail: which stage dropped each group of percentages, or what it gave.</summary>
public class StageTrailTests
{
    [Fact]
    public void A_move_and_a_level_leave_one_line_each()
    {
        const string text = "Shares of Halvard Grid rose 4.2% on Tuesday. The company cut its margin forecast to 6%.";
        var entities = Build(text, "halvard", new Org("halvard", "Halvard Grid", ["Halvard Grid"]));
        var trail = new MarketMoveExtractor().Explain(text, entities);
        Assert.Equal(2, trail.Count);
        Assert.Contains("trigger Verb 'rose' → Halvard Grid Up", trail[0]);
        Assert.StartsWith("4.2%", trail[0]);
        Assert.Contains("dropped at zone", trail[1]); // "to 6%" is a level, not a move
    }

    [Fact]
    public void A_percentage_of_revenue_is_dropped_with_its_stage_named()
    {
        const string text = "Halvard Grid said data centres made up 30% of revenue.";
        var entities = Build(text, "halvard", new Org("halvard", "Halvard Grid", ["Halvard Grid"]));
        var line = Assert.Single(new MarketMoveExtractor().Explain(text, entities));
        Assert.Contains("dropped at", line);
        Assert.Empty(new MarketMoveExtractor().Extract(text, entities));
    }
}
