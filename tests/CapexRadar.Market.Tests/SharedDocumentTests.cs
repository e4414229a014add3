using CapexRadar.Market.Extraction;
using CapexRadar.Text;
using static CapexRadar.Market.Tests.TestEntities;

namespace CapexRadar.Market.Tests;

/// <summary>Market reads the shared <see cref="AnnotatedDocument"/>: the same moves as from the text alone.</summary>
public class SharedDocumentTests
{
    [Fact]
    public void Moves_from_a_shared_document_equal_moves_from_text()
    {
        const string text = "Shares of Halvard Grid rose 4.2% in Oslo after it said it would spend $2bn on substations. The Kospi fell 0.8%.";
        var entities = Build(text, "halvard", new Org("halvard", "Halvard Grid", ["Halvard Grid"]));
        var market = new MarketMoveExtractor();
        var fromText = market.Extract(text, entities);
        var fromDoc = market.Extract(AnnotatedDocument.Create(text), entities);
        Assert.Equal(2, fromText.Count);
        Assert.Equal(fromText.Select(m => m.ToString()), fromDoc.Select(m => m.ToString()));
    }
}
