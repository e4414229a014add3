using CapexRadar.Analysis;
using CapexRadar.Domain;
using CapexRadar.Entities.Extraction;
using CapexRadar.Events;
using System.Text.Json;

namespace CapexRadar.Events.Tests;

/// <summary>
/// Story families written for these tests (Families/make.py): the same announcement told 2–4 ways, revisions, and
/// look-alikes (same company with another plan, same amount by another company, another market day), run through the
/// real extractors and the clusterer.
/// </summary>
public sealed class FamilyTests
{
    private static readonly AnnouncementAnalyzer Analyzer = AnnouncementAnalyzer.CreateDefault();
    private static readonly CompanyKnowledgeBase Kb = CompanyKnowledgeBase.LoadDefault();

    private static string Family(string file) => Path.Combine(AppContext.BaseDirectory, "Families", file);

    private static EventInput Analyse(string id, string title, string body, DateTimeOffset at, string source)
    {
        var (text, result) = Analyzer.AnalyzeRaw(body, at);
        return new EventInput(id, title + "\n" + text, at, source, null, result.Entities.AnnouncerId, result.Capex, result.Facilities, result.Market)
        {
            Locations = result.Entities.Locations,
        };
    }

    private static readonly Lazy<List<EventInput>> OwnFamilies = new(() => File.ReadLines(Family("articles.jsonl"))
        .Select(l => JsonDocument.Parse(l).RootElement)
        .Select(r => Analyse(r.GetProperty("id").GetString()!, r.GetProperty("title").GetString()!, r.GetProperty("body").GetString()!,
            DateTimeOffset.Parse(r.GetProperty("published_at").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
            r.GetProperty("source").GetString()!))
        .OrderBy(i => i.At).ToList());

    private static EventClusterer NewClusterer() =>
        new(parentOf: id => Kb.Get(id)?.Parent, resolveName: name => Kb.Resolve(name)?.Id);

    [Fact]
    public void Own_families_cluster_without_false_merges()
    {
        var index = new EventIndex(NewClusterer());
        foreach (var input in OwnFamilies.Value) index.Add(input);
        var labels = File.ReadLines(Family("events.jsonl")).Select(l => JsonDocument.Parse(l).RootElement)
            .Select(r => new EventLabel(r.GetProperty("id").GetString()!, r.GetProperty("event").GetString()!,
                r.GetProperty("follows").ValueKind == JsonValueKind.String ? r.GetProperty("follows").GetString() : null)).ToList();

        var score = PairwiseScore.Compute(labels, id => index.EventOf(id)?.Id, id => index.EventOf(id)?.FollowsEventId);

        Assert.Empty(score.FalseMerges);
        Assert.True(score.Recall >= 0.95, $"recall {score.Recall}: {string.Join("; ", score.Splits)}");
        Assert.Equal(score.FollowsLabelled, score.FollowsCorrect);
    }

    [Fact]
    public void Offering_only_the_candidate_window_decides_as_offering_every_event()
    {
        var (narrow, all) = (new EventIndex(NewClusterer()), new EventIndex(NewClusterer(), allCandidates: true));
        foreach (var input in OwnFamilies.Value)
        {
            var (a, b) = (narrow.Add(input), all.Add(input));
            Assert.Equal((b.Assignment.Decision, b.Assignment.Reason), (a.Assignment.Decision, a.Assignment.Reason));
            Assert.Equal(b.Event.Id, a.Event.Id);
        }
    }

    [Fact]
    public void Three_rewrites_of_the_seed_story_are_one_event_with_one_380_bn_yuan_commitment()
    {
        var index = new EventIndex(NewClusterer());
        var at = new DateTimeOffset(2025, 9, 24, 8, 0, 0, TimeSpan.Zero);
        index.Add(Analyse("seed", "Alibaba shares surge on plans to boost AI spending", File.ReadAllText(Family("alibaba-ai-capex.txt")), at, "agency"));
        index.Add(Analyse("wire", "Alibaba to ramp up AI spending", File.ReadAllText(Family("alibaba-wire.txt")), at.AddHours(2), "wire"));
        index.Add(Analyse("brief", "Alibaba to step up AI spending", File.ReadAllText(Family("alibaba-brief.txt")), at.AddHours(3), "brief"));

        var e = Assert.Single(index.Events);
        Assert.Equal(["agency", "wire", "brief"], e.Members.Select(m => m.Source));
        var commitment = Assert.Single(e.Facts, f => f.Capex is { Kind: CapexKind.Commitment });
        Assert.Equal(new MoneyAmount("CNY", 380_000_000_000m), commitment.Capex!.Amount);
        Assert.Equal(3, commitment.Supporting.Count);
    }
}
