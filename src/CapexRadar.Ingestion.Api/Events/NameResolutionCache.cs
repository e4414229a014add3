using System.Collections.Concurrent;

namespace CapexRadar.Ingestion.Api.Events;

/// <summary>
/// Remembers what a pure lookup answered for a name (clustering asks the knowledge base for the same company names over
/// and over: 5 % of Ingestion's CPU at 100 announcements/s went to normalising and resolving them). At most
/// <see cref="Capacity"/> names are kept; when full the cache starts over, so hostile input cannot grow it. Only for a
/// lookup whose answer never changes for the life of the process (Ingestion's knowledge base is loaded once, never changed).
/// </summary>
public sealed class NameResolutionCache(Func<string, string?> resolve, int capacity = NameResolutionCache.DefaultCapacity)
{
    public const int DefaultCapacity = 50_000;

    private ConcurrentDictionary<string, string?> _answers = new(StringComparer.Ordinal);

    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity));

    public int Count => _answers.Count;

    public string? Resolve(string name)
    {
        var answers = _answers;
        if (answers.TryGetValue(name, out var known)) return known;
        var answer = resolve(name);
        if (answers.Count >= Capacity) Interlocked.CompareExchange(ref _answers, new(StringComparer.Ordinal), answers);
        _answers.TryAdd(name, answer);
        return answer;
    }
}
