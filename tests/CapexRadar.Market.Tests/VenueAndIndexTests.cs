using CapexRadar.Domain;
using static CapexRadar.Market.Tests.TestEntities;

namespace CapexRadar.Market.Tests;

public class VenueAndIndexTests
{
    [Theory]
    [InlineData("Lam Research rose 4% in New York trading.", "New York")]
    [InlineData("Lam Research rose 4% on the Nasdaq.", "Nasdaq")]
    [InlineData("Lam Research rose 4% in pre-market trading.", "pre-market")]
    [InlineData("Lam Research rose 4% in Frankfurt trade.", "Frankfurt")]
    [InlineData("Lam Research rose 4% on the New York Stock Exchange.", "New York Stock Exchange")]
    [InlineData("In Tokyo, Lam Research rose 4%.", "Tokyo")]
    [InlineData("Lam Research rose 4% in extended trading in New York.", "New York")]
    [InlineData("Lam Research rose 4% after hours.", null)]
    public void Venues(string text, string? venue)
    {
        var m = Assert.Single(Extract(text, null, Orgs.Lam));
        Assert.Equal(venue, m.Venue);
    }

    [Fact]
    public void Venue_from_the_entity_set_locations()
    {
        var text = "Inventec rose 5% in Hsinchu.";
        var es = Build(text, null, [Orgs.Inventec], [("Hsinchu", "TW", LocationKind.City)]);
        Assert.Equal("Hsinchu", Assert.Single(Extract(text, es)).Venue);
    }

    [Theory]
    [InlineData("The Hang Seng Index rose 1.1% on Monday.", "Hang Seng Index")]
    [InlineData("The Hang Seng Tech Index slid 1.1% on Monday.", "Hang Seng Tech Index")]
    [InlineData("The Nasdaq Composite rose 1.1% on Monday.", "Nasdaq Composite")]
    [InlineData("The S&P 500 rose 1.1% on Monday.", "S&P 500")]
    [InlineData("The benchmark Kospi rose 1.1% on Monday.", "Kospi")]
    [InlineData("Japan's Nikkei 225 rose 1.1% on Monday.", "Nikkei 225")]
    [InlineData("The CSI 300 rose 1.1% on Monday.", "CSI 300")]
    [InlineData("The pan-European Stoxx 600 rose 1.1% on Monday.", "Stoxx 600")]
    [InlineData("The Philadelphia Semiconductor Index rose 1.1% on Monday.", "Philadelphia Semiconductor Index")]
    [InlineData("The Euro Stoxx 50 rose 1.1% on Monday.", "Euro Stoxx 50")]
    [InlineData("The Dow Jones Industrial Average rose 1.1% on Monday.", "Dow Jones Industrial Average")]
    [InlineData("Germany's DAX rose 1.1% on Monday.", "DAX")]
    [InlineData("The Shanghai Composite Index rose 1.1% on Monday.", "Shanghai Composite Index")]
    [InlineData("The Jakarta Composite rose 1.1% on Monday.", "Jakarta Composite")]
    [InlineData("The Nikkei rose 1.1% on Monday.", "Nikkei")]
    [InlineData("The Straits Times Index rose 1.1% on Monday.", "Straits Times Index")]
    [InlineData("The FTSE 100 index rose 1.1% on Monday.", "FTSE 100")]
    [InlineData("The Bursa Malaysia KLCI rose 1.1% on Monday.", "KLCI")]
    [InlineData("The Vanguard Semiconductor Index rose 1.1% on Monday.", "Vanguard Semiconductor Index")]
    [InlineData("The broader market index, the Sensex, rose 1.1% on Monday.", "Sensex")]
    public void Index_names_from_language(string text, string name)
    {
        var m = Assert.Single(Extract(text));
        Assert.Equal(name, m.IndexName);
        Assert.Null(m.CompanyName);
        Assert.Equal(1.1, m.ChangePct);
        Assert.Equal(MoveRelation.Index, m.Relation);
    }

    [Fact]
    public void Several_indices_in_one_sentence()
    {
        var text = "The Nasdaq fell 2.2% and the S&P 500 lost 1.4%, while the Dow ended 0.6% lower.";
        Assert.Equal(
            ["Nasdaq|Down|2.2|Unspecified|-|Index", "S&P 500|Down|1.4|Unspecified|-|Index", "Dow|Down|0.6|Close|-|Index"],
            ShowAll(Extract(text)));
    }

    [Theory]
    [InlineData("The Consumer Price Index rose 0.3% in March.")]
    [InlineData("The Global AI Readiness Index rose 4% this year.")]
    [InlineData("Hang Seng Bank shares are not mentioned with a move here, but its net interest margin rose 0.2%.")]
    public void Not_stock_indices(string text) => Assert.Empty(Extract(text));
}
