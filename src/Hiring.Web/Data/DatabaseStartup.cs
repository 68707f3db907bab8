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
        await db.Database.MigrateAsync();
        app.Logger.LogInformation("Applied {Count} migration(s): {Names}", pending.Count, string.Join(", ", pending));
    }

    /// <summary>Start-up: migrations (if configured), roles, seed banks, demo data — in that order.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        if (options.MigrateOnStartup) await app.MigrateDatabaseAsync();

        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<Identity.RoleSetup>().EnsureRolesAsync();
        await services.GetRequiredService<SeedLoader>().LoadIfEnabledAsync();
        await services.GetRequiredService<Mail.MailTemplateSeeder>().LoadAsync();
        await services.GetRequiredService<DemoData>().EnsureIfEnabledAsync();
    }
}
