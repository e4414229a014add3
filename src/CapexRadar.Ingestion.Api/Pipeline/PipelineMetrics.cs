using System.Diagnostics;
using System.Diagnostics.Metrics;
using CapexRadar.Protos.Ingestion.V1;

namespace CapexRadar.Ingestion.Api.Pipeline;

/// <summary>
/// What an operator watches on the dashboard, derived from the stage events every announcement passes through
/// Ingestion (<see cref="StageNotifier"/>), so no extra query or message is needed:
/// <list type="bullet">
/// <item><c>capexradar.pipeline.waiting</c> (gauge, by <c>stage</c>): announcements received but not yet through that
/// stage — the lag of each stage's consumers; a saturated stage is the one whose line keeps rising.</item>
/// <item><c>capexradar.pipeline.stage_lag</c> (histogram, ms, by <c>stage</c>): time from ingest to the stage's result.</item>
/// <item><c>capexradar.pipeline.end_to_end</c> (histogram, ms): ingest to <c>complete</c>.</item>
/// <item><c>capexradar.pipeline.completed</c> / <c>capexradar.pipeline.failed</c> (counters, failed by <c>stage</c>): throughput and failures.</item>
/// </list>
/// Counts cover announcements received since this process started (at most <see cref="MaxTracked"/> in flight).
/// </summary>
public sealed class PipelineMetrics
{
    public const int MaxTracked = 200_000;
    private static readonly double[] LatencyBuckets = [5, 10, 25, 50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000, 30_000, 60_000, 120_000];
    private static readonly string[] Stages = [StageNames.Entities, StageNames.Capex, StageNames.Market];

    private readonly object _lock = new();
    private readonly Dictionary<string, (long Received, int Done)> _inFlight = new(StringComparer.Ordinal);
    private readonly long[] _waiting = new long[3];
    private readonly Histogram<double> _stageLag;
    private readonly Histogram<double> _endToEnd;
    private readonly Counter<long> _completed;
    private readonly Counter<long> _failed;

    public PipelineMetrics()
    {
        var meter = CapexRadarTelemetry.Meter;
        var advice = new InstrumentAdvice<double> { HistogramBucketBoundaries = LatencyBuckets };
        _stageLag = meter.CreateHistogram("capexradar.pipeline.stage_lag", "ms", "Time from ingest to a stage's result, by stage.", advice: advice);
        _endToEnd = meter.CreateHistogram("capexradar.pipeline.end_to_end", "ms", "Time from ingest to complete.", advice: advice);
        _completed = meter.CreateCounter<long>("capexradar.pipeline.completed", description: "Announcements completed (entities, capex and market done).");
        _failed = meter.CreateCounter<long>("capexradar.pipeline.failed", description: "Announcements whose pipeline failed, by stage.");
        meter.CreateObservableGauge("capexradar.pipeline.waiting", ObserveWaiting,
            description: "Announcements received and not yet through the stage (consumer lag), by stage.");
    }

    private IEnumerable<Measurement<long>> ObserveWaiting()
    {
        long[] snapshot;
        lock (_lock) snapshot = (long[])_waiting.Clone();
        for (var i = 0; i < Stages.Length; i++)
            yield return new Measurement<long>(snapshot[i], new KeyValuePair<string, object?>("stage", Stages[i]));
    }

    public void Observe(StageEvent stageEvent)
    {
        var now = Stopwatch.GetTimestamp();
        var id = stageEvent.AnnouncementId;
        lock (_lock)
        {
            if (stageEvent.Stage == Stage.Received)
            {
                if (_inFlight.Count >= MaxTracked || !_inFlight.TryAdd(id, (now, 0))) return;
                for (var i = 0; i < _waiting.Length; i++) _waiting[i]++;
                return;
            }
            if (!_inFlight.TryGetValue(id, out var tracked)) return;
            var elapsed = Stopwatch.GetElapsedTime(tracked.Received, now).TotalMilliseconds;
            switch (stageEvent.Stage)
            {
                case Stage.Entities or Stage.Capex or Stage.Market:
                    var index = Array.IndexOf(Stages, stageEvent.Stage == Stage.Entities ? StageNames.Entities : stageEvent.Stage == Stage.Capex ? StageNames.Capex : StageNames.Market);
                    if ((tracked.Done & (1 << index)) != 0) return;
                    _inFlight[id] = (tracked.Received, tracked.Done | (1 << index));
                    _waiting[index]--;
                    _stageLag.Record(elapsed, new KeyValuePair<string, object?>("stage", Stages[index]));
                    return;
                case Stage.Complete or Stage.Failed:
                    _inFlight.Remove(id);
                    for (var i = 0; i < _waiting.Length; i++)
                        if ((tracked.Done & (1 << i)) == 0) _waiting[i]--;
                    if (stageEvent.Stage == Stage.Complete)
                    {
                        _endToEnd.Record(elapsed);
                        _completed.Add(1);
                    }
                    else
                    {
                        var stage = Stages.FirstOrDefault(s => stageEvent.Detail.StartsWith(s + " ", StringComparison.Ordinal)) ?? "unknown";
                        _failed.Add(1, new KeyValuePair<string, object?>("stage", stage));
                    }
                    return;
            }
        }
    }
}
