using CapexRadar.Capex.Extraction;
using CapexRadar.Domain;
using CapexRadar.TestSupport;

namespace CapexRadar.Capex.Tests;

/// <summary>
/// The classes blind sets keep missing (issue 10, tenth session), each a rule over clause structure and word classes, each
/// tested in several wordings: capacity bought or contracted is the buyer's commitment whoever is the sentence's subject; a
/// peer group, a body's members or a market as the subject of spending is a forecast, whoever is named nearby; an industry
/// body projects and does not spend; a passively allotted amount after a plan is a part of it; an earlier figure in a
/// sentence of its own names its plan by a verb; an aside on what capex counts does not hide the spending noun. Every
/// sentence was written for these tests.
/// </summary>
public sealed class BlindClassFrameTests
{
    private static readonly DateTimeOffset Published = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly CapexExtractor _x = new();

    private IReadOnlyList<CapexFact> Facts(string text) =>
        _x.Extract(text, new Ents(text).Org("quillon", "Quillon Networks", "Quillon Networks", "Quillon")
                                       .Org("vantor", "Vantor Cloud", "Vantor Cloud", "Vantor")
                                       .Org("halberd", "Halberd Power", "Halberd Power", "Halberd")
                                       .Org("uptime", "Uptime Council", "Uptime Council")
                                       .Org("ridgeway", "Ridgeway Research", null, ["research"], "Ridgeway Research")
                                       .Person("Jane Roe", "analyst", "ridgeway")
                                       .Place("Brazil", "BR").Place("Portugal", "PT").Place("Spain", "ES").Place("Italy", "IT")
                                       .Place("Germany", "DE").Place("Texas", "US", LocationKind.Region).Place("Australia", "AU")
                                       .Announcer("vantor"), Published).Facts;

    private static string Show(IReadOnlyList<CapexFact> fs) =>
        string.Join(" | ", fs.Select(f => $"{f.Kind} {f.CompanyId ?? "-"} {f.Amount.Value} p={f.PeriodYears} scope={f.Scope}"));

    private static CapexFact? Of(IReadOnlyList<CapexFact> fs, decimal value) => fs.FirstOrDefault(f => f.Amount.Value == value);

    // ------------------------------------------------------------------ capacity bought: the buyer's commitment

    [Theory]
    [InlineData("Quillon Networks has contracted an additional $4 billion of computing capacity from Vantor Cloud over five years.")]
    [InlineData("Vantor Cloud said Quillon Networks had contracted a further $4 billion of AI cloud capacity at its Texas campus over five years.")]
    [InlineData("Under the new terms, Quillon Networks will reserve another $4 billion of GPU capacity at Vantor Cloud's sites over five years.")]
    [InlineData("The chief executive pointed to a $4 billion agreement under which Quillon Networks has contracted GPU capacity from Vantor Cloud over five years.")]
    public void Capacity_contracted_with_a_qualifier_or_in_an_agreements_relative_clause_is_the_buyers(string t)
    {
        var fs = Facts(t);
        Assert.True(Of(fs, 4_000_000_000) is { Kind: CapexKind.Commitment, CompanyId: "quillon", PeriodYears: 5 }, Show(fs));
    }

    [Theory]
    [InlineData("To serve the contract, Quillon Networks will buy about $1.2 billion of Halberd servers and related equipment from Vantor Cloud over the next twelve months.")]
    [InlineData("Quillon Networks plans to purchase $1.2 billion of transformers and switchgear for the new halls.")]
    [InlineData("Quillon Networks is to order some $1.2 billion of turbines from Halberd Power for its campus.")]
    public void Equipment_bought_is_the_buyers_commitment(string t)
    {
        var fs = Facts(t);
        Assert.True(Of(fs, 1_200_000_000) is { Kind: CapexKind.Commitment, CompanyId: "quillon" }, Show(fs));
    }

    [Fact]
    public void Equipment_bought_last_year_is_no_plan()
    {
        var fs = Facts("Quillon Networks bought $1.2 billion of servers and related equipment last year.");
        Assert.True(Of(fs, 1_200_000_000) is null, Show(fs));
    }

    [Theory]
    [InlineData("Vantor Cloud won a $14 billion contract from Quillon Networks to supply computing capacity over six years.")]
    [InlineData("Vantor Cloud has signed a $14 billion agreement to provide Quillon Networks with cloud capacity over six years.")]
    [InlineData("Vantor Cloud signed a $14 billion deal with Quillon Networks to supply GPU capacity from its Oslo campus over six years.")]
    [InlineData("Vantor Cloud disclosed a $14 billion contract under which it will deliver GPU capacity to Quillon Networks over six years.")]
    public void A_suppliers_deal_is_the_commitment_of_the_buyer_it_names(string t)
    {
        var fs = Facts(t);
        Assert.True(Of(fs, 14_000_000_000) is { Kind: CapexKind.Commitment, CompanyId: "quillon" }, Show(fs));
        Assert.DoesNotContain(fs, f => f.CompanyId == "vantor");
    }

    [Theory]
    [InlineData("Vantor Cloud signed a $3 billion deal to supply GPU capacity to hospitals in Norway.")]
    [InlineData("Vantor Cloud won a $3 billion contract to provide cloud capacity over four years.")]
    public void A_suppliers_deal_with_no_buyer_named_is_nobodys_spending(string t)
    {
        var fs = Facts(t);
        Assert.True(fs.Count == 0, Show(fs));
    }

    [Theory]
    [InlineData("Quillon Networks has contracted an additional $65 billion of computing capacity from Vantor Cloud over five years, on top of the $300 billion deal the two companies signed in 2025.")]
    [InlineData("Quillon Networks signed a $65 billion deal with Vantor Cloud for GPU capacity, in addition to a $300 billion agreement struck last year.")]
    [InlineData("Quillon Networks will buy $65 billion of cloud capacity from Vantor Cloud, adding to the $300 billion contract it signed in January.")]
    public void A_deal_added_to_a_capacity_deal_is_the_same_buyers(string t)
    {
        var fs = Facts(t);
        Assert.True(Of(fs, 65_000_000_000) is { Kind: CapexKind.Commitment, CompanyId: "quillon" }, Show(fs));
        Assert.True(Of(fs, 300_000_000_000) is { Kind: CapexKind.Commitment, CompanyId: "quillon" }, Show(fs));
    }

    // ------------------------------------------------------------------ groups, members and markets: forecasts

    [Theory]
    [InlineData("Halberd Power will spend $2 billion on grids. Ridgeway Research analyst Jane Roe said Brazil's data centre operators as a group were on track to spend more than $20 billion on new capacity in the five years to 2030.")]
    [InlineData("US utilities will spend $20 billion on grids over five years, according to an industry group, as Halberd Power races to connect data centres.")]
    [InlineData("An analyst said European telecom operators together would invest about $20 billion in fibre by 2028, with Halberd Power among the biggest spenders.")]
    [InlineData("The Uptime Council, an industry association for data-centre operators, projects that its members will spend about $20 billion on new halls in 2027.")]
    [InlineData("The council expects member utilities to invest a record $20 billion in substations next year, Halberd Power said.")]
    public void A_peer_group_or_a_bodys_members_as_the_spending_subject_is_a_forecast(string t)
    {
        var fs = Facts(t);
        Assert.True(Of(fs, 20_000_000_000) is { Kind: CapexKind.Forecast, CompanyId: null }, Show(fs));
    }

    [Theory]
    [InlineData("Halberd Power, the largest of the Texas operators, will invest $20 billion in new substations.")]
    [InlineData("Halberd Power said that, unlike other utilities, it would spend $20 billion on its own grid.")]
    [InlineData("Halberd Power expects to invest about $20 billion in new substations next year, the company said.")]
    [InlineData("Halberd Power sees capital spending of roughly $20 billion in fiscal 2027, its chief executive said.")]
    public void A_company_set_against_its_peers_and_its_own_expectation_are_no_peer_group(string t)
    {
        var fs = Facts(t);
        Assert.True(Of(fs, 20_000_000_000) is { Kind: not CapexKind.Forecast }, Show(fs));
    }

    [Theory]
    [InlineData("Vantor Cloud said the Australian market would attract more than $25 billion of data-centre investment by 2030.")]
    [InlineData("The sector will need about $25 billion of investment in new capacity by 2030, Quillon Networks said.")]
    [InlineData("According to Halberd Power, the Nordic data-centre market is expected to attract $25 billion of investment over five years.")]
    public void A_market_or_sector_subject_that_projects_is_a_forecast_not_the_reporters(string t)
    {
        var fs = Facts(t);
        Assert.True(Of(fs, 25_000_000_000) is { Kind: CapexKind.Forecast, CompanyId: null }, Show(fs));
    }

    [Theory]
    [InlineData("The Uptime Council estimates capital spending of $12 billion by data-centre operators in 2027.")]
    [InlineData("Uptime Council expects investment of about $12 billion in new halls next year.")]
    [InlineData("Halberd Power's figures were echoed by Vantor Cloud. Separately, the Uptime Council projected $12 billion of spending on new halls in 2027.")]
    public void An_industry_body_that_projects_does_not_spend(string t)
    {
        var fs = Facts(t);
        Assert.DoesNotContain(fs, f => f.CompanyId == "uptime");
    }

    [Fact]
    public void A_body_that_commits_its_own_money_without_projecting_still_commits()
    {
        var fs = Facts("The Uptime Council will invest $12 million in a new training centre in Texas.");
        Assert.True(Of(fs, 12_000_000) is { Kind: CapexKind.Commitment, CompanyId: "uptime" }, Show(fs));
    }

    // ------------------------------------------------------------------ parts of a plan

    [Theory]
    [InlineData("Halberd Power will invest $3 billion between 2026 and 2030 in grids for data centres in Spain.\n\nA further $500 million is earmarked for solar plants in Portugal that will supply hyperscale customers.")]
    [InlineData("Halberd Power will invest $3 billion between 2026 and 2030 in grids for data centres in Spain.\n\nAnother $500 million has been set aside for battery storage in Italy, the company said.")]
    [InlineData("Halberd Power will invest $3 billion between 2026 and 2030 in grids for data centres in Spain.\n\nSome $500 million will be allocated to substations in Germany.")]
    [InlineData("Halberd Power will invest $3 billion between 2026 and 2030 in grids for data centres in Spain. About $500 million will go to gas plants in Portugal.")]
    public void A_passively_allotted_amount_after_a_plan_is_a_part_of_it(string t)
    {
        var fs = Facts(t);
        Assert.True(Of(fs, 500_000_000) is { Kind: CapexKind.Commitment, CompanyId: "halberd", PeriodYears: 5 }, Show(fs));
    }

    [Theory]
    [InlineData("Halberd Power expects to invest $8 billion a year from 2026 through 2028. Its chief executive said $1.2 billion of the three-year budget is reserved for fibre links.", 3)]
    [InlineData("Halberd Power expects to invest $8 billion a year from 2026 through 2028.\n\nRoughly $1.2 billion a year of the budget is set aside for the grid in Texas.", 1)]
    [InlineData("Halberd Power expects to invest $8 billion a year from 2026 through 2028. About $1.2 billion of that annual budget will go to gas plants in Texas, its chief executive said.", 1)]
    public void A_slice_of_a_windowed_or_yearly_budget_is_a_part_of_the_plan(string t, int period)
    {
        var fs = Facts(t);
        Assert.True(Of(fs, 1_200_000_000) is { Kind: CapexKind.Commitment, CompanyId: "halberd" } f && f.PeriodYears == period, Show(fs));
    }

    // ------------------------------------------------------------------ earlier figures in a sentence of their own

    [Theory]
    [InlineData("Halberd Power said it will invest about 300 billion yen in a data centre in Osaka over three years. This is an increase from the 200 billion yen which the company had indicated last year.")]
    [InlineData("Halberd Power raised its investment plan to 300 billion yen through March 2029. It had previously pencilled in 200 billion yen.")]
    [InlineData("Halberd Power will spend 300 billion yen on data centres by 2030. That is up from the 200 billion yen it had targeted in its previous plan.")]
    public void An_earlier_figure_named_by_a_plan_verb_is_a_prior_target(string t)
    {
        var fs = Facts(t);
        Assert.True(Of(fs, 300_000_000_000) is { Kind: CapexKind.Commitment, CompanyId: "halberd" }, Show(fs));
        Assert.True(Of(fs, 200_000_000_000) is { Kind: CapexKind.PriorTarget, CompanyId: "halberd" }, Show(fs));
    }

    // ------------------------------------------------------------------ asides on what capex counts

    [Theory]
    [InlineData("Halberd Power said it expects capital expenditures, including principal payments on finance leases, of $5 billion to $6 billion in 2026.")]
    [InlineData("Halberd Power sees capex, excluding land purchases, of $5 billion to $6 billion next year.")]
    [InlineData("Halberd Power expects capital spending, net of customer contributions, of $5 billion to $6 billion in 2027.")]
    public void An_aside_on_what_capex_counts_does_not_hide_the_spending_noun(string t)
    {
        var fs = Facts(t);
        Assert.True(Of(fs, 5_000_000_000) is { Kind: CapexKind.Commitment, CompanyId: "halberd" }, Show(fs));
    }

    // ------------------------------------------------------------------ more deal frames (the buyer named anywhere in the deal)

    [Theory]
    [InlineData("Vantor Cloud said Quillon Networks had agreed to buy up to $6 billion of cloud computing capacity through 2031.")]
    [InlineData("Quillon Networks has signed a $6 billion, five-year contract with Vantor Cloud for AI cloud capacity.")]
    [InlineData("Under the seven-year, $6 billion deal, Quillon Networks will get access to tens of thousands of GPUs at Vantor Cloud's data centres.")]
    [InlineData("Vantor Cloud and Quillon Networks announced a $6 billion agreement under which Quillon Networks will run its workloads on Vantor Cloud infrastructure.")]
    [InlineData("Vantor Cloud landed a $6 billion order from Quillon Networks for GPU capacity in Texas.")]
    [InlineData("Vantor Cloud shares jumped after the company said it would supply Quillon Networks with $6 billion of AI infrastructure over five years.")]
    [InlineData("Vantor Cloud agreed to provide Quillon Networks with GPU infrastructure worth $6 billion over five years.")]
    [InlineData("Vantor Cloud signed a $6 billion supply contract with Quillon Networks for GPU servers at its new campus.")]
    public void The_buyer_of_capacity_is_found_wherever_the_deal_names_it(string t)
    {
        var fs = Facts(t);
        Assert.True(Of(fs, 6_000_000_000) is { Kind: CapexKind.Commitment, CompanyId: "quillon" }, Show(fs));
    }

    // ------------------------------------------------------------------ who spends when several companies share a sentence

    [Theory]
    [InlineData("Quillon Networks will spend $10 billion in Portugal with partners Vantor Cloud and Halberd Power.")]
    [InlineData("Working with Vantor Cloud and Halberd Power, Quillon Networks intends to invest $10 billion in data centres over four years.")]
    [InlineData("Alongside Vantor Cloud, Quillon Networks will pour $10 billion into a campus in Texas.")]
    public void A_partner_in_a_phrase_is_not_the_spender(string t)
    {
        var fs = Facts(t);
        Assert.True(Of(fs, 10_000_000_000) is { Kind: CapexKind.Commitment, CompanyId: "quillon" }, Show(fs));
    }

    [Theory]
    [InlineData("Vantor Cloud said chipmakers in Brazil would invest $30 billion in new fabs over the next decade.")]
    [InlineData("Halberd Power expects utilities across Spain to spend $30 billion on grids by 2030.")]
    [InlineData("Operators in Germany as a group will invest about $30 billion in new halls, Quillon Networks said.")]
    public void A_peer_group_placed_by_a_phrase_is_a_forecast(string t)
    {
        var fs = Facts(t);
        Assert.True(Of(fs, 30_000_000_000) is { Kind: CapexKind.Forecast, CompanyId: null }, Show(fs));
    }

    // ------------------------------------------------------------------ earlier plans in other words

    [Theory]
    [InlineData("Halberd Power will invest $8 billion through 2030. The new plan replaces one of $6 billion unveiled in 2024.")]
    [InlineData("Halberd Power now expects capital expenditures of $8 billion in fiscal 2027. Three months ago, the company had guided to $6 billion.")]
    [InlineData("Halberd Power will invest $8 billion in grids by 2030. It had targeted $6 billion when it presented the plan in May.")]
    public void An_earlier_plan_replaced_or_guided_in_other_words_is_a_prior_target(string t)
    {
        var fs = Facts(t);
        Assert.True(Of(fs, 8_000_000_000) is { Kind: CapexKind.Commitment, CompanyId: "halberd" }, Show(fs));
        Assert.True(Of(fs, 6_000_000_000) is { Kind: CapexKind.PriorTarget, CompanyId: "halberd" }, Show(fs));
    }

    [Fact]
    public void Plans_announced_by_many_companies_are_no_earlier_target()
    {
        var fs = Facts("Halberd Power will invest $8 billion in grids. The minister said companies had announced $6 billion of investments in Spain during the event.");
        Assert.DoesNotContain(fs, f => f.Kind == CapexKind.PriorTarget);
    }

    // ------------------------------------------------------------------ a market's spending as the subject of a projection

    [Theory]
    [InlineData("Investment in data centres across Southeast Asia is forecast to reach $40 billion by 2028, Vantor Cloud chief executive Jane Roe said.")]
    [InlineData("Spending on AI servers in Brazil is projected to hit $40 billion next year, according to Quillon Networks.")]
    [InlineData("Big Tech's combined capital expenditure is expected to top $40 billion in 2026, Halberd Power said.")]
    public void A_markets_spending_projected_is_a_forecast_not_the_speakers(string t)
    {
        var fs = Facts(t);
        Assert.True(Of(fs, 40_000_000_000) is { Kind: CapexKind.Forecast, CompanyId: null }, Show(fs));
    }

    [Theory]
    [InlineData("Capital spending will reach $40 billion this year, Vantor Cloud said.")]
    [InlineData("The company's investment in Brazil is expected to reach $40 billion by 2028, Vantor Cloud said.")]
    [InlineData("Capex at Vantor Cloud is projected to reach $40 billion in fiscal 2027, the company said.")]
    public void A_companys_own_spending_projected_stays_its_commitment(string t)
    {
        var fs = Facts(t);
        Assert.True(Of(fs, 40_000_000_000) is { Kind: CapexKind.Commitment, CompanyId: "vantor" }, Show(fs));
    }

    // ------------------------------------------------------------------ "raise" that lifts a plan's level, not money received

    [Theory]
    [InlineData("Quillon Networks has raised the planned investment in its Texas campus to $5.5 billion from the $4.2 billion it announced in January.")]
    [InlineData("Quillon Networks raised planned investment in its new cooling plant to $5.5 billion from $4.2 billion, the company said in a filing.")]
    [InlineData("Quillon Networks has raised the investment planned for its Texas halls to $5.5 billion, from $4.2 billion announced a month ago.")]
    public void Raising_a_planned_investment_to_a_new_level_is_a_commitment_and_its_earlier_level(string t)
    {
        var fs = Facts(t);
        Assert.True(Of(fs, 5_500_000_000) is { Kind: CapexKind.Commitment, CompanyId: "quillon" }, Show(fs));
        Assert.True(Of(fs, 4_200_000_000) is { Kind: CapexKind.PriorTarget, CompanyId: "quillon" }, Show(fs));
    }

    [Theory]
    [InlineData("Quillon Networks has raised $2 billion of investment from Gulf sovereign funds.")]
    [InlineData("Quillon Networks raised an investment of up to $2 billion from Gulf sovereign funds.")]
    public void Raising_money_from_investors_is_no_capex(string t)
    {
        var fs = Facts(t);
        Assert.DoesNotContain(fs, f => f.Kind == CapexKind.Commitment && f.CompanyId == "quillon");
    }
}
