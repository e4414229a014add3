using CapexRadar.Capex.Extraction;
using CapexRadar.Domain;
using CapexRadar.Entities.Extraction;
using CapexRadar.Market.Extraction;
using CapexRadar.Text;

namespace CapexRadar.Analysis;

/// <summary>
/// The whole pipeline in one process, in the same order the services run it:
/// entities first, then capex and market over the text and those entities.
/// </summary>
public sealed class AnnouncementAnalyzer(EntityExtractor entities, CapexExtractor capex, MarketMoveExtractor market)
{
    public static AnnouncementAnalyzer CreateDefault() =>
        new(EntityExtractor.CreateDefault(), new CapexExtractor(), new MarketMoveExtractor());

    /// <summary>Analyses raw text (plain or HTML): normalises it first, as Ingestion does.</summary>
    public (string Text, AnalysisResult Result) AnalyzeRaw(string raw, DateTimeOffset? publishedAt)
    {
        var text = TextNormalizer.Normalize(raw);
        return (text, Analyze(text, publishedAt));
    }

    /// <summary>Analyses text that is already normalised; every span refers to it.</summary>
    /// <remarks>The text is annotated once (<see cref="AnnotatedDocument"/>: sentences, tokens, word classes, clauses)
    /// and that document is handed to all three extractors (Capex reads its sentences and sentence parses; its quantity
    /// tokenizer, finer than the shared one, stays its own).</remarks>
    public AnalysisResult Analyze(string normalizedText, DateTimeOffset? publishedAt)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        var document = AnnotatedDocument.Create(normalizedText);
        var found = entities.Extract(document);
        var capexFound = capex.Extract(document, found, publishedAt);
        var moves = market.Extract(document, found);
        return new AnalysisResult(found, capexFound.Facts, capexFound.Facilities, moves);
    }

    /// <summary>The capex facts of normalised text with the rule trail that decided each one's kind and owner.</summary>
    public IReadOnlyList<ExplainedCapexFact> ExplainCapex(string normalizedText, DateTimeOffset? publishedAt) =>
        capex.Explain(normalizedText, entities.Extract(normalizedText), publishedAt);

    /// <summary>The entity rule trail of normalised text: each candidate with the stage that found it and what became of it.</summary>
    public IReadOnlyList<string> ExplainEntities(string normalizedText) => entities.Explain(normalizedText);

    /// <summary>The market rule trail of normalised text: for each group of percentages, the stage that dropped it or the moves it gave.</summary>
    public IReadOnlyList<string> ExplainMarket(string normalizedText) =>
        market.Explain(normalizedText, entities.Extract(normalizedText));
}
