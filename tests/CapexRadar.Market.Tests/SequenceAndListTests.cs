using CapexRadar.Domain;
using static CapexRadar.Market.Tests.TestEntities;

namespace CapexRadar.Market.Tests;

/// <summary>Moves chained in one sentence and lists opened by "with". Sentences written for these tests.</summary>
public class SequenceAndListTests
{
    [Fact]
    public void A_later_turn_belongs_to_the_same_stock()
    {
        var text = "In late trading Fujitsu shares slid as much as 5% before turning 1.4% higher as the call went on.";
        var moves = Extract(text, "fujitsu", Orgs.Fujitsu);
        Assert.Equal(["Fujitsu Ltd.|Down|5|UpTo", "Fujitsu Ltd.|Up|1.4|Unspecified"], moves.Select(m => string.Join('|', Show(m).Split('|')[..4])).ToArray());
    }

    [Fact]
    public void Swinging_to_a_loss_after_a_gain()
    {
        var text = "Equinix stock rose 2% early on, then swung 0.8% lower by the close.";
        var moves = Extract(text, "equinix", Orgs.Equinix);
        Assert.Equal(["Equinix Inc.|Up|2", "Equinix Inc.|Down|0.8"], moves.Select(m => string.Join('|', Show(m).Split('|')[..3])).ToArray());
    }

    [Fact]
    public void The_verb_after_a_relative_clause_with_a_move_keeps_the_subject()
    {
        var text = "Kakao shares, which had ended down 1.1% in Seoul before the results, jumped as much as 6% in after-hours trading.";
        var moves = Extract(text, "kakao", Orgs.Kakao);
        Assert.Equal(["Kakao Corp.|Down|1.1", "Kakao Corp.|Up|6"], moves.Select(m => string.Join('|', Show(m).Split('|')[..3])).ToArray());
    }

    [Fact]
    public void A_list_opened_by_with_pairs_each_percentage()
    {
        var text = "The Nikkei 225 index slipped 0.9%, with Fujitsu and KDDI down 2.2% and 1.3%, respectively.";
        var moves = Extract(text, null, Orgs.Fujitsu, Orgs.Kddi);
        Assert.Contains("Fujitsu Ltd.|Down|2.2", moves.Select(m => string.Join('|', Show(m).Split('|')[..3])));
        Assert.Contains("KDDI Corp.|Down|1.3", moves.Select(m => string.Join('|', Show(m).Split('|')[..3])));
        Assert.DoesNotContain(moves, m => m.CompanyId == "kddi" && m.ChangePct == 2.2);
    }

    [Fact]
    public void A_place_before_a_list_is_still_no_mover()
    {
        var text = "Stocks ended lower in Tokyo and Fujitsu fell 2%.";
        var m = Assert.Single(Extract(text, null, Orgs.Fujitsu));
        Assert.Equal("fujitsu", m.CompanyId);
    }

    [Fact]
    public void A_parenthetical_holding_a_stake_percentage_does_not_hide_the_subject()
    {
        var text = "Samsung Electronics, which holds roughly 9% of the venture, fell 1.6%, and Micron dropped 2.4%.";
        var moves = Extract(text, null, Orgs.Samsung, Orgs.Micron);
        Assert.Equal(["Samsung Electronics Co.|Down|1.6", "Micron Technology Inc.|Down|2.4"], moves.Select(m => string.Join('|', Show(m).Split('|')[..3])).ToArray());
    }

    [Fact]
    public void An_apposition_opened_by_another_names_the_mover()
    {
        var text = "Equinix gained 1.2%, while Digital Realty, another landlord for cloud providers, slipped 0.7%.";
        var moves = Extract(text, null, Orgs.Equinix, Orgs.DigitalRealty);
        Assert.Equal(["Equinix Inc.|Up|1.2", "Digital Realty Trust Inc.|Down|0.7"], moves.Select(m => string.Join('|', Show(m).Split('|')[..3])).ToArray());
    }

    [Theory]
    [InlineData("Kakao shares rose five percent in Seoul.", 5.0, MoveDirection.Up)]
    [InlineData("Kakao shares fell twenty-two per cent, the worst day in a decade.", 22.0, MoveDirection.Down)]
    [InlineData("Kakao shares edged down half a percent.", 0.5, MoveDirection.Down)]
    public void Percentages_in_words_are_moves(string text, double pct, MoveDirection dir)
    {
        var m = Assert.Single(Extract(text, "kakao", Orgs.Kakao));
        Assert.Equal(pct, m.ChangePct);
        Assert.Equal(dir, m.Direction);
    }

    [Theory]
    [InlineData("Kakao owns five percent of the bank.")]
    [InlineData("Kakao expects revenue to grow ten percent.")]
    [InlineData("Kakao shares rose two percentage points as a share of the index.")]
    public void Word_percentages_that_are_no_moves(string text) => Assert.Empty(Extract(text, "kakao", Orgs.Kakao));

    private static string[] Three(IEnumerable<MarketMove> moves) => moves.Select(m => string.Join('|', Show(m).Split('|')[..3])).ToArray();

    [Fact]
    public void A_second_percentage_with_its_own_place_shares_the_verb()
    {
        var moves = Extract("Lenovo rose 3.5% in Hong Kong and 2.2% in Shanghai on Tuesday.", "lenovo", Orgs.Lenovo);
        Assert.Equal(["Lenovo Group Ltd.|Up|3.5", "Lenovo Group Ltd.|Up|2.2"], Three(moves));
        Assert.Equal("Hong Kong", moves[0].Venue);
    }

    [Fact]
    public void One_mover_with_two_percentages_and_two_places_respectively()
    {
        var moves = Extract("Siemens shares slipped 1.5% and 2.5% in Frankfurt and New York, respectively.", "siemens", Orgs.Siemens);
        Assert.Equal(["Siemens AG|Down|1.5", "Siemens AG|Down|2.5"], Three(moves));
        Assert.Equal("Frankfurt", moves[0].Venue);
        Assert.Equal("New York", moves[1].Venue);
    }

    [Fact]
    public void One_mover_with_two_sessions()
    {
        var moves = Extract("Wiwynn stock fell 4% and 2.5% in the previous two sessions.", "wiwynn", Orgs.Wiwynn);
        Assert.Equal(["Wiwynn Corp.|Down|4", "Wiwynn Corp.|Down|2.5"], Three(moves));
    }

    [Fact]
    public void A_metric_with_two_regional_rates_is_still_no_move()
    {
        var moves = Extract("Sales rose 5% in Europe and 4% in Asia, while Wiwynn gained 2%.", "wiwynn", Orgs.Wiwynn);
        Assert.Equal(["Wiwynn Corp.|Up|2"], Three(moves));
    }

    [Fact]
    public void Gapped_indexes_with_the_article()
    {
        var moves = Extract("The Kospi fell 1.3%, the Kosdaq 0.6% and the Nikkei 225 1.1%.", (string?)null);
        Assert.Equal(["Kospi|Down|1.3", "Kosdaq|Down|0.6", "Nikkei 225|Down|1.1"], Three(moves));
    }

    [Fact]
    public void Pared_gains_to_trade_up_after_an_intraday_peak()
    {
        var moves = Extract("Ciena shares pared gains to trade up 2.5% after rising as much as 11% earlier.", "ciena", Orgs.Ciena);
        Assert.Equal(["Ciena Corp.|Up|2.5", "Ciena Corp.|Up|11"], Three(moves));
        Assert.Equal(MoveQualifier.UpTo, moves[1].Qualifier);
    }

    [Fact]
    public void Whose_shares_belong_to_the_organisation_before_it()
    {
        var m = Assert.Single(Extract("Siemens owns a 9% stake in Eaton, whose shares fell 2.7% on Tuesday.", "siemens", Orgs.Siemens, Orgs.Eaton));
        Assert.Equal("eaton", m.CompanyId);
        Assert.Equal(2.7, m.ChangePct);
    }

    [Fact]
    public void Paring_the_advance_to_a_level_is_the_remaining_move()
    {
        var moves = Extract("Kakao surged by as much as 14% in Seoul, the most in a year, before paring the advance to 6.5% at the close.", "kakao", Orgs.Kakao);
        Assert.Equal(["Kakao Corp.|Up|14|UpTo", "Kakao Corp.|Up|6.5|Close"], moves.Select(m => string.Join('|', Show(m).Split('|')[..4])).ToArray());
    }

    [Fact]
    public void Trimming_losses_after_but()
    {
        var moves = Extract("Equinix fell as much as 8% but trimmed its losses to 2.4% by the close.", "equinix", Orgs.Equinix);
        Assert.Equal(["Equinix Inc.|Down|8|UpTo", "Equinix Inc.|Down|2.4|Close"], moves.Select(m => string.Join('|', Show(m).Split('|')[..4])).ToArray());
    }

    [Theory]
    [InlineData("Equinix rose as high as 9% intraday and settled 6% up.", "Equinix Inc.|Up|9|UpTo", "Equinix Inc.|Up|6|Close")]
    [InlineData("Equinix shares fell as low as 7% before closing down 4%.", "Equinix Inc.|Down|7|UpTo", "Equinix Inc.|Down|4|Close")]
    public void As_high_as_and_as_low_as_mark_the_intraday_extreme(string text, string first, string second)
    {
        var moves = Extract(text, "equinix", Orgs.Equinix);
        Assert.Equal([first, second], moves.Select(m => string.Join('|', Show(m).Split('|')[..4])).ToArray());
    }

    [Fact]
    public void Was_last_up()
    {
        var m = Assert.Single(Extract("Equinix was last up 2.8% in New York.", "equinix", Orgs.Equinix));
        Assert.Equal(2.8, m.ChangePct);
    }

    [Theory]
    [InlineData("Equinix rose 3%, extending its gain this year to 18%.")]
    [InlineData("Equinix cut its workforce by 5% and narrowed its loss to $2 million.")]
    public void Cumulative_levels_are_not_extra_moves(string text)
    {
        var moves = Extract(text, "equinix", Orgs.Equinix);
        Assert.DoesNotContain(moves, m => m.ChangePct is 18 or 5);
    }

    [Fact]
    public void Coordinated_indexes_with_articles_pair_respectively()
    {
        var moves = Extract("The Kospi and the Nikkei 225 rose 1.2% and 0.9%, respectively.", (string?)null);
        Assert.Equal(["Kospi|Up|1.2", "Nikkei 225|Up|0.9"], Three(moves));
    }

    [Fact]
    public void Paring_an_early_gain_of_as_much_as()
    {
        var moves = Extract("Equinix shares rose 3.2% in New York, paring an early gain of as much as 6%.", "equinix", Orgs.Equinix);
        Assert.Equal(["Equinix Inc.|Up|3.2|Unspecified", "Equinix Inc.|Up|6|UpTo"], moves.Select(m => string.Join('|', Show(m).Split('|')[..4])).ToArray());
    }

    [Fact]
    public void A_multi_word_listed_place_gives_the_venue_without_the_suffix()
    {
        var m = Assert.Single(Extract("Lenovo's Hong Kong-listed shares climbed 6.2%, their biggest gain in two months.", "lenovo", Orgs.Lenovo));
        Assert.Equal("Hong Kong", m.Venue);
    }

    [Theory]
    [InlineData("Equinix rose 2.5%, 3% below its record high.")]
    [InlineData("Equinix fell 3%, 1% worse than the broader market.")]
    [InlineData("Equinix rose 3% on Monday, 10% below its peak.")]
    public void A_second_percentage_after_a_comma_is_a_distance_not_a_move(string text)
    {
        var m = Assert.Single(Extract(text, "equinix", Orgs.Equinix));
        Assert.True(m.ChangePct is 2.5 or 3);
    }
}
