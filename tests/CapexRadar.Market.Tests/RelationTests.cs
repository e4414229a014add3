using CapexRadar.Domain;
using CapexRadar.Market.Extraction;
using static CapexRadar.Market.Tests.TestEntities;

namespace CapexRadar.Market.Tests;

public class RelationTests
{
    [Fact]
    public void Text_cues_suppliers_rivals_customers()
    {
        var text = "Amazon shares rose 2%. Suppliers did better: Coherent climbed 6% and Eaton gained 4%. " +
                   "Rival Alphabet slipped 0.5%, while data-centre customer Equinix added 1.2%.";
        var moves = Extract(text, "amazon", Orgs.Amazon, Orgs.Coherent, Orgs.Eaton, Orgs.Google, Orgs.Equinix);
        Assert.Equal(
            [MoveRelation.Self, MoveRelation.Supplier, MoveRelation.Supplier, MoveRelation.Peer, MoveRelation.Customer],
            moves.Select(m => m.Relation).ToArray());
    }

    [Fact]
    public void Tags_when_the_text_is_silent()
    {
        var text = "Micron rose 3%. Applied Materials gained 2%, Samsung added 1% and Amazon fell 0.4%.";
        var moves = Extract(text, "micron", Orgs.Micron, Orgs.AppliedMaterials, Orgs.Samsung, Orgs.Amazon);
        Assert.Equal(
            [MoveRelation.Self, MoveRelation.Supplier, MoveRelation.Peer, MoveRelation.Customer],
            moves.Select(m => m.Relation).ToArray());
    }

    [Fact]
    public void No_announcer_no_supply_relation()
    {
        var moves = Extract("Suppliers rallied: Coherent climbed 6%.", null, Orgs.Coherent);
        Assert.Equal(MoveRelation.Unspecified, Assert.Single(moves).Relation);
    }

    [Theory]
    [InlineData(new[] { "equipment" }, new[] { "hyperscaler", "cloud" }, MoveRelation.Supplier)]
    [InlineData(new[] { "server" }, new[] { "ai_lab" }, MoveRelation.Supplier)]
    [InlineData(new[] { "optical" }, new[] { "investor" }, MoveRelation.Supplier)]
    [InlineData(new[] { "hyperscaler", "cloud" }, new[] { "hyperscaler", "internet" }, MoveRelation.Peer)]
    [InlineData(new[] { "hyperscaler" }, new[] { "chip_designer" }, MoveRelation.Customer)]
    [InlineData(new[] { "memory", "chipmaker" }, new[] { "memory" }, MoveRelation.Peer)]
    [InlineData(new[] { "bank", "broker" }, new[] { "hyperscaler" }, MoveRelation.Unspecified)]
    [InlineData(new string[0], new[] { "hyperscaler" }, MoveRelation.Unspecified)]
    public void Relation_by_tags(string[] mover, string[] announcer, MoveRelation expected) =>
        Assert.Equal(expected, RelationClassifier.ByTags(mover, announcer));
}
