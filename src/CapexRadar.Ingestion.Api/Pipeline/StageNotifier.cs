using System.Collections.Concurrent;
using System.Threading.Channels;
using CapexRadar.Protos.Ingestion.V1;

namespace CapexRadar.Ingestion.Api.Pipeline;

/// <summary>In-process fan-out of stage events to WatchAnnouncement streams (the database stays the source of truth).</summary>
public sealed class StageNotifier(PipelineMetrics? metrics = null)
{
    private readonly ConcurrentDictionary<Guid, (string? AnnouncementId, Channel<StageEvent> Channel)> _watchers = new();

    public IDisposable Subscribe(string? announcementId, out ChannelReader<StageEvent> reader)
    {
        var id = Guid.NewGuid();
        var channel = Channel.CreateBounded<StageEvent>(new BoundedChannelOptions(1_000) { FullMode = BoundedChannelFullMode.DropOldest });
        _watchers[id] = (announcementId, channel);
        reader = channel.Reader;
        return new Subscription(() => { if (_watchers.TryRemove(id, out var w)) w.Channel.Writer.TryComplete(); });
    }

    public void Publish(StageEvent stageEvent)
    {
        metrics?.Observe(stageEvent);
        foreach (var (announcementId, channel) in _watchers.Values)
            if (announcementId is null || announcementId == stageEvent.AnnouncementId)
                channel.Writer.TryWrite(stageEvent);
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
