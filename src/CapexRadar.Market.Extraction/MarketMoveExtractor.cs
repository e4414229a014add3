using CapexRadar.Domain;
using CapexRadar.Text;

namespace CapexRadar.Market.Extraction;

/// <summary>
/// Finds every reported share-price or index move in an announcement's normalised text and relates each mover to
/// the announcer. Works from the grammar of market reports: a percentage governed by a movement verb, noun or
/// adverb ("rose as much as 7.8%", "closed 2.3% lower", "an increase of up to 7.8%"), whose subject is a company,
/// a company's stock ("its shares", "X's ADRs", "shares of X") or a stock index. Percentages of revenue, margins,
/// stakes, market shares, rates and other metrics are rejected by their subject and their surroundings.
/// Linear in the input: every look-around is bounded to a small window of tokens.
/// </summary>
public sealed class MarketMoveExtractor
{
    public IReadOnlyList<MarketMove> Extract(string normalizedText, EntitySet entities)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        entities ??= EntitySet.Empty;
        if (normalizedText.Length == 0) return [];
        return Extract(AnnotatedDocument.Create(normalizedText), entities);
    }

    /// <summary>The same over a document already annotated (tokens and sentences shared with the other extractors).</summary>
    public IReadOnlyList<MarketMove> Extract(AnnotatedDocument document, EntitySet entities)
    {
        ArgumentNullException.ThrowIfNull(document);
        entities ??= EntitySet.Empty;
        if (document.Text.Length == 0) return [];
        return new MoveRun(new TokenDocument(document, entities)).Execute();
    }

    /// <summary>The rule trail: for each group of percentages, the stage that dropped it or the moves it gave
    /// (<c>capexradar extract --explain ID</c>).</summary>
    public IReadOnlyList<string> Explain(string normalizedText, EntitySet entities)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        if (normalizedText.Length == 0) return [];
        var trail = new List<string>();
        new MoveRun(new TokenDocument(AnnotatedDocument.Create(normalizedText), entities ?? EntitySet.Empty), trail).Execute();
        return trail;
    }
}
