using Hiring.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Hiring.Web.Tests.Interviews;

/// <summary>A test app whose clock the test moves (FakeTimeProvider), so reminders are tested without sleeping.</summary>
public interface IClockApp
{
    FakeTimeProvider Clock { get; }
}

internal static class ClockSetup
{
    // The job's own timer waits a (fake) day, so only the test's explicit runs send within a test.
    public static void Apply(IWebHostBuilder builder, FakeTimeProvider clock)
    {
        builder.UseSetting("Interviews:ReminderCheckSeconds", "86400");
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock));
    }
}

public class ClockSqliteApp : SqliteApp, IClockApp
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        ClockSetup.Apply(builder, Clock);
    }
}

public class ClockPostgresApp : PostgresApp, IClockApp
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        ClockSetup.Apply(builder, Clock);
    }
}
