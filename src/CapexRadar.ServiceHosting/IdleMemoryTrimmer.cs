using System.ComponentModel.DataAnnotations;
using System.Runtime.InteropServices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CapexRadar.ServiceHosting;

/// <summary>Returning memory once a service goes idle (section <c>CapexRadar:Memory</c>).</summary>
public sealed class MemoryTrimOptions
{
    public const string Section = "CapexRadar:Memory";

    /// <summary>After a busy period, once the service is idle, give the memory it no longer uses back to the system.</summary>
    public bool TrimWhenIdle { get; set; } = true;

    /// <summary>How often the service checks whether it is idle; idle = less than <see cref="IdleAllocationBytes"/> allocated since the last check.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Bytes allocated per <see cref="CheckInterval"/> below which the service counts as idle (health probes and telemetry export allocate a little).</summary>
    [Range(0, long.MaxValue)]
    public long IdleAllocationBytes { get; set; } = 4 * 1024 * 1024;
}

/// <summary>
/// After a burst of work the runtime keeps the memory it grew into: the GC's committed segments and glibc's freed
/// native blocks stay in the process (a service's RSS was 70–90 MB above its idle size after a load run, README
/// "Load"). Once a service that was busy has been idle for one <see cref="MemoryTrimOptions.CheckInterval"/>, this runs
/// one aggressive full collection (compacts, and decommits what the heap no longer needs) and asks glibc to return free
/// native heap pages (<c>malloc_trim</c>). Once per idle period, never under load; a collection of the live heap takes
/// tens of milliseconds. <c>CapexRadar:Memory:TrimWhenIdle=false</c> turns it off.
/// </summary>
public sealed class IdleMemoryTrimmer(IOptions<MemoryTrimOptions> options, ILogger<IdleMemoryTrimmer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        if (!o.TrimWhenIdle) return;
        var busy = true; // start-up is a burst of its own
        var last = GC.GetTotalAllocatedBytes();
        using var timer = new PeriodicTimer(o.CheckInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var now = GC.GetTotalAllocatedBytes();
                var allocated = now - last;
                last = now;
                if (allocated >= o.IdleAllocationBytes)
                {
                    busy = true;
                    continue;
                }
                if (!busy) continue;
                busy = false;
                var before = Environment.WorkingSet;
                Trim();
                last = GC.GetTotalAllocatedBytes();
                logger.LogInformation("Idle: returned memory to the system (working set {Before} -> {After} bytes)", before, Environment.WorkingSet);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>One aggressive, compacting full collection, then glibc's <c>malloc_trim</c> where there is one.</summary>
    public static void Trim()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        if (!OperatingSystem.IsLinux()) return;
        try
        {
            MallocTrim(0);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            // not glibc (musl has no malloc_trim): the managed heap was trimmed, which is most of it
        }
    }

    [DllImport("libc", EntryPoint = "malloc_trim")]
    private static extern int MallocTrim(nuint pad);
}

public static class MemoryTrimExtensions
{
    /// <summary>Registers <see cref="IdleMemoryTrimmer"/> with its options (validated at start).</summary>
    public static IServiceCollection AddIdleMemoryTrim(this IServiceCollection services, Microsoft.Extensions.Configuration.IConfiguration configuration)
    {
        services.AddOptions<MemoryTrimOptions>().Bind(configuration.GetSection(MemoryTrimOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddHostedService<IdleMemoryTrimmer>();
        return services;
    }
}
