using System.Diagnostics;
using Hiring.Web.Demo;
using Hiring.Web.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hiring.Web.Data;

public static class DatabaseStartup
{
    /// <summary>The documented migrate command: applies pending migrations and nothing else.</summary>
    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HiringDbContext>();
        var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
        if (pending.Count > 0) await db.Database.MigrateAsync();
        app.Logger.LogInformation("Applied {Count} migration(s): {Names}", pending.Count, string.Join(", ", pending));
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
        if (options.MigrateOnStartup) await Timed("migrations", app.MigrateDatabaseAsync);

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
