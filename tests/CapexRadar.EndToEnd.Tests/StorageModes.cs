using Npgsql;
using Xunit.Abstractions;

[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace CapexRadar.EndToEnd.Tests;

// Every end-to-end test runs twice: once on the default storage (SQLite files) and once with Storage:Mode=postgres,
// where the AppHost starts a PostgreSQL server (Aspire's container when a container runtime is healthy, otherwise
// Debian's binaries as a private process; CI installs postgresql) with one database per service database. One system
// per mode, shared by its collection; the collections run one after the other (two systems at once would only
// slow each other down on two cores).

/// <summary>The system on PostgreSQL (<c>Storage:Mode=postgres</c>).</summary>
public sealed class PostgresAppFixture : CapexRadarAppFixture
{
    protected override string[] StorageArguments => ["--Storage:Mode=postgres"];

    protected override string[] StorageResources => ["postgres"];
}

[CollectionDefinition(Name)]
public sealed class CapexRadarPostgresCollection : ICollectionFixture<PostgresAppFixture>
{
    public const string Name = "CapexRadar system on PostgreSQL";
}

[Collection(CapexRadarCollection.Name)]
public sealed class PipelineTestsOnSqlite(CapexRadarAppFixture fixture, ITestOutputHelper output) : PipelineTests(fixture, output);

[Collection(CapexRadarPostgresCollection.Name)]
public sealed class PipelineTestsOnPostgres(PostgresAppFixture fixture, ITestOutputHelper output) : PipelineTests(fixture, output);

[Collection(CapexRadarCollection.Name)]
public sealed class EventsTestsOnSqlite(CapexRadarAppFixture fixture, ITestOutputHelper output) : EventsTests(fixture, output);

[Collection(CapexRadarPostgresCollection.Name)]
public sealed class EventsTestsOnPostgres(PostgresAppFixture fixture, ITestOutputHelper output) : EventsTests(fixture, output);

[Collection(CapexRadarCollection.Name)]
public sealed class BrokerTestsOnSqlite(CapexRadarAppFixture fixture) : BrokerTests(fixture);

[Collection(CapexRadarPostgresCollection.Name)]
public sealed class BrokerTestsOnPostgres(PostgresAppFixture fixture) : BrokerTests(fixture);

/// <summary>The PostgreSQL pass really runs on PostgreSQL: one database per service database, each migrated.</summary>
[Collection(CapexRadarPostgresCollection.Name)]
public sealed class PostgresStorageTests(PostgresAppFixture fixture)
{
    [Fact]
    public async Task Every_service_database_is_on_the_AppHosts_PostgreSQL_server_and_migrated()
    {
        await fixture.SeedAsync(); // something was written
        var server = await fixture.App.GetConnectionStringAsync("postgres");
        Assert.False(string.IsNullOrEmpty(server));
        foreach (var database in new[] { "ingestion", "events", "entities", "capex", "market" })
        {
            await using var connection = new NpgsqlConnection($"{server};Database=capexradar_{database};Pooling=false");
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT COUNT(*) FROM \"__EFMigrationsHistory\"", connection);
            Assert.True((long)(await command.ExecuteScalarAsync())! >= 1, $"capexradar_{database} has no applied migration");
        }

        await using var ingestion = new NpgsqlConnection($"{server};Database=capexradar_ingestion;Pooling=false");
        await ingestion.OpenAsync();
        await using var announcements = new NpgsqlCommand("SELECT COUNT(*) FROM \"Announcements\"", ingestion);
        Assert.True((long)(await announcements.ExecuteScalarAsync())! >= 1);
    }
}
