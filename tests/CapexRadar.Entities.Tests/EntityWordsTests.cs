using System.Text;
using CapexRadar.Entities.Extraction;

namespace CapexRadar.Entities.Tests;

/// <summary>The entity word lists are data (<c>Data/entity-words.json</c>): checked at load, compiled to class bits.</summary>
public class EntityWordsTests
{
    private static Stream Json(string s) => new MemoryStream(Encoding.UTF8.GetBytes(s));

    [Fact]
    public void The_shipped_file_loads_with_a_class_for_every_list_the_phrase_index_reads()
    {
        var lists = Lexicon.Lists;
        Assert.True(lists.Count >= 40);
        Assert.Equal(lists.Count, lists.Select(l => l.Name).Distinct().Count());
        Assert.Contains("Corp", Lexicon.LegalSuffixes);
        Assert.Contains(("Korean", "KR"), Lexicon.Demonyms);
        Assert.All(lists.Where(l => l.Name is not ("Regions" or "Honorifics")), l => Assert.NotEqual(Lex.None, l.Class));
    }

    [Fact]
    public void A_sentence_of_made_up_names_uses_the_classes()
    {
        // "Corp." (Legal) makes an organisation of unknown words; "said" (Speech) with a role word makes a person
        var set = EntityExtractor.CreateDefault().Extract("Tarnwell Fluidics Corp. will build a plant, chief executive Ossian Brede said.");
        Assert.Contains(set.Organizations, o => o.Name.StartsWith("Tarnwell Fluidics", StringComparison.Ordinal));
        Assert.Contains(set.People, p => p.Name == "Ossian Brede");
    }

    [Theory]
    [InlineData("""{"lists":[{"list":"A","class":"NoSuchClass","words":["x"]}]}""", "unknown class")]
    [InlineData("""{"lists":[{"list":"A","words":["x"]},{"list":"A","words":["y"]}]}""", "repeated list")]
    [InlineData("""{"lists":[{"list":"A","class":"Legal","words":[" Inc"]}]}""", "bad word")]
    [InlineData("""{"lists":[{"list":"A","class":"Legal","words":[""]}]}""", "bad word")]
    public void A_bad_file_fails_at_load_naming_the_problem(string json, string message)
    {
        var ex = Assert.Throws<InvalidDataException>(() => Lexicon.Read(Json(json)));
        Assert.Contains(message, ex.Message);
    }

    [Fact]
    public void Pairs_give_words_and_values()
    {
        var list = Assert.Single(Lexicon.Read(Json("""{"lists":[{"list":"D","class":"Demonym","singleWordsOnly":true,"pairs":[["Ruritanian","RU"],["New Ruritanian",""]]}]}""")));
        Assert.Equal(["Ruritanian", "New Ruritanian"], list.Words);
        Assert.Equal(("Ruritanian", "RU"), list.Pairs[0]);
        Assert.True(list.SingleWordsOnly);
        Assert.Equal(Lex.Demonym, list.Class);
    }
}
