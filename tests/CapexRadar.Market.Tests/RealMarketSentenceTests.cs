using System.Text.Json;
using CapexRadar.Text;
using static CapexRadar.Market.Tests.TestEntities;

namespace CapexRadar.Market.Tests;

/// <summary>
/// Real agency sentences (Financial PhraseBank, shared/corpus/real-market), with their odd tokenisation
/// ("1.2 %", "( STAN )", "pct"), run without any entities. Labels below are our own reading of each sentence.
/// </summary>
public class RealMarketSentenceTests
{
    private static readonly Lazy<Dictionary<string, string>> Sentences = new(Load);

    private static Dictionary<string, string> Load()
    {
        var path = Environment.GetEnvironmentVariable("CAPEXRADAR_REAL_MARKET") ?? "/work/shared/corpus/real-market/sentences.jsonl";
        var result = new Dictionary<string, string>();
        if (!File.Exists(path)) return result;
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var doc = JsonDocument.Parse(line);
            result[doc.RootElement.GetProperty("id").GetString()!] = doc.RootElement.GetProperty("body").GetString()!;
        }
        return result;
    }

    public static TheoryData<string, string[]> Labelled => new()
    {
        { "pb-006", ["Garmin|Down|4.5|Unspecified|New York", "Google|Down|0.7|Unspecified|-"] },
        { "pb-007", ["Nikkei|Down|0.62|Unspecified|-", "Hang Seng Index|Up|0.56|Unspecified|-"] },
        { "pb-009", ["FTSE 100|Up|0.9|Unspecified|-"] },
        { "pb-011", ["Metso|Up|0.53|Unspecified|-", "Wartsila|Down|0.77|Unspecified|-", "Rautaruukki|Down|1.08|Unspecified|-"] },
        { "pb-014", ["Kone|Down|4.1|Unspecified|Helsinki"] },
        { "pb-027", ["OMX Nordic 40 OMXN40|Down|0.87|Close|-"] },
        { "pb-030", ["Axa|Down|5.35|Unspecified|-"] },
        { "pb-038", ["Standard Chartered|Up|1.2|Unspecified|-", "Royal Bank of Scotland|Up|2|Unspecified|-", "Barclays|Up|1.7|Unspecified|-"] },
        { "pb-053", ["OMX Helsinki 25|Down|0.47|Close|-", "OMX Helsinki|Down|0.21|Unspecified|-"] },
        { "pb-061", ["Stora Enso|Down|2.3|Unspecified|-", "M-real|Down|2.86|Unspecified|-", "UPM-Kymmene|Down|1.14|Unspecified|-"] },
        { "pb-068", ["Konecranes Oyj|Down|5.5|Unspecified|-"] },
        { "pb-079", ["ArcelorMittal|Down|7.26|Unspecified|Euronext Paris"] },
        { "pb-093", ["Neste Oil|Up|0.49|Unspecified|-", "Fortum|Down|1.14|Unspecified|-"] },
    };

    [Theory]
    [MemberData(nameof(Labelled))]
    public void Moves(string id, string[] expected)
    {
        if (!Sentences.Value.TryGetValue(id, out var body)) return; // corpus not on this machine
        var moves = Extract(TextNormalizer.Normalize(body));
        Assert.Equal(expected, moves.Select(m => string.Join('|', Show(m).Split('|')[..5])).ToArray());
    }

    /// <summary>Stakes, margins, sales growth, premiums, rates, market shares, percentage points: nothing.</summary>
    [Theory]
    [InlineData("pb-001")] [InlineData("pb-002")] [InlineData("pb-003")] [InlineData("pb-004")] [InlineData("pb-008")]
    [InlineData("pb-010")] [InlineData("pb-013")] [InlineData("pb-015")] [InlineData("pb-018")] [InlineData("pb-019")]
    [InlineData("pb-020")] [InlineData("pb-023")] [InlineData("pb-024")] [InlineData("pb-032")] [InlineData("pb-034")]
    [InlineData("pb-036")] [InlineData("pb-037")] [InlineData("pb-039")] [InlineData("pb-042")] [InlineData("pb-043")]
    [InlineData("pb-045")] [InlineData("pb-047")] [InlineData("pb-049")] [InlineData("pb-050")] [InlineData("pb-051")]
    [InlineData("pb-054")] [InlineData("pb-057")] [InlineData("pb-058")] [InlineData("pb-064")] [InlineData("pb-067")]
    [InlineData("pb-071")] [InlineData("pb-076")] [InlineData("pb-081")] [InlineData("pb-082")] [InlineData("pb-084")]
    [InlineData("pb-085")] [InlineData("pb-086")] [InlineData("pb-087")] [InlineData("pb-089")] [InlineData("pb-090")]
    public void Distractors_yield_nothing(string id)
    {
        if (!Sentences.Value.TryGetValue(id, out var body)) return;
        var moves = Extract(TextNormalizer.Normalize(body));
        Assert.True(moves.Count == 0, id + ": " + string.Join("; ", ShowAll(moves)));
    }
}
