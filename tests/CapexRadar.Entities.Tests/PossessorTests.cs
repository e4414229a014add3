namespace CapexRadar.Entities.Tests;

/// <summary>The capitalised possessor of a spending noun in a sentence with an amount is an organisation, also in the
/// spaced possessive of tokenised agency copy ("Korvenmaa 's"). Sentences written for these tests.</summary>
public class PossessorTests
{
    [Theory]
    [InlineData("Korvenmaa 's investment in the project will have a price tag of about EUR 12 million.", "Korvenmaa")]
    [InlineData("Korvenmaa's investment of EUR 30 million in a new mill was approved.", "Korvenmaa")]
    [InlineData("Brannock Steel 's capital expenditure will be about EUR 40 mn next year.", "Brannock Steel")]
    public void The_possessor_of_a_spending_noun_is_an_organisation(string text, string name)
    {
        Assert.Contains(name, X.Run(text).Orgs());
    }

    [Theory]
    [InlineData("Finland 's investment in roads will total EUR 2 billion.")]
    [InlineData("Korvenmaa 's chief executive said sales rose.")]
    public void No_place_and_no_possessor_without_spending_becomes_an_organisation(string text)
    {
        Assert.DoesNotContain("Finland", X.Run(text).Orgs());
        Assert.DoesNotContain("Korvenmaa", X.Run(text).Orgs());
    }
}
