using CapexRadar.Domain;
using static CapexRadar.Market.Tests.TestEntities;

namespace CapexRadar.Market.Tests;

public class MorePhrasingTests
{
    [Fact]
    public void Gapped_list_shares_the_verb()
    {
        var text = "Chip-equipment stocks rallied: Lam Research rose 4.2%, Applied Materials 3.1% and Amkor 1.5%.";
        var moves = Extract(text, "micron", Orgs.Lam, Orgs.AppliedMaterials, Orgs.Amkor, Orgs.Micron);
        Assert.Equal(
            ["Lam Research Corp.|Up|4.2", "Applied Materials Inc.|Up|3.1", "Amkor Technology Inc.|Up|1.5"],
            moves.Select(m => string.Join('|', Show(m).Split('|')[..3])).ToArray());
    }

    [Fact]
    public void Gapped_list_with_closing_verb()
    {
        var text = "Fujitsu closed 2.4% lower in Tokyo, KDDI 1.1% and Lenovo 0.6%.";
        var moves = Extract(text, null, Orgs.Fujitsu, Orgs.Kddi, Orgs.Lenovo);
        Assert.All(moves, m => Assert.Equal(MoveQualifier.Close, m.Qualifier));
        Assert.All(moves, m => Assert.Equal(MoveDirection.Down, m.Direction));
        Assert.Equal(3, moves.Count);
    }

    [Fact]
    public void Pared_gains_to_close()
    {
        var text = "Kakao gained as much as 6.5% in Seoul, the most since March, before paring gains to close 2.1% higher.";
        var moves = Extract(text, "kakao", Orgs.Kakao);
        Assert.Equal(["Kakao Corp.|Up|6.5|UpTo|Seoul|Self", "Kakao Corp.|Up|2.1|Close|Seoul|Self"], ShowAll(moves));
    }

    [Fact]
    public void Recovering_to_trade_lower()
    {
        var text = "Micron stock fell as much as 4% before recovering to trade 1.2% lower.";
        var moves = Extract(text, "micron", Orgs.Micron);
        Assert.Equal(["Micron Technology Inc.|Down|4|UpTo|-|Self", "Micron Technology Inc.|Down|1.2|Unspecified|-|Self"], ShowAll(moves));
    }

    [Theory]
    [InlineData("Analysts expect Micron shares to rise 20% over the next year.")]
    [InlineData("Micron shares could fall 15% if demand slows, the broker warned.")]
    [InlineData("Micron stock would need to rise 30% to reach the target.")]
    public void Forecasts_are_not_moves(string text) => Assert.Empty(Extract(text, "micron", Orgs.Micron));

    [Fact]
    public void Dollar_amount_or_percent()
    {
        var m = Assert.Single(Extract("Equinix rose $18.40, or 2.3%, to $820 in New York.", null, Orgs.Equinix));
        Assert.Equal("Equinix Inc.|Up|2.3|Unspecified|New York|Unspecified", Show(m));
    }

    [Fact]
    public void Place_modifier_of_shares_gives_the_venue()
    {
        var m = Assert.Single(Extract("Xiaomi's Hong Kong shares jumped 7% on Monday.", "xiaomi", Orgs.Xiaomi));
        Assert.Equal("Xiaomi Corp.|Up|7|Unspecified|Hong Kong|Self", Show(m));
    }

    [Fact]
    public void Shares_in_the_company()
    {
        var text = "Quanta Computer said AI server sales doubled. Shares in the company rose 4.8% in Taipei.";
        var m = Assert.Single(Extract(text, "quanta", Orgs.Quanta));
        Assert.Equal("Quanta Computer Inc.|Up|4.8|Unspecified|Taipei|Self", Show(m));
    }

    [Fact]
    public void Participle_after_a_ranking_phrase()
    {
        var text = "Xiaomi was the top gainer on the Hang Seng Index, rising 8.2%.";
        var m = Assert.Single(Extract(text, "xiaomi", Orgs.Xiaomi));
        Assert.Equal("Xiaomi Corp.|Up|8.2|Unspecified|-|Self", Show(m));
    }

    [Fact]
    public void Possessive_index_with_a_movement_noun()
    {
        var text = "Samsung shares gained 2.5%, outperforming the Kospi's 0.3% rise.";
        var moves = Extract(text, "samsung-electronics", Orgs.Samsung);
        Assert.Equal(["Samsung Electronics Co.|Up|2.5|Unspecified|-|Self", "Kospi|Up|0.3|Unspecified|-|Index"], ShowAll(moves));
    }

    [Fact]
    public void Movement_noun_with_the_stock_after_it()
    {
        var m = Assert.Single(Extract("Traders cited a rise of 3.4 per cent in Wipro shares.", null, Orgs.Wipro));
        Assert.Equal("Wipro Ltd.|Up|3.4|Unspecified|-|Unspecified", Show(m));
    }

    [Theory]
    [InlineData("Coherent has lost 30% of its value this year.", MoveDirection.Down, 30)]
    [InlineData("Coherent shares are up about 45% this year.", MoveDirection.Up, 45)]
    [InlineData("Coherent's stock price has surged more than 150% this year.", MoveDirection.Up, 150)]
    [InlineData("Coherent soared 20% in its trading debut.", MoveDirection.Up, 20)]
    [InlineData("Coherent shares extended gains, climbing 4% by midday.", MoveDirection.Up, 4)]
    public void Longer_horizon_and_debut_moves(string text, MoveDirection dir, double pct)
    {
        var m = Assert.Single(Extract(text, null, Orgs.Coherent));
        Assert.Equal("coherent", m.CompanyId);
        Assert.Equal(dir, m.Direction);
        Assert.Equal(pct, m.ChangePct);
    }

    [Fact]
    public void Stock_exchange_is_not_a_stock()
    {
        var text = "Digital Realty climbed 1.2% on the stock exchange in New York after having lost 3% last week.";
        var moves = Extract(text, null, Orgs.DigitalRealty);
        Assert.Equal(["Digital Realty Trust Inc.|Up|1.2|Unspecified|New York|Unspecified", "Digital Realty Trust Inc.|Down|3|Unspecified|New York|Unspecified"], ShowAll(moves));
    }

    [Fact]
    public void Regular_session_close_of_the_stock()
    {
        var text = "Amazon shares rose as much as 4.1% in premarket trading. The stock ended the regular session up 2.6% at $223.40.";
        var moves = Extract(text, "amazon", Orgs.Amazon);
        Assert.Equal(["Amazon.com Inc.|Up|4.1|UpTo|pre-market|Self", "Amazon.com Inc.|Up|2.6|Close|-|Self"], ShowAll(moves));
    }

    [Fact]
    public void Pronoun_subject_after_a_stock_sentence()
    {
        var text = "Equinix's stock has gained 35% this year. On Thursday it fell 6.5%, its biggest drop since March.";
        var moves = Extract(text, "equinix", Orgs.Equinix);
        Assert.Equal(["Equinix Inc.|Up|35|Unspecified|-|Self", "Equinix Inc.|Down|6.5|Unspecified|-|Self"], ShowAll(moves));
    }

    [Fact]
    public void Pronoun_after_a_metric_sentence_is_not_a_move()
    {
        var text = "Equinix's revenue rose 11% in the quarter. It was also up 4% in the previous quarter.";
        Assert.Empty(Extract(text, "equinix", Orgs.Equinix));
    }

    [Fact]
    public void Commodity_tagged_as_an_unknown_organisation_is_ignored()
    {
        var text = "Gold climbed 1.2% and Brent crude fell 0.8%.";
        var gold = new CapexRadar.Domain.OrganizationEntity("x-gold", "Gold", [], null, [], Find(text, ["Gold"]), false);
        Assert.Empty(Extract(text, new CapexRadar.Domain.EntitySet([gold], [], [], null)));
    }

    [Fact]
    public void Comma_adverb_after_a_price()
    {
        var m = Assert.Single(Extract("Equinix shares closed at $812.40, down 2.3%, after the update.", "equinix", Orgs.Equinix));
        Assert.Equal("Equinix Inc.|Down|2.3|Unspecified|-|Self", Show(m));
        Assert.Empty(Extract("Equinix reported quarterly revenue of $2.3 billion, up 12% in constant currency.", "equinix", Orgs.Equinix));
    }

    [Fact]
    public void Coordinated_owners_of_shares_with_respectively()
    {
        var moves = Extract("Samsung Electronics and Micron shares rose 3.1% and 5.4%, respectively.", null, Orgs.Samsung, Orgs.Micron);
        Assert.Equal(["Samsung Electronics Co.|Up|3.1", "Micron Technology Inc.|Up|5.4"], moves.Select(m => string.Join('|', Show(m).Split('|')[..3])).ToArray());
    }

    [Fact]
    public void Ranges_are_not_single_moves()
    {
        Assert.Empty(Extract("Chipmakers were up between 2% and 4%, with Micron among the biggest gainers.", null, Orgs.Micron));
    }
}

public class VerbAndPairingPhrasingTests
{
    [Fact]
    public void Jumped_as_much_as_is_an_intraday_peak()
    {
        var moves = Extract("Lam Research shares jumped as much as 6.4% in early trade.", null, Orgs.Lam);
        var m = Assert.Single(moves);
        Assert.Equal(MoveDirection.Up, m.Direction);
        Assert.Equal(MoveQualifier.UpTo, m.Qualifier);
        Assert.Equal(6.4m, (decimal)m.ChangePct);
    }

    [Fact]
    public void Added_a_percentage_is_a_rise()
    {
        var m = Assert.Single(Extract("Fujitsu added 3.3% after the order.", null, Orgs.Fujitsu));
        Assert.Equal(MoveDirection.Up, m.Direction);
    }

    [Fact]
    public void Respectively_pairs_companies_and_figures_in_order()
    {
        var moves = Extract("KDDI and Lenovo fell 2.2% and 0.9%, respectively.", null, Orgs.Kddi, Orgs.Lenovo);
        Assert.Equal(2, moves.Count);
        Assert.Equal(2.2m, (decimal)moves.Single(x => x.CompanyId == Orgs.Kddi.Id).ChangePct);
        Assert.Equal(0.9m, (decimal)moves.Single(x => x.CompanyId == Orgs.Lenovo.Id).ChangePct);
        Assert.All(moves, x => Assert.Equal(MoveDirection.Down, x.Direction));
    }
}
