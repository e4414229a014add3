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
    public (string Text, AnalysisResult Result) AnalyzeRaw(string raw, DateTimeOffset? publishedAt) => AnalyzeRaw(raw, publishedAt, null);

    /// <summary>As <see cref="AnalyzeRaw(string, DateTimeOffset?)"/>, telling <paramref name="stages"/> as each stage ends
    /// (the CLI's <c>CAPEXRADAR_PROFILE</c> uses it to say where the time goes).</summary>
    public (string Text, AnalysisResult Result) AnalyzeRaw(string raw, DateTimeOffset? publishedAt, IStageObserver? stages)
    {
        var text = TextNormalizer.Normalize(raw);
        stages?.Ended(AnalysisStage.Normalize);
        return (text, Analyze(text, publishedAt, stages));
    }

    /// <summary>Analyses text that is already normalised; every span refers to it.</summary>
    /// <remarks>The text is annotated once (<see cref="AnnotatedDocument"/>: sentences, tokens, word classes, clauses)
    /// and that document is handed to all three extractors (Capex reads its sentences and sentence parses; its quantity
    /// tokenizer, finer than the shared one, stays its own).</remarks>
    public AnalysisResult Analyze(string normalizedText, DateTimeOffset? publishedAt) => Analyze(normalizedText, publishedAt, null);

    /// <summary>As <see cref="Analyze(string, DateTimeOffset?)"/>, telling <paramref name="stages"/> as each stage ends.</summary>
    public AnalysisResult Analyze(string normalizedText, DateTimeOffset? publishedAt, IStageObserver? stages)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        var document = AnnotatedDocument.Create(normalizedText);
        stages?.Ended(AnalysisStage.Sentences);
        var found = entities.Extract(document);
        stages?.Ended(AnalysisStage.Entities);
        var capexFound = capex.Extract(document, found, publishedAt);
        stages?.Ended(AnalysisStage.Capex);
        var moves = market.Extract(document, found);
        stages?.Ended(AnalysisStage.Market);
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

/// <summary>The stages of <see cref="AnnouncementAnalyzer.AnalyzeRaw(string, DateTimeOffset?, IStageObserver?)"/> in order.</summary>
public enum AnalysisStage { Normalize, Sentences, Entities, Capex, Market }

/// <summary>Told as each stage of an analysis ends (profiling; the analysers call it on their own thread).</summary>
public interface IStageObserver
{
    void Ended(AnalysisStage stage);
}
