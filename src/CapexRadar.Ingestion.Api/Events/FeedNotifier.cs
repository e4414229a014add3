using System.Collections.Concurrent;
using System.Threading.Channels;
using CapexRadar.Ingestion.Api.Pipeline;
using Grpc.Core;
using Microsoft.Extensions.Options;

namespace CapexRadar.Ingestion.Api.Events;

/// <summary>
/// In-process fan-out of committed feed entries to WatchFacts streams; the database stays the source of truth.
/// Each subscriber has a bounded buffer of <see cref="BufferSize"/> entries: a subscriber that falls further behind
/// is ended with <see cref="SubscriberTooSlowException"/> (never silently skipped) and resumes from its cursor.
/// </summary>
public sealed class FeedNotifier(IOptions<StreamLimitsOptions>? options = null)
{
    public const int BufferSize = 256;

    private readonly ConcurrentDictionary<Guid, Channel<FeedEntry>> _subscribers = new();
    private readonly int _maxSubscribers = options?.Value.MaxFeedSubscribers ?? new StreamLimitsOptions().MaxFeedSubscribers;
    private int _count;

    /// <summary>Registers a subscriber, or throws RESOURCE_EXHAUSTED at <see cref="StreamLimitsOptions.MaxFeedSubscribers"/>.</summary>
    public IDisposable Subscribe(out ChannelReader<FeedEntry> reader, int capacity = BufferSize)
    {
        if (Interlocked.Increment(ref _count) > _maxSubscribers)
        {
            Interlocked.Decrement(ref _count);
            throw new RpcException(new Status(StatusCode.ResourceExhausted,
                $"this service already serves {_maxSubscribers} WatchFacts streams (Ingestion:Streams:MaxFeedSubscribers); retry later"));
        }
        var id = Guid.NewGuid();
        var channel = Channel.CreateBounded<FeedEntry>(new BoundedChannelOptions(capacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });
        _subscribers[id] = channel;
        reader = channel.Reader;
        var disposed = 0;
        return new Subscription(() =>
        {
            if (Interlocked.Exchange(ref disposed, 1) != 0) return;
            if (_subscribers.TryRemove(id, out var c)) c.Writer.TryComplete();
            Interlocked.Decrement(ref _count);
        });
    }

    /// <summary>Subscribers that still receive entries (one ended as too slow no longer counts here).</summary>
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
