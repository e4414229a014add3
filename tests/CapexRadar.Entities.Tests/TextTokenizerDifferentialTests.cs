using System.Text;
using CapexRadar.Text;

namespace CapexRadar.Entities.Tests;

/// <summary>
/// The shared document's tokens (<see cref="Tokenizer"/>, read by Market and the shallow parser) now come from
/// <see cref="TokenAtoms"/> rejoined into words, numbers and single characters. These tests compare every token with
/// the tokenizer it replaced (<see cref="LegacyTextTokenizer"/>, kept verbatim) — scanning as it goes, and made of
/// the atoms <see cref="AnnotatedDocument.Atoms"/> scanned once — on generated text built from the
/// characters each rule looks at, on written sentences and on hostile input.
/// </summary>
public class TextTokenizerDifferentialTests
{
    /// <summary>Pieces the generator strings together: every character class and look-ahead the rules test.</summary>
    private static readonly string[] Pieces =
    [
        "a", "b", "s", "S", "x", "A", "P", "AT", "WIG", "Alibaba", "start", "ups", "bn", "é", "É", "ß", "Ж", "日本", "ﬁ", "ǅ", "ʰ",
        "0", "5", "38", "1,200", "3.5", "٣", "٤٥", "１２", "߀", "²", "½", "Ⅻ",
        " ", " ", "  ", "\n", "\t", "\u00A0", "\u2009", "\r\n",
        "'", "’", "'s", "&", "&T", "-", "–", ",", ".", ",.", ":", ";", "(", ")", "\"", "“", "$", "US$", "€", "%", "/", "#", "+",
        "\u0301", "\u0903", "\u200D", "\uD83D\uDE00", "\uD83D", "\uDE00",
    ];

    [Fact]
    public void Generated_text_gives_the_same_tokens_as_the_tokenizer_it_replaced()
    {
        var random = new Random(20261207);
        var sb = new StringBuilder();
        for (var round = 0; round < 30_000; round++)
        {
            sb.Clear();
            var pieces = random.Next(0, 24);
            for (var k = 0; k < pieces; k++) sb.Append(Pieces[random.Next(Pieces.Length)]);
            var text = sb.ToString();
            AssertSameTokens(text, 0, text.Length, 0);
            // a slice of a longer text, with an offset, as the shallow parser reads a sentence
            var from = random.Next(0, text.Length + 1);
            AssertSameTokens(text, from, random.Next(from, text.Length + 1), from);
        }
    }

    [Theory]
    [InlineData("Alibaba's US$38bn plan: start-ups, S&P 500, AT&T and R&D in Shenzhen-based units")]
    [InlineData("Atria 's shares rose 5G 10bn 3nm 1,200.5 and 1 .2 billion; O'Neill’s rock’n’roll, WIG20 fell 1.,2")]
    [InlineData("'s at the start, a-1 b--c, X&Y&Z, é́ा and 😀 in text\n\nNew paragraph -5 ٣,٤ 1٣")]
    [InlineData("")]
    [InlineData("   \n ")]
    public void Written_sentences_give_the_same_tokens(string text) => AssertSameTokens(text, 0, text.Length, 0);

    [Fact]
    public void Hostile_input_gives_the_same_tokens()
    {
        foreach (var text in new[]
                 {
                     new string('a', 200_000), new string('7', 200_000),
                     string.Concat(Enumerable.Repeat("9,", 50_000)), string.Concat(Enumerable.Repeat("a-", 50_000)),
                     string.Concat(Enumerable.Repeat("A&", 50_000)), string.Concat(Enumerable.Repeat("é\u0301", 50_000)),
                     string.Concat(Enumerable.Repeat("1a", 50_000)), string.Concat(Enumerable.Repeat("-'s", 30_000)),
                 })
            AssertSameTokens(text, 0, text.Length, 0);
    }

    private static void AssertSameTokens(string text, int from, int to, int offset)
    {
        var expected = new List<Token>();
        foreach (var t in new LegacyTextTokenizer(text.AsSpan(from, to - from), offset)) expected.Add(t);
        var actual = new List<Token>();
        foreach (var t in new Tokenizer(text.AsSpan(from, to - from), offset)) actual.Add(t);
        Assert.True(expected.Count == actual.Count, $"{expected.Count} tokens expected, {actual.Count} made, in {Escape(text[from..to])}");
        for (var i = 0; i < expected.Count; i++)
            Assert.True(expected[i] == actual[i], $"token {i} differs in {Escape(text[from..to])}: expected {expected[i]}, made {actual[i]}");
        if (from != 0 || to != text.Length) return;
        // the document's tokens, made of the atoms it scanned once
        var document = AnnotatedDocument.Create(text);
        Assert.True(expected.SequenceEqual(document.TokenArray), $"the document's tokens differ in {Escape(text)}");
        var fromAtoms = new List<Token>();
        foreach (var t in new Tokenizer(text, document.Atoms)) fromAtoms.Add(t);
        Assert.True(expected.SequenceEqual(fromAtoms), $"tokens made of scanned atoms differ in {Escape(text)}");
    }

    private static string Escape(string text) =>
        text.Length > 200 ? $"({text.Length} chars)" : string.Concat(text.Select(c => c < 32 || c > 126 ? $"\\u{(int)c:X4}" : c.ToString()));
}
