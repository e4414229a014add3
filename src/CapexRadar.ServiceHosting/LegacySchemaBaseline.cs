using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace CapexRadar.ServiceHosting;

/// <summary>
/// Adopts a database created by <c>EnsureCreated</c> (before the services used migrations): it has the service's
/// tables but no <c>__EFMigrationsHistory</c>, so a plain <c>Migrate</c> would try to create them again and fail.
/// The first migration's tables, columns and indexes that the database lacks (a table added after the database was
/// made, such as Market's <c>AnnouncementEvents</c>) are created from that migration's own operations — a missing
/// non-nullable column gets its type's default — and the first migration is then recorded as applied. Later
/// migrations run normally. Nothing is dropped or rewritten; rows are kept. A brand-new (empty) database and a
/// database that already has a history are left to <c>Migrate</c>.
/// </summary>
public static class LegacySchemaBaseline
{
    /// <summary>Arbitrary key of the PostgreSQL advisory lock that serialises baselines of concurrent replicas.</summary>
    private const long PostgresLockKey = 0x4361_7065_7852_6164; // "CapexRad"

    /// <summary>Returns true when the database was baselined by this call.</summary>
    public static async Task<bool> RunAsync(DbContext db, ILogger logger, CancellationToken cancellationToken)
    {
        if (!await db.GetService<IRelationalDatabaseCreator>().ExistsAsync(cancellationToken)) return false; // Migrate creates it
        var history = db.GetService<IHistoryRepository>();
        var historyTable = RelationalOptionsExtension.Extract(db.GetService<IDbContextOptions>()).MigrationsHistoryTableName
            ?? HistoryRepository.DefaultTableName;
        var migrations = db.GetService<IMigrationsAssembly>();
        if (migrations.Migrations.Count == 0) return false;
        var (firstId, firstType) = migrations.Migrations.OrderBy(m => m.Key, StringComparer.Ordinal).First();
        var first = migrations.CreateMigration(firstType, db.Database.ProviderName!);
        var tables = first.UpOperations.OfType<CreateTableOperation>().ToList();

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (db.Database.IsNpgsql())
                await ExecuteAsync(db, $"SELECT pg_advisory_xact_lock({PostgresLockKey})", cancellationToken);
            var schema = await ReadSchemaAsync(db, cancellationToken);
            // (IHistoryRepository.Exists is not used: Npgsql's answers true before the table exists.)
            if (schema.Columns.ContainsKey(historyTable)) return false; // migrated before, or by another replica just now
            if (!tables.Any(t => schema.Columns.ContainsKey(t.Name))) return false; // a new database: Migrate creates it

            var operations = new List<MigrationOperation>();
            var added = new List<string>();
            foreach (var table in tables)
            {
                if (!schema.Columns.TryGetValue(table.Name, out var columns))
                {
                    operations.Add(table);
                    added.Add(table.Name);
                    continue;
                }
                foreach (var column in table.Columns.Where(c => !columns.Contains(c.Name)))
                {
                    if (table.PrimaryKey?.Columns.Contains(column.Name) == true)
                        throw new InvalidOperationException(
                            $"The existing table \"{table.Name}\" has no key column \"{column.Name}\": it was not made by CapexRadar. " +
                            "Move the database aside (or point the service at another one) and start again.");
                    if (!column.IsNullable && column.DefaultValue is null && column.DefaultValueSql is null && column.ComputedColumnSql is null)
                        column.DefaultValue = column.ClrType == typeof(string) ? "" : Activator.CreateInstance(column.ClrType);
                    operations.Add(column);
                    added.Add($"{table.Name}.{column.Name}");
                }
            }
            operations.AddRange(first.UpOperations.OfType<CreateIndexOperation>().Where(i => !schema.Indexes.Contains(i.Name)));

            var sql = db.GetService<IMigrationsSqlGenerator>().Generate(operations, model: null);
            foreach (var command in sql)
                await ExecuteAsync(db, command.CommandText, cancellationToken);
            await ExecuteAsync(db, history.GetCreateIfNotExistsScript(), cancellationToken);
            await ExecuteAsync(db, history.GetInsertScript(new HistoryRow(firstId, ProductInfo.GetVersion())), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            logger.LogWarning(
                "{Context}: database made before migrations adopted as {Migration}{Added}; its rows are kept",
                db.GetType().Name, firstId, added.Count == 0 ? "" : " after adding " + string.Join(", ", added));
            return true;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private sealed record Schema(Dictionary<string, HashSet<string>> Columns, HashSet<string> Indexes);

    private static async Task<Schema> ReadSchemaAsync(DbContext db, CancellationToken cancellationToken)
    {
        string columnsSql, indexesSql;
        if (db.Database.IsSqlite())
        {
            columnsSql = "SELECT m.name, p.name FROM sqlite_master AS m JOIN pragma_table_info(m.name) AS p WHERE m.type = 'table'";
            indexesSql = "SELECT name, name FROM sqlite_master WHERE type = 'index'";
        }
        else if (db.Database.IsNpgsql())
        {
            columnsSql = "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()";
            indexesSql = "SELECT indexname, indexname FROM pg_indexes WHERE schemaname = current_schema()";
        }
        else
        {
            throw new NotSupportedException($"No legacy-schema reader for {db.Database.ProviderName}");
        }

        var columns = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (table, column) in await PairsAsync(db, columnsSql, cancellationToken))
        {
            if (!columns.TryGetValue(table, out var set)) columns[table] = set = new HashSet<string>(StringComparer.Ordinal);
            set.Add(column);
        }
        var indexes = (await PairsAsync(db, indexesSql, cancellationToken)).Select(p => p.Item1).ToHashSet(StringComparer.Ordinal);
        return new Schema(columns, indexes);
    }

    private static async Task<List<(string, string)>> PairsAsync(DbContext db, string sql, CancellationToken cancellationToken)
    {
        await using var command = CreateCommand(db, sql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<(string, string)>();
        while (await reader.ReadAsync(cancellationToken)) rows.Add((reader.GetString(0), reader.GetString(1)));
        return rows;
    }

    private static async Task ExecuteAsync(DbContext db, string sql, CancellationToken cancellationToken)
    {
        await using var command = CreateCommand(db, sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DbCommand CreateCommand(DbContext db, string sql)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        return command;
    }
}
