using Grpc.Net.Client;
using MassTransit;
using MassTransit.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Trace;
using System.Diagnostics;

namespace CapexRadar.Functional.Tests;

/// <summary>
/// One service in a test server: its own temporary SQLite directory, MassTransit's in-memory test harness instead
/// of RabbitMQ, an in-memory span exporter, and a gRPC channel over the test server's handler.
/// </summary>
public sealed class ServiceFactory<TMarker>(Action<IBusRegistrationConfigurator>? configureBus = null)
    : WebApplicationFactory<TMarker> where TMarker : class
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "capexradar-tests", Guid.NewGuid().ToString("n"));

    public List<Activity> Spans { get; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("CapexRadar:DataDirectory", _dataDirectory);
        builder.UseSetting("Auth:SigningKey", TestTokens.SigningKey);
        builder.ConfigureTestServices(services =>
        {
            services.AddMassTransitTestHarness(bus => configureBus?.Invoke(bus));
            services.AddOpenTelemetry().WithTracing(t => t.AddInMemoryExporter(Spans));
        });
    }

    public ITestHarness Harness => Server.Services.GetTestHarness();

    /// <summary>A channel whose calls carry a valid token with every scope (what existing tests need).</summary>
    public GrpcChannel Channel() => Channel(TestTokens.AllScopes());

    /// <summary>
    /// A channel whose calls carry <c>authorization: Bearer {token}</c> (none when <paramref name="token"/> is null).
    /// Mint the token with <see cref="TestTokens"/>: a narrower scope, an expired one, or garbage.
    /// </summary>
    public GrpcChannel Channel(string? token) => TestTokens.Channel(this, token);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try { Directory.Delete(_dataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

public static class Samples
{
    public static string Seed => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "alibaba-ai-capex.txt"));

    /// <summary>Waits (polling, up to 30 s) until a message of type <typeparamref name="T"/> matching the filter was published.</summary>
    public static Task<bool> PublishedAsync<T>(this ITestHarness harness, Func<T, bool> filter) where T : class =>
        EventuallyAsync(() => Task.FromResult(harness.Published.Select<T>().Any(m => filter(m.Context.Message))), TimeSpan.FromSeconds(30));

    /// <summary>Polls a condition (for work done by consumers and background services) until it holds or time runs out.</summary>
    public static async Task<bool> EventuallyAsync(Func<Task<bool>> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (DateTime.UtcNow < deadline)
        {
            if (await condition()) return true;
            await Task.Delay(50);
        }
        return await condition();
    }
}
