using CapexRadar.Capex.Extraction;
using CapexRadar.Domain;
using CapexRadar.TestSupport;

namespace CapexRadar.Capex.Tests;

/// <summary>
/// The specification of clause-first ownership and kind (issue 10, eleventh session), written before the rules and
/// from no corpus sentence: the owner of an amount is the subject of the finite clause whose predicate governs it;
/// organisations in prepositional phrases, appositions, possessive modifiers of other nouns and relative clauses do
/// not own it; a passive's by-agent does; a reporting frame's speaker owns a reported clause whose subject is "it" or
/// "the company"; an unknown capitalised subject of an investing predicate owns it; an earlier plan stated in a clause
/// attached to the amount is a prior target of the same owner; a subject that names a market or peer group, or an
/// analyst projecting, makes a forecast; money received, raised, lent or paid for a company is no capex.
/// Many writers' styles, other companies: a check that the rules hold for wordings nobody fitted them to.
/// </summary>
public sealed class ClauseOwnershipSpecTests
{
    private static readonly DateTimeOffset Published = new(2026, 5, 4, 0, 0, 0, TimeSpan.Zero);
    private readonly CapexExtractor _x = new();

    private IReadOnlyList<CapexFact> Facts(string text) =>
        _x.Extract(text, new Ents(text).Org("corvel", "Corvel Systems", "Corvel Systems", "Corvel")
                                       .Org("ardent", "Ardent Grid", "Ardent Grid", "Ardent")
                                       .Org("pellucid", "Pellucid Telecom", "Pellucid Telecom", "Pellucid")
                                       .Org("norwick", "Norwick Analytics", null, ["research"], "Norwick Analytics", "Norwick")
                                       .Person("Mara Ellis", "chief executive", "corvel")
                                       .Person("Tom Grady", "analyst", "norwick")
                                       .Place("Ohio", "US", LocationKind.Region).Place("Vietnam", "VN").Place("Wales", "GB", LocationKind.Region)
                                       .Place("Poland", "PL").Place("Lyon", "FR", LocationKind.City).Place("Korea", "KR").Place("Milan", "IT", LocationKind.City)
                                       .Place("Leeds", "GB", LocationKind.City).Place("UK", "GB").Place("Japan", "JP")
                                       .Announcer("pellucid"), Published).Facts;

    private static string Show(IReadOnlyList<CapexFact> fs) =>
        string.Join(" | ", fs.Select(f => $"{f.Kind} {f.CompanyId ?? "-"} {f.Amount.Value} scope={f.Scope}"));

    private static CapexFact? Of(IReadOnlyList<CapexFact> fs, decimal value) => fs.FirstOrDefault(f => f.Amount.Value == value);

    // ------------------------------------------------------------------ the subject of the governing clause owns the amount

    [Theory]
    [InlineData("Corvel Systems will pour $2 billion into a new campus with partner Ardent Grid.")]
    [InlineData("Working alongside Ardent Grid, Corvel Systems unveiled a $2 billion expansion of its Ohio site.")]
    [InlineData("Corvel Systems, a longtime customer of Ardent Grid, set aside $2 billion for new halls.")]
    [InlineData("Corvel Systems, which buys most of its turbines from Ardent Grid, has budgeted $2 billion for new capacity this year.")]
    [InlineData("Corvel Systems, Ardent Grid's biggest customer, earmarked $2 billion for servers.")]
    [InlineData("Corvel Systems' board approved $2 billion for a data centre in Ohio.")]
    [InlineData("Ardent Grid shares jumped after Corvel Systems said it would spend $2 billion on new substations.")]
    [InlineData("It will invest $2 billion in three new plants over four years, Corvel Systems said on Tuesday.")]
    [InlineData("The company intends to put $2 billion into fibre and towers, Corvel Systems said in a filing.")]
    [InlineData("Ardent Grid rose 4% a day after its largest customer, Corvel Systems, said it would spend $2 billion on new lines.")]
    public void The_subject_of_the_investing_clause_owns_the_amount(string t)
    {
        var fs = Facts(t);
        Assert.True(Of(fs, 2_000_000_000) is { Kind: CapexKind.Commitment, CompanyId: "corvel" }, Show(fs));
    }

    [Theory]
    [InlineData("$2 billion will be invested by Corvel Systems in a cable factory in Wales.")]
    [InlineData("A $2 billion expansion of the Ohio plant was announced by Corvel Systems on Monday, days after Ardent Grid reported results.")]
    public void A_passives_by_agent_owns_the_amount(string t)
    {
        var fs = Facts(t);
        Assert.True(Of(fs, 2_000_000_000) is { Kind: CapexKind.Commitment, CompanyId: "corvel" }, Show(fs));
    }

    // ------------------------------------------------------------------ spenders no list knows

    [Theory]
    [InlineData("Kestrel Foundries will invest $300 million in a new casting line in Poland.", "x-kestrel-foundries")]
    [InlineData("Lumora Data plans to spend about $300 million on a campus near Lyon.", "x-lumora-data")]
    [InlineData("Hollin Bay Energy said it would put $300 million into battery storage.", "x-hollin-bay-energy")]
    [InlineData("Brisk Tern Logistics is earmarking $300 million for automated warehouses, executives said.", "x-brisk-tern-logistics")]
    public void An_unknown_capitalised_subject_of_an_investing_predicate_owns_the_amount(string t, string id)
    {
        var fs = Facts(t);
        Assert.True(Of(fs, 300_000_000) is { Kind: CapexKind.Commitment } f && f.CompanyId == id, Show(fs));
    }

    // ------------------------------------------------------------------ earlier plans: prior targets of the same owner

    [Theory]
    [InlineData("Corvel Systems now plans capital spending of $9 billion this year, above the $7 billion it had pencilled in.")]
    [InlineData("Corvel Systems will spend $9 billion, up on its previous goal of $7 billion.")]
    [InlineData("Corvel Systems will invest $9 billion in the programme, instead of the $7 billion announced last year.")]
    [InlineData("Corvel Systems expects to spend $9 billion this year, having guided to $7 billion as recently as March.")]
    [InlineData("Corvel Systems raised its planned investment to $9 billion, compared with the $7 billion it had set for the same horizon.")]
    [InlineData("Ardent Grid fell after Corvel Systems, its largest customer, said it would spend $9 billion this year, above the $7 billion it had flagged in January.")]
    public void An_earlier_plan_attached_to_the_amount_is_a_prior_target_of_the_same_owner(string t)
    {
        var fs = Facts(t);
        Assert.True(Of(fs, 9_000_000_000) is { Kind: CapexKind.Commitment, CompanyId: "corvel" }, Show(fs));
        Assert.True(Of(fs, 7_000_000_000) is { Kind: CapexKind.PriorTarget, CompanyId: "corvel" }, Show(fs));
    }

    [Theory]
    [InlineData("Corvel Systems will spend $9 billion on new fabs through 2028. That is well above the $7 billion the company had outlined in its previous plan.")]
    public void An_earlier_plan_in_a_sentence_of_its_own_is_a_prior_target(string t)
    {
        var fs = Facts(t);
        Assert.True(Of(fs, 9_000_000_000) is { Kind: CapexKind.Commitment, CompanyId: "corvel" }, Show(fs));
        Assert.True(Of(fs, 7_000_000_000) is { Kind: CapexKind.PriorTarget, CompanyId: "corvel" }, Show(fs));
    }

    // ------------------------------------------------------------------ forecasts: markets, peer groups, analysts

    [Theory]
    [InlineData("Chipmakers in Korea will together spend $5 billion on packaging lines over three years, Mara Ellis said.")]
    [InlineData("The trade body Dataworks Alliance expects $5 billion of private investment in UK data centres by 2030.")]
    [InlineData("Corvel Systems and three rival carriers will together put about $5 billion into AI data centres in Japan over three years.")]
    public void A_market_peer_group_or_projecting_body_makes_a_forecast(string t)
    {
        var fs = Facts(t);
        Assert.True(Of(fs, 5_000_000_000) is { Kind: CapexKind.Forecast, CompanyId: null }, Show(fs));
    }

    // ------------------------------------------------------------------ money received, raised, lent or paid for a company

    [Theory]
    [InlineData("Corvel Systems raised $2 billion from investors to fund new data centres.")]
    [InlineData("Corvel Systems secured $2 billion in bank loans to build the plant.")]
    [InlineData("Corvel Systems agreed to acquire Ardent Grid for $2 billion.")]
    [InlineData("Ardent Grid lent Corvel Systems $2 billion for its new plant.")]
    [InlineData("Corvel Systems received a $2 billion investment from Ardent Grid.")]
    public void Money_received_raised_lent_or_paid_for_a_company_is_no_capex(string t)
    {
        var fs = Facts(t);
        Assert.True(Of(fs, 2_000_000_000) is null, Show(fs));
    }

    // ------------------------------------------------------------------ parts of a plan and units

    [Theory]
    [InlineData("Corvel Systems will spend $10 billion through 2030. Around $3 billion of this year's outlay is earmarked for the second phase of its Ohio site.")]
    [InlineData("Corvel Systems will spend $10 billion through 2030. Of that, $3 billion goes to a plant in Ohio.")]
    [InlineData("Corvel Systems will spend $10 billion through 2030, with $3 billion going to a plant in Ohio.")]
    public void A_part_of_a_plan_is_its_owners(string t)
    {
        var fs = Facts(t);
        Assert.True(Of(fs, 3_000_000_000) is { Kind: CapexKind.Commitment, CompanyId: "corvel" }, Show(fs));
    }

    [Theory]
    [InlineData("Corvel Systems will spend $10 billion on networks through 2028. Its Italian unit Vellamo Reti will add $3 billion over the same period for a GPU cluster in Milan.")]
    [InlineData("Corvel Systems will spend $10 billion on networks through 2028. Its subsidiary Vellamo Reti is to invest a further $3 billion in Milan.")]
    public void A_unit_named_by_its_parents_possessive_spends_for_the_parent(string t)
    {
        var fs = Facts(t);
        Assert.True(Of(fs, 3_000_000_000) is { Kind: CapexKind.Commitment, CompanyId: "corvel" }, Show(fs));
    }
}
