using System.Net;
using Hiring.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Hiring.Web.Tests.Security;

/// <summary>The app with its real (low) log-in limit.</summary>
public class LimitedSqliteApp : SqliteApp
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["RateLimits:LogInPerMinute"] = "3" };
}

/// <summary>The app on a clock the test moves.</summary>
public class FakeClockSqliteApp : SqliteApp
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
    }
}

public class RateLimitTests(LimitedSqliteApp app) : IClassFixture<LimitedSqliteApp>
{
    [Fact]
    public async Task Too_many_log_in_posts_get_the_friendly_429_page_but_reading_the_form_is_never_limited()
    {
        var client = new PageClient(app);
        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 5; i++)
            responses.Add(await client.LogInAsync($"nobody-{i}@example.com", "not-the-password-1"));
        var statuses = responses.Select(r => r.StatusCode).ToList();
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], statuses.Take(3));
        Assert.All(statuses.Skip(3), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
        // Says when to come back: within the one-minute window.
        Assert.All(responses.Skip(3), r => Assert.InRange(r.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60)));
        var (form, _) = await client.GetPageAsync("/Account/Login");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
    }

}

public class StaffSessionTests(FakeClockSqliteApp app) : IClassFixture<FakeClockSqliteApp>
{
    [Fact]
    public async Task A_staff_session_ends_after_30_idle_minutes_but_not_while_in_use()
    {
        var client = new PageClient(app);
        Assert.Equal(HttpStatusCode.Redirect, (await client.LogInAsync("recruiter@demo.hiring.local", "demo-password-2026")).StatusCode);
        for (var i = 0; i < 4; i++)
        {
            app.Clock.Advance(TimeSpan.FromMinutes(20));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Recruiting")).StatusCode);
        }
        app.Clock.Advance(TimeSpan.FromMinutes(31));
        var idle = await client.GetAsync("/Recruiting");
        Assert.Equal(HttpStatusCode.Redirect, idle.StatusCode);
        Assert.StartsWith("/Account/Login", idle.Headers.Location!.PathAndQuery(app));
    }
}
