using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Hiring.Web.Data;

/// <summary>
/// Inserts many new rows of one entity type as multi-row INSERTs on the context's own connection and transaction, without
/// the change tracker: for generated data (the demo's ~9,200 answers), where EF's one statement per row, the identity read
/// back and the tracking of every row cost more than making the data (docs/benchmarks.md, "Start-up"). The rows are not
/// tracked afterwards and their store-generated keys are not read back. Provider-neutral: names and parameters come from
/// the model's own mappings (value converters included), so SQLite and PostgreSQL get what SaveChanges would send.
/// </summary>
public static class BulkInsert
{
    /// <summary>Rows per statement: well under SQLite's 32,766 and PostgreSQL's 65,535 parameters at a dozen columns.</summary>
    private const int RowsPerStatement = 500;

    public static async Task AddRowsAsync<T>(this HiringDbContext db, IReadOnlyList<T> rows, CancellationToken ct = default) where T : class
    {
        if (rows.Count == 0) return;
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        // A key the database makes (an identity column) is left to it; every other column is written.
        var columns = entity.GetProperties().Where(p => !(p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd)).ToList();
        var sql = db.GetService<ISqlGenerationHelper>();
        var head = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.GetColumnName(table)!)))}) VALUES ";

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            for (var start = 0; start < rows.Count; start += RowsPerStatement)
            {
                await using var command = db.Database.GetDbConnection().CreateCommand();
                command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
                var text = new StringBuilder(head);
                var end = Math.Min(rows.Count, start + RowsPerStatement);
                for (var r = start; r < end; r++)
                {
                    text.Append(r == start ? "(" : ", (");
                    for (var c = 0; c < columns.Count; c++)
                    {
                        var name = $"p{(r - start) * columns.Count + c}";
                        text.Append(c == 0 ? "" : ", ").Append(sql.GenerateParameterNamePlaceholder(name));
                        var value = columns[c].GetGetter().GetClrValueUsingContainingEntity(rows[r]);
                        command.Parameters.Add(columns[c].GetRelationalTypeMapping().CreateParameter(command, sql.GenerateParameterName(name), value, columns[c].IsNullable));
                    }
                    text.Append(')');
                }
                command.CommandText = text.ToString();
                await command.ExecuteNonQueryAsync(ct);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
