using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace CapexRadar.Functional.Tests;

/// <summary>
/// Per-announcement span cost (issue 13): MassTransit's "process" span, which repeats each delivery's "receive" span, is
/// not recorded by default, and what runs inside it attaches to the receive span, so the trace stays whole.
/// </summary>
public sealed class MessagingSpanSamplerTests
{
    private static (List<Activity> Exported, TracerProvider Provider, ActivitySource Source) Tracing(MessagingSpans spans)
    {
        var exported = new List<Activity>();
        var source = new ActivitySource("MessagingSpanSamplerTests." + Guid.NewGuid().ToString("n"));
        var provider = Sdk.CreateTracerProviderBuilder()
            .AddSource(source.Name)
            .SetSampler(new MessagingSpanSampler(new ParentBasedSampler(new AlwaysOnSampler()), spans))
            .AddInMemoryExporter(exported)
            .Build();
        return (exported, provider, source);
    }

    /// <summary>A delivery as MassTransit traces it: receive (remote parent: the sender), process inside it, work inside that.</summary>
    private static void Deliver(ActivitySource source)
    {
        var sender = new ActivityContext(ActivityTraceId.CreateRandom(), ActivitySpanId.CreateRandom(), ActivityTraceFlags.Recorded, isRemote: true);
        using var receive = source.StartActivity("capex-entities-extracted receive", ActivityKind.Consumer, sender);
        using var process = source.StartActivity("capex-entities-extracted process", ActivityKind.Consumer);
        using (source.StartActivity("capex.extract")) { }
        using (source.StartActivity("CapexRadar.Contracts:CapexExtracted send", ActivityKind.Producer)) { }
    }

    [Fact]
    public void Lean_leaves_out_the_process_span_and_its_children_hang_under_the_receive_span()
    {
        var (exported, provider, source) = Tracing(MessagingSpans.Lean);
        using (provider) using (source) Deliver(source);

        Assert.Equal(["capex.extract", "CapexRadar.Contracts:CapexExtracted send", "capex-entities-extracted receive"],
            exported.Select(a => a.DisplayName));
        var receive = exported.Single(a => a.DisplayName.EndsWith(" receive", StringComparison.Ordinal));
        Assert.All(exported.Where(a => a != receive), a => Assert.Equal(receive.SpanId, a.ParentSpanId));
        Assert.All(exported, a => Assert.Equal(receive.TraceId, a.TraceId));
    }

    [Fact]
    public void All_keeps_every_span()
    {
        var (exported, provider, source) = Tracing(MessagingSpans.All);
        using (provider) using (source) Deliver(source);

        Assert.Equal(4, exported.Count);
        Assert.Contains(exported, a => a.DisplayName == "capex-entities-extracted process");
    }

    [Fact]
    public void A_process_span_whose_parent_is_remote_is_kept_so_nothing_loses_its_recorded_parent()
    {
        var (exported, provider, source) = Tracing(MessagingSpans.Lean);
        var remote = new ActivityContext(ActivityTraceId.CreateRandom(), ActivitySpanId.CreateRandom(), ActivityTraceFlags.Recorded, isRemote: true);
        using (provider) using (source)
        using (source.StartActivity("queue process", ActivityKind.Consumer, remote))
        using (source.StartActivity("work")) { }

        Assert.Equal(["work", "queue process"], exported.Select(a => a.DisplayName));
    }

    [Theory]
    [InlineData(null, MessagingSpans.Lean)]
    [InlineData("all", MessagingSpans.All)]
    [InlineData("Lean", MessagingSpans.Lean)]
    public void The_setting_is_read_and_a_wrong_value_stops_the_start(string? value, MessagingSpans expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [ServiceDefaultsExtensions.MessagingSpansKey] = value,
        }).Build();
        Assert.Equal(expected, ServiceDefaultsExtensions.MessagingSpansFrom(configuration));

        var wrong = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [ServiceDefaultsExtensions.MessagingSpansKey] = "some",
        }).Build();
        Assert.Throws<InvalidOperationException>(() => ServiceDefaultsExtensions.MessagingSpansFrom(wrong));
    }
}
