using CapexRadar.Capex.Extraction;
using CapexRadar.Domain;
using CapexRadar.Text;
using CapexRadar.Text.Syntax;

namespace CapexRadar.Capex.Tests;

/// <summary>Capex reading the shared <see cref="AnnotatedDocument"/> (issue 9): the same result as from the text, and the
/// sentence parses are the document's own objects, so a sentence another extractor parsed is not parsed again.</summary>
public sealed class SharedDocumentTests
{
    private static readonly DateTimeOffset Published = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);

    // written for this test: a commitment, an earlier target, a facility plan and a market move
    private const string Story =
        "Northwind Data Corp. plans to spend about $12 billion on AI data centers in Spain over the next three years. " +
        "The company had earlier aimed to invest $8 billion. " +
        "Northwind will build two new data centres in Portugal by 2027, chief executive Ana Ruiz said. \u2026 " +
        "Shares rose 3% in Madrid.";

    private static EntitySet Entities() => new Ents(Story)
        .Org("northwind", "Northwind Data Corp.", "Northwind Data Corp.", "Northwind")
        .Person("Ana Ruiz", "chief executive", "northwind")
        .Place("Spain", "ES").Place("Portugal", "PT").Place("Madrid", "ES", LocationKind.City);

    private static string Show(CapexExtraction x) => string.Join("\n",
        x.Facts.Select(f => $"{f with { Purposes = [] }} purposes=[{string.Join(",", f.Purposes)}]")
            .Concat(x.Facilities.Select(p => $"{p with { CountryCodes = [] }} countries=[{string.Join(",", p.CountryCodes)}]")));

    [Fact]
    public void Document_overload_gives_the_text_overloads_result()
    {
        var x = new CapexExtractor();
        var fromText = x.Extract(Story, Entities(), Published);
        var fromDocument = x.Extract(AnnotatedDocument.Create(Story), Entities(), Published);
        Assert.NotEmpty(fromText.Facts);
        Assert.NotEmpty(fromText.Facilities);
        Assert.Equal(Show(fromText), Show(fromDocument));
    }

    [Fact]
    public void Document_overload_of_empty_text_is_empty() =>
        Assert.Same(CapexExtraction.Empty, new CapexExtractor().Extract(AnnotatedDocument.Create(""), EntitySet.Empty, null));

    [Fact]
    public void Sentence_parses_are_the_documents_own()
    {
        var doc = AnnotatedDocument.Create(Story);
        // another extractor parsed every sentence first
        var before = Enumerable.Range(0, doc.Sentences.Length).Select(doc.Syntax).ToArray();
        var index = new DocumentIndex(doc, Entities());
        Assert.NotEmpty(index.SentenceSpans);
        for (var k = 0; k < index.SentenceSpans.Count; k++)
        {
            var d = doc.SentenceWithSpan(index.SentenceSpans[k]);
            Assert.True(d >= 0, $"capex sentence {k} is not a sentence of the document");
            Assert.Same(before[d], index.Syntax(k));
        }

        // and a whole extraction leaves them as they were (it read them, it did not parse them again)
        new CapexExtractor().Extract(doc, Entities(), Published);
        for (var d = 0; d < before.Length; d++) Assert.Same(before[d], doc.Syntax(d));
    }

    [Fact]
    public void Parse_made_by_capex_is_kept_in_the_document_for_the_next_reader()
    {
        var doc = AnnotatedDocument.Create(Story);
        var index = new DocumentIndex(doc, Entities());
        var first = index.Syntax(0);
        Assert.Same(first, doc.Syntax(doc.SentenceWithSpan(index.SentenceSpans[0])));
    }

    [Fact]
    public void Document_with_other_word_classes_is_not_shared()
    {
        using var json = new MemoryStream("{}"u8.ToArray());
        var other = WordClassLexicon.Load(json); // no word classes at all: its parses are not the ones capex reads
        var doc = AnnotatedDocument.Create(Story, other);
        var index = new DocumentIndex(doc, Entities());
        Assert.NotSame(doc.Syntax(doc.SentenceWithSpan(index.SentenceSpans[0])), index.Syntax(0));
    }
}
