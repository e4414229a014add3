using System.Collections.Concurrent;
using Google.Protobuf;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CapexRadar.EndToEnd.Tests;

/// <summary>One span as the services exported it.</summary>
public sealed record ReceivedSpan(string ServiceName, string TraceId, string SpanId, string Name, int Kind);

/// <summary>
/// A tiny OTLP/HTTP (protobuf) receiver on a loopback port. The services export to it instead of the dashboard
/// (the test points <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> here), so the test sees every span each process emitted.
/// Only the fields we need are decoded, straight from the wire format of
/// <c>opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest</c>.
/// </summary>
public sealed class OtlpTraceReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedSpan> _spans = new();

    private OtlpTraceReceiver(WebApplication app) => _app = app;

    public string Endpoint { get; private set; } = "";

    public IReadOnlyCollection<ReceivedSpan> Spans => _spans.ToArray();

    public static async Task<OtlpTraceReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var receiver = new OtlpTraceReceiver(app);
        app.MapPost("/v1/traces", async (HttpRequest request) =>
        {
            receiver.Accept(await ReadBodyAsync(request));
            return Results.Bytes([], "application/x-protobuf");
        });
        // Metrics and logs are accepted and dropped.
        app.MapPost("/v1/metrics", () => Results.Bytes([], "application/x-protobuf"));
        app.MapPost("/v1/logs", () => Results.Bytes([], "application/x-protobuf"));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Endpoint = address.TrimEnd('/');
        return receiver;
    }

    public async Task<IReadOnlyList<ReceivedSpan>> WaitForSpansAsync(
        Func<IReadOnlyCollection<ReceivedSpan>, bool> done, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!done(Spans) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
        }

        return Spans.ToList();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request)
    {
        using var buffer = new MemoryStream();
        Stream body = request.Body;
        if (string.Equals(request.Headers.ContentEncoding, "gzip", StringComparison.OrdinalIgnoreCase))
        {
            body = new System.IO.Compression.GZipStream(body, System.IO.Compression.CompressionMode.Decompress);
        }

        await body.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    private void Accept(byte[] payload)
    {
        // ExportTraceServiceRequest { repeated ResourceSpans resource_spans = 1; }
        foreach (var resourceSpans in Fields(payload, 1))
        {
            // ResourceSpans { Resource resource = 1; repeated ScopeSpans scope_spans = 2; }
            var serviceName = "";
            foreach (var resource in Fields(resourceSpans, 1))
            {
                // Resource { repeated KeyValue attributes = 1; }
                foreach (var attribute in Fields(resource, 1))
                {
                    if (StringField(attribute, 1) == "service.name")
                    {
                        // KeyValue { string key = 1; AnyValue value = 2; } AnyValue { string string_value = 1; ... }
                        serviceName = Fields(attribute, 2).Select(v => StringField(v, 1)).FirstOrDefault() ?? "";
                    }
                }
            }

            foreach (var scopeSpans in Fields(resourceSpans, 2))
            {
                // ScopeSpans { InstrumentationScope scope = 1; repeated Span spans = 2; }
                foreach (var span in Fields(scopeSpans, 2))
                {
                    // Span { bytes trace_id = 1; bytes span_id = 2; ... string name = 5; SpanKind kind = 6; }
                    _spans.Enqueue(new ReceivedSpan(
                        serviceName,
                        Convert.ToHexStringLower(Fields(span, 1).FirstOrDefault() ?? []),
                        Convert.ToHexStringLower(Fields(span, 2).FirstOrDefault() ?? []),
                        StringField(span, 5) ?? "",
                        (int)(VarintField(span, 6) ?? 0)));
                }
            }
        }
    }

    /// <summary>The raw bytes of every length-delimited field <paramref name="number"/> of a message.</summary>
    private static List<byte[]> Fields(byte[] message, int number)
    {
        var found = new List<byte[]>();
        var input = new CodedInputStream(message);
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            if (WireFormat.GetTagFieldNumber(tag) == number && WireFormat.GetTagWireType(tag) == WireFormat.WireType.LengthDelimited)
            {
                found.Add(input.ReadBytes().ToByteArray());
            }
            else
            {
                input.SkipLastField();
            }
        }

        return found;
    }

    private static string? StringField(byte[] message, int number) =>
        Fields(message, number) is [var first, ..] ? System.Text.Encoding.UTF8.GetString(first) : null;

    private static ulong? VarintField(byte[] message, int number)
    {
        var input = new CodedInputStream(message);
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            if (WireFormat.GetTagFieldNumber(tag) == number && WireFormat.GetTagWireType(tag) == WireFormat.WireType.Varint)
            {
                return input.ReadUInt64();
            }

            input.SkipLastField();
        }

        return null;
    }
}
