using System.Text;
using CapexRadar.Entities.Extraction;
using CapexRadar.Text;

namespace CapexRadar.Entities.Tests;

/// <summary>
/// Entities' tokens now come from the shared tokenizer's atoms (<see cref="TokenAtoms"/> rejoined by
/// <see cref="EntityTokens"/>). These tests compare every token field with the entity tokenizer it replaced
/// (<see cref="LegacyDocumentTokenizer"/>, kept verbatim) on generated text built from the characters each rule
/// looks at, and on hostile input.
/// </summary>
public class EntityTokenDifferentialTests
{
    /// <summary>Pieces the generator strings together: every character class and look-ahead the rules test.</summary>
    private static readonly string[] Pieces =
    [
        "a", "b", "s", "S", "x", "A", "P", "G", "AT", "Alibaba", "start", "ups", "bn", "é", "É", "ß", "Ж", "ж", "日本", "ﬁ",
        "0", "5", "38", "1,200", "3.5", "٣", "٤٥", "１２", "߀",
        " ", " ", "  ", "\n", "\t", "\u00A0", "\u2009", "\r\n",
        "'", "’", "'s", "’s", "'S", "&", "&T", "-", "–", ",", ".", ":", ";", "(", ")", "\"", "“", "$", "US$", "€", "%", "/", "#",
        "\u0301", "\u0903", "\u093F", "\u200D", "\uD83D\uDE00", "\uD83D", "\uDE00",
    ];

    [Fact]
    public void Generated_text_gives_the_same_tokens_as_the_entity_tokenizer_it_replaced()
    {
        var random = new Random(20261207);
        var sb = new StringBuilder();
        for (var round = 0; round < 30_000; round++)
        {
            sb.Clear();
            var pieces = random.Next(0, 24);
            for (var k = 0; k < pieces; k++) sb.Append(Pieces[random.Next(Pieces.Length)]);
            AssertSameTokens(sb.ToString());
        }
    }

    [Theory]
    [InlineData("Alibaba's US$38bn plan: start-ups, S&P 500, AT&T and R&D in Shenzhen-based units")]
    [InlineData("Atria 's shares rose 5G 10bn 3nm 1,200.5 and 1 .2 billion; O'Neill’s rock’n’roll")]
    [InlineData("'s at the start, a’s b's, X&Y&Z, ABCD&E, é́ा and 😀 in text\n\nNew paragraph")]
    [InlineData("")]
    [InlineData("   \n ")]
    public void Written_sentences_give_the_same_tokens(string text) => AssertSameTokens(text);

    [Fact]
    public void Hostile_input_gives_the_same_tokens()
    {
        AssertSameTokens(new string('a', 200_000));
        AssertSameTokens(string.Concat(Enumerable.Repeat("9,", 50_000)));
        AssertSameTokens(string.Concat(Enumerable.Repeat("a'", 50_000)));
        AssertSameTokens(string.Concat(Enumerable.Repeat("A&", 50_000)));
        AssertSameTokens(string.Concat(Enumerable.Repeat("é\u0301", 50_000)));
        AssertSameTokens(string.Concat(Enumerable.Repeat("-'s", 30_000)));
    }

    private static void AssertSameTokens(string text)
    {
        var expected = new Tok[4];
        var n = LegacyDocumentTokenizer.Tokenize(text, ref expected);
        var actual = new Tok[4];
        var m = EntityTokens.Tokenize(text, ref actual);
        Assert.True(n == m, $"{n} tokens expected, {m} made, in {Escape(text)}");
        for (var i = 0; i < n; i++)
        {
            var (e, a) = (expected[i], actual[i]);
            Assert.True(e.Start == a.Start && e.Length == a.Length && e.Kind == a.Kind && e.Shape == a.Shape
                        && e.SpaceBefore == a.SpaceBefore && e.NewlineBefore == a.NewlineBefore && e.Curly == a.Curly && a.Id == -1,
                $"token {i} differs in {Escape(text)}: expected {Show(e)}, made {Show(a)}");
        }
        // made of the atoms the shared document scanned once: the same tokens
        var fromDocument = new Tok[4];
        var k = EntityTokens.Tokenize(AnnotatedDocument.Create(text), ref fromDocument);
        Assert.True(k == m, $"{m} tokens made by scanning, {k} of the document's atoms, in {Escape(text)}");
        for (var i = 0; i < m; i++)
        {
            var (e, a) = (actual[i], fromDocument[i]);
            Assert.True(e.Start == a.Start && e.Length == a.Length && e.Kind == a.Kind && e.Shape == a.Shape
                        && e.SpaceBefore == a.SpaceBefore && e.NewlineBefore == a.NewlineBefore && e.Curly == a.Curly,
                $"token {i} of the document's atoms differs in {Escape(text)}: {Show(e)} vs {Show(a)}");
        }
    }

    private static string Show(Tok t) => $"[{t.Start},{t.Length}) {t.Kind} {t.Shape} space={t.SpaceBefore} newline={t.NewlineBefore} curly={t.Curly}";

    private static string Escape(string text) =>
        text.Length > 200 ? $"({text.Length} chars)" : string.Concat(text.Select(c => c < 32 || c > 126 ? $"\\u{(int)c:X4}" : c.ToString()));
}
