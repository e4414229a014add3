using CapexRadar.ServiceHosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CapexRadar.Market.Api.Data;

// One context type per provider, each with its own migration set (Data/Migrations/Sqlite, Data/Migrations/Postgres).
// Add a migration for both after changing the model (see README, "Storage"):
//   dotnet ef migrations add NAME --project src/CapexRadar.Market.Api --context SqliteMarketDbContext --output-dir Data/Migrations/Sqlite
//   dotnet ef migrations add NAME --project src/CapexRadar.Market.Api --context PostgresMarketDbContext --output-dir Data/Migrations/Postgres

public sealed class SqliteMarketDbContext(DbContextOptions<SqliteMarketDbContext> options) : MarketDbContext(options);

public sealed class PostgresMarketDbContext(DbContextOptions<PostgresMarketDbContext> options) : MarketDbContext(options);

public sealed class SqliteMarketDbContextFactory : IDesignTimeDbContextFactory<SqliteMarketDbContext>
{
    public SqliteMarketDbContext CreateDbContext(string[] args) => new(ProviderContextOptions.Sqlite<SqliteMarketDbContext>());
}

public sealed class PostgresMarketDbContextFactory : IDesignTimeDbContextFactory<PostgresMarketDbContext>
{
    public PostgresMarketDbContext CreateDbContext(string[] args) => new(ProviderContextOptions.Postgres<PostgresMarketDbContext>());
}
