using Hiring.Web.Data.Providers;
using Hiring.Web.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hiring.Web.Data;

public static partial class DatabaseRegistration
{
    public static IServiceCollection AddHiringDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();

        // Pooled: every request (and the cookie check of every request) needs a context, and building one
        // was ~10 % of an autosave's CPU (docs/benchmarks-load.md). Contexts carry no per-request state here.
        if (options.Provider == DatabaseProvider.Postgres)
        {
            services.AddDbContextPool<HiringDbContext, PostgresHiringDbContext>((sp, db) =>
                Common(db.UseNpgsql(PostgresConnection.WithDefaults(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString)),
                    DatabaseProvider.Postgres));
        }
        else
        {
            services.AddSingleton<SqlitePragmas>();
            services.AddDbContextPool<HiringDbContext, SqliteHiringDbContext>((sp, db) =>
                Common(db.UseSqlite(SqliteConnectionString(sp))
                  .AddInterceptors(sp.GetRequiredService<SqlitePragmas>()), DatabaseProvider.Sqlite));
        }
        return services;
    }

    /// <summary>
    /// What both providers share. The compiled model: see <see cref="UseCompiledModel"/>. The warning: a retired battery
    /// test is hidden by a query filter, yet its attempts stay (they keep the pass mark and weight they started with). EF
    /// warns that such attempts would vanish from a query that joins them to their test; no query does (an attempt's own
    /// columns say all it needs), and the pages that list a post's tests with attempts read retired ones with
    /// IgnoreQueryFilters. The warning is silenced here, where that is said.
    /// </summary>
    private static void Common(DbContextOptionsBuilder db, DatabaseProvider provider)
    {
        UseCompiledModel(db, provider);
        db.ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.CoreEventId.PossibleIncorrectRequiredNavigationWithQueryFilterInteractionWarning));
        // Migrate's check that the migrations cover the model builds the model from OnModelCreating, which the compiled
        // model exists to avoid (about a second of a fresh start). The check runs in the tests instead
        // (CompiledModelAppTests: HasPendingModelChanges on both providers), so a missing migration still fails the build.
        db.ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.PendingModelChangesWarning));
    }

    /// <summary>
    /// The provider's compiled model (Data/CompiledModels) instead of building the model from OnModelCreating on first use:
    /// about a second of CPU at every start (docs/benchmarks.md, issue 19). A partial method, implemented beside the
    /// compiled models, so that tools/compiled-models.sh can build the app without the models it is about to replace.
    /// </summary>
    static partial void UseCompiledModel(DbContextOptionsBuilder db, DatabaseProvider provider);

    /// <summary>Resolves a relative SQLite data source against the app root and makes its folder.</summary>
    private static string SqliteConnectionString(IServiceProvider sp)
    {
        var paths = sp.GetRequiredService<HiringPaths>();
        var builder = new SqliteConnectionStringBuilder(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString);
        if (!string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
            builder.DataSource = paths.Resolve(builder.DataSource);
        var folder = Path.GetDirectoryName(builder.DataSource);
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        builder.Pooling = true;
        return builder.ToString();
    }
}
