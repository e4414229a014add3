using CapexRadar.Domain;
using CapexRadar.Text;

namespace CapexRadar.Capex.Extraction;

/// <summary>Capex facts and facility plans found in one announcement.</summary>
public sealed record CapexExtraction(IReadOnlyList<CapexFact> Facts, IReadOnlyList<FacilityPlan> Facilities)
{
    public static CapexExtraction Empty { get; } = new([], []);
}

/// <summary>A capex fact and the rule trail that decided its kind and owner (<c>capexradar extract --explain ID</c>).</summary>
public sealed record ExplainedCapexFact(CapexFact Fact, IReadOnlyList<string> Trail);

/// <summary>
/// Finds capital-expenditure facts — a company's commitment, the earlier target it replaces, and market-wide forecasts —
/// and facility plans in normalised announcement text, using the entities found in the same text.
/// Reads the grammar of spending (triggers such as "plans to spend", "capex of", "earmarked"; distractors such as revenue,
/// valuations, stakes, loans, subsidies), never particular sentences.
/// </summary>
public sealed class CapexExtractor
{
    private readonly FxTable _fx;

    public CapexExtractor() : this(FxTable.Default) { }

    public CapexExtractor(FxTable fx) => _fx = fx;

    public FxTable Fx => _fx;

    public CapexExtraction Extract(string normalizedText, EntitySet entities, DateTimeOffset? publishedAt)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        if (normalizedText.Length == 0) return CapexExtraction.Empty;
        return Extract(AnnotatedDocument.Create(normalizedText), entities, publishedAt);
    }

    /// <summary>Capex facts and facility plans of the shared annotated document (<c>AnnouncementAnalyzer</c> builds it
    /// once): its sentences and sentence parses are read, not made again. Same result as the string overload over
    /// <see cref="AnnotatedDocument.Text"/>.</summary>
    public CapexExtraction Extract(AnnotatedDocument document, EntitySet entities, DateTimeOffset? publishedAt)
    {
        ArgumentNullException.ThrowIfNull(document);
        entities ??= EntitySet.Empty;
        if (document.Text.Length == 0) return CapexExtraction.Empty;
        using var doc = new DocumentIndex(document, entities); // its per-token arrays go back to the pool afterwards
        var run = new CapexRun(doc, _fx, publishedAt);
        var facts = run.FindFacts();
        var facilities = new FacilityFinder(doc, run).Find();
        return new CapexExtraction(facts, facilities);
    }

    /// <summary>As <see cref="Extract(string, EntitySet, DateTimeOffset?)"/>, also giving the words the rules read (<paramref name="steps"/>):
    /// tests compare it at n and 2n to show linearity without timing.</summary>
    internal CapexExtraction ExtractCounted(string normalizedText, EntitySet entities, DateTimeOffset? publishedAt, out long steps)
    {
        using var doc = new DocumentIndex(AnnotatedDocument.Create(normalizedText), entities);
        var run = new CapexRun(doc, _fx, publishedAt);
        var facts = run.FindFacts();
        steps = run.Steps;
        return new CapexExtraction(facts, []);
    }

    /// <summary>Each capex fact found (before repeats are merged) with the rules that decided its kind and owner, in order.</summary>
    public IReadOnlyList<ExplainedCapexFact> Explain(string normalizedText, EntitySet entities, DateTimeOffset? publishedAt)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        entities ??= EntitySet.Empty;
        if (normalizedText.Length == 0) return [];
        using var doc = new DocumentIndex(normalizedText, entities);
        var run = new CapexRun(doc, _fx, publishedAt);
        run.FindFacts();
        return run.Explained().Select(e => new ExplainedCapexFact(e.Fact, e.Trail)).ToList();
    }
}
