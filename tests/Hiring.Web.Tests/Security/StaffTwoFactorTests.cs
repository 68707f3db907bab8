using System.Net;
using Hiring.Web.Identity;
using Hiring.Web.Tests.Account;
using Hiring.Web.Tests.Infrastructure;
using static Hiring.Web.Tests.Account.TwoFactorSteps;

namespace Hiring.Web.Tests.Security;

/// <summary>The Admin setting "Require two-factor authentication for staff". One app per class: the setting is global.</summary>
public abstract class StaffTwoFactorTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : HiringApp
{
    private const string SetUp = "/Account/Manage/TwoFactorSetup?required=true";

    [Fact]
    public async Task With_the_setting_on_staff_without_2fa_can_open_nothing_but_the_set_up_and_candidates_are_untouched()
    {
        var (recruiter, _) = await NewAccountAsync(app, Roles.Recruiter);
        var staff = new PageClient(app);
        await staff.LogInAsync(recruiter, Password);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/Recruiting")).StatusCode);

        var admin = new PageClient(app);
        await admin.LogInAsync("admin@demo.hiring.local", "demo-password-2026");
        var (_, settings) = await admin.GetPageAsync("/Admin/Settings");
        var saved = await admin.SubmitAsync(settings, new Dictionary<string, string> { ["Input.RequireStaffTwoFactor"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var line = await app.WithDbAsync(db => Task.FromResult(db.AuditEntries.Single(e => e.Action == "setting.change")));
        Assert.Equal(("admin@demo.hiring.local", "Setting", "security.require-staff-2fa", "(default) → true"), (line.UserName, line.RecordType, line.RecordId, line.Detail));

        foreach (var url in new[] { "/Recruiting", "/Account/Manage", "/Account/Manage/ChangePassword", "/Careers" })
        {
            var response = await staff.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal(SetUp, response.Headers.Location!.OriginalString);
        }
        // The admin who turned it on is staff too.
        Assert.Equal(SetUp, (await admin.GetAsync("/Admin")).Headers.Location!.OriginalString);

        var candidate = new PageClient(app);
        var candidateLogin = await candidate.LogInAsync("candidate@demo.hiring.local", "demo-password-2026");
        Assert.Equal("/Candidate", candidateLogin.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await candidate.GetAsync("/Candidate")).StatusCode);

        // A staff member who logs in now lands on the set-up, and is free once it is done.
        var fresh = new PageClient(app);
        var (page, _) = await fresh.GetPageAsync((await fresh.LogInAsync(recruiter, Password)).Headers.Location!.OriginalString);
        Assert.Equal("/Account/Manage/TwoFactorSetup", page.RequestMessage!.RequestUri!.AbsolutePath);
        var (key, codes) = await SetUpAuthenticatorAsync(fresh);
        Assert.Equal(10, codes.Count);
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/Recruiting")).StatusCode);

        // Required: staff are not offered "turn off", and posting it anyway leaves 2FA on.
        var (_, manage) = await fresh.GetPageAsync("/Account/Manage/TwoFactor");
        Assert.Null(manage.QuerySelector("form[action*='handler=Disable']"));
        var token = manage.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        await fresh.Http.PostAsync("/Account/Manage/TwoFactor?handler=Disable",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.True(await app.WithDbAsync(db => Task.FromResult(db.Users.Single(u => u.Email == recruiter).TwoFactorEnabled)));
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/Recruiting")).StatusCode);
        Assert.NotEmpty(key);

        await app.WithDbAsync(async db =>
        {
            db.SiteSettings.RemoveRange(db.SiteSettings);
            return await db.SaveChangesAsync();
        });
    }
}

public class SqliteStaffTwoFactorTests(SqliteApp app) : StaffTwoFactorTests<SqliteApp>(app);
public class PostgresStaffTwoFactorTests(PostgresApp app) : StaffTwoFactorTests<PostgresApp>(app);
