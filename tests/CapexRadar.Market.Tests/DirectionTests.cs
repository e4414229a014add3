using CapexRadar.Domain;
using static CapexRadar.Market.Tests.TestEntities;

namespace CapexRadar.Market.Tests;

public class DirectionTests
{
    [Theory]
    [InlineData("rose", MoveDirection.Up)]
    [InlineData("jumped", MoveDirection.Up)]
    [InlineData("surged", MoveDirection.Up)]
    [InlineData("soared", MoveDirection.Up)]
    [InlineData("gained", MoveDirection.Up)]
    [InlineData("climbed", MoveDirection.Up)]
    [InlineData("rallied", MoveDirection.Up)]
    [InlineData("advanced", MoveDirection.Up)]
    [InlineData("added", MoveDirection.Up)]
    [InlineData("rebounded", MoveDirection.Up)]
    [InlineData("spiked", MoveDirection.Up)]
    [InlineData("leapt", MoveDirection.Up)]
    [InlineData("fell", MoveDirection.Down)]
    [InlineData("slid", MoveDirection.Down)]
    [InlineData("tumbled", MoveDirection.Down)]
    [InlineData("dropped", MoveDirection.Down)]
    [InlineData("sank", MoveDirection.Down)]
    [InlineData("plunged", MoveDirection.Down)]
    [InlineData("declined", MoveDirection.Down)]
    [InlineData("lost", MoveDirection.Down)]
    [InlineData("slumped", MoveDirection.Down)]
    [InlineData("retreated", MoveDirection.Down)]
    [InlineData("shed", MoveDirection.Down)]
    [InlineData("dipped", MoveDirection.Down)]
    [InlineData("slipped", MoveDirection.Down)]
    [InlineData("plummeted", MoveDirection.Down)]
    public void Direction_verbs(string verb, MoveDirection expected)
    {
        var text = $"Lenovo Group shares {verb} 4.2% on Tuesday after the server maker raised its outlook.";
        var moves = Extract(text, "lenovo", Orgs.Lenovo);
        var m = Assert.Single(moves);
        Assert.Equal("lenovo", m.CompanyId);
        Assert.Equal(4.2, m.ChangePct);
        Assert.Equal(expected, m.Direction);
        Assert.Equal(MoveQualifier.Unspecified, m.Qualifier);
        Assert.Equal(MoveRelation.Self, m.Relation);
    }

    [Theory]
    [InlineData("Xiaomi closed 2.3% lower in Hong Kong.", MoveDirection.Down, 2.3, MoveQualifier.Close)]
    [InlineData("Xiaomi finished up 1.9% in Hong Kong.", MoveDirection.Up, 1.9, MoveQualifier.Close)]
    [InlineData("Xiaomi ended down 0.6% in Hong Kong.", MoveDirection.Down, 0.6, MoveQualifier.Close)]
    [InlineData("Xiaomi settled 3 percent higher in Hong Kong.", MoveDirection.Up, 3, MoveQualifier.Close)]
    [InlineData("Xiaomi stock was up 5% in Hong Kong.", MoveDirection.Up, 5, MoveQualifier.Unspecified)]
    [InlineData("Xiaomi shares were down 3% in Hong Kong.", MoveDirection.Down, 3, MoveQualifier.Unspecified)]
    [InlineData("Xiaomi's stock traded 2.5% higher in Hong Kong.", MoveDirection.Up, 2.5, MoveQualifier.Unspecified)]
    [InlineData("Xiaomi edged up 0.4% in Hong Kong.", MoveDirection.Up, 0.4, MoveQualifier.Unspecified)]
    [InlineData("Xiaomi shares rose by 6 per cent in Hong Kong.", MoveDirection.Up, 6, MoveQualifier.Unspecified)]
    [InlineData("Xiaomi gained 1.5 pct in Hong Kong.", MoveDirection.Up, 1.5, MoveQualifier.Unspecified)]
    public void Adverbs_and_closing_verbs(string text, MoveDirection dir, double pct, MoveQualifier q)
    {
        var m = Assert.Single(Extract(text, "xiaomi", Orgs.Xiaomi));
        Assert.Equal("Xiaomi Corp.", m.CompanyName);
        Assert.Equal(dir, m.Direction);
        Assert.Equal(pct, m.ChangePct);
        Assert.Equal(q, m.Qualifier);
        Assert.Equal("Hong Kong", m.Venue);
    }

    [Theory]
    [InlineData("Kakao's shares saw a 7.8% increase on the news.", MoveDirection.Up, 7.8)]
    [InlineData("Kakao's shares posted a sharp increase of 4.5% on the news.", MoveDirection.Up, 4.5)]
    [InlineData("The announcement sparked a 3% drop in Kakao shares.", MoveDirection.Down, 3)]
    [InlineData("Kakao stock recorded gains of 6.6% on the news.", MoveDirection.Up, 6.6)]
    public void Movement_nouns(string text, MoveDirection dir, double pct)
    {
        var m = Assert.Single(Extract(text, "kakao", Orgs.Kakao));
        Assert.Equal("kakao", m.CompanyId);
        Assert.Equal(dir, m.Direction);
        Assert.Equal(pct, m.ChangePct);
    }

    [Fact]
    public void Gains_of_up_to_are_intraday_peaks()
    {
        var m = Assert.Single(Extract("Kakao shares posted gains of up to 10% in Seoul.", "kakao", Orgs.Kakao));
        Assert.Equal("Kakao Corp.|Up|10|UpTo|Seoul|Self", Show(m));
    }

    [Fact]
    public void Limit_up()
    {
        var text = "Piotech shares hit the daily limit-up of 20% in Shanghai.";
        var m = Assert.Single(Extract(text, null, Orgs.Piotech));
        Assert.Equal(MoveDirection.Up, m.Direction);
        Assert.Equal(20, m.ChangePct);
        Assert.Equal("Shanghai", m.Venue);
    }

    [Fact]
    public void Points_or_percent()
    {
        var m = Assert.Single(Extract("The Kospi jumped 45 points, or 1.8%, on Wednesday."));
        Assert.Equal("Kospi|Up|1.8|Unspecified|-|Index", Show(m));
    }

    [Fact]
    public void Put_on_and_shed()
    {
        var moves = Extract("Wipro put on 0.7 pct to 512 rupees, while Infosys shed 1.2 pct.", null, Orgs.Wipro, Orgs.Infosys);
        Assert.Equal(["Wipro Ltd.|Up|0.7|Unspecified|-|Unspecified", "Infosys Ltd.|Down|1.2|Unspecified|-|Unspecified"], ShowAll(moves));
    }

    [Fact]
    public void Causative_verbs_with_an_index()
    {
        var text = "Samsung Electronics gained 2.2%, helping lift the Kospi 0.9%, while heavy selling dragged the Kosdaq down 1.1%.";
        var moves = Extract(text, "samsung-electronics", Orgs.Samsung);
        Assert.Equal(
            ["Samsung Electronics Co.|Up|2.2|Unspecified|-|Self", "Kospi|Up|0.9|Unspecified|-|Index", "Kosdaq|Down|1.1|Unspecified|-|Index"],
            ShowAll(moves));
    }
}
