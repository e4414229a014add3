using CapexRadar.Domain;
using CapexRadar.Text;

namespace CapexRadar.Entities.Extraction;

/// <summary>
/// Finds organisations (linked to the knowledge base and its listings), people with roles, and places in an
/// announcement's normalised text. Thread-safe; one instance serves any number of concurrent calls.
/// </summary>
public sealed class EntityExtractor
{
    public EntityExtractor(CompanyKnowledgeBase knowledgeBase)
    {
        KnowledgeBase = knowledgeBase ?? throw new ArgumentNullException(nameof(knowledgeBase));
    }

    /// <summary>An extractor over the shipped knowledge base and gazetteer (parsed once per process).</summary>
    public static EntityExtractor CreateDefault() => new(CompanyKnowledgeBase.LoadDefault());

    /// <summary>The companies this extractor recognises; <see cref="CompanyKnowledgeBase.Upsert"/> takes effect on the next call.</summary>
    public CompanyKnowledgeBase KnowledgeBase { get; }

    /// <summary>Entities in <paramref name="normalizedText"/> (output of <c>TextNormalizer.Normalize</c>); spans are offsets into it.</summary>
    public EntitySet Extract(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        return Extract(AnnotatedDocument.Create(normalizedText));
    }

    /// <summary>The same over a document already annotated (sentences and clause layer shared with the other extractors).</summary>
    public EntitySet Extract(AnnotatedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new ExtractionRun(KnowledgeBase.Snapshot, document).Run();
    }

    /// <summary>The rule trail of <paramref name="normalizedText"/>: each candidate entity with the stage that found it
    /// and whether it was kept, merged or dropped (<c>capexradar extract --explain ID</c>).</summary>
    public IReadOnlyList<string> Explain(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        var run = new ExtractionRun(KnowledgeBase.Snapshot, AnnotatedDocument.Create(normalizedText));
        return run.Trail(run.Run());
    }
}
