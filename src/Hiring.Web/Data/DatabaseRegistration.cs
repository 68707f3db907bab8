using Hiring.Web.Data.Providers;
using Hiring.Web.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hiring.Web.Data;

public static class DatabaseRegistration
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
                db.UseNpgsql(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString));
        }
        else
        {
            services.AddSingleton<SqlitePragmas>();
            services.AddDbContextPool<HiringDbContext, SqliteHiringDbContext>((sp, db) =>
                db.UseSqlite(SqliteConnectionString(sp))
                  .AddInterceptors(sp.GetRequiredService<SqlitePragmas>()));
        }
        return services;
    }

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
