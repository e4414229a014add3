using System.Threading.Channels;
using CapexRadar.Contracts;
using CapexRadar.Ingestion.Api.Events;
using CapexRadar.Protos.Ingestion.V1;
using CapexRadar.ServiceHosting;
using Google.Protobuf;
using MassTransit;

namespace CapexRadar.Ingestion.Api.Pipeline;

/// <summary>
/// With several Ingestion replicas (<c>Messaging:FanOut</c>): what this replica tells its own watchers — stage events
/// (<see cref="StageNotifier"/>) and feed entries (<see cref="FeedNotifier"/>) — is also published, in batches, so
/// every other replica tells its watchers too. Offering never blocks the caller: the queue holds
/// <see cref="Capacity"/> items; beyond that an item is dropped and counted (a watcher can always re-read
/// <c>GetStatus</c>/the stored feed, which stay complete).
/// </summary>
public sealed class ReplicaFanoutPublisher(IBus bus, ILogger<ReplicaFanoutPublisher> logger) : BackgroundService
{
    public const int Capacity = 100_000;
    private const int BatchSize = 500;

    private readonly Channel<object> _queue = Channel.CreateBounded<object>(new BoundedChannelOptions(Capacity)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
        SingleReader = true,
    });

    private long _dropped;

    public void Offer(StageEvent stageEvent)
    {
        if (!_queue.Writer.TryWrite(stageEvent)) Interlocked.Increment(ref _dropped);
    }

    public void Offer(IReadOnlyList<FeedEntry> entries)
    {
        if (entries.Count > 0 && !_queue.Writer.TryWrite(entries)) Interlocked.Increment(ref _dropped);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var stages = new List<byte[]>();
        var feed = new List<FeedEntryNote>();
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken))
            {
                while (stages.Count + feed.Count < BatchSize && _queue.Reader.TryRead(out var item))
                {
                    if (item is StageEvent e) stages.Add(e.ToByteArray());
                    else if (item is IReadOnlyList<FeedEntry> entries)
                        feed.AddRange(entries.Select(f => new FeedEntryNote(f.Sequence, f.EventId, f.AnnouncementId, f.FollowsEventId, f.FactType, f.FactJson, f.At)));
                }
                try
                {
                    if (stages.Count > 0) await bus.Publish(new StageEventsRecorded(ReplicaFanout.InstanceId, stages.ToArray()), stoppingToken);
                    if (feed.Count > 0) await bus.Publish(new FeedEntriesAppended(ReplicaFanout.InstanceId, feed.ToArray()), stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogWarning("Fan-out of {Stages} stage events and {Feed} feed entries to the other replicas failed: {Error}",
                        stages.Count, feed.Count, ex.Message);
                }
                stages.Clear();
                feed.Clear();
                if (Interlocked.Exchange(ref _dropped, 0) is > 0 and var dropped)
                    logger.LogWarning("Fan-out queue full: {Dropped} items not sent to the other replicas", dropped);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}

/// <summary>Another replica's stage events, for this replica's WatchAnnouncement streams (its own are skipped).</summary>
public sealed class StageEventsRecordedConsumer(StageNotifier notifier) : IConsumer<StageEventsRecorded>
{
    public Task Consume(ConsumeContext<StageEventsRecorded> context)
    {
        if (context.Message.Origin == ReplicaFanout.InstanceId) return Task.CompletedTask;
        foreach (var bytes in context.Message.Events) notifier.Deliver(StageEvent.Parser.ParseFrom(bytes));
        return Task.CompletedTask;
    }
}

/// <summary>Another replica's feed entries, for this replica's WatchFacts streams (its own are skipped).</summary>
public sealed class FeedEntriesAppendedConsumer(FeedNotifier notifier) : IConsumer<FeedEntriesAppended>
{
    public Task Consume(ConsumeContext<FeedEntriesAppended> context)
    {
        if (context.Message.Origin == ReplicaFanout.InstanceId) return Task.CompletedTask;
        notifier.Deliver(context.Message.Entries.Select(n => new FeedEntry
        {
            Sequence = n.Sequence, EventId = n.EventId, AnnouncementId = n.AnnouncementId, FollowsEventId = n.FollowsEventId,
            FactType = n.FactType, FactJson = n.FactJson, At = n.At,
        }).ToList());
        return Task.CompletedTask;
    }
}
