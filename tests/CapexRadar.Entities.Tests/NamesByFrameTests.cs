using CapexRadar.Entities.Extraction;
using CapexRadar.Text;

namespace CapexRadar.Entities.Tests;

/// <summary>Stage FindNamesByFrame: a name no list knows is an organisation when an apposition calls it a company, or when it
/// is the subject right after a dateline in an investing sentence — even where the people stage guessed a person.
/// Sentences written for these tests.</summary>
public class NamesByFrameTests
{
    [Theory]
    [InlineData("Quarry Hollow, a battery-materials start-up based in Ohio, will invest $90 million in a second line.", "Quarry Hollow")]
    [InlineData("Tamsin Fold, a chip-packaging start-up headquartered in Singapore, plans to spend €600 million on a plant.", "Tamsin Fold")]
    [InlineData("Brisa Velha, the Lisbon chipmaker, said it would add a test line.", "Brisa Velha")]
    [InlineData("Orrin Vale, a Dutch maker of glass substrates, opened its first plant.", "Orrin Vale")]
    public void A_name_in_apposition_to_a_company_noun_is_an_organisation(string text, string name)
    {
        var e = X.Run(text);
        Assert.Contains(name, e.Orgs());
        Assert.DoesNotContain(e.People, p => p.Name == name);
        // one organisation for the whole name, not one per word
        Assert.DoesNotContain(e.Orgs(), o => name.Split(' ').Contains(o));
    }

    [Theory]
    [InlineData("OSLO - Fjordvik Kraft plans to invest 4 billion crowns in a data centre.", "Fjordvik Kraft")]
    [InlineData("MANILA — Lantaw Power Corp will spend 9 billion pesos on two plants over three years.", "Lantaw Power Corp")]
    public void The_subject_after_a_dateline_of_an_investing_sentence_is_an_organisation(string text, string name)
    {
        Assert.Contains(X.Run(text).Orgs(), o => o.StartsWith(name.Split(' ')[0], StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Hanamura denki Inc. (hereinafter \"the Company\") announces that its board resolved to invest up to ¥40 billion.", "Hanamura denki")]
    [InlineData("Kestrel Fabrik AG (hereafter \"Kestrel\") will build a second plant.", "Kestrel Fabrik")]
    public void The_words_before_a_defined_term_bracket_name_a_company(string text, string name)
    {
        Assert.Contains(X.Run(text).Orgs(), o => o.StartsWith(name, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Chief executive Maria Santos, the company's founder, said the plant would open in May.", "Maria Santos")]
    [InlineData("Finance chief David Miller, a group veteran, will run the new unit.", "David Miller")]
    public void A_person_described_by_a_role_stays_a_person(string text, string name)
    {
        var e = X.Run(text);
        Assert.DoesNotContain(name, e.Orgs());
        Assert.Contains(e.People, p => p.Name == name);
    }

    [Theory]
    [InlineData("On Tuesday, the company said it would invest $40 million in a plant.")]
    [InlineData("OSLO - Analysts expect the sector to invest $40 billion in new plants next year.")]
    [InlineData("OSLO - Fjordvik Kraft plans to hire 300 engineers.")]
    public void Nothing_that_is_not_a_name_becomes_an_organisation(string text)
    {
        Assert.Empty(X.Run(text).Orgs());
    }
    [Theory]
    [InlineData("Brenholt's share of the investment will be €90 million.", "Brenholt")]
    [InlineData("Qatar Skyports will invest 5 billion riyals in new terminals over three years.", "Qatar Skyports")]
    public void A_share_owner_and_a_name_led_by_a_place_are_organisations(string text, string name)
    {
        Assert.Contains(name, X.Run(text).Orgs());
    }

    [Theory]
    [InlineData("Brenholt will pay EUR 130 million for the new ship , which will be completed in 2028 .", "Brenholt")]
    [InlineData("Korvath Shipping pays $90 million for two ferries.", "Korvath Shipping")]
    [InlineData("Holling will pay $90 million for two ferries.", "Holling")]
    public void The_payer_of_a_sum_for_something_is_an_organisation(string text, string name)
    {
        Assert.Contains(name, X.Run(text).Orgs());
    }

    [Theory]
    [InlineData("The company will pay $90 million for two ferries.")]
    [InlineData("Brenholt will pay tribute to the crew for the new record.")]
    public void A_determiner_subject_or_a_payment_without_money_names_no_organisation(string text)
    {
        Assert.Empty(X.Run(text).Orgs());
    }

    [Theory]
    [InlineData("Brenholt approved an investment of EUR 20 mn in a new line .", "Brenholt")]
    [InlineData("Korvath Shipping will raise its capacity with an investment of $40 million.", "Korvath Shipping")]
    [InlineData("Korvath Shipping' board approved an investment of $40 million in two ferries.", "Korvath Shipping")]
    [InlineData("Brenholt 's board of directors has approved capital expenditure of EUR 20 mn .", "Brenholt")]
    [InlineData("The board of Korvath Shipping approved an investment of $40 million in two ferries.", "Korvath Shipping")]
    public void The_subject_of_a_clause_with_a_spending_noun_and_an_amount_is_an_organisation(string text, string name)
    {
        Assert.Contains(name, X.Run(text).Orgs());
    }

    [Theory]
    [InlineData("Brenholt approved an investment in a new line .", false)]
    [InlineData("Brenholt approved an investment of EUR 20 mn in a new line .", true)]
    public void Cached_figures_and_money_cues_of_one_text_do_not_carry_over_to_the_next(string text, bool named)
    {
        // a long text of amounts first, on the same thread and extractor: its tokens' cached figure / money-cue bits sit in
        // pooled arrays past the end of the short text, and must not decide the short text's frame
        var amounts = string.Join(" ", Enumerable.Range(1, 400).Select(i => $"${i} million, EUR {i} mn and {i} billion yuan;"));
        X.Run("Orvik Holdings reported " + amounts + " in total.");
        var after = X.Run(text).Orgs();
        Assert.Equal(named, after.Contains("Brenholt"));
        Assert.Equal(EntityExtractor.CreateDefault().Extract(TextNormalizer.Normalize(text)).Orgs(), after);
    }

    [Theory]
    [InlineData("Brenholt Line and Korvath Yards said on Monday that there were plans to build a EUR 240 million ferry .", "Brenholt Line")]
    [InlineData("Brenholt said that there were plans to build a $300 million terminal in the port.", "Brenholt")]
    public void The_speakers_of_an_agentless_investing_plan_are_organisations(string text, string name)
    {
        Assert.Contains(name, X.Run(text).Orgs());
    }

    [Theory]
    [InlineData("Sales rose to EUR 20 mn while investment fell .")]
    [InlineData("Analysts approved of the investment of $40 million in two ferries.")]
    public void A_plural_noun_or_a_clause_without_a_spending_object_names_no_organisation(string text)
    {
        Assert.Empty(X.Run(text).Orgs());
    }

    [Theory]
    [InlineData("Mexico City will invest 5 billion pesos in new metro lines.")]
    [InlineData("Qatar Skyports Chief Executive Omar Haddad said the company would invest 5 billion riyals.")]
    public void A_place_led_run_that_is_a_place_or_a_title_is_no_organisation(string text)
    {
        Assert.DoesNotContain(X.Run(text).Orgs(), o => o.StartsWith("Mexico", StringComparison.Ordinal) || o.Contains("Chief", StringComparison.Ordinal));
    }
}
