using System.Diagnostics;
using OpenTelemetry.Trace;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Parent-based sampling with a rate limit on new traces: a span with a parent follows the parent's decision (so a
/// trace is recorded whole, across processes, or not at all); a root span is recorded while this process has started
/// fewer than <c>perSecond</c> recorded traces in the last second (token bucket, burst = one second's worth). A
/// single announcement is always traced; under load only some are, which bounds what every service spends on spans
/// and what the dashboard stores. A consumed message without a trace context starts no trace (its sender's trace was
/// not recorded). An announcement whose trace is not recorded keeps a trace id per service, in no dashboard.
/// </summary>
public sealed class RateLimitedRootSampler : Sampler
{
    private readonly double _perSecond;
    private readonly object _gate = new();
    private readonly Func<TimeSpan> _clock;
    private double _tokens;
    private TimeSpan _last;

    public RateLimitedRootSampler(double perSecond) : this(perSecond, MonotonicClock)
    {
    }

    /// <param name="perSecond">New traces recorded per second (also the burst).</param>
    /// <param name="clock">Monotonic time (tests pass their own).</param>
    public RateLimitedRootSampler(double perSecond, Func<TimeSpan> clock)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(perSecond);
        _perSecond = perSecond;
        _tokens = perSecond;
        _clock = clock;
        _last = clock();
        Description = $"ParentBased{{RateLimitedRoot{{{perSecond}/s}}}}";
    }

    public override SamplingResult ShouldSample(in SamplingParameters samplingParameters)
    {
        var parent = samplingParameters.ParentContext;
        if (parent.TraceId != default)
        {
            return new SamplingResult((parent.TraceFlags & ActivityTraceFlags.Recorded) != 0);
        }
        // A message received with no trace context belongs to a trace its sender did not record (MassTransit propagates
        // only recorded contexts): recording it would start a fragment of that trace, in every consuming service.
        if (samplingParameters.Kind == ActivityKind.Consumer) return new SamplingResult(false);
        return new SamplingResult(TryTake());
    }

    private bool TryTake()
    {
        lock (_gate)
        {
            var now = _clock();
            _tokens = Math.Min(_perSecond, _tokens + (now - _last).TotalSeconds * _perSecond);
            _last = now;
            if (_tokens < 1) return false;
            _tokens -= 1;
            return true;
        }
    }

    private static readonly long Start = Stopwatch.GetTimestamp();

    private static TimeSpan MonotonicClock() => Stopwatch.GetElapsedTime(Start);
}
