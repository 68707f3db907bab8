using System.Net;
using AngleSharp.Dom;
using System.Text.RegularExpressions;
using Hiring.Web.Auditing;
using Hiring.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Tests.Admin;

/// <summary>
/// Staff join by invitation (issue 17): an admin invites a person with a role and a mail language; the mail's link (from
/// Mail:PublicBaseUrl) lets them choose a first password once; then they sign in with that role. An address that has an
/// account is refused with a message and nothing is sent.
/// </summary>
public abstract class StaffInvitationTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : HiringApp
{
    private const string Admin = "admin@demo.hiring.local", DemoPassword = "demo-password-2026";

    [Fact]
    public async Task An_invited_interviewer_sets_a_password_once_from_the_mail_and_signs_in_with_the_role()
    {
        var email = $"invited-{Guid.NewGuid():N}@example.com";
        var admin = new PageClient(app);
        await admin.LogInAsync(Admin, DemoPassword);
        var (_, users) = await admin.GetPageAsync("/Admin/Users");
        var sent = await admin.SubmitAsync(users, new Dictionary<string, string>
        {
            ["Invite.Name"] = "王芳", ["Invite.Email"] = email, ["Invite.Role"] = "Interviewer", ["Invite.Language"] = "zh-Hans",
        }, "#invite form");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);

        // The mail in the chosen language, the role by its Chinese name, the link from the configured public address.
        var mail = await app.Smtp.WaitForMessageAsync(email);
        Assert.Equal("邀请您以“面试官”身份使用招聘平台", mail.Subject);
        var link = Regex.Match(mail.TextBody!, @"\S+/Account/AcceptInvitation\S+").Value;
        Assert.StartsWith("http://localhost/Account/AcceptInvitation?userId=", link);
        Assert.Contains("7 天内有效", mail.TextBody);

        // No password yet: nobody signs in with the account until the link is used.
        Assert.Equal(HttpStatusCode.OK, (await new PageClient(app).LogInAsync(email, "anything at all here")).StatusCode);

        var invited = new PageClient(app);
        var (_, accept) = await invited.GetPageAsync(new Uri(link).PathAndQuery);
        Assert.Contains(email, accept.QuerySelector("main")!.TextContent);
        var done = await invited.SubmitAsync(accept, new Dictionary<string, string>
            { ["Input.Password"] = "a first staff passphrase", ["Input.ConfirmPassword"] = "a first staff passphrase" });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal("/Account/Login", done.Headers.Location!.OriginalString);

        var signedIn = new PageClient(app);
        Assert.Equal(HttpStatusCode.Redirect, (await signedIn.LogInAsync(email, "a first staff passphrase")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await signedIn.GetAsync("/Interviews")).StatusCode);

        // The link is spent: a second use is refused with a message and the password stays.
        var other = new PageClient(app);
        var (_, again) = await other.GetPageAsync(new Uri(link).PathAndQuery);
        var refused = await other.SubmitAsync(again, new Dictionary<string, string>
            { ["Input.Password"] = "someone elses passphrase", ["Input.ConfirmPassword"] = "someone elses passphrase" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("This invitation link is not valid", (await PageClient.ParseAsync(refused)).QuerySelector(".errors")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await new PageClient(app).LogInAsync(email, "a first staff passphrase")).StatusCode);

        // Audited as the admin's action, without the person's address in the line.
        var line = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == AuditActions.StaffInvitation
            && a.RecordId == db.Users.Single(u => u.Email == email).Id));
        Assert.Equal("Interviewer invited", line.Detail);
    }

    [Fact]
    public async Task An_address_that_has_an_account_is_refused_with_a_message_and_no_mail()
    {
        var admin = new PageClient(app);
        await admin.LogInAsync(Admin, DemoPassword);
        var (_, users) = await admin.GetPageAsync("/Admin/Users");
        var response = await admin.SubmitAsync(users, new Dictionary<string, string>
        {
            ["Invite.Name"] = "Amira Again", ["Invite.Email"] = "candidate@demo.hiring.local", ["Invite.Role"] = "Recruiter", ["Invite.Language"] = "en",
        }, "#invite form");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageClient.ParseAsync(response);
        Assert.Contains("An account with this address exists", page.QuerySelector("#invite")!.TextContent);
        Assert.Equal("Amira Again", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Invite_Name")!.Value);
        Assert.Equal(1, await app.WithDbAsync(db => db.Users.CountAsync(u => u.Email == "candidate@demo.hiring.local")));
        Assert.False(await app.WithDbAsync(db => db.OutboxMails.AnyAsync(m => m.TemplateKey == "staff_invitation" && m.To == "candidate@demo.hiring.local")));
    }
}

public class StaffInvitationTests_Sqlite(SqliteApp app) : StaffInvitationTests<SqliteApp>(app);
public class StaffInvitationTests_Postgres(PostgresApp app) : StaffInvitationTests<PostgresApp>(app);
