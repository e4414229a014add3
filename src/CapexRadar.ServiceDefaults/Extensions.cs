using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Common wiring every CapexRadar service calls: OpenTelemetry (traces, metrics, logs, exported over OTLP when
/// Aspire provides an endpoint), health checks, service discovery and resilient HTTP clients.
/// </summary>
public static class ServiceDefaultsExtensions
{
    private const string HealthEndpointPath = "/health";
    private const string AlivenessEndpointPath = "/alive";

    /// <summary>Most new traces recorded per second per process (0 or unset: no limit of ours).</summary>
    public const string TracesPerSecondKey = "CapexRadar:Telemetry:TracesPerSecond";

    /// <summary>Which MassTransit spans are recorded (<see cref="MessagingSpans"/>; default <c>Lean</c>).</summary>
    public const string MessagingSpansKey = "CapexRadar:Telemetry:MessagingSpans";

    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.ConfigureOpenTelemetry();
        builder.AddDefaultHealthChecks();
        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });
        return builder;
    }

    public static TBuilder ConfigureOpenTelemetry<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter("MassTransit", CapexRadarTelemetry.MeterName))
            .WithTracing(tracing => tracing
                .AddSource(builder.Environment.ApplicationName, "MassTransit", CapexRadarTelemetry.ActivitySourceName)
                .AddAspNetCoreInstrumentation(options =>
                    options.Filter = context =>
                        !context.Request.Path.StartsWithSegments(HealthEndpointPath)
                        && !context.Request.Path.StartsWithSegments(AlivenessEndpointPath)
                        && !context.Request.Path.StartsWithSegments("/grpc.health.v1.Health"))
                .AddGrpcClientInstrumentation()
                .AddHttpClientInstrumentation()
                .WithRateLimitedSampling(builder.Configuration));

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
            builder.Services.AddOpenTelemetry().UseOtlpExporter();

        return builder;
    }

    /// <summary>
    /// The sampler of every service: <see cref="MessagingSpanSampler"/> (drops MassTransit's duplicate <c>process</c> span
    /// unless <see cref="MessagingSpansKey"/> is <c>All</c>) over whole-trace sampling: with <see cref="TracesPerSecondKey"/>
    /// &gt; 0 (the AppHost sets it) at most that many new traces a second per process, each whole or not at all
    /// (<see cref="RateLimitedRootSampler"/>); unset or 0, every trace (parent-based, always on). With neither setting and
    /// <c>OTEL_TRACES_SAMPLER</c> other than <c>always_on</c> given, OpenTelemetry's own sampler from the environment (every
    /// span kept).
    /// </summary>
    private static TracerProviderBuilder WithRateLimitedSampling(this TracerProviderBuilder tracing, IConfiguration configuration)
    {
        var spans = MessagingSpansFrom(configuration);
        if (configuration.GetValue<double?>(TracesPerSecondKey) is > 0 and var perSecond)
            return tracing.SetSampler(new MessagingSpanSampler(new RateLimitedRootSampler(perSecond), spans));
        // every span of every trace (All), or another OpenTelemetry sampler from OTEL_TRACES_SAMPLER; else every trace, less
        // the dropped spans. Aspire gives every project OTEL_TRACES_SAMPLER=always_on: that is "every trace", which this keeps.
        var fromEnvironment = configuration["OTEL_TRACES_SAMPLER"];
        var everyTrace = string.IsNullOrWhiteSpace(fromEnvironment) || fromEnvironment.Trim() is "always_on" or "parentbased_always_on";
        if (spans == MessagingSpans.All || !everyTrace) return tracing;
        return tracing.SetSampler(new MessagingSpanSampler(new ParentBasedSampler(new AlwaysOnSampler()), spans));
    }

    /// <summary><see cref="MessagingSpansKey"/>: <c>Lean</c> (default) or <c>All</c>; anything else stops the start.</summary>
    public static MessagingSpans MessagingSpansFrom(IConfiguration configuration) =>
        configuration[MessagingSpansKey] is not { Length: > 0 } value
            ? MessagingSpans.Lean
            : Enum.TryParse<MessagingSpans>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
                ? parsed
                : throw new InvalidOperationException($"{MessagingSpansKey} is '{value}'; it must be Lean or All");

    public static TBuilder AddDefaultHealthChecks<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), ["live"]);
        return builder;
    }

    /// <summary>Maps <c>/health</c> (everything ready) and <c>/alive</c> (process is up).</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        // Probes carry no token: open even where every other endpoint needs one.
        app.MapHealthChecks(HealthEndpointPath).AllowAnonymous();
        app.MapHealthChecks(AlivenessEndpointPath, new HealthCheckOptions { Predicate = r => r.Tags.Contains("live") }).AllowAnonymous();
        return app;
    }
}
