namespace CapexRadar.Entities.Tests;

/// <summary>Stage FindInvestingSubjects: the capitalised subject of an investing clause is an organisation even when no
/// list knows it — carefully, so that organisation precision does not drop. Sentences written for these tests.</summary>
public class InvestingSubjectTests
{
    [Theory]
    [InlineData("Kettlewick plans to build a 120 million euro packaging plant in Poland.", "Kettlewick")]
    [InlineData("Brannock Steel said it would invest $300 million in a new rolling mill.", "Brannock Steel")]
    [InlineData("Ostrava Lines intends to set up a depot with an investment of 80 million euros.", "Ostrava Lines")]
    [InlineData("Vellmar said about $40 million will be invested in the plant next year.", "Vellmar")]
    public void An_unknown_capitalised_subject_of_an_investing_clause_is_an_organisation(string text, string name)
    {
        Assert.Contains(name, X.Run(text).Orgs());
    }

    [Theory]
    [InlineData("Analysts expect the sector to invest $40 billion in new plants next year.")]
    [InlineData("Founded in 2019, the group plans to invest $50 million in a new plant.")]
    [InlineData("KETTLEWICKSTAD, Poland — The company plans to build a 120 million euro plant.")]
    [InlineData("Investors will spend $2 billion on new offices.")]
    [InlineData("Kettlewick plans to hire 300 engineers.")]
    public void Nothing_that_is_not_a_name_becomes_an_organisation(string text)
    {
        Assert.Empty(X.Run(text).Orgs());
    }

    [Theory]
    [InlineData("GRAND FORKS, N.D., May 4 (PNW) - Brannock Steel will invest $300 million in a rolling mill, officials said.", "GRAND FORKS")]
    [InlineData("SAO JOSE, March 3 - Kettlewick plans to invest 120 million euros in a packaging plant.", "SAO JOSE")]
    [InlineData("Markets wrap.\nPORT ELLEN, Scotland, June 1 -- Vellmar said it would spend $40 million on a new plant.", "PORT ELLEN")]
    public void A_dateline_of_several_capitalised_words_is_not_an_organisation(string text, string dateline)
    {
        Assert.DoesNotContain(dateline, X.Run(text).Orgs());
    }

    [Theory]
    [InlineData("Markets were calm on Tuesday. NORDA GRID, the Oslo utility, said it would invest $300 million in new substations.", "NORDA GRID")]
    [InlineData("TOKO DATA will invest $300 million in a new data centre.", "TOKO DATA")]
    public void Capitalised_names_that_are_no_dateline_stay_organisations(string text, string name)
    {
        Assert.Contains(name, X.Run(text).Orgs());
    }
}
