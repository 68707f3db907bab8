using System.Net;
using System.Text.RegularExpressions;
using Hiring.Web.Demo;
using Hiring.Web.Tests.Infrastructure;

namespace Hiring.Web.Tests.Account;

public abstract class AccountTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : HiringApp
{
    private const string DemoPassword = "demo-password-2026";

    [Fact]
    public async Task Home_page_and_health_answer_anonymously()
    {
        var client = new PageClient(app);
        var (home, page) = await client.GetPageAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("open posts", page.Body!.TextContent);
        var health = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("Healthy", await health.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("candidate@demo.hiring.local", "/Candidate", "My applications")]
    [InlineData("recruiter@demo.hiring.local", "/Recruiting", "Recruiting")]
    [InlineData("interviewer@demo.hiring.local", "/Interviews", "Interviews")]
    [InlineData("manager@demo.hiring.local", "/Reports", "Candidate reports")]
    [InlineData("admin@demo.hiring.local", "/Admin", "Administration")]
    public async Task Each_role_lands_on_its_dashboard(string email, string dashboard, string heading)
    {
        var client = new PageClient(app);
        var login = await client.LogInAsync(email, DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal(dashboard, login.Headers.Location!.OriginalString);
        var (response, page) = await client.GetPageAsync(dashboard);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(heading, page.QuerySelector("h1")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("/Recruiting")]
    [InlineData("/Admin")]
    [InlineData("/Admin/Users")]
    [InlineData("/Reports")]
    [InlineData("/Interviews")]
    public async Task Candidate_is_forbidden_from_staff_pages(string url)
    {
        var client = new PageClient(app);
        await client.LogInAsync("candidate@demo.hiring.local", DemoPassword);
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery(app));
        var (denied, _) = await client.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
    }

    [Theory]
    [InlineData("/Candidate")]
    [InlineData("/Recruiting")]
    [InlineData("/Account/Manage")]
    public async Task Anonymous_visitor_is_sent_to_log_in(string url)
    {
        var response = await new PageClient(app).GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery(app));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account()
    {
        var email = $"lock-{Guid.NewGuid():N}@example.com";
        await RegisterAndConfirmAsync(email, "correct horse battery staple");
        var client = new PageClient(app);
        for (var i = 0; i < 4; i++)
        {
            var wrong = await client.LogInAsync(email, "not the password at all");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }
        var fifth = await client.LogInAsync(email, "not the password at all");
        Assert.Equal("/Account/Lockout", fifth.Headers.Location!.OriginalString);
        var right = await client.LogInAsync(email, "correct horse battery staple");
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal("/Account/Lockout", right.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Registering_sends_a_confirmation_mail_whose_link_activates_the_account()
    {
        var email = $"new-{Guid.NewGuid():N}@example.com";
        var client = new PageClient(app);
        var (_, form) = await client.GetPageAsync("/Account/Register");
        var posted = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Name"] = "Zoë Müller", ["Input.Email"] = email,
            ["Input.Password"] = "a long enough passphrase", ["Input.ConfirmPassword"] = "a long enough passphrase",
        });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);

        var beforeConfirming = await client.LogInAsync(email, "a long enough passphrase");
        Assert.Contains("confirm your e-mail", (await PageClient.ParseAsync(beforeConfirming)).Body!.TextContent);

        var mail = await app.Smtp.WaitForMessageAsync(email);
        Assert.Contains("Confirm", mail.Subject);
        var (confirmed, page) = await client.GetPageAsync(LinkIn(mail.TextBody));
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Contains("is confirmed", page.Body!.TextContent);

        var login = await client.LogInAsync(email, "a long enough passphrase");
        Assert.Equal("/Candidate", login.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Forgot_password_mail_lets_the_user_choose_a_new_password()
    {
        var email = $"reset-{Guid.NewGuid():N}@example.com";
        await RegisterAndConfirmAsync(email, "the first passphrase");
        var client = new PageClient(app);
        var (_, forgot) = await client.GetPageAsync("/Account/ForgotPassword");
        await client.SubmitAsync(forgot, new Dictionary<string, string> { ["Email"] = email });

        var mail = await app.Smtp.WaitForMessageAsync(email, m => m.Subject.Contains("Reset"));
        var (_, reset) = await client.GetPageAsync(LinkIn(mail.TextBody));
        var done = await client.SubmitAsync(reset, new Dictionary<string, string>
            { ["Input.Password"] = "the second passphrase", ["Input.ConfirmPassword"] = "the second passphrase" });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await new PageClient(app).LogInAsync(email, "the first passphrase")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await new PageClient(app).LogInAsync(email, "the second passphrase")).StatusCode);
    }

    [Fact]
    public async Task Short_password_is_refused_with_a_message()
    {
        var client = new PageClient(app);
        var (_, form) = await client.GetPageAsync("/Account/Register");
        var posted = await client.SubmitAsync(form, new Dictionary<string, string>
            { ["Input.Name"] = "Sam", ["Input.Email"] = $"short-{Guid.NewGuid():N}@example.com", ["Input.Password"] = "short", ["Input.ConfirmPassword"] = "short" });
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("at least 12 characters", (await PageClient.ParseAsync(posted)).Body!.TextContent);
    }

    [Fact]
    public async Task Demo_logins_exist_for_every_role()
    {
        var count = await app.WithDbAsync(db => Task.FromResult(db.Users.Count(u => u.IsDemo)));
        Assert.True(count >= DemoLogins.All.Count + 29, $"expected the 5 demo logins and 30 applicants, found {count} demo users");
    }

    private async Task RegisterAndConfirmAsync(string email, string password)
    {
        var client = new PageClient(app);
        var (_, form) = await client.GetPageAsync("/Account/Register");
        await client.SubmitAsync(form, new Dictionary<string, string>
            { ["Input.Name"] = "Test User", ["Input.Email"] = email, ["Input.Password"] = password, ["Input.ConfirmPassword"] = password });
        var mail = await app.Smtp.WaitForMessageAsync(email);
        await client.GetPageAsync(LinkIn(mail.TextBody));
    }

    private static string LinkIn(string text) => new Uri(Regex.Match(text, @"https?://\S+").Value).PathAndQuery;
}

public class AccountTests_Sqlite(SqliteApp app) : AccountTests<SqliteApp>(app);
public class AccountTests_Postgres(PostgresApp app) : AccountTests<PostgresApp>(app);
