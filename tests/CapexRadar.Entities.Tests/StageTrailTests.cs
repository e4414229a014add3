using CapexRadar.Entities.Extraction;

namespace CapexRadar.Entities.Tests;

/// <summary>The entity stages leave a trail: which stage found each candidate and what became of it.</summary>
public class EntityStageTrailTests
{
    [Fact]
    public void Each_entity_names_the_stage_that_found_it()
    {
        const string text = "Tarnwell Fluidics Corp. will build a plant in Ohio, chief executive Ossian Brede said.";
        var extractor = EntityExtractor.CreateDefault();
        var trail = extractor.Explain(text);
        Assert.Contains(trail, l => l.StartsWith("organisation 'Tarnwell Fluidics", StringComparison.Ordinal) && l.Contains("← legal-suffix: kept"));
        Assert.Contains(trail, l => l.StartsWith("person 'Ossian Brede' ← people: kept", StringComparison.Ordinal));
        Assert.Contains(trail, l => l.StartsWith("place 'Ohio' (US)", StringComparison.Ordinal) && l.EndsWith("kept", StringComparison.Ordinal));
        // the trail does not change the result
        var set = extractor.Extract(text);
        Assert.Equal(set.Organizations.Count, trail.Count(l => l.StartsWith("organisation", StringComparison.Ordinal) && l.EndsWith("kept", StringComparison.Ordinal)));
    }
}
