using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CapexRadar.ServiceHosting;

/// <summary>
/// Per-connection SQLite settings, applied once to each physical connection (pooled connections keep them):
/// <c>busy_timeout</c> lets SQLite itself wait for the write lock (fine-grained) instead of returning SQLITE_BUSY,
/// which Microsoft.Data.Sqlite answers by retrying after a 150 ms <c>Thread.Sleep</c> on a thread-pool thread — the
/// largest cost a profile of Ingestion under load showed, together with the table locks of <c>Cache=Shared</c>,
/// which the connection string no longer asks for. <c>synchronous=NORMAL</c> is the WAL setting SQLite recommends:
/// a commit survives a crash of the process; only a power loss can undo the last commits. <c>cache_size</c> bounds each
/// connection's page cache (<see cref="CacheSize"/>).
/// </summary>
public sealed class SqliteTuningInterceptor : DbConnectionInterceptor
{
    public const int BusyTimeoutMilliseconds = 10_000;

    /// <summary>
    /// Page cache per connection, as SQLite's <c>cache_size</c> (negative: KiB) (SQLite's default is 2,000 KiB). Every
    /// pooled connection keeps its own cache in the process's native heap, and a service under load holds 10–20 of
    /// them (one per concurrent consumer or call): up to 40 MB of RSS at the default. A page not cached is read from the
    /// operating system's file cache (shared, not the service's RSS), which costs a system call, not a disk read.
    /// </summary>
    public const int CacheSize = -256;
    private static readonly ConditionalWeakTable<object, object> Tuned = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Tune(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Tune(connection);
        return Task.CompletedTask;
    }

    private static void Tune(DbConnection connection)
    {
        if (connection is not SqliteConnection { Handle: { } handle } sqlite || Tuned.TryGetValue(handle, out _)) return;
        using var command = sqlite.CreateCommand();
        command.CommandText = $"PRAGMA busy_timeout={BusyTimeoutMilliseconds}; PRAGMA synchronous=NORMAL; PRAGMA cache_size={CacheSize};";
        command.ExecuteNonQuery();
        Tuned.AddOrUpdate(handle, handle);
    }
}
