using static CapexRadar.Market.Tests.TestEntities;

namespace CapexRadar.Market.Tests;

/// <summary>Percentages that are not share-price moves.</summary>
public class DistractorTests
{
    [Theory]
    [InlineData("Goldman Sachs raised its price target on Lenovo by 15% to HK$14.")]
    [InlineData("Lenovo's fourth-quarter revenue rose 18% to $17 billion.")]
    [InlineData("Lenovo said net profit jumped 38% to $373 million in the quarter.")]
    [InlineData("Lenovo's infrastructure sales grew 63% year on year.")]
    [InlineData("Lenovo holds a 24% share of the global PC market.")]
    [InlineData("Lenovo's market share rose to 26.1% from 24.8% a year earlier.")]
    [InlineData("Legend Holdings owns a 28% stake in Lenovo.")]
    [InlineData("Lenovo bought a 20% stake in the server venture for $1 billion.")]
    [InlineData("The central bank cut interest rates by 0.25% on Thursday.")]
    [InlineData("Lenovo's gross margin slipped to 16.5% from 17.2%.")]
    [InlineData("The bonds yield 5.2% and the notes were priced at 99.5%.")]
    [InlineData("The offer represents a premium of 32% to Lenovo's last closing price.")]
    [InlineData("Lenovo plans to raise capital expenditure by 40% next year.")]
    [InlineData("Lenovo's capex rose 40% to $2.1 billion.")]
    [InlineData("Lenovo's operating margin improved by 1.2 percentage points.")]
    [InlineData("Lenovo's data-centre revenue was up 30% from a year earlier.")]
    [InlineData("Lenovo reported a 12% increase in revenue.")]
    [InlineData("Lenovo reported a 31% profit drop.")]
    [InlineData("The company expects revenue to grow 25% annually through 2028.")]
    [InlineData("Lenovo cut prices by as much as 30% last year.")]
    [InlineData("About 60% of Lenovo's budget will go to AI servers.")]
    [InlineData("Inflation eased to 2.1% in May, while unemployment rose 0.3% to 4.2%.")]
    [InlineData("Lenovo will lay off up to 10% of its staff.")]
    [InlineData("Lenovo's headcount fell 5% last year.")]
    [InlineData("Orders for AI servers increased 70% in the quarter, Lenovo said.")]
    [InlineData("Lenovo's earnings per share were $0.04, an increase of 20% year-on-year.")]
    [InlineData("The chipmaker will hold a stake of roughly 4.5% after the deal.")]
    [InlineData("Brent crude rose 2.1% and gold fell 0.8%.")]
    [InlineData("The yen weakened 0.6% against the dollar.")]
    [InlineData("Lenovo's shipments dropped 4% in the second quarter, while Dell's fell 2%.")]
    [InlineData("Spending on AI infrastructure will climb 35% to $300 billion, IDC said.")]
    [InlineData("Lenovo's valuation jumped 40% to $18 billion.")]
    [InlineData("Lenovo's market value rose 3% to $15 billion.")]
    [InlineData("The ratio climbed to 45% from 38%.")]
    [InlineData("The stock trades at a 15% discount to its peers.")]
    [InlineData("Lenovo lifted its dividend by 8%.")]
    [InlineData("Chinese chip stocks rallied 3% on the report.")]
    [InlineData("Chip stocks rallied 3% on the report.")]
    [InlineData("U.S. stocks rose 1.1% on Friday.")]
    [InlineData("Tech shares gained 2% across Asia.")]
    [InlineData("Hong Kong stocks fell 1.4% on Monday.")]
    [InlineData("Asian markets rose 0.8% and European stocks slipped 0.3%.")]
    [InlineData("The broader market rose 0.5%.")]
    public void No_moves(string text)
    {
        var moves = Extract(text, "lenovo", Orgs.Lenovo, Orgs.Goldman);
        Assert.True(moves.Count == 0, string.Join("; ", ShowAll(moves)));
    }

    [Fact]
    public void Moves_next_to_distractors_survive()
    {
        var text = "Lenovo's revenue rose 18% to $17 billion and its shares jumped 6.3% in Hong Kong, " +
                   "even as Goldman Sachs cut its price target by 5%.";
        var m = Assert.Single(Extract(text, "lenovo", Orgs.Lenovo, Orgs.Goldman));
        Assert.Equal("Lenovo Group Ltd.|Up|6.3|Unspecified|Hong Kong|Self", Show(m));
    }
}
