using CapexRadar.Domain;
using static CapexRadar.Market.Tests.TestEntities;

namespace CapexRadar.Market.Tests;

public class ListAndSubjectTests
{
    [Fact]
    public void Respectively_pairs_companies_with_percentages_in_order()
    {
        var text = "Kingsoft Cloud's shares experienced a sharp increase of up to 9.4% in Hong Kong, which in turn lifted " +
                   "Chinese foundries SMIC and Hua Hong Semiconductor Ltd., rising by 6% and 4.5%, respectively.";
        var moves = Extract(text, "kingsoft-cloud", Orgs.Kingsoft, Orgs.Smic, Orgs.Hua);
        Assert.Equal(
            [
                "Kingsoft Cloud Holdings Ltd.|Up|9.4|UpTo|Hong Kong|Self",
                "Semiconductor Manufacturing International Corp.|Up|6|Unspecified|-|Supplier",
                "Hua Hong Semiconductor Ltd.|Up|4.5|Unspecified|-|Supplier",
            ],
            ShowAll(moves));
    }

    [Fact]
    public void Respectively_with_three_companies_and_a_falling_verb()
    {
        var text = "Quanta, Wiwynn and Inventec fell 3.1%, 2.7% and 1.9% respectively in Taipei.";
        var moves = Extract(text, "amazon", Orgs.Quanta, Orgs.Wiwynn, Orgs.Inventec, Orgs.Amazon);
        Assert.Equal(
            ["Quanta Computer Inc.|Down|3.1", "Wiwynn Corp.|Down|2.7", "Inventec Corp.|Down|1.9"],
            moves.Select(m => string.Join('|', Show(m).Split('|')[..3])).ToArray());
        Assert.All(moves, m => Assert.Equal(MoveRelation.Supplier, m.Relation));
    }

    [Fact]
    public void Coordinated_subject_with_one_percentage()
    {
        var moves = Extract("Infosys and Wipro each rose 2% in Mumbai.", null, Orgs.Infosys, Orgs.Wipro);
        Assert.Equal(["Infosys Ltd.|Up|2|Unspecified|Mumbai|Unspecified", "Wipro Ltd.|Up|2|Unspecified|Mumbai|Unspecified"], ShowAll(moves));
    }

    [Fact]
    public void Relative_clause_between_company_and_verb()
    {
        var text = "Eaton Corp., which makes switchgear and transformers for server halls, climbed as much as 5.5%.";
        var m = Assert.Single(Extract(text, "amazon", Orgs.Eaton, Orgs.Amazon));
        Assert.Equal("Eaton Corp. plc|Up|5.5|UpTo|-|Supplier", Show(m));
    }

    [Fact]
    public void Which_clause_takes_its_antecedent()
    {
        var text = "Infosys shares fell 2%, dragging on the Nifty IT index, which slipped 0.9%.";
        var moves = Extract(text, "infosys", Orgs.Infosys);
        Assert.Equal(["Infosys Ltd.|Down|2|Unspecified|-|Self", "Nifty IT|Down|0.9|Unspecified|-|Index"], ShowAll(moves));
    }

    [Fact]
    public void Appositive_and_coordinated_verb_phrase()
    {
        var text = "Network gear maker Ciena Corp., seen as a likely supplier, shrugged off the selloff and jumped 7.2%.";
        var m = Assert.Single(Extract(text, "alphabet", Orgs.Ciena, Orgs.Google));
        Assert.Equal("Ciena Corp.|Up|7.2|Unspecified|-|Supplier", Show(m));
    }

    [Fact]
    public void Its_shares_in_the_next_sentence()
    {
        var text = "Micron reported record quarterly revenue of $9.3 billion, with data-centre sales up 52% from a year earlier. " +
                   "Its shares climbed 3.3% in extended trading.";
        var m = Assert.Single(Extract(text, "micron", Orgs.Micron));
        Assert.Equal("Micron Technology Inc.|Up|3.3|Unspecified|-|Self", Show(m));
    }

    [Fact]
    public void The_stock_refers_to_the_announcer()
    {
        var text = "Amazon said it would double its data-centre budget. The stock rose 2.6% in New York.";
        var m = Assert.Single(Extract(text, "amazon", Orgs.Amazon));
        Assert.Equal("Amazon.com Inc.|Up|2.6|Unspecified|New York|Self", Show(m));
    }

    [Theory]
    [InlineData("Shares of Coherent rose 6% on Monday.")]
    [InlineData("Coherent's shares rose 6% on Monday.")]
    [InlineData("Coherent stock rose 6% on Monday.")]
    [InlineData("Coherent Corp. (COHR) rose 6% on Monday.")]
    [InlineData("Coherent's American depositary receipts rose 6% on Monday.")]
    public void Company_stock_phrasings(string text)
    {
        var m = Assert.Single(Extract(text, null, Orgs.Coherent));
        Assert.Equal("coherent", m.CompanyId);
        Assert.Equal(6, m.ChangePct);
    }

    [Fact]
    public void Listed_shares_give_the_venue()
    {
        var text = "Samsung's Seoul-listed shares gained 1.4%, while its London-listed receipts rose 2%.";
        var moves = Extract(text, "samsung-electronics", Orgs.Samsung);
        Assert.Equal(["Samsung Electronics Co.|Up|1.4|Unspecified|Seoul|Self", "Samsung Electronics Co.|Up|2|Unspecified|London|Self"], ShowAll(moves));
    }

    [Fact]
    public void Unknown_company_names_are_kept_as_written()
    {
        var moves = Extract("Elsewhere, Borealis Photonics jumped 11% and Kestrel Power Systems Inc. slid 2.2%.");
        Assert.Equal(["Borealis Photonics|Up|11|Unspecified|-|Unspecified", "Kestrel Power Systems Inc.|Down|2.2|Unspecified|-|Unspecified"], ShowAll(moves));
        Assert.All(moves, m => Assert.Null(m.CompanyId));
    }

    [Fact]
    public void Short_name_resolves_to_the_known_company()
    {
        var text = "Hua Hong Semiconductor Ltd. raised its budget. Hua Hong's shares rose 3.5%.";
        var m = Assert.Single(Extract(text, "hua-hong", new Org("hua-hong", "Hua Hong Semiconductor Ltd.", ["Hua Hong Semiconductor Ltd."], "foundry")));
        Assert.Equal("hua-hong", m.CompanyId);
        Assert.Equal(MoveRelation.Self, m.Relation);
    }

    [Fact]
    public void Evidence_covers_the_move()
    {
        var text = "In other news, Amkor shares fell 3.2% on Monday.";
        var m = Assert.Single(Extract(text, null, Orgs.Amkor));
        Assert.Equal("Amkor shares fell 3.2%", text[m.Evidence.Start..m.Evidence.End]);
    }
}
