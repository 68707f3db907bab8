using System.Net;
using Hiring.Web.Identity;
using Hiring.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using static Hiring.Web.Tests.Account.TwoFactorSteps;

namespace Hiring.Web.Tests.Security;

/// <summary>
/// A role removal, a password change and a log-out end the account's other sessions within a minute,
/// however busy the session is (its cookie is renewed every minute, which must not postpone the check).
/// </summary>
public class SessionInvalidationTests(FakeClockSqliteApp app) : IClassFixture<FakeClockSqliteApp>
{
    private static readonly TimeSpan JustOverAMinute = TimeSpan.FromSeconds(61);

    [Fact]
    public async Task A_removed_staff_role_stops_working_within_a_minute()
    {
        var (email, _) = await NewAccountAsync(app, Roles.Recruiter);
        var recruiter = new PageClient(app);
        Assert.Equal(HttpStatusCode.Redirect, (await recruiter.LogInAsync(email, Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await recruiter.GetAsync("/Recruiting/Applications")).StatusCode);

        var admin = new PageClient(app);
        await admin.LogInAsync("admin@demo.hiring.local", "demo-password-2026");
        var (_, users) = await admin.GetPageAsync($"/Admin/Users?q={Uri.EscapeDataString(email)}&staff=true");
        var removed = await admin.SubmitAsync(users, new Dictionary<string, string> { ["role"] = Roles.Recruiter, ["grant"] = "false" },
            "main table form[method='post']");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);

        app.Clock.Advance(JustOverAMinute);
        Assert.NotEqual(HttpStatusCode.OK, (await recruiter.GetAsync("/Recruiting/Applications")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await recruiter.GetAsync("/Recruiting/Applications?handler=Csv")).StatusCode);
    }

    [Fact]
    public async Task A_password_change_ends_the_other_sessions_within_a_minute()
    {
        var (email, _) = await NewAccountAsync(app, Roles.Candidate);
        var other = new PageClient(app);
        Assert.Equal(HttpStatusCode.Redirect, (await other.LogInAsync(email, Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/Account/Manage")).StatusCode);

        var here = new PageClient(app);
        await here.LogInAsync(email, Password);
        var (_, form) = await here.GetPageAsync("/Account/Manage/ChangePassword");
        var changed = await here.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.OldPassword"] = Password, ["Input.NewPassword"] = "a-new-long-passphrase-77", ["Input.ConfirmPassword"] = "a-new-long-passphrase-77",
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        app.Clock.Advance(JustOverAMinute);
        Assert.Equal(HttpStatusCode.Redirect, (await other.GetAsync("/Account/Manage")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/Account/Manage")).StatusCode);
    }

    [Fact]
    public async Task A_cookie_copied_before_log_out_no_longer_works_within_a_minute()
    {
        var (email, _) = await NewAccountAsync(app, Roles.Candidate);
        var client = new PageClient(app);
        var login = await client.LogInAsync(email, Password);
        var session = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-Hiring=")).Split(';')[0];
        var copy = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("https://localhost") });
        copy.DefaultRequestHeaders.Add("Cookie", session);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/Account/Manage")).StatusCode);

        var (_, logout) = await client.GetPageAsync("/Account/Logout");
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(logout, new Dictionary<string, string>())).StatusCode);

        app.Clock.Advance(JustOverAMinute);
        Assert.Equal(HttpStatusCode.Redirect, (await copy.GetAsync("/Account/Manage")).StatusCode);
    }
}
