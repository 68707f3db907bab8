using Hiring.Web.Data;
using Hiring.Web.Data.Providers;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Hiring.E2E.Infrastructure;

/// <summary>
/// The database a real app process runs on, opened by the test too (to check what was stored, or to
/// set a deadline in the past): a SQLite file in the process's data folder, or a PostgreSQL database
/// made for the test on the HIRING_TEST_PG server and dropped after it.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }
    /// <summary>The app's data folder; for SQLite it holds the database, so a restarted process finds it again.</summary>
    public string DataFolder { get; }
    private readonly string? _pgName;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? pgName, string folder) =>
        (Provider, ConnectionString, _pgName, DataFolder) = (provider, connectionString, pgName, folder);

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var folder = Path.Combine(Path.GetTempPath(), "hiring-e2e", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            return new TestDatabase(provider, $"Data Source={Path.Combine(folder, "hiring.db")}", null, folder);
        }
        var server = new NpgsqlConnectionStringBuilder(PostgresServer);
        var name = $"hiring_e2e_{Guid.NewGuid():N}";
        await using (var conn = new NpgsqlConnection(server.ConnectionString))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", conn);
            await cmd.ExecuteNonQueryAsync();
        }
        server.Database = name;
        var data = Path.Combine(Path.GetTempPath(), "hiring-e2e", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(data);
        return new TestDatabase(provider, server.ConnectionString, name, data);
    }

    /// <summary>Settings for an <see cref="AppProcess"/> on this database.</summary>
    public Dictionary<string, string> AppSettings(IReadOnlyDictionary<string, string>? more = null)
    {
        var settings = new Dictionary<string, string>
        {
            ["Database:Provider"] = Provider.ToString(),
            ["Database:ConnectionString"] = ConnectionString,
            ["RateLimits:LogInPerMinute"] = "10000",
            ["RateLimits:AutosavePerMinute"] = "100000",
            // The demo candidate is the first applicant: the other demo applicants only slow the start.
            ["Demo:Applicants"] = "1",
        };
        foreach (var (k, v) in more ?? new Dictionary<string, string>()) settings[k] = v;
        return settings;
    }

    public async Task<T> WithAsync<T>(Func<HiringDbContext, Task<T>> work)
    {
        await using HiringDbContext db = Provider == DatabaseProvider.Sqlite
            ? new SqliteHiringDbContext(new DbContextOptionsBuilder<SqliteHiringDbContext>().UseSqlite(ConnectionString).Options)
            : new PostgresHiringDbContext(new DbContextOptionsBuilder<PostgresHiringDbContext>().UseNpgsql(ConnectionString).Options);
        return await work(db);
    }

    public static string PostgresServer =>
        Environment.GetEnvironmentVariable("HIRING_TEST_PG")
        ?? throw new InvalidOperationException("HIRING_TEST_PG is not set. Run the suites with tests/run.sh, which starts PostgreSQL on 127.0.0.1.");

    public async ValueTask DisposeAsync()
    {
        if (_pgName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var conn = new NpgsqlConnection(PostgresServer);
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_pgName}\" WITH (FORCE)", conn);
            await cmd.ExecuteNonQueryAsync();
        }
        try { Directory.Delete(DataFolder, recursive: true); } catch (IOException) { }
    }
}
