using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CapexRadar.ServiceHosting;

/// <summary>
/// Brings the service's own database to the current schema on start with EF Core migrations (one migration set per
/// provider, see <see cref="HostingExtensions.AddServiceDatabase{TContext, TSqlite, TPostgres}"/>). A database made by
/// an earlier version with <c>EnsureCreated</c> (tables but no migrations history) is baselined first
/// (<see cref="LegacySchemaBaseline"/>), so upgrading keeps its data. Concurrent starts (replicas) are safe: EF Core
/// takes its migrations lock, and the baseline runs under a lock of its own.
/// </summary>
public sealed class DatabaseInitializer<TContext>(IServiceProvider services, ILogger<DatabaseInitializer<TContext>> logger)
    : IHostedService where TContext : DbContext
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        await MigrateAsync(db, logger, cancellationToken);
    }

    /// <summary>Baseline (when the database predates migrations), then apply every pending migration.</summary>
    public static async Task MigrateAsync(TContext db, ILogger logger, CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        await LegacySchemaBaseline.RunAsync(db, logger, cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} migration(s) to {Context}: {Migrations}", pending.Count, db.GetType().Name, string.Join(", ", pending));
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await db.Database.MigrateAsync(cancellationToken);
                    break;
                }
                catch (Npgsql.PostgresException ex) when (ex.SqlState is "42P04" or "23505" && attempt < 3)
                {
                    // Two replicas creating the missing database at once: the loser finds it there on the next try.
                    logger.LogInformation("{Context}: database created concurrently by another process; retrying", db.GetType().Name);
                }
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

public sealed class DatabaseHealthCheck<TContext>(TContext db) : IHealthCheck where TContext : DbContext
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("database unreachable");
}
