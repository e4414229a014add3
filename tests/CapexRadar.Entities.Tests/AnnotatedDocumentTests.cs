using System.Text;
using CapexRadar.Domain;
using CapexRadar.Entities.Extraction;
using CapexRadar.Text;
using CapexRadar.Text.Syntax;

namespace CapexRadar.Entities.Tests;

/// <summary>The shared annotated document: one set of sentences, tokens, classes and parses read by the extractors.</summary>
public class AnnotatedDocumentTests
{
    private const string Story =
        "Norvik Data Corp. said on Tuesday it would invest $4.5bn in two data centres in Ohio. The start-up's shares rose 3%.\n"
        + "Chief Executive Mara Lind said the plan was “fully funded”.";

    [Fact]
    public void Sentences_and_tokens_are_those_of_the_splitter_and_the_tokenizer()
    {
        var doc = AnnotatedDocument.Create(Story);
        Assert.Equal(SentenceSplitter.Sentences(Story), doc.SentenceList);
        var expected = new List<Token>();
        foreach (var t in new Tokenizer(Story)) expected.Add(t);
        Assert.Equal(expected, doc.Tokens.ToArray());
        Assert.Equal(3, doc.SentenceTokens.Length);
        for (var s = 0; s < doc.SentenceTokens.Length; s++)
        {
            var (first, end) = doc.SentenceTokens[s];
            for (var i = first; i < end; i++) Assert.Equal(s, doc.SentenceOfToken[i]);
        }
    }

    [Fact]
    public void Lower_forms_classes_and_glue_are_per_token()
    {
        var doc = AnnotatedDocument.Create(Story);
        var invest = IndexOf(doc, "invest");
        Assert.Equal("invest", doc.Lower(invest));
        Assert.True(doc.Has(invest, WordClass.InvestVerb));
        var startUp = IndexOf(doc, "start-up's");
        Assert.Equal("start-up's", doc.Lower(startUp));
        var dollar = IndexOf(doc, "$");
        Assert.True(doc.GluedToPrevious(dollar + 1)); // "$" + "4.5"
        Assert.False(doc.GluedToPrevious(dollar));
        Assert.Equal("", doc.Lower(-1));
        Assert.Equal(WordClass.None, doc.Classes(doc.TokenCount));
    }

    [Fact]
    public void A_sentence_is_parsed_once_and_matches_the_parser()
    {
        var doc = AnnotatedDocument.Create(Story);
        var first = doc.Syntax(0);
        Assert.Same(first, doc.Syntax(0));
        Assert.Equal(ShallowParser.Parse(Story, doc.Sentences[0]).Describe(Story), first.Describe(Story));
        Assert.Equal(0, doc.SentenceWithSpan(doc.Sentences[0]));
        Assert.Equal(-1, doc.SentenceWithSpan(new TextSpan(1, 5)));
    }

    [Fact]
    public void Entities_are_the_same_from_a_shared_document_as_from_text()
    {
        var entities = EntityExtractor.CreateDefault();
        var doc = AnnotatedDocument.Create(Story);
        var fromDoc = entities.Extract(doc);
        var fromText = entities.Extract(Story);
        Assert.Equal(Describe(fromText), Describe(fromDoc));
        Assert.Contains(fromDoc.Organizations, o => o.Name.StartsWith("Norvik Data", StringComparison.Ordinal));
    }

    [Fact]
    public void Hostile_input_is_annotated_in_linear_passes()
    {
        var noSpaces = new string('x', 2_000_000);
        var doc = AnnotatedDocument.Create(noSpaces);
        Assert.Equal(1, doc.TokenCount);
        Assert.Equal(AnnotatedDocument.MaxLowerLength, doc.Lower(0).Length);
        Assert.Equal(WordClass.None, doc.Classes(0));

        var sb = new StringBuilder();
        for (var i = 0; i < 20_000; i++) sb.Append(i).Append(' ');
        var numbers = AnnotatedDocument.Create(sb.ToString());
        Assert.Equal(20_000, numbers.TokenCount);
        Assert.Single(numbers.SentenceTokens);
        Assert.NotEmpty(numbers.Syntax(0).Chunks);
    }

    [Fact]
    public void Shared_lower_forms_equal_ToLowerInvariant_and_stay_bounded()
    {
        string[] words = ["Investment", "İstanbul", "ÉLAN", "Straße", "US$", "ǅungla", "Ωmega", "start-up’s", "x"];
        foreach (var w in words)
        {
            Assert.Equal(w.ToLowerInvariant(), LowerForms.LowerInvariant(w));
            Assert.Same(LowerForms.LowerInvariant(w), LowerForms.LowerInvariant(w.ToUpperInvariant().ToLowerInvariant()));
        }
        Assert.Equal("", LowerForms.Intern(""));

        // hostile input: far more distinct words than the table keeps; each is still right, and the table is emptied when
        // full (a form interned long ago is a new, equal string afterwards)
        var first = LowerForms.LowerInvariant("Wordzero");
        for (var i = 0; i < LowerForms.MaxEntries * 3; i++)
            Assert.Equal($"w{i}x", LowerForms.LowerInvariant($"W{i}X"));
        var again = LowerForms.LowerInvariant("Wordzero");
        Assert.Equal(first, again);
        Assert.NotSame(first, again);
        Assert.Throws<ArgumentOutOfRangeException>(() => LowerForms.LowerInvariant(new string('A', LowerForms.MaxLength + 1)));
    }

    [Theory]
    [InlineData("Acme Corp. said it will spend US$38bn on start-ups. Its chief's plan, set in 2024, was A$5.5 billion! Then it stopped")]
    [InlineData("Widgets Inc plans a 1,200.5 million euro plant.It was approved.Next year’s budget is ¥40bn")]
    [InlineData("One sentence only, without an end")]
    public void Parses_from_the_shared_atoms_equal_parses_of_each_sentence_alone(string text)
    {
        var doc = AnnotatedDocument.Create(text);
        _ = doc.AtomArray; // scanned, as an extractor does: the parse then reads these atoms
        for (var i = 0; i < doc.Sentences.Length; i++)
        {
            var alone = ShallowParser.Parse(text, doc.Sentences[i]);
            var shared = doc.Syntax(i);
            Assert.Equal(alone.Tokens, shared.Tokens);
            Assert.Equal(alone.Describe(text), shared.Describe(text));
        }
    }

    [Fact]
    public void Vocabulary_classes_equal_the_lexicon_in_any_case_and_survive_emptying()
    {
        var lexicon = WordClassLexicon.Default;
        var vocabulary = Vocabulary.Current;
        string[] words = ["plans", "Plans", "PLANS", "invested", "Invested", "the", "The", "ÉLAN", "İstanbul", "Straße", "said", "SAID",
            "which", "unlistedword", "x", "", new string('a', WordClassLexicon.MaxListedWordLength + 1), "expects", "Expects"];
        for (var round = 0; round < 2; round++)
        {
            foreach (var w in words)
            {
                Assert.Equal(lexicon.OfAnyCase(w), vocabulary.DefaultClassesOfAnyCase(w));
                if (w.Length > 0)
                {
                    Assert.Equal(w.ToLowerInvariant(), vocabulary.LowerInvariant(w, out var classes));
                    Assert.Equal(lexicon.OfAnyCase(w), classes);
                }
            }
            // a form interned exactly with capitals is not the lower form of the same word
            Assert.Equal("Plans", vocabulary.Intern("Plans"));
            Assert.Equal("plans", vocabulary.LowerInvariant("PLANS"));
            // fill the table past its bound: it is emptied and every answer stays right
            for (var i = 0; i < Vocabulary.MaxEntries + 10; i++) vocabulary.LowerInvariant($"Filler{i}");
            Assert.True(vocabulary.Count <= Vocabulary.MaxEntries);
        }
    }

    [Fact]
    public void Vocabulary_tags_belong_to_one_key_and_one_form_in_any_ascii_case()
    {
        var vocabulary = Vocabulary.Current;
        var lexicon = WordClassLexicon.Default;
        var slot = vocabulary.AsciiSlot("Invested");
        Assert.Equal(lexicon.OfAnyCase("Invested"), vocabulary.DefaultClassesAt(slot));
        vocabulary.SetTag(slot, 7, 42);
        Assert.True(vocabulary.TryGetTag(vocabulary.AsciiSlot("INVESTED"), 7, out var value));
        Assert.Equal(42, value);
        Assert.False(vocabulary.TryGetTag(vocabulary.AsciiSlot("invested"), 8, out _)); // another client's key
        Assert.False(vocabulary.TryGetTag(vocabulary.AsciiSlot("investor"), 7, out _)); // another form
        // only ASCII words have a slot (their folding is A–Z only); empty and over-long words have none
        Assert.Equal(-1, vocabulary.AsciiSlot("Élan"));
        Assert.Equal(-1, vocabulary.AsciiSlot("𐐀bc"));
        Assert.Equal(-1, vocabulary.AsciiSlot(""));
        Assert.Equal(-1, vocabulary.AsciiSlot(new string('a', Vocabulary.MaxLength + 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => vocabulary.SetTag(slot, 0, 1));
        // growth keeps the tag with its form; emptying the full table drops it
        var tagged = new List<string>();
        for (var i = 0; vocabulary.Count < Vocabulary.MaxEntries; i++)
        {
            var word = $"grow{i}";
            vocabulary.SetTag(vocabulary.AsciiSlot(word), 7, i);
            if (i % 1000 == 0) tagged.Add(word);
        }
        foreach (var word in tagged)
        {
            Assert.True(vocabulary.TryGetTag(vocabulary.AsciiSlot(word.ToUpperInvariant()), 7, out var kept));
            Assert.Equal(int.Parse(word[4..], System.Globalization.CultureInfo.InvariantCulture), kept);
        }
        vocabulary.AsciiSlot("onemore"); // the table is full: emptied
        Assert.False(vocabulary.TryGetTag(vocabulary.AsciiSlot(tagged[0]), 7, out _));
    }

    [Fact]
    public void Two_knowledge_bases_on_one_thread_keep_their_own_word_ids()
    {
        // both extractors read this thread's vocabulary, where each leaves its own ids with the word forms
        var plain = EntityExtractor.CreateDefault();
        var extended = EntityExtractor.CreateDefault();
        extended.KnowledgeBase.Upsert(new CompanyRecord { Id = "kb-quillfen-7", Name = "Quillfen Dynamics Ltd", Aliases = ["Quillfen"], Country = "GB" });
        const string text = "quillfen said on Tuesday that Quillfen would expand. Shares of Quillfen rose 4%.";
        for (var round = 0; round < 3; round++)
        {
            Assert.Contains(extended.Extract(text).Organizations, o => o.CompanyId == "kb-quillfen-7");
            Assert.DoesNotContain(plain.Extract(text).Organizations, o => o.CompanyId == "kb-quillfen-7");
        }
    }

    private static int IndexOf(AnnotatedDocument doc, string word)
    {
        for (var i = 0; i < doc.TokenCount; i++)
            if (doc.Tokens[i].Slice(doc.Text).SequenceEqual(word)) return i;
        throw new InvalidOperationException(word);
    }

    private static string Describe(EntitySet set) =>
        string.Join("|", set.Organizations.Select(o => $"{o.CompanyId}:{o.Name}:{string.Join(",", o.Mentions)}"))
        + "#" + string.Join("|", set.People.Select(p => $"{p.Name}:{p.Role}"))
        + "#" + string.Join("|", set.Locations.Select(l => $"{l.Name}:{l.CountryCode}"));
}
