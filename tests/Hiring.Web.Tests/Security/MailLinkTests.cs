using System.Text.RegularExpressions;
using Hiring.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;

namespace Hiring.Web.Tests.Security;

/// <summary>Links in mails never follow request headers (issue 14, item 2).</summary>
public abstract class MailLinkTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : HiringApp
{
    [Fact]
    public async Task A_reset_link_asked_for_with_a_forged_host_points_at_the_configured_address()
    {
        var email = $"host-{Guid.NewGuid():N}@example.com";
        var client = new PageClient(app);
        var (_, form) = await client.GetPageAsync("/Account/Register");
        await client.SubmitAsync(form, new Dictionary<string, string>
            { ["Input.Name"] = "Host Test", ["Input.Email"] = email, ["Input.Password"] = "a long enough passphrase", ["Input.ConfirmPassword"] = "a long enough passphrase" });
        var confirm = await app.Smtp.WaitForMessageAsync(email);
        await client.GetPageAsync(new Uri(Regex.Match(confirm.TextBody, @"https?://\S+").Value).PathAndQuery);

        var attacker = new PageClient(app);
        var (_, forgot) = await attacker.GetPageAsync("/Account/ForgotPassword");
        attacker.Http.DefaultRequestHeaders.Host = "evil.example";
        await attacker.SubmitAsync(forgot, new Dictionary<string, string> { ["Email"] = email });

        var reset = await app.Smtp.WaitForMessageAsync(email, m => m.Subject.Contains("Reset"));
        Assert.DoesNotContain("evil.example", reset.TextBody);
        Assert.Matches(@"http://localhost/Account/ResetPassword\?", reset.TextBody);
    }
}

public class MailLinkTests_Sqlite(SqliteApp app) : MailLinkTests<SqliteApp>(app);
public class MailLinkTests_Postgres(PostgresApp app) : MailLinkTests<PostgresApp>(app);

/// <summary>Production without Mail:PublicBaseUrl does not start, and says which key to set.</summary>
public class MailLinkStartupTests
{
    private sealed class NoBaseUrlApp : SqliteApp
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Mail:PublicBaseUrl"] = "" };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
        }
    }

    [Fact]
    public async Task Production_without_a_public_base_url_refuses_to_start_and_names_the_key()
    {
        await using var app = new NoBaseUrlApp();
        var ex = await Assert.ThrowsAnyAsync<Exception>(app.InitializeAsync);
        var validation = ex as OptionsValidationException ?? ex.InnerException as OptionsValidationException ?? throw ex;
        Assert.Contains("Mail:PublicBaseUrl", validation.Message);
    }
}
