using Npgsql;

namespace Hiring.Web.Data.Providers;

/// <summary>
/// What the app sets on a PostgreSQL connection string unless the configuration says otherwise (docs/benchmarks-load.md,
/// issue 19: together they took a third of PostgreSQL's CPU per autosave):
/// <list type="bullet">
/// <item><b>Max Auto Prepare</b>: statements the app runs again and again (every EF query, the autosave) are prepared once
/// per connection, so the server stops parsing and planning them each time.</item>
/// <item><b>No Reset On Close</b>: a connection going back to the pool keeps its session. Npgsql otherwise resets it (a
/// round of RESET and CLOSE statements before its next use); the app never changes session state, so there is nothing to reset.</item>
/// </list>
/// Behind a pooler in transaction mode (PgBouncer before 1.21), set <c>Max Auto Prepare=0</c>.
/// </summary>
public static class PostgresConnection
{
    public const int AutoPrepared = 32;

    public static string WithDefaults(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Says(builder, nameof(builder.MaxAutoPrepare))) builder.MaxAutoPrepare = AutoPrepared;
        if (!Says(builder, nameof(builder.NoResetOnClose))) builder.NoResetOnClose = true;
        return builder.ConnectionString;
    }

    private static bool Says(NpgsqlConnectionStringBuilder builder, string property) =>
        builder.Keys.Cast<string>().Any(key => Normal(key) == Normal(property));

    private static string Normal(string key) => key.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
}
