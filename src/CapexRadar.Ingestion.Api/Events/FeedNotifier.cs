using System.Collections.Concurrent;
using System.Threading.Channels;

namespace CapexRadar.Ingestion.Api.Events;

/// <summary>
/// In-process fan-out of committed feed entries to WatchFacts streams; the database stays the source of truth.
/// Each subscriber has a bounded buffer of <see cref="BufferSize"/> entries: a subscriber that falls further behind
/// is ended with <see cref="SubscriberTooSlowException"/> (never silently skipped) and resumes from its cursor.
/// </summary>
public sealed class FeedNotifier
{
    public const int BufferSize = 256;

    private readonly ConcurrentDictionary<Guid, Channel<FeedEntry>> _subscribers = new();

    public IDisposable Subscribe(out ChannelReader<FeedEntry> reader, int capacity = BufferSize)
    {
        var id = Guid.NewGuid();
        var channel = Channel.CreateBounded<FeedEntry>(new BoundedChannelOptions(capacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });
        _subscribers[id] = channel;
        reader = channel.Reader;
        return new Subscription(() => { if (_subscribers.TryRemove(id, out var c)) c.Writer.TryComplete(); });
    }

    public int Subscribers => _subscribers.Count;

    /// <summary>Offers the entries to every subscriber, in order; a full buffer ends that subscriber's stream.</summary>
    public void Publish(IReadOnlyList<FeedEntry> entries)
    {
        if (entries.Count == 0) return;
        foreach (var (id, channel) in _subscribers)
            foreach (var entry in entries)
                if (!channel.Writer.TryWrite(entry))
                {
                    if (_subscribers.TryRemove(id, out _)) channel.Writer.TryComplete(new SubscriberTooSlowException());
                    break;
                }
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}

public sealed class SubscriberTooSlowException() : Exception($"the subscriber fell more than {FeedNotifier.BufferSize} facts behind");
