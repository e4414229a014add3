using CapexRadar.Domain;

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
        return new ExtractionRun(KnowledgeBase.Snapshot, normalizedText).Run();
    }
}
