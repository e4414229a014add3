using System.Diagnostics;
using OpenTelemetry.Trace;

namespace Microsoft.Extensions.Hosting;

/// <summary>Which of MassTransit's spans a service records (<c>CapexRadar:Telemetry:MessagingSpans</c>).</summary>
public enum MessagingSpans
{
    /// <summary>
    /// One span per delivery: MassTransit's <c>… receive</c> span (which spans the whole consume, with the message's ids
    /// and the link to its sender) and its <c>… send</c> spans; not the <c>… process</c> span it opens right inside each
    /// receive span, which repeats it (same start, same end within microseconds, same messaging attributes). The spans
    /// made inside a consumer (ours, the sends) become children of the receive span, so every trace stays whole.
    /// </summary>
    Lean,

    /// <summary>Every span MassTransit makes (send, receive and process).</summary>
    All,
}

/// <summary>
/// Drops the spans <see cref="MessagingSpans"/> says carry no operator value before they exist, then defers to the
/// given sampler (whole-trace sampling) for the rest. A dropped span with a parent in the same process is never created
/// (OpenTelemetry's SDK returns <see cref="ActivitySamplingResult.None"/> for it), so what would have been its children
/// attach to its parent: the trace keeps every other span and its shape. Only a MassTransit <c>process</c> span (kind
/// consumer, name ending in <c> process</c>, opened under its <c>receive</c> span in this process) is dropped; a span
/// whose parent is remote (a receive span, a gRPC server span) never is, as dropping it would leave its children without
/// a recorded parent.
/// </summary>
public sealed class MessagingSpanSampler(Sampler inner, MessagingSpans spans) : Sampler
{
    private static readonly SamplingResult Drop = new(SamplingDecision.Drop);

    public MessagingSpans Spans { get; } = spans;

    public override SamplingResult ShouldSample(in SamplingParameters samplingParameters)
    {
        if (Spans == MessagingSpans.Lean && IsProcessSpanInsideReceive(samplingParameters)) return Drop;
        return inner.ShouldSample(samplingParameters);
    }

    /// <summary>MassTransit's <c>{endpoint} process</c> span, opened under the <c>{endpoint} receive</c> span in this process.</summary>
    public static bool IsProcessSpanInsideReceive(in SamplingParameters p) =>
        p.Kind == ActivityKind.Consumer
        && p.ParentContext.TraceId != default
        && !p.ParentContext.IsRemote
        && p.Name.EndsWith(" process", StringComparison.Ordinal);
}
