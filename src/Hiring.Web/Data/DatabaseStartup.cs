using System.Data.Common;
using System.Diagnostics;
using Hiring.Web.Demo;
using Hiring.Web.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Options;

namespace Hiring.Web.Data;

public static class DatabaseStartup
{
    /// <summary>The documented migrate command: applies pending migrations and nothing else.</summary>
    public static Task MigrateDatabaseAsync(this WebApplication app) => MigrateAsync(app.Services, app.Logger);

    /// <summary>EF's check and migration: the migrations the database lacks, applied and named in the log.</summary>
    internal static async Task<IReadOnlyList<string>> MigrateAsync(IServiceProvider services, ILogger log)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HiringDbContext>();
        var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
        if (pending.Count > 0) await db.Database.MigrateAsync();
        log.LogInformation("Applied {Count} migration(s): {Names}", pending.Count, string.Join(", ", pending));
        return pending;
    }

    /// <summary>
    /// Start-up's migrations: nothing to do when the history table already lists every migration the app has, found with
    /// one plain query. EF's own check (<see cref="MigrateAsync"/>) first builds a model of its history table, about
    /// 0.1 s of every restart (docs/benchmarks.md); it still runs whenever a migration is missing, and applies it.
    /// </summary>
    internal static async Task<IReadOnlyList<string>> MigrateIfBehindAsync(IServiceProvider services, ILogger log)
    {
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HiringDbContext>();
            var applied = await AppliedMigrationsAsync(db);
            if (applied is not null && db.Database.GetMigrations().All(applied.Contains)) return [];
        }
        return await MigrateAsync(services, log);
    }

    /// <summary>The ids in the migrations history table, or null when there is no such table yet (a new database).</summary>
    private static async Task<HashSet<string>?> AppliedMigrationsAsync(HiringDbContext db)
    {
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = $"SELECT \"MigrationId\" FROM \"{HistoryRepository.DefaultTableName}\"";
            var applied = new HashSet<string>(StringComparer.Ordinal);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) applied.Add(reader.GetString(0));
            return applied;
        }
        catch (DbException) { return null; }
        finally { await db.Database.CloseConnectionAsync(); }
    }

    /// <summary>Start-up: migrations (if configured), roles, seed banks, demo data — in that order.
    /// Each phase's time is logged, so a slow start says where it went.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        // The host's own build (configuration, services, the first JIT) comes before the phases: its share is logged first.
        var (hostWall, hostCpu) = Infrastructure.AppLifetime.SinceProcessStart();
        var phases = new List<string> { $"host {hostWall.TotalMilliseconds:0} ms (CPU {hostCpu.TotalMilliseconds:0} ms)" };
        async Task Timed(string phase, Func<Task> step)
        {
            var started = Stopwatch.GetTimestamp();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            await step();
            phases.Add($"{phase} {Stopwatch.GetElapsedTime(started).TotalMilliseconds:0} ms (CPU {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds:0} ms)");
        }
        var options = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        if (options.MigrateOnStartup) await Timed("migrations", () => MigrateIfBehindAsync(app.Services, app.Logger));

        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await Timed("roles", services.GetRequiredService<Identity.RoleSetup>().EnsureRolesAsync);
        await Timed("seed", () => services.GetRequiredService<SeedLoader>().LoadIfEnabledAsync());
        await Timed("mail templates", () => services.GetRequiredService<Mail.MailTemplateSeeder>().LoadAsync());
        // With the demo made in the background (the default), the app listens first and makes it then.
        if (!services.GetRequiredService<DemoInBackground>().Applies)
            await Timed("demo data", () => services.GetRequiredService<DemoData>().EnsureIfEnabledAsync());
        await Timed("search keys", () => Recruiting.SearchKeys.FillMissingAsync(services.GetRequiredService<HiringDbContext>()));
        app.Logger.LogInformation("Database ready: {Phases}", string.Join(", ", phases));
    }
}
