using CapexRadar.ServiceHosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CapexRadar.Capex.Api.Data;

// One context type per provider, each with its own migration set (Data/Migrations/Sqlite, Data/Migrations/Postgres).
// Add a migration for both after changing the model (see README, "Storage"):
//   dotnet ef migrations add NAME --project src/CapexRadar.Capex.Api --context SqliteCapexDbContext --output-dir Data/Migrations/Sqlite
//   dotnet ef migrations add NAME --project src/CapexRadar.Capex.Api --context PostgresCapexDbContext --output-dir Data/Migrations/Postgres

public sealed class SqliteCapexDbContext(DbContextOptions<SqliteCapexDbContext> options) : CapexDbContext(options);

public sealed class PostgresCapexDbContext(DbContextOptions<PostgresCapexDbContext> options) : CapexDbContext(options);

public sealed class SqliteCapexDbContextFactory : IDesignTimeDbContextFactory<SqliteCapexDbContext>
{
    public SqliteCapexDbContext CreateDbContext(string[] args) => new(ProviderContextOptions.Sqlite<SqliteCapexDbContext>());
}

public sealed class PostgresCapexDbContextFactory : IDesignTimeDbContextFactory<PostgresCapexDbContext>
{
    public PostgresCapexDbContext CreateDbContext(string[] args) => new(ProviderContextOptions.Postgres<PostgresCapexDbContext>());
}
