using CapexRadar.Capex.Extraction;
using CapexRadar.Domain;

namespace CapexRadar.Capex.Tests;

/// <summary>
/// Rules decided on clause structure (issue 10): prior targets said in other words, forecasts with a scope, parts of a
/// pledge, less common commitment frames, who spends when several companies share a sentence, and spenders no list
/// knows. Sentences written for these tests.
/// </summary>
public sealed class ClauseRuleTests
{
    private static readonly DateTimeOffset Published = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly CapexExtractor _x = new();

    private IReadOnlyList<CapexFact> Facts(string text, EntitySet e) => _x.Extract(text, e, Published).Facts;

    private static string Show(IReadOnlyList<CapexFact> fs) =>
        string.Join(" | ", fs.Select(f => $"{f.Kind} {f.CompanyId} {f.Amount} hi={f.AmountHigh} p={f.PeriodYears} {f.Scope} q={f.Qualifier}"));

    private static CapexFact? Of(IReadOnlyList<CapexFact> fs, decimal value) => fs.FirstOrDefault(f => f.Amount.Value == value);

    // ------------------------------------------------------------------ prior targets in other words

    [Theory]
    [InlineData("Tamarind Cloud will spend ¥480 billion on servers this year, lifting the budget from the ¥350 billion it set in spring.", 480_000_000_000, 350_000_000_000)]
    [InlineData("Tamarind Cloud now plans to invest $9 billion in new capacity, well above the $6 billion it had pencilled in.", 9_000_000_000, 6_000_000_000)]
    [InlineData("Tamarind Cloud will invest $12 billion in data centres in 2026, up on an earlier goal of $10 billion.", 12_000_000_000, 10_000_000_000)]
    [InlineData("Tamarind Cloud is enlarging its investment fund for new plants to $7 billion from $5 billion.", 7_000_000_000, 5_000_000_000)]
    public void An_earlier_target_in_other_words_is_a_prior_target(string t, long now, long before)
    {
        var e = new Ents(t).Org("tamarind", "Tamarind Cloud").Announcer("tamarind");
        var fs = Facts(t, e);
        Assert.True(Of(fs, now) is { Kind: CapexKind.Commitment, CompanyId: "tamarind" }, Show(fs));
        Assert.True(Of(fs, before) is { Kind: CapexKind.PriorTarget, CompanyId: "tamarind" }, Show(fs));
    }

    [Theory]
    [InlineData("Tamarind Cloud will spend $9 billion on servers over three years, replacing the $6 billion three-year budget it set out last May.", 9_000_000_000, 6_000_000_000)]
    [InlineData("Tamarind Cloud will spend $9 billion on servers. The plan enlarges the $6 billion outlined in its previous strategy.", 9_000_000_000, 6_000_000_000)]
    public void A_figure_being_replaced_is_a_prior_target(string t, long now, long before)
    {
        var e = new Ents(t).Org("tamarind", "Tamarind Cloud").Announcer("tamarind");
        var fs = Facts(t, e);
        Assert.True(Of(fs, now) is { Kind: CapexKind.Commitment, CompanyId: "tamarind" }, Show(fs));
        Assert.True(Of(fs, before) is { Kind: CapexKind.PriorTarget, CompanyId: "tamarind" }, Show(fs));
    }

    [Theory]
    [InlineData("Tamarind Cloud budgeted $9 billion of capital spending for 2026, down from the $11 billion it spent last year.")]
    [InlineData("Tamarind Cloud said capex this year is budgeted at $9 billion, compared with last year's actual $11 billion.")]
    [InlineData("Tamarind Cloud guided 2026 capital spending of $9 billion, after spending $11 billion last year.")]
    public void Money_already_spent_is_neither_a_plan_nor_a_prior_target(string t)
    {
        var e = new Ents(t).Org("tamarind", "Tamarind Cloud").Announcer("tamarind");
        var fs = Facts(t, e);
        Assert.True(fs.Count == 1 && fs[0] is { Kind: CapexKind.Commitment, CompanyId: "tamarind" } && fs[0].Amount.Value == 9_000_000_000, Show(fs));
    }

    // ------------------------------------------------------------------ forecasts with scope

    [Theory]
    [InlineData("Chipmakers as a group will spend about $190 billion on equipment next year, said Ravi Menon, an analyst at Pellham Research, who covers Orbital Foundry.", "industry")]
    [InlineData("Orbital Foundry's chief executive said the semiconductor industry would invest $1 trillion in new fabs by 2030.", "industry")]
    [InlineData("The four largest cloud providers together will pour $300 billion into data centres this year, Orbital Foundry's finance chief said.", "industry")]
    public void A_projection_for_a_group_is_a_forecast_not_the_nearby_company_s_commitment(string t, string scope)
    {
        var e = new Ents(t).Org("orbital", "Orbital Foundry").Org("pellham", "Pellham Research").Person("Ravi Menon", "analyst", "pellham").Announcer("orbital");
        var fs = Facts(t, e);
        Assert.True(fs.Count == 1 && fs[0].Kind == CapexKind.Forecast && fs[0].CompanyId is null && fs[0].Scope == scope, Show(fs));
    }

    // ------------------------------------------------------------------ parts of a pledge

    [Theory]
    [InlineData("Halvard Energy will invest €2 billion in grid storage. Of that, €800 million goes to a battery plant in Ohio.", 800_000_000)]
    [InlineData("Halvard Energy will invest €2 billion in grid storage. Within the plan, €500 million is earmarked for a partner's factory.", 500_000_000)]
    public void A_part_of_a_pledge_is_a_commitment_of_the_same_owner(string t, long part)
    {
        var e = new Ents(t).Org("halvard", "Halvard Energy").Announcer("halvard");
        var fs = Facts(t, e);
        Assert.True(Of(fs, 2_000_000_000) is { Kind: CapexKind.Commitment, CompanyId: "halvard" }, Show(fs));
        Assert.True(Of(fs, part) is { Kind: CapexKind.Commitment, CompanyId: "halvard" }, Show(fs));
    }

    [Fact]
    public void A_slice_of_the_whole_named_at_the_start_of_the_sentence_is_a_commitment()
    {
        const string t = "Halvard Energy will invest €2 billion in grid storage by 2028. Of the €2 billion, €800 million goes to a battery plant in Ohio.";
        var e = new Ents(t).Org("halvard", "Halvard Energy").Announcer("halvard");
        var fs = Facts(t, e);
        Assert.True(Of(fs, 800_000_000) is { Kind: CapexKind.Commitment, CompanyId: "halvard" }, Show(fs));
    }

    [Fact]
    public void A_pledge_split_between_uses_gives_each_part_to_the_owner()
    {
        const string t = "Halvard Energy will invest €2 billion, split between €1.2 billion for plants and €800 million for labs.";
        var e = new Ents(t).Org("halvard", "Halvard Energy").Announcer("halvard");
        var fs = Facts(t, e);
        Assert.True(fs.Count == 3 && fs.All(f => f.Kind == CapexKind.Commitment && f.CompanyId == "halvard"), Show(fs));
    }

    // ------------------------------------------------------------------ less common frames

    [Fact]
    public void Gearing_up_to_pour_money_into_equipment_is_a_commitment()
    {
        const string t = "Orbital Foundry is gearing up to pour $28 billion into property and equipment next year.";
        var e = new Ents(t).Org("orbital", "Orbital Foundry").Announcer("orbital");
        var fs = Facts(t, e);
        Assert.True(fs.Count == 1 && fs[0] is { Kind: CapexKind.Commitment, CompanyId: "orbital", PeriodYears: 1 }, Show(fs));
    }

    [Fact]
    public void Setting_aside_a_range_a_year_is_one_yearly_range()
    {
        const string t = "Orbital Foundry will set aside $4 billion to $5 billion a year for new capacity until 2030.";
        var e = new Ents(t).Org("orbital", "Orbital Foundry").Announcer("orbital");
        var fs = Facts(t, e);
        Assert.True(fs.Count == 1 && fs[0] is { Kind: CapexKind.Commitment, CompanyId: "orbital", PeriodYears: 1 }
                    && fs[0].Amount.Value == 4_000_000_000 && fs[0].AmountHigh?.Value == 5_000_000_000, Show(fs));
    }

    [Fact]
    public void Contracted_cloud_capacity_over_years_is_a_commitment()
    {
        const string t = "Meridian Foods has contracted $2 billion of cloud capacity over six years.";
        var e = new Ents(t).Org("meridian", "Meridian Foods").Announcer("meridian");
        var fs = Facts(t, e);
        Assert.True(fs.Count == 1 && fs[0] is { Kind: CapexKind.Commitment, CompanyId: "meridian", PeriodYears: 6 }, Show(fs));
    }

    [Theory]
    [InlineData("Meridian Foods has contracted about $2 billion of data-centre capacity over six years at a campus in Ohio.")]
    [InlineData("Meridian Foods has contracted €2 billion ($2.2 billion) of data-centre capacity over six years from a developer.")]
    [InlineData("Meridian Foods has contracted $2 billion of data-centre capacity over six years.")]
    [InlineData("Meridian Foods has contracted about $2 billion of cloud capacity over six years.")]
    [InlineData("Meridian Foods has contracted $2 billion of cloud capacity over six years at a campus in Ohio.")]
    [InlineData("Meridian Foods has contracted $2 billion of data capacity over six years.")]
    public void Contracted_data_centre_capacity_is_a_commitment(string t)
    {
        var e = new Ents(t).Org("meridian", "Meridian Foods").Announcer("meridian");
        var fs = Facts(t, e);
        Assert.True(fs.Count == 1 && fs[0] is { Kind: CapexKind.Commitment, CompanyId: "meridian", PeriodYears: 6 }, Show(fs));
    }

    [Fact]
    public void Buying_computing_capacity_is_a_commitment()
    {
        const string t = "Meridian Foods has agreed to buy $1.4 billion of computing capacity from a cloud provider.";
        var e = new Ents(t).Org("meridian", "Meridian Foods").Announcer("meridian");
        var fs = Facts(t, e);
        Assert.True(fs.Count == 1 && fs[0] is { Kind: CapexKind.Commitment, CompanyId: "meridian" }, Show(fs));
    }

    [Fact]
    public void A_noun_phrase_pledge_belongs_to_the_clause_subject()
    {
        const string t = "Meridian Foods, which buys chips from Orbital Foundry, unveiled a $500 million expansion in Ohio.";
        var e = new Ents(t).Org("meridian", "Meridian Foods").Org("orbital", "Orbital Foundry").Announcer("orbital");
        var fs = Facts(t, e);
        Assert.True(fs.Count == 1 && fs[0] is { Kind: CapexKind.Commitment, CompanyId: "meridian" }, Show(fs));
    }

    // ------------------------------------------------------------------ who spends

    [Fact]
    public void A_supplier_in_a_prepositional_phrase_does_not_spend()
    {
        const string t = "Working with supplier Orbital Foundry, Meridian Foods will spend $700 million on automated plants.";
        var e = new Ents(t).Org("meridian", "Meridian Foods").Org("orbital", "Orbital Foundry").Announcer("orbital");
        var fs = Facts(t, e);
        Assert.True(fs.Count == 1 && fs[0] is { Kind: CapexKind.Commitment, CompanyId: "meridian" }, Show(fs));
    }

    [Fact]
    public void The_first_stated_amount_is_the_fact_and_the_conversion_its_equivalent()
    {
        const string t = "Meridian Foods will invest 1.5 billion Deutsche marks (about $900 million) in new mills.";
        var e = new Ents(t).Org("meridian", "Meridian Foods").Announcer("meridian");
        var fs = Facts(t, e);
        Assert.True(fs.Count == 1 && fs[0].Amount.Value == 1_500_000_000 && fs[0].AmountUsd?.Value == 900_000_000 && fs[0].UsdStated, Show(fs));
    }

    // ------------------------------------------------------------------ spenders no list knows

    [Theory]
    [InlineData("Kettlewick plans to build a 120 million euro packaging plant in Poland.", "Kettlewick")]
    [InlineData("Brannock Steel said it would invest $300 million in a new rolling mill.", "Brannock Steel")]
    [InlineData("Ostrava Lines intends to set up a depot with an investment of 80 million euros.", "Ostrava Lines")]
    public void An_unknown_capitalised_subject_of_an_investing_clause_is_the_spender(string t, string name)
    {
        var e = new Ents(t).Build();
        var fs = Facts(t, e);
        Assert.True(fs.Count == 1 && fs[0].Kind == CapexKind.Commitment && fs[0].CompanyName == name, Show(fs));
    }
}
