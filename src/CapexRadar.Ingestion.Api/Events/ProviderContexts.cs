using CapexRadar.ServiceHosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CapexRadar.Ingestion.Api.Events;

// One context type per provider, each with its own migration set (Events/Migrations/Sqlite, Events/Migrations/Postgres).
// Add a migration for both after changing the model (see README, "Storage"):
//   dotnet ef migrations add NAME --project src/CapexRadar.Ingestion.Api --context SqliteEventsDbContext --output-dir Events/Migrations/Sqlite
//   dotnet ef migrations add NAME --project src/CapexRadar.Ingestion.Api --context PostgresEventsDbContext --output-dir Events/Migrations/Postgres

public sealed class SqliteEventsDbContext(DbContextOptions<SqliteEventsDbContext> options) : EventsDbContext(options);

public sealed class PostgresEventsDbContext(DbContextOptions<PostgresEventsDbContext> options) : EventsDbContext(options);

public sealed class SqliteEventsDbContextFactory : IDesignTimeDbContextFactory<SqliteEventsDbContext>
{
    public SqliteEventsDbContext CreateDbContext(string[] args) => new(ProviderContextOptions.Sqlite<SqliteEventsDbContext>());
}

public sealed class PostgresEventsDbContextFactory : IDesignTimeDbContextFactory<PostgresEventsDbContext>
{
    public PostgresEventsDbContext CreateDbContext(string[] args) => new(ProviderContextOptions.Postgres<PostgresEventsDbContext>());
}
