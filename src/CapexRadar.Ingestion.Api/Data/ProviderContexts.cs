using CapexRadar.ServiceHosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CapexRadar.Ingestion.Api.Data;

// One context type per provider, each with its own migration set (Data/Migrations/Sqlite, Data/Migrations/Postgres).
// Add a migration for both after changing the model (see README, "Storage"):
//   dotnet ef migrations add NAME --project src/CapexRadar.Ingestion.Api --context SqliteIngestionDbContext --output-dir Data/Migrations/Sqlite
//   dotnet ef migrations add NAME --project src/CapexRadar.Ingestion.Api --context PostgresIngestionDbContext --output-dir Data/Migrations/Postgres

public sealed class SqliteIngestionDbContext(DbContextOptions<SqliteIngestionDbContext> options) : IngestionDbContext(options);

public sealed class PostgresIngestionDbContext(DbContextOptions<PostgresIngestionDbContext> options) : IngestionDbContext(options);

public sealed class SqliteIngestionDbContextFactory : IDesignTimeDbContextFactory<SqliteIngestionDbContext>
{
    public SqliteIngestionDbContext CreateDbContext(string[] args) => new(ProviderContextOptions.Sqlite<SqliteIngestionDbContext>());
}

public sealed class PostgresIngestionDbContextFactory : IDesignTimeDbContextFactory<PostgresIngestionDbContext>
{
    public PostgresIngestionDbContext CreateDbContext(string[] args) => new(ProviderContextOptions.Postgres<PostgresIngestionDbContext>());
}
