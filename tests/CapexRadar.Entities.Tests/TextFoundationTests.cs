using CapexRadar.Text;

namespace CapexRadar.Entities.Tests;

public class SentenceSplitterTests
{
    private static string[] Split(string text) => SentenceSplitter.Sentences(text).Select(s => text[s.Start..s.End]).ToArray();

    [Fact]
    public void Legal_abbreviations_do_not_end_a_sentence_before_a_name()
    {
        var s = Split("Quantara Systems Inc. Chief Executive Lena Ortiz said demand was strong. Orders doubled.");
        Assert.Equal(["Quantara Systems Inc. Chief Executive Lena Ortiz said demand was strong.", "Orders doubled."], s);
    }

    [Theory]
    [InlineData("Kestrel Power Co. and Brightwave Ltd. signed a deal with Norrland Corp. on Monday.")]
    [InlineData("The plant is No. 3 in the region and cost 4.5 billion dollars.")]
    [InlineData("Sales in the U.S. rose 3.25% while Europe fell 0.5%.")]
    [InlineData("Shares of Meridian Holdings Plc. rose after J. K. Rowe bought 1.2 million of them.")]
    public void Abbreviations_initials_and_decimals_keep_one_sentence(string text)
    {
        Assert.Single(Split(text));
    }

    [Fact]
    public void Abbreviation_before_a_typical_opener_ends_the_sentence()
    {
        Assert.Equal(2, Split("The order went to Tessaract Inc. The deal closes in May.").Length);
        Assert.Equal(2, Split("Most of the money goes to the U.S. It will build two plants.").Length);
    }

    [Fact]
    public void Line_breaks_end_sentences_and_question_marks_too()
    {
        Assert.Equal(3, Split("Is it enough? Analysts doubt it\nNew paragraph here.").Length);
    }

    [Fact]
    public void Paragraphs_are_separated_by_blank_lines()
    {
        var text = "First one. Still first.\n\nSecond one.";
        var p = SentenceSplitter.Paragraphs(text);
        Assert.Equal(2, p.Count);
        Assert.Equal("Second one.", text[p[1].Start..p[1].End]);
    }

    [Fact]
    public void Long_runs_of_dots_and_letters_are_linear_and_safe()
    {
        var text = string.Concat(Enumerable.Repeat("a.b.", 250_000)) + " End.";
        var s = SentenceSplitter.Sentences(text);
        Assert.NotEmpty(s);
    }
}

public class TokenizerTests
{
    [Fact]
    public void Tokens_carry_utf16_offsets_into_the_text()
    {
        const string text = "Vireo’s 1,200.5 MW plant — in São Paulo (NYSE: VIR).";
        var tokens = new List<Token>();
        foreach (var t in new Tokenizer(text)) tokens.Add(t);
        foreach (var t in tokens) Assert.Equal(text.Substring(t.Start, t.Length), t.Slice(text).ToString());
        Assert.Contains(tokens, t => t.Slice(text) is "Vireo’s" && t.Kind == TokenKind.Word);
        Assert.Contains(tokens, t => t.Slice(text) is "1,200.5" && t.Kind == TokenKind.Number);
        Assert.Contains(tokens, t => t.Slice(text) is "São" && t.Start == text.IndexOf("São", StringComparison.Ordinal));
        Assert.Contains(tokens, t => t.Slice(text) is "VIR");
    }

    [Fact]
    public void Offset_parameter_shifts_token_positions()
    {
        const string text = "xx Corvid Labs";
        var tokens = new List<Token>();
        foreach (var t in new Tokenizer(text.AsSpan(3), 3)) tokens.Add(t);
        Assert.Equal(3, tokens[0].Start);
        Assert.Equal("Corvid", text.Substring(tokens[0].Start, tokens[0].Length));
    }
}

public class NormalizerTests
{
    [Fact]
    public void Html_is_stripped_and_paragraphs_kept()
    {
        var text = TextNormalizer.Normalize("<p>Lumora&nbsp;Inc. <b>rose</b>  5%.</p><p>Second&amp;last.</p>");
        Assert.Equal("Lumora Inc. rose 5%.\n\nSecond&last.", text);
    }
}
