using System.Text;
using Microsoft.EntityFrameworkCore;

namespace CapexRadar.ServiceHosting;

public static class InsertOrIgnoreExtensions
{
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
        var table = entityType.GetTableName() ?? throw new InvalidOperationException($"{typeof(TEntity).Name} has no table");
        var schema = entityType.GetSchema();
        var sql = new StringBuilder("INSERT INTO ");
        if (schema is not null) sql.Append('"').Append(schema).Append("\".");
        sql.Append('"').Append(table).Append("\" (");
        var values = new List<System.Data.Common.DbParameter>();
        await using var factory = db.Database.GetDbConnection().CreateCommand(); // only makes provider parameters
        var placeholders = new StringBuilder();
        foreach (var property in entityType.GetProperties())
        {
            if (property.ValueGenerated != Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never && property.IsKey()) continue;
            var value = property.PropertyInfo?.GetValue(entity) ?? property.FieldInfo?.GetValue(entity);
            var converter = property.GetValueConverter() ?? property.GetTypeMapping().Converter;
            if (converter is not null && value is not null) value = converter.ConvertToProvider(value);
            if (values.Count > 0) { sql.Append(", "); placeholders.Append(", "); }
            sql.Append('"').Append(property.GetColumnName()).Append('"');
            var parameter = factory.CreateParameter();
            parameter.ParameterName = "@p" + values.Count;
            parameter.Value = value ?? DBNull.Value;
            placeholders.Append(parameter.ParameterName);
            values.Add(parameter);
        }
        sql.Append(") VALUES (").Append(placeholders).Append(") ON CONFLICT DO NOTHING");
        var inserted = await db.Database.ExecuteSqlRawAsync(sql.ToString(), values, cancellationToken);
        return inserted > 0;
    }
}
