using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Trace;

namespace CapexRadar.Functional.Tests;

/// <summary>The services' default trace sampler (issue 13): whole traces, at most N new ones a second per process.</summary>
public sealed class RateLimitedRootSamplerTests
{
    private static SamplingParameters Root(ActivityKind kind = ActivityKind.Server) =>
        new(default, ActivityTraceId.CreateRandom(), "POST Ingest", kind);

    private static SamplingParameters Child(bool parentRecorded, ActivityKind kind = ActivityKind.Consumer) =>
        new(new ActivityContext(ActivityTraceId.CreateRandom(), ActivitySpanId.CreateRandom(),
            parentRecorded ? ActivityTraceFlags.Recorded : ActivityTraceFlags.None, isRemote: true), ActivityTraceId.CreateRandom(), "receive", kind);

    [Fact]
    public void New_traces_beyond_the_rate_are_not_recorded_until_time_has_refilled_the_budget()
    {
        var now = TimeSpan.Zero;
        var sampler = new RateLimitedRootSampler(3, () => now);

        var first = Enumerable.Range(0, 5).Select(_ => sampler.ShouldSample(Root()).Decision).ToList();
        Assert.Equal([SamplingDecision.RecordAndSample, SamplingDecision.RecordAndSample, SamplingDecision.RecordAndSample,
            SamplingDecision.Drop, SamplingDecision.Drop], first);

        now += TimeSpan.FromMilliseconds(400); // 1.2 traces' worth
        Assert.Equal(SamplingDecision.RecordAndSample, sampler.ShouldSample(Root()).Decision);
        Assert.Equal(SamplingDecision.Drop, sampler.ShouldSample(Root()).Decision);

        now += TimeSpan.FromHours(1); // the budget never exceeds one second's worth
        Assert.Equal(3, Enumerable.Range(0, 10).Count(_ => sampler.ShouldSample(Root()).Decision == SamplingDecision.RecordAndSample));
    }

    [Fact]
    public void A_span_with_a_parent_follows_the_parent_whatever_the_budget_and_a_consumer_without_one_starts_no_trace()
    {
        var sampler = new RateLimitedRootSampler(1, () => TimeSpan.Zero);
        Assert.Equal(SamplingDecision.RecordAndSample, sampler.ShouldSample(Root()).Decision); // budget spent

        Assert.Equal(SamplingDecision.RecordAndSample, sampler.ShouldSample(Child(parentRecorded: true)).Decision);
        Assert.Equal(SamplingDecision.RecordAndSample, sampler.ShouldSample(Child(parentRecorded: true, ActivityKind.Internal)).Decision);
        Assert.Equal(SamplingDecision.Drop, sampler.ShouldSample(Child(parentRecorded: false)).Decision);

        var fresh = new RateLimitedRootSampler(5, () => TimeSpan.Zero);
        Assert.Equal(SamplingDecision.Drop, fresh.ShouldSample(Root(ActivityKind.Consumer)).Decision);
        Assert.Equal(SamplingDecision.RecordAndSample, fresh.ShouldSample(Root(ActivityKind.Producer)).Decision);
    }
}
