using CapexRadar.ServiceHosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CapexRadar.Entities.Api.Data;

// One context type per provider, each with its own migration set (Data/Migrations/Sqlite, Data/Migrations/Postgres).
// Add a migration for both after changing the model (see README, "Storage"):
//   dotnet ef migrations add NAME --project src/CapexRadar.Entities.Api --context SqliteEntitiesDbContext --output-dir Data/Migrations/Sqlite
//   dotnet ef migrations add NAME --project src/CapexRadar.Entities.Api --context PostgresEntitiesDbContext --output-dir Data/Migrations/Postgres

public sealed class SqliteEntitiesDbContext(DbContextOptions<SqliteEntitiesDbContext> options) : EntitiesDbContext(options);

public sealed class PostgresEntitiesDbContext(DbContextOptions<PostgresEntitiesDbContext> options) : EntitiesDbContext(options);

public sealed class SqliteEntitiesDbContextFactory : IDesignTimeDbContextFactory<SqliteEntitiesDbContext>
{
    public SqliteEntitiesDbContext CreateDbContext(string[] args) => new(ProviderContextOptions.Sqlite<SqliteEntitiesDbContext>());
}

public sealed class PostgresEntitiesDbContextFactory : IDesignTimeDbContextFactory<PostgresEntitiesDbContext>
{
    public PostgresEntitiesDbContext CreateDbContext(string[] args) => new(ProviderContextOptions.Postgres<PostgresEntitiesDbContext>());
}
