using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CapexRadar.ServiceHosting;

/// <summary>
/// An extractor failed on this input (it threw, or ran past <see cref="ExtractionOptions.Timeout"/>). Extraction is a
/// pure function of the message, so it would fail again: consumer retry ignores this exception and MassTransit moves
/// the message straight to the queue's <c>_error</c> queue (and publishes <c>Fault&lt;T&gt;</c>). Its message is short
/// and safe to show to clients; the original exception is the inner exception (logs and traces only).
/// </summary>
public sealed class ExtractionFailedException(string stage, string reason, Exception? inner = null)
    : Exception($"{stage} extraction {reason}", inner)
{
    public string Stage { get; } = stage;
}

/// <summary><c>CapexRadar:Extraction</c>: the per-message extraction timeout.</summary>
public sealed class ExtractionOptions
{
    public const string Section = "CapexRadar:Extraction";

    /// <summary>Longest one extraction may run; past it the message goes to the error queue (default 30 s).</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>
/// Runs an extractor for one message: on the thread pool, under <see cref="ExtractionOptions.Timeout"/>, with the
/// test-only <see cref="FaultInjection"/> hook in front. Any exception of the extractor becomes
/// <see cref="ExtractionFailedException"/> (deterministic: no retry). A synchronous extractor that never returns
/// cannot be aborted; its thread is abandoned and the message is failed.
/// </summary>
public sealed class ExtractionGuard(IOptions<ExtractionOptions> options, FaultInjection faults)
{
    public async Task<T> RunAsync<T>(string stage, string text, Func<T> extract, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.Timeout);
        var work = Task.Run(async () =>
        {
            await faults.BeforeExtractionAsync(stage, text, timeout.Token);
            return extract();
        }, CancellationToken.None);
        try
        {
            return await work.WaitAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw; // the consumer is being stopped: not the input's fault, the message will be redelivered
        }
        catch (OperationCanceledException ex)
        {
            throw new ExtractionFailedException(stage, $"timed out after {options.Value.Timeout.TotalSeconds:0.###} s", ex);
        }
        catch (Exception ex) when (ex is not ExtractionFailedException)
        {
            throw new ExtractionFailedException(stage, "failed", ex);
        }
    }
}

/// <summary>
/// Test-only fault hook, off by default: when <c>CapexRadar:FaultInjection:File</c> names a file, each extraction
/// reads it (re-read when it changes) — lines <c>throw STAGE MARKER</c> or <c>hang STAGE MARKER</c> make that stage's
/// extractor throw or hang on any text containing MARKER. Deleting the file removes the fault.
/// </summary>
public sealed class FaultInjection(IConfiguration configuration)
{
    public const string FileKey = "CapexRadar:FaultInjection:File";
    private readonly string? _file = configuration[FileKey] is { Length: > 0 } f ? f : null;
    private (DateTime Written, List<(string Kind, string Stage, string Marker)> Rules) _cache = (DateTime.MinValue, []);

    private int _injected;

    public bool Enabled => _file is not null;

    /// <summary>How many faults this process injected (tests read it).</summary>
    public int Injected => Volatile.Read(ref _injected);

    public async Task BeforeExtractionAsync(string stage, string text, CancellationToken cancellationToken)
    {
        if (_file is null) return;
        foreach (var (kind, ruleStage, marker) in Rules())
        {
            if (ruleStage != stage || !text.Contains(marker, StringComparison.Ordinal)) continue;
            Interlocked.Increment(ref _injected);
            if (kind == "throw") throw new InvalidOperationException($"injected fault: {stage} throws on '{marker}'");
            if (kind == "hang") await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
        }
    }

    private List<(string Kind, string Stage, string Marker)> Rules()
    {
        var written = File.Exists(_file) ? File.GetLastWriteTimeUtc(_file!) : DateTime.MinValue;
        var cache = _cache;
        if (cache.Written == written) return cache.Rules;
        var rules = new List<(string, string, string)>();
        if (written != DateTime.MinValue)
        {
            try
            {
                foreach (var line in File.ReadAllLines(_file!))
                {
                    var parts = line.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    if (parts.Length == 3 && parts[0] is "throw" or "hang") rules.Add((parts[0], parts[1], parts[2]));
                }
            }
            catch (IOException)
            {
                return cache.Rules; // being rewritten; read it next time
            }
        }
        _cache = (written, rules);
        return rules;
    }
}

public static class ExtractionRegistration
{
    /// <summary>Registers <see cref="ExtractionGuard"/> with its options (validated at start) and the fault hook.</summary>
    public static IHostApplicationBuilder AddExtractionGuard(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ExtractionOptions>().Bind(builder.Configuration.GetSection(ExtractionOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<FaultInjection>();
        builder.Services.AddSingleton<ExtractionGuard>();
        return builder;
    }
}
