using CapexRadar.Domain;
using static CapexRadar.Market.Tests.TestEntities;

namespace CapexRadar.Market.Tests;

public class QualifierTests
{
    [Fact]
    public void Intraday_peak_and_close_for_the_same_company()
    {
        var text = "Kakao shares jumped as much as 9.1% in Seoul on Friday before closing 5.4% higher.";
        var moves = Extract(text, "kakao", Orgs.Kakao);
        Assert.Equal(["Kakao Corp.|Up|9.1|UpTo|Seoul|Self", "Kakao Corp.|Up|5.4|Close|Seoul|Self"], ShowAll(moves));
    }

    [Fact]
    public void Peak_then_close_joined_by_and()
    {
        var text = "Micron shares fell as much as 7% in New York and closed 4.4% lower.";
        var moves = Extract(text, "micron", Orgs.Micron);
        Assert.Equal(["Micron Technology Inc.|Down|7|UpTo|New York|Self", "Micron Technology Inc.|Down|4.4|Close|New York|Self"], ShowAll(moves));
    }

    [Theory]
    [InlineData("Fujitsu rose up to 8% in Tokyo.", MoveQualifier.UpTo)]
    [InlineData("Fujitsu at one point rose 8% in Tokyo.", MoveQualifier.UpTo)]
    [InlineData("Fujitsu rose 8% at one point in Tokyo.", MoveQualifier.UpTo)]
    [InlineData("Fujitsu shares briefly surged 8% in Tokyo.", MoveQualifier.UpTo)]
    [InlineData("Fujitsu rose 8% intraday in Tokyo.", MoveQualifier.UpTo)]
    [InlineData("Fujitsu surged by as much as 8% in Tokyo.", MoveQualifier.UpTo)]
    [InlineData("Fujitsu ended 8% higher in Tokyo.", MoveQualifier.Close)]
    [InlineData("Fujitsu rose 8% to close at 3,120 yen in Tokyo.", MoveQualifier.Close)]
    [InlineData("Fujitsu rose 8% in Tokyo.", MoveQualifier.Unspecified)]
    [InlineData("Fujitsu shares were 8% higher by the close in Tokyo.", MoveQualifier.Close)]
    public void Qualifiers(string text, MoveQualifier expected)
    {
        var m = Assert.Single(Extract(text, "fujitsu", Orgs.Fujitsu));
        Assert.Equal(8, m.ChangePct);
        Assert.Equal(MoveDirection.Up, m.Direction);
        Assert.Equal(expected, m.Qualifier);
    }

    [Fact]
    public void At_the_close_prefix()
    {
        var moves = Extract("At the close, the Topix was 0.8% lower and the Nikkei 225 was down 1.2%.");
        Assert.Equal(["Topix|Down|0.8|Close|-|Index", "Nikkei 225|Down|1.2|Close|-|Index"], ShowAll(moves));
    }
}
