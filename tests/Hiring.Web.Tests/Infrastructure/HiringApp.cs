using Hiring.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hiring.Web.Tests.Infrastructure;

/// <summary>
/// The real app, in-process, on a real database of its own (a fresh SQLite file, or a fresh
/// PostgreSQL database), sending mail to a real SMTP server. One per test class.
/// </summary>
public abstract class HiringApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public abstract DatabaseProvider Provider { get; }
    public SmtpServer Smtp { get; private set; } = null!;
    public string DataFolder { get; } = TestEnvironment.NewTempFolder("data");
    protected string ConnectionString { get; set; } = "";

    /// <summary>Settings a test class may override (e.g. a seed folder of its own, demo size).</summary>
    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    public virtual async Task InitializeAsync()
    {
        Smtp = await SmtpServer.StartNewAsync();
        if (Provider == DatabaseProvider.Sqlite) ConnectionString = $"Data Source={Path.Combine(DataFolder, "hiring.db")}";
        else (_pgDatabase, ConnectionString) = await TestEnvironment.CreatePostgresDatabaseAsync();
        _ = Server; // start the host now, so start-up failures surface in InitializeAsync
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = Provider.ToString(),
            ["Database:ConnectionString"] = ConnectionString,
            ["Paths:Data"] = DataFolder,
            // The simulation's call is read, not heard, whether or not this machine has espeak-ng; the listening tests speak.
            ["Assessments:Espeak"] = "/nonexistent/espeak-ng",
            ["Mail:Host"] = "127.0.0.1",
            ["Mail:Port"] = Smtp.Port.ToString(),
            ["Mail:Security"] = "None",
            // Links in mails come from here, never from the request (start-up requires it outside Development).
            ["Mail:PublicBaseUrl"] = "http://localhost",
            // Account and interview mails go through the outbox: a short poll keeps tests that wait for them quick.
            ["Mail:Outbox:PollInterval"] = "00:00:00.200",
            ["Demo:Enabled"] = "true",
            ["Demo:Applicants"] = "30",
            // Tests read the demo as soon as the host is built: it is made before the app listens.
            ["Demo:InBackground"] = "false",
            // The jobs' first turn comes at once: tests wait on mail and rules from the start.
            ["Jobs:FirstRunDelay"] = "00:00:00",
            // Every test class signs in many times from one address; the rate-limit tests set their own.
            ["RateLimits:LogInPerMinute"] = "10000",
            ["RateLimits:RegisterPerHour"] = "10000",
            ["RateLimits:PasswordResetPerHour"] = "10000",
            ["RateLimits:ApplyPerHour"] = "10000",
            ["RateLimits:AutosavePerMinute"] = "100000",
        };
        foreach (var (k, v) in Settings) settings[k] = v;
        foreach (var (k, v) in settings) builder.UseSetting(k, v);
    }

    public T Service<T>() where T : notnull => Services.GetRequiredService<T>();

    public async Task<TResult> WithDbAsync<TResult>(Func<HiringDbContext, Task<TResult>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<HiringDbContext>());
    }

    private string _pgDatabase = "";

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
        if (_pgDatabase.Length > 0) await TestEnvironment.DropPostgresDatabaseAsync(_pgDatabase);
        try { Directory.Delete(DataFolder, recursive: true); } catch (IOException) { }
    }
}

public class SqliteApp : HiringApp
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public class PostgresApp : HiringApp
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
