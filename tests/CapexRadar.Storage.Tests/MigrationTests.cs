using CapexRadar.Capex.Api.Data;
using CapexRadar.Entities.Api.Data;
using CapexRadar.Ingestion.Api.Data;
using CapexRadar.Ingestion.Api.Events;
using CapexRadar.Market.Api.Data;
using CapexRadar.ServiceHosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CapexRadar.Storage.Tests;

/// <summary>The five databases (four services; Ingestion has two), each with a context type per provider.</summary>
public static class Contexts
{
    public sealed record Kind(string Name, Func<string, DbContext> Sqlite, Func<string, DbContext> Postgres)
    {
        public override string ToString() => Name;
    }

    public static readonly Kind[] All =
    [
        new("ingestiondb", cs => new SqliteIngestionDbContext(ProviderContextOptions.Sqlite<SqliteIngestionDbContext>(cs)),
            cs => new PostgresIngestionDbContext(ProviderContextOptions.Postgres<PostgresIngestionDbContext>(cs))),
        new("eventsdb", cs => new SqliteEventsDbContext(ProviderContextOptions.Sqlite<SqliteEventsDbContext>(cs)),
            cs => new PostgresEventsDbContext(ProviderContextOptions.Postgres<PostgresEventsDbContext>(cs))),
        new("entitiesdb", cs => new SqliteEntitiesDbContext(ProviderContextOptions.Sqlite<SqliteEntitiesDbContext>(cs)),
            cs => new PostgresEntitiesDbContext(ProviderContextOptions.Postgres<PostgresEntitiesDbContext>(cs))),
        new("capexdb", cs => new SqliteCapexDbContext(ProviderContextOptions.Sqlite<SqliteCapexDbContext>(cs)),
            cs => new PostgresCapexDbContext(ProviderContextOptions.Postgres<PostgresCapexDbContext>(cs))),
        new("marketdb", cs => new SqliteMarketDbContext(ProviderContextOptions.Sqlite<SqliteMarketDbContext>(cs)),
            cs => new PostgresMarketDbContext(ProviderContextOptions.Postgres<PostgresMarketDbContext>(cs))),
    ];

    public static TheoryData<string> Names() => new(All.Select(k => k.Name));

    public static Kind Get(string name) => All.Single(k => k.Name == name);

    public static Task MigrateAsync(DbContext db) => DatabaseInitializer<DbContext>.MigrateAsync(db, NullLogger.Instance, CancellationToken.None);

    /// <summary>
    /// The schema <c>EnsureCreated</c> made before migrations existed: the first migration's tables, no history. (The
    /// current model's <c>EnsureCreated</c> would also hold what later migrations add, which no earlier version made.)
    /// </summary>
    public static async Task CreateAsBeforeMigrationsAsync(DbContext db)
    {
        await db.GetService<IMigrator>().MigrateAsync(db.Database.GetMigrations().First());
        await db.Database.ExecuteSqlRawAsync("DROP TABLE \"__EFMigrationsHistory\"");
    }
}

public sealed class ModelMatchesMigrationsTests
{
    /// <summary>
    /// Fails when an entity or its configuration changed without a migration for that provider. Fix: add one for both
    /// providers (the commands are in each service's <c>ProviderContexts.cs</c> and the README's Storage section).
    /// </summary>
    [Theory]
    [MemberData(nameof(Contexts.Names), MemberType = typeof(Contexts))]
    public void Sqlite_migrations_match_the_model(string name)
    {
        using var db = Contexts.Get(name).Sqlite("Data Source=:memory:");
        Assert.False(db.Database.HasPendingModelChanges(), $"{db.GetType().Name}: the model has changes no SQLite migration covers");
    }

    [Theory]
    [MemberData(nameof(Contexts.Names), MemberType = typeof(Contexts))]
    public void Postgres_migrations_match_the_model(string name)
    {
        using var db = Contexts.Get(name).Postgres("Host=localhost;Database=unused");
        Assert.False(db.Database.HasPendingModelChanges(), $"{db.GetType().Name}: the model has changes no PostgreSQL migration covers");
    }
}

public sealed class SqliteMigrationTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "capexradar-storage-tests", Guid.NewGuid().ToString("n"));

    public SqliteMigrationTests() => Directory.CreateDirectory(_directory);

    private string File(string name) => $"Data Source={Path.Combine(_directory, name + ".db")}";

    [Theory]
    [MemberData(nameof(Contexts.Names), MemberType = typeof(Contexts))]
    public async Task An_empty_database_is_migrated_and_a_second_start_changes_nothing(string name)
    {
        await using var db = Contexts.Get(name).Sqlite(File(name));
        await Contexts.MigrateAsync(db);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        var applied = (await db.Database.GetAppliedMigrationsAsync()).ToList();
        Assert.NotEmpty(applied);
        await Contexts.MigrateAsync(db);
        Assert.Equal(applied, await db.Database.GetAppliedMigrationsAsync());
    }

    [Theory]
    [MemberData(nameof(Contexts.Names), MemberType = typeof(Contexts))]
    public async Task A_database_made_by_EnsureCreated_is_adopted(string name)
    {
        await using var db = Contexts.Get(name).Sqlite(File(name));
        await Contexts.CreateAsBeforeMigrationsAsync(db); // what every earlier version did
        await Contexts.MigrateAsync(db);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        // baselined at the first migration, then every later one applied
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
    }

    /// <summary>
    /// An older Market database (before <c>AnnouncementEvents</c>) and an older Ingestion database (a column and an
    /// index fewer) keep their rows and gain what they lack.
    /// </summary>
    [Fact]
    public async Task An_older_database_keeps_its_rows_and_gains_the_missing_table_column_and_index()
    {
        await using (var market = (MarketDbContext)Contexts.Get("marketdb").Sqlite(File("marketdb")))
        {
            await market.Database.EnsureCreatedAsync();
            market.Announcements.Add(new AnnouncementMoves { AnnouncementId = "old-1", MovesJson = "[]", TraceId = "t", ExtractedAt = DateTimeOffset.UtcNow });
            await market.SaveChangesAsync();
            await market.Database.ExecuteSqlRawAsync("DROP TABLE \"AnnouncementEvents\"; DROP INDEX \"IX_Announcements_AnnouncerId\";");
        }
        await using (var market = (MarketDbContext)Contexts.Get("marketdb").Sqlite(File("marketdb")))
        {
            await Contexts.MigrateAsync(market);
            Assert.Equal("old-1", (await market.Announcements.SingleAsync()).AnnouncementId);
            market.AnnouncementEvents.Add(new CapexRadar.Market.Api.Data.AnnouncementEvent { AnnouncementId = "old-1", EventId = "ev-old-1" });
            await market.SaveChangesAsync();
            Assert.Equal(1, await market.Database.SqlQueryRaw<int>(
                "SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'index' AND name = 'IX_Announcements_AnnouncerId'").SingleAsync());
        }

        await using var ingestion = (IngestionDbContext)Contexts.Get("ingestiondb").Sqlite(File("ingestiondb"));
        await ingestion.Database.EnsureCreatedAsync();
        await ingestion.Database.ExecuteSqlRawAsync(
            "INSERT INTO \"Announcements\" (\"Id\", \"ContentHash\", \"Source\", \"Url\", \"Title\", \"ReceivedAt\", \"Text\", \"TraceId\", \"StageVersion\") " +
            "VALUES ('a-1', 'h-1', '', '', 'T', 0, 'body', 'tr', 0)");
        await ingestion.Database.ExecuteSqlRawAsync("ALTER TABLE \"Announcements\" DROP COLUMN \"StageVersion\"");
        // made before migration StageFacts (a database of EnsureCreated days never had it; that migration adds it)
        await ingestion.Database.ExecuteSqlRawAsync("ALTER TABLE \"Stages\" DROP COLUMN \"FactsJson\"");
        await Contexts.MigrateAsync(ingestion);
        var row = await ingestion.Announcements.AsNoTracking().SingleAsync();
        Assert.Equal(("a-1", "body", 0L), (row.Id, row.Text, row.StageVersion));
        Assert.Empty(await ingestion.Database.GetPendingMigrationsAsync());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }
}

public sealed class PostgresMigrationTests(PrivatePostgres server) : IClassFixture<PrivatePostgres>
{
    private async Task<string> NewDatabaseAsync(string name)
    {
        var database = $"{name}_{Guid.NewGuid():n}"[..40];
        await using var connection = new NpgsqlConnection(server.ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
        await command.ExecuteNonQueryAsync();
        return server.ConnectionString(database);
    }

    [Theory]
    [MemberData(nameof(Contexts.Names), MemberType = typeof(Contexts))]
    public async Task An_empty_database_is_migrated_and_a_database_made_by_EnsureCreated_is_adopted(string name)
    {
        await using (var db = Contexts.Get(name).Postgres(await NewDatabaseAsync(name)))
        {
            await Contexts.MigrateAsync(db);
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            await Contexts.MigrateAsync(db);
        }

        await using var legacy = Contexts.Get(name).Postgres(await NewDatabaseAsync(name));
        await Contexts.CreateAsBeforeMigrationsAsync(legacy);
        await Contexts.MigrateAsync(legacy);
        Assert.Empty(await legacy.Database.GetPendingMigrationsAsync());
        Assert.Equal(legacy.Database.GetMigrations(), await legacy.Database.GetAppliedMigrationsAsync());
    }

    /// <summary>EF Core creates a missing database itself (the AppHost creates them too; an external server may not).</summary>
    [Fact]
    public async Task A_missing_database_is_created_and_an_older_one_gains_the_missing_table()
    {
        await using (var fresh = Contexts.Get("capexdb").Postgres(server.ConnectionString("capex_" + Guid.NewGuid().ToString("n")[..12])))
        {
            await Contexts.MigrateAsync(fresh);
            Assert.Empty(await fresh.Database.GetPendingMigrationsAsync());
        }

        var cs = await NewDatabaseAsync("marketdb");
        await using (var market = (MarketDbContext)Contexts.Get("marketdb").Postgres(cs))
        {
            await market.Database.EnsureCreatedAsync();
            market.Announcements.Add(new AnnouncementMoves { AnnouncementId = "old-1", MovesJson = "[]", TraceId = "t", ExtractedAt = DateTimeOffset.UtcNow });
            await market.SaveChangesAsync();
            await market.Database.ExecuteSqlRawAsync("DROP TABLE \"AnnouncementEvents\"");
        }
        await using (var market = (MarketDbContext)Contexts.Get("marketdb").Postgres(cs))
        {
            await Contexts.MigrateAsync(market);
            Assert.Equal("old-1", (await market.Announcements.SingleAsync()).AnnouncementId);
            Assert.Equal(0, await market.AnnouncementEvents.CountAsync());
        }
    }
}
