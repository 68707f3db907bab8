using Hiring.Web.Data;
using Hiring.Web.Infrastructure;
using Hiring.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hiring.Web.Tests.Data;

/// <summary>
/// Start-up's migrations (<see cref="DatabaseStartup.MigrateIfBehindAsync"/>): a new database gets every migration, one a
/// migration behind gets the one it lacks, and one that is up to date is left alone, on both databases.
/// </summary>
public abstract class StartupMigrationsTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly string _folder = TestEnvironment.NewTempFolder("migrations");
    private string _pgDatabase = "";
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        var connection = $"Data Source={Path.Combine(_folder, "hiring.db")}";
        if (provider == DatabaseProvider.Postgres) (_pgDatabase, connection) = await TestEnvironment.CreatePostgresDatabaseAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(), ["Database:ConnectionString"] = connection, ["Paths:Data"] = _folder,
        }).Build();
        _services = new ServiceCollection().AddLogging().AddHiringPaths(configuration).AddHiringDatabase(configuration).BuildServiceProvider();
    }

    [Fact]
    public async Task A_new_database_gets_every_migration_one_behind_gets_the_missing_one_and_one_up_to_date_is_left_alone()
    {
        var all = await WithDbAsync(db => Task.FromResult(db.Database.GetMigrations().ToList()));
        Assert.True(all.Count > 1, "the app should have several migrations");

        Assert.Equal(all, await DatabaseStartup.MigrateIfBehindAsync(_services, NullLogger.Instance));
        Assert.Empty(await DatabaseStartup.MigrateIfBehindAsync(_services, NullLogger.Instance));

        // One behind: the last migration taken back, as a node running the previous release left it.
        await WithDbAsync(db => db.GetService<IMigrator>().MigrateAsync(all[^2]));
        Assert.Equal([all[^1]], await WithDbAsync(async db => (await db.Database.GetPendingMigrationsAsync()).ToList()));
        Assert.Equal([all[^1]], await DatabaseStartup.MigrateIfBehindAsync(_services, NullLogger.Instance));
        Assert.Empty(await WithDbAsync(db => db.Database.GetPendingMigrationsAsync()));
        Assert.Empty(await DatabaseStartup.MigrateIfBehindAsync(_services, NullLogger.Instance));
    }

    private async Task<T> WithDbAsync<T>(Func<HiringDbContext, Task<T>> work)
    {
        await using var scope = _services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<HiringDbContext>());
    }

    private async Task WithDbAsync(Func<HiringDbContext, Task> work) => await WithDbAsync(async db => { await work(db); return 0; });

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        if (_pgDatabase.Length > 0) await TestEnvironment.DropPostgresDatabaseAsync(_pgDatabase);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}

public class StartupMigrationsTests_Sqlite() : StartupMigrationsTests(DatabaseProvider.Sqlite);
public class StartupMigrationsTests_Postgres() : StartupMigrationsTests(DatabaseProvider.Postgres);
