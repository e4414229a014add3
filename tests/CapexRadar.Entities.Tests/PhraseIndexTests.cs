using CapexRadar.Entities.Extraction;

namespace CapexRadar.Entities.Tests;

/// <summary>The frozen lookup structures (vocabulary slots, compressed trie, case prefilter) answer exactly as the
/// dictionaries they are built from.</summary>
public class PhraseIndexTests
{
    private static PhraseIndex Build(out string[] words)
    {
        var index = new PhraseIndex();
        var longA = "Q" + new string('x', 140) + "a";
        var longB = "Q" + new string('x', 150) + "a"; // same hash prefix and capped length, different word
        words = ["Kestrel", "kestrel-Works", "Orbital", "and", "Rock’s", "eBay", longA, "Fjällräven", "Déjà"];
        index.AddLex("and", Lex.Stop);
        index.AddLex("Orbital", Lex.Descriptor);
        index.Add(["Kestrel", "Orbital", "Systems"], new PhrasePayload { Kind = PhraseKind.Company, Target = 1, Priority = 13 });
        index.Add(["Kestrel"], new PhrasePayload { Kind = PhraseKind.Company, Target = 1, Priority = 12 });
        index.Add(["eBay"], new PhrasePayload { Kind = PhraseKind.Company, Target = 2, Priority = 13 });
        index.Add(["Rock’s", "Bay"], new PhrasePayload { Kind = PhraseKind.Place, Target = 0, Priority = 3 });
        index.Add([longA], new PhrasePayload { Kind = PhraseKind.Product, Target = 0 });
        index.Add(["Fjällräven", "Déjà"], new PhrasePayload { Kind = PhraseKind.Company, Target = 3, Priority = 13 });
        _ = longB;
        return index;
    }

    [Fact]
    public void Frozen_vocabulary_finds_the_same_ids_and_classes_as_the_dictionary()
    {
        var index = Build(out var words);
        string[] probes = [.. words, "KESTREL", "kestrel", "orbital", "AND", "Rock's", "rock’s", "EBAY", "Q" + new string('x', 150) + "a",
            "Q" + new string('X', 140) + "A", "FJÄLLRÄVEN", "déjà", "Kestre", "Kestrels", "", "x", "(", "Bay", "bay"];
        var before = probes.Select(p => (index.IdOf(p), index.LexOf(index.IdOf(p)))).ToArray();
        index.Freeze();
        var after = probes.Select(p => (index.IdOf(p), index.LexOf(index.IdOf(p)))).ToArray();
        Assert.Equal(before, after);
        Assert.Equal(index.IdOf("Kestrel"), index.IdOf("KESTREL"));
        Assert.Equal(-1, index.IdOf("Q" + new string('x', 150) + "a"));
        Assert.Equal(index.IdOf("Rock’s"), index.IdOf("rock's"));
        Assert.Equal(Lex.Descriptor, index.LexOf(index.IdOf("ORBITAL")));
        Assert.Equal(index.IdOf("orbital"), index.IdOf("orbital", curlyApostrophe: false, out var lex));
        Assert.Equal(Lex.Descriptor, lex);
    }

    [Fact]
    public void Frozen_trie_steps_like_the_edge_dictionary()
    {
        var index = Build(out var words);
        var vocabulary = words.Concat(["Systems", "Bay", "Déjà"]).Select(w => index.IdOf(w)).Distinct().ToArray();
        int[] Walk() => [.. from n in Enumerable.Range(0, 12) from w in vocabulary.Append(-1).Append(9999) select index.Step(n, w)];
        var before = Walk();
        index.Freeze();
        Assert.Equal(before, Walk());
        var node = index.Step(index.Step(index.Step(0, index.IdOf("kestrel")), index.IdOf("ORBITAL")), index.IdOf("systems"));
        Assert.True(node > 0);
        Assert.Single(index.Terminal(node)!);
    }

    [Fact]
    public void A_lower_case_token_starts_only_phrases_that_allow_it()
    {
        var index = Build(out _);
        index.Freeze();
        Assert.True(index.StartsPhrase(index.IdOf("Kestrel"), Shape.Upper | Shape.HasUpper));
        Assert.False(index.StartsPhrase(index.IdOf("kestrel"), Shape.Lower)); // "Kestrel" needs its capital
        Assert.True(index.StartsPhrase(index.IdOf("ebay"), Shape.Lower));     // "eBay" is matched exactly later
        Assert.False(index.StartsPhrase(index.IdOf("and"), Shape.Lower));     // no phrase starts with "and"
    }
}
