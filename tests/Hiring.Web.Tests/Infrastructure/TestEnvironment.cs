using Npgsql;

namespace Hiring.Web.Tests.Infrastructure;

/// <summary>
/// What the suites need from outside: a PostgreSQL server (HIRING_TEST_PG, set by tests/run.sh) and
/// Debian's python3-aiosmtpd. A missing prerequisite fails the test with a message saying what to run:
/// these tests are never skipped silently.
/// </summary>
public static class TestEnvironment
{
    public static string PostgresServer =>
        Environment.GetEnvironmentVariable("HIRING_TEST_PG")
        ?? throw new InvalidOperationException(
            "HIRING_TEST_PG is not set. Run the suites with tests/run.sh, which installs and starts PostgreSQL on 127.0.0.1.");

    public static string RepositoryRoot { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Hiring.sln"))) return dir.FullName;
        throw new InvalidOperationException("Cannot find Hiring.sln above " + AppContext.BaseDirectory);
    }

    /// <summary>A new, empty database on the <see cref="PostgresServer"/>: its name (for <see cref="DropPostgresDatabaseAsync"/>)
    /// and a connection string to it.</summary>
    public static async Task<(string Name, string ConnectionString)> CreatePostgresDatabaseAsync()
    {
        var name = $"hiring_test_{Guid.NewGuid():N}";
        await PostgresServerCommandAsync($"CREATE DATABASE \"{name}\"");
        return (name, new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name }.ConnectionString);
    }

    /// <summary>Drops a database made by <see cref="CreatePostgresDatabaseAsync"/>, closing the pooled connections to it first.</summary>
    public static async Task DropPostgresDatabaseAsync(string name)
    {
        NpgsqlConnection.ClearAllPools();
        await PostgresServerCommandAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private static async Task PostgresServerCommandAsync(string sql)
    {
        await using var conn = new NpgsqlConnection(PostgresServer);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }

    public static string NewTempFolder(string prefix)
    {
        var path = Path.Combine(Path.GetTempPath(), "hiring-tests", $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }
}
