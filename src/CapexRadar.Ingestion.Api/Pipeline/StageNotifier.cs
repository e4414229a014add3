using System.Collections.Concurrent;
using System.Threading.Channels;
using CapexRadar.Protos.Ingestion.V1;
using Grpc.Core;
using Microsoft.Extensions.Options;

namespace CapexRadar.Ingestion.Api.Pipeline;

/// <summary>
/// In-process fan-out of stage events to WatchAnnouncement streams (the database stays the source of truth).
/// At most <see cref="StreamLimitsOptions.MaxWatchSubscribers"/> subscribers (RESOURCE_EXHAUSTED beyond); each has a
/// bounded buffer of <see cref="StreamLimitsOptions.WatchBufferSize"/> events, and one that falls further behind is
/// ended with <see cref="WatcherTooSlowException"/> — never silently skipped.
/// </summary>
public sealed class StageNotifier
{
    private readonly ConcurrentDictionary<Guid, (string? AnnouncementId, Channel<StageEvent> Channel)> _watchers = new();
    private readonly PipelineMetrics? _metrics;
    private readonly int _maxSubscribers;
    private readonly int _bufferSize;
    private int _count;

    public StageNotifier(IOptions<StreamLimitsOptions> options, PipelineMetrics? metrics = null)
    {
        _metrics = metrics;
        _maxSubscribers = options.Value.MaxWatchSubscribers;
        _bufferSize = options.Value.WatchBufferSize;
    }

    public int Subscribers => Volatile.Read(ref _count);

    public int BufferSize => _bufferSize;

    /// <summary>Registers a subscriber, or throws RESOURCE_EXHAUSTED when the cap is reached.</summary>
    public IDisposable Subscribe(string? announcementId, out ChannelReader<StageEvent> reader)
    {
        if (Interlocked.Increment(ref _count) > _maxSubscribers)
        {
            Interlocked.Decrement(ref _count);
            throw new RpcException(new Status(StatusCode.ResourceExhausted,
                $"this service already serves {_maxSubscribers} WatchAnnouncement streams (Ingestion:Streams:MaxWatchSubscribers); retry later"));
        }
        var id = Guid.NewGuid();
        var channel = Channel.CreateBounded<StageEvent>(new BoundedChannelOptions(_bufferSize) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });
        _watchers[id] = (announcementId, channel);
        reader = channel.Reader;
        var disposed = 0;
        return new Subscription(() =>
        {
            if (Interlocked.Exchange(ref disposed, 1) != 0) return;
            if (_watchers.TryRemove(id, out var w)) w.Channel.Writer.TryComplete();
            Interlocked.Decrement(ref _count);
        });
    }

    public void Publish(StageEvent stageEvent)
    {
        _metrics?.Observe(stageEvent);
        foreach (var (id, (announcementId, channel)) in _watchers)
            if ((announcementId is null || announcementId == stageEvent.AnnouncementId) && !channel.Writer.TryWrite(stageEvent))
                // full buffer: end this stream visibly (its count is released when the stream disposes the subscription)
                if (_watchers.TryRemove(id, out _)) channel.Writer.TryComplete(new WatcherTooSlowException(_bufferSize));
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}

public sealed class WatcherTooSlowException(int bufferSize) : Exception($"the subscriber fell more than {bufferSize} stage events behind");
