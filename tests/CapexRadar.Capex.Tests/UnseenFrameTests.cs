using CapexRadar.Capex.Extraction;
using CapexRadar.Domain;

namespace CapexRadar.Capex.Tests;

/// <summary>
/// Classes of language read from the misses on holdout7 and real-capex (sixth session), each as a general rule: a partner
/// named after a relation noun is not the spender, a whole that "covers" a part, more spending verbs, and period forms
/// (counts of fiscal years, "the years 2026 to 2029", "in 2026 and 2027", "2026-27"). Sentences written for these tests.
/// </summary>
public sealed class UnseenFrameTests
{
    private static readonly DateTimeOffset Published = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly CapexExtractor _x = new();

    private static string Show(IReadOnlyList<CapexFact> fs) =>
        string.Join(" | ", fs.Select(f => $"{f.Kind} {f.CompanyId} {f.Amount} p={f.PeriodYears} fy={f.FiscalYear}"));

    private IReadOnlyList<CapexFact> Facts(string t) =>
        _x.Extract(t, new Ents(t).Org("quill", "Quillon Grid", "Quillon Grid", "Quillon").Org("harbr", "Harbrook Telecom", "Harbrook Telecom")
            .Org("vesta", "Vesta Mobile", "Vesta Mobile").Announcer("quill"), Published).Facts;

    [Theory]
    [InlineData("Quillon Grid plans to invest about 9 billion baht over three years to build a data centre with partners Harbrook Telecom and Vesta Mobile.")]
    [InlineData("Quillon Grid will spend 9 billion baht on a data centre with its partner Harbrook Telecom.")]
    [InlineData("Quillon Grid will spend 9 billion baht on a campus for customer Harbrook Telecom.")]
    public void A_company_after_a_relation_noun_in_a_prepositional_phrase_is_not_the_spender(string t)
    {
        var fs = Facts(t);
        Assert.True(fs.Count == 1 && fs[0].CompanyId == "quill", Show(fs));
    }

    [Fact]
    public void A_partner_alone_in_the_sentence_does_not_take_an_unowned_plan()
    {
        const string t = "A 9 billion baht data centre will be built in Chonburi with partners Harbrook Telecom and Vesta Mobile.";
        var fs = Facts(t);
        Assert.DoesNotContain(fs, f => f.CompanyId is "harbr" or "vesta");
    }

    [Theory]
    [InlineData("The budget covers 400 billion won for research and development in cooling software.")]
    [InlineData("The plan comprises 400 billion won for research and development in cooling software.")]
    public void A_whole_that_covers_a_research_part_makes_it_a_part_of_the_pledge(string second)
    {
        var t = "Quillon Grid will invest 3 trillion won over four years through 2029 to build a campus. " + second;
        var fs = Facts(t);
        Assert.True(fs.Any(f => f is { Kind: CapexKind.Commitment, CompanyId: "quill", Amount.Value: 400_000_000_000m, PeriodYears: 4 }), Show(fs));
    }

    [Theory]
    [InlineData("Quillon Grid will devote €2 billion to new substations.")]
    [InlineData("Quillon Grid will dedicate €2 billion to new substations.")]
    public void Devoting_money_to_assets_is_spending(string t)
    {
        var fs = Facts(t);
        Assert.True(fs.Count == 1 && fs[0] is { Kind: CapexKind.Commitment, CompanyId: "quill" }, Show(fs));
    }

    [Theory]
    [InlineData("Quillon Grid will invest €6 billion over the three fiscal years to March 2029.", 3)]
    [InlineData("Quillon Grid will invest €6 billion in the next two financial years.", 2)]
    [InlineData("Quillon Grid will invest €6 billion in the years 2026 to 2029.", 4)]
    [InlineData("Quillon Grid will invest €6 billion over the period 2026-2030.", 5)]
    [InlineData("Quillon Grid will invest €6 billion in 2026 and 2027.", 2)]
    [InlineData("Quillon Grid will invest €6 billion in 2026-27.", 1)]
    public void Period_forms_give_the_number_of_years(string t, int years)
    {
        var fs = Facts(t);
        Assert.True(fs.Count == 1 && fs[0].PeriodYears == years, Show(fs));
    }

    [Fact]
    public void A_year_written_with_the_next_one_short_is_a_fiscal_year()
    {
        var fs = Facts("Quillon Grid will invest ₹5,000 crore in 2026-27.");
        Assert.True(fs.Count == 1 && fs[0] is { PeriodYears: 1, FiscalYear: 2027 }, Show(fs));
    }

    [Fact]
    public void Two_years_far_apart_joined_by_and_are_no_stretch()
    {
        // "in 2026 and 2029" names two milestones, not a four-year window
        var fs = Facts("Quillon Grid will invest €6 billion in campuses opening in 2026 and 2029.");
        Assert.True(fs.Count == 1 && fs[0].PeriodYears != 4, Show(fs));
    }
    [Fact]
    public void A_spending_window_in_a_fiscal_year_is_no_milestone_date()
    {
        var fs = Facts("Quillon Grid said it would spend ¥90 billion on new production capacity in the fiscal year ending March 2027.");
        Assert.True(fs.Count == 1 && fs[0] is { PeriodYears: 1, FiscalYear: 2027 }, Show(fs));
    }

    [Fact]
    public void An_earlier_figure_for_the_same_count_of_years_takes_that_period()
    {
        var fs = Facts("Quillon Grid now guides for €9 billion of capex over the three financial years to June 2029, versus €7 billion previously guided for the same three financial years.");
        Assert.True(fs.Any(f => f is { Kind: CapexKind.PriorTarget, Amount.Value: 7_000_000_000m, PeriodYears: 3 }), Show(fs));
    }

    [Theory]
    [InlineData("Quillon Grid's capex in the financial year to June 2025 came to €3.1 billion.")]
    [InlineData("Quillon Grid's capital spending in 2025 amounted to €3.1 billion.")]
    public void A_spending_noun_that_came_to_a_level_is_money_already_spent(string t)
    {
        Assert.Empty(Facts(t));
    }

    [Theory]
    [InlineData("Quillon Grid has deployed about €3.1 billion so far in its campuses.")]
    [InlineData("Quillon Grid has committed €3.1 billion to date to new substations.")]
    public void A_spending_verb_in_a_past_form_with_so_far_is_a_running_total(string t)
    {
        Assert.Empty(Facts(t));
    }

    [Fact]
    public void A_plan_to_have_deployed_money_by_a_date_is_still_a_plan()
    {
        var fs = Facts("Quillon Grid will have deployed €3.1 billion in new substations by 2028, it said.");
        Assert.Single(fs);
    }

    [Fact]
    public void A_figure_surpassing_the_one_the_company_contemplated_before_makes_that_one_an_earlier_plan()
    {
        var fs = Facts("Quillon Grid will invest €2.5 billion in its grid business in the period 2026-2030. The figure surpasses the €1.8 billion that the company contemplated in its previous plan.");
        Assert.True(fs.Any(f => f is { Kind: CapexKind.PriorTarget, CompanyId: "quill", Amount.Value: 1_800_000_000m })
                    && fs.Any(f => f is { Kind: CapexKind.Commitment, Amount.Value: 2_500_000_000m, PeriodYears: 5 }), Show(fs));
    }

    [Theory]
    [InlineData("Quillon Grid will invest 2 billion Qatari riyals in Doha. Analysts expect spending on data centres in the region to exceed 9 billion riyals.", "QAR")]
    [InlineData("Quillon Grid will invest 2 billion riyals in Jeddah.", "SAR")]
    public void A_bare_riyal_is_the_riyal_the_story_named(string t, string currency)
    {
        var fs = Facts(t);
        Assert.True(fs.Count >= 1 && fs.All(f => f.Amount.CurrencyCode == currency), Show(fs));
    }
    [Fact]
    public void An_organisation_inside_an_apposition_with_a_relative_clause_is_not_the_spender()
    {
        const string t = "Quillon Grid, the operator that counts Harbrook Telecom among its tenants, plans to spend $1.2 billion on two campuses.";
        var fs = Facts(t);
        Assert.True(fs.Count == 1 && fs[0].CompanyId == "quill", Show(fs));
    }

    [Theory]
    [InlineData("Harbrook Telecom said its shareholders would inject €500 million of fresh capital into the company.")]
    [InlineData("Harbrook Telecom will inject €500 million into its subsidiary Vesta Mobile.")]
    public void Shareholders_injecting_capital_is_not_capex(string t)
    {
        Assert.Empty(Facts(t));
    }

    [Fact]
    public void Injecting_money_into_assets_is_still_capex()
    {
        var fs = Facts("Harbrook Telecom will inject €500 million into its fibre network next year.");
        Assert.True(fs.Count == 1 && fs[0].CompanyId == "harbr", Show(fs));
    }

    [Theory]
    [InlineData("Quillon Grid will pay €400 million for a new desalination plant in Oman.")]
    [InlineData("Quillon Grid will pay €400 million for the new cable ship, which will be delivered in 2028.")]
    [InlineData("Quillon Grid pays €400 million for two cable ships to be delivered in 2028.")]
    public void Paying_for_an_asset_is_spending_on_it(string t)
    {
        var fs = Facts(t);
        Assert.True(fs.Count == 1 && fs[0] is { Kind: CapexKind.Commitment, CompanyId: "quill" }, Show(fs));
    }

    [Theory]
    [InlineData("Quillon Grid will pay €400 million for a stake in Vesta Mobile.")]
    [InlineData("Quillon Grid paid €400 million for the new cable ship last year.")]
    public void Paying_for_a_stake_or_a_past_purchase_is_not_a_commitment(string t)
    {
        Assert.Empty(Facts(t));
    }

    [Theory]
    [InlineData("Harbrook Telecom's share of the investment will be €90 million.")]
    [InlineData("The total investment in the plant will be €300 million, of which Harbrook Telecom's share will be €90 million.")]
    public void A_company_s_share_of_an_investment_is_its_commitment(string t)
    {
        var fs = Facts(t);
        Assert.True(fs.Any(f => f is { Kind: CapexKind.Commitment, CompanyId: "harbr", Amount.Value: 90_000_000m }), Show(fs));
    }

    [Theory]
    [InlineData("The total investment in the plant will be €10 million, and Harbrook Telecom's share of the investments will be worth about €2.7 million.")]
    [InlineData("The total investment in the new terminal will be €10 million, of which Harbrook Telecom's share will be €2.7 million.")]
    public void A_whole_shared_with_a_named_company_s_share_has_no_single_owner(string t)
    {
        var fs = Facts(t);
        Assert.True(fs.Count == 2 && fs.Any(f => f is { Amount.Value: 10_000_000m, CompanyId: null })
                    && fs.Any(f => f is { Kind: CapexKind.Commitment, Amount.Value: 2_700_000m, CompanyId: "harbr" }), Show(fs));
    }

    [Theory]
    [InlineData("Quillon Grid will invest 2 billion Danish crowns in a data centre. A second phase will cost another 1 billion crowns.", "DKK")]
    [InlineData("Quillon Grid will invest 900 million Swedish crowns in a battery plant.", "SEK")]
    [InlineData("Quillon Grid will invest 300 million Kuwaiti dinars in new towers over five years.", "KWD")]
    public void Crowns_and_dinars_take_the_country_the_story_names(string t, string currency)
    {
        var fs = Facts(t);
        Assert.True(fs.Count >= 1 && fs.All(f => f.Amount.CurrencyCode == currency), Show(fs));
    }

    [Theory]
    [InlineData("Quillon Grid will invest 300 million markkaa (about EUR 50 million) in a new cable plant.", "FIM", 300_000_000)]
    [InlineData("Quillon Grid will invest 80 million German marks in a new turbine plant, equal to about EUR 41 million.", "DEM", 80_000_000)]
    [InlineData("Quillon Grid will spend 900 billion lire on a new refinery unit, or roughly $520 million.", "ITL", 900_000_000_000)]
    [InlineData("Quillon Grid will invest 100 million French francs in a new factory, equivalent to EUR 15 million.", "FRF", 100_000_000)]
    public void A_legacy_currency_amount_is_the_fact_and_its_later_conversion_is_not(string t, string currency, long amount)
    {
        var fs = Facts(t);
        Assert.True(fs.Count == 1 && fs[0] is { Kind: CapexKind.Commitment, CompanyId: "quill" } && fs[0].Amount.CurrencyCode == currency
                    && fs[0].Amount.Value == amount, Show(fs));
    }

    [Theory]
    [InlineData("Harbrook Telecom expects European utilities to spend $50 billion on grids next year.")]
    [InlineData("European utilities will spend $50 billion on grids next year, Harbrook Telecom's chief executive said.")]
    [InlineData("Asian steelmakers will invest $20 billion in new furnaces by 2030, according to Quillon Grid.")]
    public void A_bare_plural_of_a_sector_s_firms_spending_is_a_forecast(string t)
    {
        var fs = Facts(t);
        Assert.True(fs.Count == 1 && fs[0] is { Kind: CapexKind.Forecast, CompanyId: null }, Show(fs));
    }

    [Theory]
    [InlineData("Quillon Grid and Harbrook Telecom will build a $500 million cable landing station in Portugal.")]
    [InlineData("Quillon Grid and Harbrook Telecom said on Monday that there were plans to build a $500 million cable landing station.")]
    public void Of_two_coordinated_companies_the_first_named_leads_the_plan(string t)
    {
        var fs = Facts(t);
        Assert.True(fs.Count == 1 && fs[0] is { Kind: CapexKind.Commitment, CompanyId: "quill" }, Show(fs));
    }

    [Fact]
    public void A_bare_crown_with_nothing_to_say_whose_is_no_fact()
    {
        Assert.Empty(Facts("Quillon Grid will invest 2 billion crowns in a data centre."));
    }
}
