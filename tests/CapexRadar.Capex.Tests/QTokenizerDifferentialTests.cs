using System.Text;
using CapexRadar.Capex.Extraction;

namespace CapexRadar.Capex.Tests;

/// <summary>
/// Capex's quantity tokens now come from the shared tokenizer's atoms (<c>CapexRadar.Text.TokenAtoms</c>) rejoined by
/// <see cref="QTokenizer"/>. These tests compare every token field (offsets, kind, space and line flags, lower form,
/// capital flags) with the tokenizer it replaced (<see cref="LegacyQTokenizer"/>, kept verbatim) on generated text
/// built from the characters each rule looks at, on written sentences and on hostile input.
/// </summary>
public sealed class QTokenizerDifferentialTests
{
    /// <summary>Pieces the generator strings together: every character class and look-ahead the rules test.</summary>
    private static readonly string[] Pieces =
    [
        "a", "b", "m", "S", "x", "A", "EUR", "US", "bn", "Alibaba", "ABCDEFGHIJ", "é", "É", "ß", "Ж", "日本", "ﬁ", "ǅ", "İ",
        "0", "5", "22", "1,200", "3.5", "٣", "٤٥", "１２", "߀", "²", "½", "Ⅻ",
        " ", " ", "  ", "\n", "\t", "\u00A0", "\r\n", " .", " .5", ".5", " .٣",
        "'", "’", "'s", "&", "-", "–", ",", ".", ",.", ":", ";", "(", ")", "\"", "$", "US$", "€", "%", "/", "+",
        "\u0301", "\u0903", "\u200D", "\uD83D\uDE00", "\uD83D", "\uDE00",
    ];

    [Fact]
    public void Generated_text_gives_the_same_tokens_as_the_quantity_tokenizer_it_replaced()
    {
        var random = new Random(20261207);
        var sb = new StringBuilder();
        for (var round = 0; round < 30_000; round++)
        {
            sb.Clear();
            var pieces = random.Next(0, 24);
            for (var k = 0; k < pieces; k++) sb.Append(Pieces[random.Next(Pieces.Length)]);
            var text = sb.ToString();
            AssertSameTokens(text, 0, text.Length);
            var from = random.Next(0, text.Length + 1);
            AssertSameTokens(text, from, random.Next(from, text.Length + 1));
        }
    }

    [Theory]
    [InlineData("Alibaba's US$38bn plan: EUR22 .5 m and 1 .2 billion, 1.5 .2 and 3 .x; WIG20 fell 1.,2 to 5,000.25")]
    [InlineData("\n Rosneft AG will invest RUB 1,200 million ($15m) in 2027–2030.\nIt said ٣,٤ and １２ units")]
    [InlineData("é́ा, \u0301start, 😀 and ABCDEFGHI ABCDEFGH İstanbul ǅemal")]
    [InlineData("")]
    [InlineData("   \n ")]
    public void Written_sentences_give_the_same_tokens(string text) => AssertSameTokens(text, 0, text.Length);

    [Fact]
    public void Hostile_input_gives_the_same_tokens()
    {
        foreach (var text in new[]
                 {
                     new string('a', 200_000), new string('7', 200_000), string.Concat(Enumerable.Repeat("9,", 50_000)),
                     string.Concat(Enumerable.Repeat("1 .2", 50_000)), string.Concat(Enumerable.Repeat("é\u0301", 50_000)),
                     string.Concat(Enumerable.Repeat("1a", 50_000)), string.Concat(Enumerable.Repeat("\n$", 50_000)),
                 })
            AssertSameTokens(text, 0, text.Length);
    }

    private static void AssertSameTokens(string text, int from, int to)
    {
        var expected = LegacyQTokenizer.Tokenize(text, from, to);
        var actual = QTokenizer.Tokenize(text, from, to);
        Assert.True(expected.Count == actual.Count, $"{expected.Count} tokens expected, {actual.Count} made, in {Escape(text[from..to])}");
        for (var i = 0; i < expected.Count; i++)
            Assert.True(expected[i] == actual[i], $"token {i} differs in {Escape(text[from..to])}: expected {expected[i]}, made {actual[i]}");
        if (from != 0 || to != text.Length) return;
        // made of the atoms the shared document scanned once: the same tokens
        var fromDocument = QTokenizer.Tokenize(CapexRadar.Text.AnnotatedDocument.Create(text));
        Assert.True(expected.SequenceEqual(fromDocument), $"tokens made of the document's atoms differ in {Escape(text)}");
    }

    private static string Escape(string text) =>
        text.Length > 200 ? $"({text.Length} chars)" : string.Concat(text.Select(c => c < 32 || c > 126 ? $"\\u{(int)c:X4}" : c.ToString()));
}
