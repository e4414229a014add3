namespace CapexRadar.Events;

/// <summary>
/// Events held in memory (the offline <c>capexradar events</c> command and tests): announcements are added in time
/// order; each joins, revises or starts an event. Like the services' store, it offers the clusterer only the candidates
/// of <see cref="EventClusterer.CandidatesFor"/> (unless <paramref name="allCandidates"/>), so the offline score measures
/// the same decisions.
/// </summary>
public sealed class EventIndex(EventClusterer clusterer, bool allCandidates = false)
{
    private readonly List<NewsEvent> _events = [];
    private readonly Dictionary<string, int> _byAnnouncement = new(StringComparer.Ordinal);

    public IReadOnlyList<NewsEvent> Events => _events;

    /// <summary>Candidate events offered to the clusterer, summed over the announcements added.</summary>
    public long CandidatesOffered { get; private set; }

    /// <summary>Events of the whole revision window (what a store loaded per announcement before candidates were narrowed), summed.</summary>
    public long EventsInRevisionWindow { get; private set; }

    public AddResult Add(EventInput input)
    {
        var window = allCandidates ? null : clusterer.CandidatesFor(input);
        var candidates = window is null ? _events : _events.Where(window.Includes).ToList();
        CandidatesOffered += candidates.Count;
        var (from, to) = (input.At - clusterer.Options.RevisionWindow, input.At + clusterer.Options.JoinWindow);
        EventsInRevisionWindow += _events.Count(e => e.LastSeen >= from && e.FirstSeen <= to);
        var result = clusterer.Add(input, candidates, () => $"E{_events.Count + 1}");
        var index = _events.FindIndex(e => e.Id == result.Event.Id);
        if (index >= 0) _events[index] = result.Event;
        else
        {
            _events.Add(result.Event);
            index = _events.Count - 1;
        }
        _byAnnouncement[input.AnnouncementId] = index;
        return result;
    }

    public NewsEvent? EventOf(string announcementId) =>
        _byAnnouncement.TryGetValue(announcementId, out var i) ? _events[i] : null;
}

/// <summary>A label: the announcement's event, and the event it revises (if any).</summary>
public sealed record EventLabel(string Id, string Event, string? Follows);

/// <summary>Pairwise precision/recall of "same event", and how many revision links were found.</summary>
/// <param name="FalseMerges">Pairs put together that the labels keep apart (announcement ids).</param>
/// <param name="Splits">Pairs the labels put together that were kept apart.</param>
public sealed record PairwiseScore(
    int Announcements,
    int TruePairs,
    int PredictedPairs,
    int CorrectPairs,
    int FollowsLabelled,
    int FollowsCorrect,
    IReadOnlyList<(string A, string B)> FalseMerges,
    IReadOnlyList<(string A, string B)> Splits)
{
    public double Precision => PredictedPairs == 0 ? 1 : (double)CorrectPairs / PredictedPairs;
    public double Recall => TruePairs == 0 ? 1 : (double)CorrectPairs / TruePairs;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Scores the predicted event of each labelled announcement against its label (unlabelled ones are ignored).</summary>
    public static PairwiseScore Compute(IReadOnlyList<EventLabel> labels, Func<string, string?> predictedEvent, Func<string, string?> predictedFollows)
    {
        var items = labels.Where(l => predictedEvent(l.Id) is not null).ToList();
        int truePairs = 0, predicted = 0, correct = 0;
        var merges = new List<(string, string)>();
        var splits = new List<(string, string)>();
        var predictedOf = items.ToDictionary(l => l.Id, l => predictedEvent(l.Id)!);
        for (var i = 0; i < items.Count; i++)
        for (var j = i + 1; j < items.Count; j++)
        {
            var same = items[i].Event == items[j].Event;
            var guess = predictedOf[items[i].Id] == predictedOf[items[j].Id];
            if (same) truePairs++;
            if (guess) predicted++;
            if (same && guess) correct++;
            if (guess && !same) merges.Add((items[i].Id, items[j].Id));
            if (same && !guess) splits.Add((items[i].Id, items[j].Id));
        }
        // a revision link is right when the predicted earlier event holds an announcement of the labelled earlier event
        var labelOf = items.ToDictionary(l => l.Id, l => l.Event);
        int followsLabelled = 0, followsCorrect = 0;
        foreach (var l in items.Where(l => !string.IsNullOrEmpty(l.Follows)))
        {
            followsLabelled++;
            if (predictedFollows(l.Id) is { } earlier &&
                items.Any(o => predictedOf[o.Id] == earlier && labelOf[o.Id] == l.Follows))
                followsCorrect++;
        }
        return new PairwiseScore(items.Count, truePairs, predicted, correct, followsLabelled, followsCorrect, merges, splits);
    }
}
