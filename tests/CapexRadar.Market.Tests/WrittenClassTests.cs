using CapexRadar.Market.Extraction;

namespace CapexRadar.Market.Tests;

/// <summary>Index-name classes of a word as written: case-sensitive ("exact") classes match the spelling listed,
/// ignore-case classes any capitalisation, and a test reads only the classes it asks for.</summary>
public class WrittenClassTests
{
    private const ulong Stem = (ulong)WordClass.IndexStem;
    private const ulong NumberedStem = (ulong)WordClass.IndexNumberedStem;
    private const ulong Head = (ulong)WordClass.IndexHeadWord;
    private const ulong Corporate = (ulong)WordClass.IndexCorporateWord;
    private const ulong NotStock = (ulong)WordClass.NotStockIndexWord;

    [Theory]
    [InlineData("Kospi", Stem, true)]
    [InlineData("KOSPI", Stem, true)]
    [InlineData("kospi", Stem, false)]                    // exact: only the spellings listed
    [InlineData("Russell", NumberedStem, true)]
    [InlineData("RUSSELL", NumberedStem, false)]
    [InlineData("RUSSELL", Corporate, true)]              // ignore-case: any capitalisation
    [InlineData("russell", NumberedStem | Corporate, true)]
    [InlineData("russell", NumberedStem | Head, false)]
    [InlineData("INDICES", Head, false)]
    [InlineData("INDICES", Corporate, true)]
    [InlineData("Indices", Head | Corporate, true)]
    [InlineData("housing", NotStock, true)]
    [InlineData("Housing", Stem | NumberedStem | Head, false)]
    [InlineData("rose", (ulong)WordClass.MoveVerbUp, false)] // a lower-case class is never a written class
    [InlineData("", Stem | Corporate, false)]
    public void A_word_as_written_is_in_the_classes_asked_for(string word, ulong classes, bool expected)
    {
        Assert.Equal(expected, Lexicon.IsWritten(word, (WordClass)classes));
        Assert.Equal(expected, Lexicon.IsWritten(word.AsSpan(), (WordClass)classes));
    }

    [Fact]
    public void Written_classes_are_only_those_asked_for()
    {
        Assert.Equal(WordClass.IndexNumberedStem, Lexicon.WrittenClasses("Russell", WordClass.IndexNumberedStem | WordClass.IndexStem));
        Assert.Equal(WordClass.IndexNumberedStem | WordClass.IndexCorporateWord,
            Lexicon.WrittenClasses("Russell", WordClass.IndexNumberedStem | WordClass.IndexCorporateWord));
        Assert.Equal(WordClass.IndexCorporateWord | WordClass.NotStockIndexWord,
            Lexicon.WrittenClasses("GLOBAL", WordClass.IndexCorporateWord | WordClass.NotStockIndexWord | WordClass.IndexHeadWord));
        Assert.Equal(WordClass.None, Lexicon.WrittenClasses("Nikkei", WordClass.IndexCorporateWord));
    }

    [Theory]
    [InlineData("The Kospi rose 1.2% on Tuesday.", "Kospi")]                                         // a stem
    [InlineData("The Philadelphia Semiconductor Index climbed 2.1%.", "Philadelphia Semiconductor Index")] // a head word
    public void Index_names_are_found_by_stem_and_head(string text, string name) =>
        Assert.Equal(name, Assert.Single(TestEntities.Extract(text)).IndexName);
}
