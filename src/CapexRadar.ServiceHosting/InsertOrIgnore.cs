using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CapexRadar.ServiceHosting;

public static class InsertOrIgnoreExtensions
{
    /// <summary>The statement and columns of one entity type, built once per model (one per provider context type).</summary>
    private sealed record Plan(string Sql, (IProperty Property, ValueConverter? Converter)[] Columns);

    private static readonly ConditionalWeakTable<IEntityType, Plan> Plans = new();

    /// <summary>
    /// <c>INSERT … ON CONFLICT DO NOTHING</c> of one entity (SQLite and PostgreSQL): returns <c>true</c> when this
    /// call stored it, <c>false</c> when a row with the same key (or another unique index) was already there — the
    /// redelivery case, with no exception and no retry. Columns and value conversions come from the EF model, so
    /// the row is the one <c>SaveChanges</c> would write. The change tracker is not involved.
    /// </summary>
    public static async Task<bool> InsertOrIgnoreAsync<TEntity>(this DbContext db, TEntity entity, CancellationToken cancellationToken)
        where TEntity : class
    {
        var entityType = db.Model.FindEntityType(typeof(TEntity))
            ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not part of {db.GetType().Name}");
        var plan = Plans.GetValue(entityType, BuildPlan);
        var values = new System.Data.Common.DbParameter[plan.Columns.Length];
        await using var factory = db.Database.GetDbConnection().CreateCommand(); // only makes provider parameters
        for (var i = 0; i < plan.Columns.Length; i++)
        {
            var (property, converter) = plan.Columns[i];
            var value = property.PropertyInfo?.GetValue(entity) ?? property.FieldInfo?.GetValue(entity);
            if (converter is not null && value is not null) value = converter.ConvertToProvider(value);
            var parameter = factory.CreateParameter();
            parameter.ParameterName = "@p" + i;
            parameter.Value = value ?? DBNull.Value;
            values[i] = parameter;
        }
        var inserted = await db.Database.ExecuteSqlRawAsync(plan.Sql, values, cancellationToken);
        return inserted > 0;
    }

    private static Plan BuildPlan(IEntityType entityType)
    {
        var table = entityType.GetTableName() ?? throw new InvalidOperationException($"{entityType.DisplayName()} has no table");
        var schema = entityType.GetSchema();
        var sql = new StringBuilder("INSERT INTO ");
        if (schema is not null) sql.Append('"').Append(schema).Append("\".");
        sql.Append('"').Append(table).Append("\" (");
        var columns = new List<(IProperty, ValueConverter?)>();
        var placeholders = new StringBuilder();
        foreach (var property in entityType.GetProperties())
        {
            if (property.ValueGenerated != ValueGenerated.Never && property.IsKey()) continue;
            if (columns.Count > 0) { sql.Append(", "); placeholders.Append(", "); }
            sql.Append('"').Append(property.GetColumnName()).Append('"');
            placeholders.Append("@p").Append(columns.Count);
            columns.Add((property, property.GetValueConverter() ?? property.GetTypeMapping().Converter));
        }
        sql.Append(") VALUES (").Append(placeholders).Append(") ON CONFLICT DO NOTHING");
        return new Plan(sql.ToString(), [.. columns]);
    }
}
