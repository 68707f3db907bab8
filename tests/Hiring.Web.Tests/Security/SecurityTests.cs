using System.Net;
using Hiring.Web.Tests.Infrastructure;

namespace Hiring.Web.Tests.Security;

public abstract class SecurityTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : HiringApp
{
    [Theory]
    [InlineData("/")]
    [InlineData("/Account/Login")]
    [InlineData("/no-such-page")]
    public async Task Every_response_carries_the_security_headers(string url)
    {
        var response = await new PageClient(app).GetAsync(url);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Pages_have_no_inline_script()
    {
        var client = new PageClient(app);
        foreach (var url in new[] { "/", "/Account/Login", "/Account/Register" })
        {
            var (_, page) = await client.GetPageAsync(url);
            Assert.All(page.QuerySelectorAll("script"), s => Assert.False(string.IsNullOrEmpty(s.GetAttribute("src")), $"inline script on {url}"));
            Assert.Empty(page.QuerySelectorAll("[onclick],[onload],[onsubmit],[onchange]"));
        }
    }

    [Fact]
    public async Task A_form_post_without_the_antiforgery_token_is_refused()
    {
        var client = new PageClient(app);
        await client.GetPageAsync("/Account/Login");
        var response = await client.Http.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "candidate@demo.hiring.local", ["Input.Password"] = "demo-password-2026",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task Session_and_antiforgery_cookies_are_host_prefixed_secure_and_http_only()
    {
        var client = new PageClient(app);
        var (login, _) = await client.GetPageAsync("/Account/Login");
        var loginCookies = login.Headers.GetValues("Set-Cookie").ToList();
        Assert.Contains(loginCookies, c => c.StartsWith("__Host-Hiring.Antiforgery=") && c.Contains("secure") && c.Contains("httponly"));
        var signedIn = await client.LogInAsync("candidate@demo.hiring.local", "demo-password-2026");
        var session = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-Hiring="));
        Assert.Contains("secure", session);
        Assert.Contains("httponly", session);
        Assert.Contains("samesite=lax", session);
        Assert.Contains("path=/", session);
        Assert.DoesNotContain("domain=", session);
    }

    [Theory]
    [InlineData("qwertyuiopasdf")]
    [InlineData("Password12345")]
    [InlineData("abababababab")]
    public async Task A_breached_or_repetitive_password_is_refused_at_registration(string password)
    {
        var client = new PageClient(app);
        var (_, page) = await client.GetPageAsync("/Account/Register");
        var email = $"weak-{Guid.NewGuid():N}@example.com";
        var response = await client.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Input.Name"] = "Weak Password", ["Input.Email"] = email,
            ["Input.Password"] = password, ["Input.ConfirmPassword"] = password,
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await PageClient.ParseAsync(response);
        Assert.Matches("breach|repeated", result.QuerySelector("[data-valmsg-for='Input.Password']")!.TextContent);
        Assert.False(await app.WithDbAsync(db => Task.FromResult(db.Users.Any(u => u.Email == email))));
    }
}

public class SqliteSecurityTests(SqliteApp app) : SecurityTests<SqliteApp>(app);
public class PostgresSecurityTests(PostgresApp app) : SecurityTests<PostgresApp>(app);
