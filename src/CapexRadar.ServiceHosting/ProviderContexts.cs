using Microsoft.EntityFrameworkCore;

namespace CapexRadar.ServiceHosting;

/// <summary>
/// Options for the provider-specific context types at design time (<c>dotnet ef migrations add</c>) and in tests
/// that compare a model with its migrations. Each service has one context type per provider (EF Core's documented
/// way to keep a migration set per provider): <c>Sqlite{X}DbContext</c> with migrations under
/// <c>Data/Migrations/Sqlite</c>, <c>Postgres{X}DbContext</c> under <c>Data/Migrations/Postgres</c>. No connection is
/// opened to add a migration.
/// </summary>
public static class ProviderContextOptions
{
    public static DbContextOptions<T> Sqlite<T>(string connectionString = "Data Source=design-time.db") where T : DbContext =>
        new DbContextOptionsBuilder<T>().UseSqlite(connectionString).Options;

    public static DbContextOptions<T> Postgres<T>(string connectionString = "Host=localhost;Database=design_time") where T : DbContext =>
        new DbContextOptionsBuilder<T>().UseNpgsql(connectionString).Options;
}
