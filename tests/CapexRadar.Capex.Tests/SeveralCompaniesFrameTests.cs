using CapexRadar.Capex.Extraction;
using CapexRadar.Domain;

namespace CapexRadar.Capex.Tests;

/// <summary>
/// Who spends when a sentence names several companies, and earlier plans in less common words (issue 10): a coordinate
/// clause's own subject, a definite mention of a plan already stated, a unit's listed parent, a company's board, an
/// earlier plan in a contact clause, an earlier range after "from the". Sentences written for these tests.
/// </summary>
public sealed class SeveralCompaniesFrameTests
{
    private static readonly DateTimeOffset Published = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly CapexExtractor _x = new();

    private static string Show(IReadOnlyList<CapexFact> fs) =>
        string.Join(" | ", fs.Select(f => $"{f.Kind} {f.CompanyId} {f.Amount} high={f.AmountHigh}"));

    private IReadOnlyList<CapexFact> Facts(string t, EntitySet e) => _x.Extract(t, e, Published).Facts;

    [Fact]
    public void A_company_after_comma_and_that_opens_its_own_clause_owns_its_figure()
    {
        const string t = "Northwind last week set its 2027 capex at $40 billion, and Contoso said spending for its fiscal year would exceed $25 billion.";
        var fs = Facts(t, new Ents(t).Org("northwind", "Northwind").Org("contoso", "Contoso"));
        Assert.True(fs.Count == 2 && fs.Any(f => f is { CompanyId: "northwind", Amount.Value: 40_000_000_000m })
                    && fs.Any(f => f is { CompanyId: "contoso", Amount.Value: 25_000_000_000m }), Show(fs));
    }

    [Fact]
    public void A_list_with_an_oxford_comma_is_still_one_list()
    {
        const string t = "The venture of Northwind, Fabrikam, and Contoso will invest $10 billion in a campus.";
        var fs = Facts(t, new Ents(t).Org("northwind", "Northwind").Org("fabrikam", "Fabrikam").Org("contoso", "Contoso"));
        Assert.DoesNotContain(fs, f => f.CompanyId == "contoso");
    }

    [Fact]
    public void A_definite_mention_of_a_plan_already_stated_keeps_its_owner_and_its_parts_follow()
    {
        const string t = "Contoso Cloud will invest $8 billion over four years in a campus in Ohio, its parent said. "
                         + "The $8 billion outlay includes $1 billion for a research lab where models will be trained with partners Fabrikam and Tailspin.";
        var fs = Facts(t, new Ents(t).Org("contoso-cloud", "Contoso Cloud").Org("fabrikam", "Fabrikam").Org("tailspin", "Tailspin"));
        Assert.True(fs.Count == 2 && fs.All(f => f is { Kind: CapexKind.Commitment, CompanyId: "contoso-cloud" }), Show(fs));
    }

    [Fact]
    public void A_unit_without_a_listing_spends_for_the_listed_parent_the_sentence_names()
    {
        const string t = "Contoso Labs, the AI arm set up last year, will invest $3 billion in a data centre, its parent Contoso Industries Ltd said on Monday.";
        var parent = new OrganizationEntity("contoso", "Contoso Industries Ltd", [new Listing("CTSO", "XNYS")], "US", [],
            CapexRadar.TestSupport.Mentions.Find(t, ["Contoso Industries Ltd"]), true);
        var unit = new OrganizationEntity("x-contoso-labs", "Contoso Labs", [], null, [], CapexRadar.TestSupport.Mentions.Find(t, ["Contoso Labs"]), false);
        var fs = Facts(t, new EntitySet([unit, parent], [], [], "contoso"));
        Assert.True(fs.Count == 1 && fs[0].CompanyId == "contoso", Show(fs));
    }

    [Fact]
    public void A_companys_board_approving_spending_is_the_companys_commitment()
    {
        const string t = "Separately, the board approved spending of $4 billion on new fab capacity in Texas, Northwind said in a filing.";
        var fs = Facts(t, new Ents(t).Org("northwind", "Northwind").Place("Texas", "US", LocationKind.Region));
        Assert.True(fs.Count == 1 && fs[0] is { Kind: CapexKind.Commitment, CompanyId: "northwind" }, Show(fs));
    }

    [Theory]
    [InlineData("Northwind raised its 2027 capex plan to $50 billion, well above the $42 billion it had pointed to in May.")]
    [InlineData("Northwind raised its 2027 capex plan to $50 billion, above the $42 billion the company had originally guided.")]
    public void An_earlier_plan_in_a_contact_clause_after_a_contrast_is_a_prior_target(string t)
    {
        var fs = Facts(t, new Ents(t).Org("northwind", "Northwind"));
        Assert.True(fs.Count == 2 && fs.Any(f => f is { Kind: CapexKind.PriorTarget, CompanyId: "northwind", Amount.Value: 42_000_000_000m }), Show(fs));
    }

    [Fact]
    public void An_earlier_range_after_from_the_is_one_prior_target()
    {
        const string t = "Northwind will spend between A$2.4 billion and A$2.7 billion next year, up from the A$1.9 billion to A$2.1 billion it had flagged in May.";
        var fs = Facts(t, new Ents(t).Org("northwind", "Northwind"));
        Assert.True(fs.Count == 2 && fs.Any(f => f is { Kind: CapexKind.PriorTarget, Amount.Value: 1_900_000_000m, AmountHigh.Value: 2_100_000_000m }), Show(fs));
    }

    [Fact]
    public void A_change_from_one_figure_to_another_is_still_no_range()
    {
        var found = QuantityRecognizer.Recognize("Northwind lifted the plan from $5 billion to $6 billion.").Where(q => q.Kind == QuantityKind.Money).ToList();
        Assert.Equal(2, found.Count);
    }

    [Fact]
    public void Hostile_giant_sentence_with_the_new_cues_completes()
    {
        var unit = "Contoso Labs will invest $1 billion, the $1 billion outlay includes $1 billion, its parent Contoso said spending in the country "
                   + "would exceed $2 billion, combined capex of $3 billion for Contoso, Fabrikam and Tailspin, well above the $1 billion it had pointed to, ";
        long Work(int n)
        {
            var text = string.Concat(Enumerable.Repeat(unit, n));
            var e = new Ents(text).Org("x-contoso-labs", "Contoso Labs").Org("contoso", "Contoso").Org("fabrikam", "Fabrikam").Org("tailspin", "Tailspin");
            Assert.NotNull(_x.ExtractCounted(text, e, Published, out var steps));
            return steps;
        }
        // linear: twice the text costs about twice the words read (no timing: a count of the rules' work)
        var (single, twice) = (Work(1_000), Work(2_000));
        Assert.True(twice <= single * 5 / 2, $"words read: {single} at n, {twice} at 2n");
    }
}
