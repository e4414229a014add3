using System.Text;
using CapexRadar.Text.Syntax;

namespace CapexRadar.Capex.Tests.Syntax;

/// <summary>The shallow-syntax layer of CapexRadar.Text, on sentences written for these tests.</summary>
public class ShallowParserTests
{
    private static (string Text, SentenceSyntax Syntax) Parse(string sentence)
    {
        var all = ShallowParser.ParseAll(sentence);
        Assert.Single(all);
        return (sentence, all[0]);
    }

    private static string? S(string text, Clause c) => c.Subject is { } s ? text[s.Start..s.End] : null;
    private static string? P(string text, Clause c) => c.Predicate is { } s ? text[s.Start..s.End] : null;
    private static string? O(string text, Clause c) => c.Object is { } s ? text[s.Start..s.End] : null;
    private static string? By(string text, Clause c) => c.Speaker is { } s ? text[s.Start..s.End] : null;

    private static Clause ClauseOf(string text, SentenceSyntax syntax, string word) => syntax.ClauseAt(text.IndexOf(word, StringComparison.Ordinal))!;

    [Fact]
    public void SubjectPredicateAndObjectOfASimpleClause()
    {
        var (text, syn) = Parse("Orbital Foundry plans to invest $12 billion in new fabs over four years.");
        var c = Assert.Single(syn.Clauses);
        Assert.Equal("Orbital Foundry", S(text, c));
        Assert.Equal("plans to invest", P(text, c));
        Assert.Equal("$12 billion", O(text, c));
        Assert.True((c.PredicateClasses & WordClass.InvestVerb) != 0);
    }

    [Fact]
    public void AnAppositionIsNotTheSubject()
    {
        var (text, syn) = Parse("Korvex, the world's largest chipmaker, is gearing up to pour $40 billion into property and equipment next year.");
        var c = ClauseOf(text, syn, "$40");
        Assert.Equal("Korvex", S(text, c));
        Assert.Equal("is gearing up to pour", P(text, c));
    }

    [Fact]
    public void AnOrganisationInAPrepositionalPhraseIsNotTheSubject()
    {
        var (text, syn) = Parse("In a deal with Tessel Power, Brightwater Utilities will spend €900 million on grid upgrades.");
        var c = ClauseOf(text, syn, "€900");
        Assert.Equal("Brightwater Utilities", S(text, c));
        Assert.Equal("will spend", P(text, c));
    }

    [Fact]
    public void ReportingFrameWithoutThatOpensAReportedClause()
    {
        var (text, syn) = Parse("Nimbus Cloud said it would spend ¥300 billion on data centres, lifting the budget from the ¥200 billion it set in spring.");
        var reported = ClauseOf(text, syn, "¥300");
        Assert.Equal(ClauseLink.Reported, reported.Link);
        Assert.Equal("it", S(text, reported));
        Assert.Equal("Nimbus Cloud", By(text, reported));
        var participle = ClauseOf(text, syn, "lifting");
        Assert.Equal(ClauseLink.Participle, participle.Link);
        Assert.True(participle.SubjectInherited);
        var relative = ClauseOf(text, syn, "set in");
        Assert.Equal(ClauseLink.Relative, relative.Link);
        Assert.Equal("it", S(text, relative));
        Assert.Equal(ClauseOf(text, syn, "¥200").Index, ClauseOf(text, syn, "lifting").Index);
    }

    [Fact]
    public void TrailingReportingFrameGivesTheSpeaker()
    {
        var (text, syn) = Parse("Chipmakers as a group will spend $180 billion on equipment in 2026, Jane Doe, an analyst at Pellham Research, said.");
        var content = ClauseOf(text, syn, "$180");
        Assert.Equal("Chipmakers", S(text, content));
        Assert.Equal("Jane Doe", By(text, content));
        Assert.Contains(syn.Clauses, c => c.Link == ClauseLink.Frame);
    }

    [Fact]
    public void AccordingToIsAFrame()
    {
        var (text, syn) = Parse("According to Dataquest, spending on AI servers will reach $200 billion.");
        var c = ClauseOf(text, syn, "$200");
        Assert.Equal(ClauseLink.Reported, c.Link);
        Assert.Equal("spending", S(text, c));
        Assert.Equal("Dataquest", By(text, c));
    }

    [Fact]
    public void ObjectControlComplementIsItsOwnClause()
    {
        var (text, syn) = Parse("Analysts at Bernstein expect carmakers to spend $60 billion on batteries.");
        var c = ClauseOf(text, syn, "$60");
        Assert.Equal("carmakers", S(text, c));
        Assert.Equal("to spend", P(text, c));
        Assert.Equal("Analysts", By(text, c));
    }

    [Fact]
    public void RelativeClauseInterruptsAndTheMainClauseResumes()
    {
        var (text, syn) = Parse("Meridian Foods, which owns the Crisp brand, has contracted $2 billion of cloud capacity over six years and plans a $500 million expansion in Ohio.");
        Assert.Equal(ClauseLink.Relative, ClauseOf(text, syn, "owns").Link);
        var main = ClauseOf(text, syn, "$2 billion");
        Assert.Equal("Meridian Foods", S(text, main));
        Assert.Equal("has contracted", P(text, main));
        var coordinate = ClauseOf(text, syn, "$500");
        Assert.Equal(ClauseLink.Coordinate, coordinate.Link);
        Assert.Equal("Meridian Foods", S(text, coordinate));
        Assert.Equal("a $500 million expansion", O(text, coordinate));
    }

    [Fact]
    public void CoordinatedSubjectsStayOneSubject()
    {
        var (text, syn) = Parse("Hexa Motors and Lumen Grid will build a battery plant, the companies said.");
        var c = ClauseOf(text, syn, "build");
        Assert.Equal("Hexa Motors and Lumen Grid", S(text, c));
        Assert.Equal("the companies", By(text, c));
    }

    [Fact]
    public void SubordinateClauseAndPassive()
    {
        var (text, syn) = Parse("Of that, $5 billion goes to research, while the rest is split between plants and labs.");
        Assert.Equal("goes", P(text, ClauseOf(text, syn, "$5")));
        var sub = ClauseOf(text, syn, "rest");
        Assert.Equal(ClauseLink.Subordinate, sub.Link);
        Assert.True(sub.Passive);
    }

    [Fact]
    public void SemicolonSplitsClauses()
    {
        var (text, syn) = Parse("Volta Rail will spend $3 billion; its rival Dunmore Transit will spend $1 billion.");
        Assert.Equal("Volta Rail", S(text, ClauseOf(text, syn, "$3")));
        Assert.Equal("its rival Dunmore Transit", S(text, ClauseOf(text, syn, "$1")));
    }

    [Fact]
    public void NounAfterDeterminerIsNotAVerb()
    {
        var (text, syn) = Parse("The plan requires new plants.");
        var c = Assert.Single(syn.Clauses);
        Assert.Equal("The plan", S(text, c));
        Assert.Equal("requires", P(text, c));
    }

    [Fact]
    public void LexiconCompilesVerbFormsToBitSets()
    {
        var lex = WordClassLexicon.Default;
        Assert.True((lex.Of("pours") & WordClass.InvestVerb) != 0);
        Assert.True((lex.Of("poured") & WordClass.PastForm) != 0);
        Assert.True((lex.Of("pouring") & WordClass.Gerund) != 0);
        Assert.True((lex.Of("spent") & WordClass.InvestVerb) != 0);
        Assert.True((lex.OfAnyCase("Said") & WordClass.ReportingVerb) != 0);
        Assert.Equal(WordClass.None, lex.Of("zyxxy"));
    }

    [Fact]
    public void UnknownClassInDataIsRejectedAtLoad()
    {
        using var json = new MemoryStream(Encoding.UTF8.GetBytes("""{ "words": { "NoSuchClass": ["x"] } }"""));
        Assert.Throws<InvalidDataException>(() => WordClassLexicon.Load(json));
    }

    [Fact]
    public void HostileInputCompletes()
    {
        var noSpaces = new string('a', 2_000_000) + " plans to invest $5 billion.";
        var all = ShallowParser.ParseAll(noSpaces);
        Assert.NotEmpty(all);

        var sb = new StringBuilder("Zeta said ");
        for (var i = 0; i < 20_000; i++) sb.Append(i).Append(i % 3 == 0 ? " and " : ", ");
        sb.Append("$5 billion will be invested.");
        var numbers = ShallowParser.ParseAll(sb.ToString());
        Assert.NotEmpty(numbers[0].Clauses);

        var commas = string.Concat(Enumerable.Repeat("which said that, ", 20_000));
        Assert.NotEmpty(ShallowParser.ParseAll(commas));
    }
}
