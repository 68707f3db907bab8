using System.Net;
using Hiring.Web.Identity;
using Hiring.Web.Tests.Infrastructure;
using static Hiring.Web.Tests.Account.TwoFactorSteps;

namespace Hiring.Web.Tests.Account;

public abstract class TwoFactorTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : HiringApp
{
    /// <summary>A candidate who has set up the app and logged out again.</summary>
    private async Task<(string Email, string Key, List<string> Codes)> CandidateWith2faAsync(PageClient client)
    {
        var (email, _) = await NewAccountAsync(app, Roles.Candidate);
        await client.LogInAsync(email, Password);
        var (key, codes) = await SetUpAuthenticatorAsync(client);
        await LogOutAsync(client);
        return (email, key, codes);
    }

    [Fact]
    public async Task Set_up_page_shows_the_key_in_groups_of_four_and_a_server_drawn_QR_code()
    {
        var client = new PageClient(app);
        var (email, _) = await NewAccountAsync(app, Roles.Candidate);
        await client.LogInAsync(email, Password);
        var (_, page) = await client.GetPageAsync("/Account/Manage/TwoFactorSetup");
        var shown = page.QuerySelector("[data-key]")!.TextContent;
        Assert.Matches("^([a-z2-7]{4} )+[a-z2-7]{1,4}$", shown);
        var img = page.QuerySelector("img[data-otpauth]")!;
        var uri = img.GetAttribute("data-otpauth")!;
        Assert.StartsWith("otpauth://totp/Hiring:" + Uri.EscapeDataString(email) + "?secret=" + shown.Replace(" ", "").ToUpperInvariant(), uri);
        Assert.Contains("&issuer=Hiring", uri);
        var src = img.GetAttribute("src")!;
        Assert.StartsWith("data:image/png;base64,", src);
        var png = Convert.FromBase64String(src["data:image/png;base64,".Length..]);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.All(page.QuerySelectorAll("script"), s => Assert.False(string.IsNullOrEmpty(s.GetAttribute("src"))));
    }

    [Fact]
    public async Task With_2fa_on_log_in_needs_the_app_code_and_a_wrong_code_is_refused()
    {
        var client = new PageClient(app);
        var (email, key, codes) = await CandidateWith2faAsync(client);
        Assert.Equal(10, codes.Count);
        Assert.Equal(10, codes.Distinct().Count());

        var login = await client.LogInAsync(email, Password);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var secondStep = login.Headers.Location!.PathAndQuery(app);
        Assert.StartsWith("/Account/LoginWith2fa", secondStep);
        var halfSignedIn = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-Hiring.TwoFactor="));
        Assert.Contains("secure", halfSignedIn);
        Assert.Contains("httponly", halfSignedIn);
        Assert.False(await IsSignedInAsync(client, "/Candidate"));

        var wrong = await EnterCodeAsync(client, secondStep, Totp.WrongCode(key));
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("not right", (await PageClient.ParseAsync(wrong)).QuerySelector("[data-valmsg-for='Input.Code']")!.TextContent);
        Assert.False(await IsSignedInAsync(client, "/Candidate"));

        var right = await EnterCodeAsync(client, secondStep, Totp.Code(key, DateTimeOffset.UtcNow));
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal("/Candidate", right.Headers.Location!.OriginalString);
        Assert.True(await IsSignedInAsync(client, "/Candidate"));
    }

    [Fact]
    public async Task Five_wrong_codes_lock_the_account()
    {
        var client = new PageClient(app);
        var (email, key, _) = await CandidateWith2faAsync(client);
        await client.LogInAsync(email, Password);
        for (var i = 0; i < 4; i++)
            Assert.Equal(HttpStatusCode.OK, (await EnterCodeAsync(client, "/Account/LoginWith2fa", Totp.WrongCode(key))).StatusCode);
        var fifth = await EnterCodeAsync(client, "/Account/LoginWith2fa", Totp.WrongCode(key));
        Assert.Equal("/Account/Lockout", fifth.Headers.Location!.PathAndQuery(app));
        var right = await EnterCodeAsync(client, "/Account/LoginWith2fa", Totp.Code(key, DateTimeOffset.UtcNow));
        Assert.NotEqual("/Candidate", right.Headers.Location?.OriginalString);
        Assert.False(await IsSignedInAsync(client, "/Candidate"));
    }

    [Fact]
    public async Task A_recovery_code_logs_in_once_only()
    {
        var client = new PageClient(app);
        var (email, _, codes) = await CandidateWith2faAsync(client);

        await client.LogInAsync(email, Password);
        var used = await EnterCodeAsync(client, "/Account/LoginWithRecoveryCode", codes[0]);
        Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        Assert.True(await IsSignedInAsync(client, "/Candidate"));
        var (_, manage) = await client.GetPageAsync("/Account/Manage/TwoFactor");
        Assert.Equal("9", manage.QuerySelector("[data-recovery-left]")!.TextContent);
        await LogOutAsync(client);

        await client.LogInAsync(email, Password);
        var again = await EnterCodeAsync(client, "/Account/LoginWithRecoveryCode", codes[0]);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.False(await IsSignedInAsync(client, "/Candidate"));
        var other = await EnterCodeAsync(client, "/Account/LoginWithRecoveryCode", codes[1]);
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
    }

    [Fact]
    public async Task A_remembered_device_skips_the_code_until_it_is_forgotten()
    {
        var client = new PageClient(app);
        var (email, key, _) = await CandidateWith2faAsync(client);
        await client.LogInAsync(email, Password);
        await EnterCodeAsync(client, "/Account/LoginWith2fa", Totp.Code(key, DateTimeOffset.UtcNow), rememberDevice: true);
        await LogOutAsync(client);

        var remembered = await client.LogInAsync(email, Password);
        Assert.Equal("/Candidate", remembered.Headers.Location!.OriginalString);

        var (_, manage) = await client.GetPageAsync("/Account/Manage/TwoFactor");
        await client.SubmitAsync(manage, new Dictionary<string, string>(), "form[action*='handler=ForgetDevice']");
        await LogOutAsync(client);
        var forgotten = await client.LogInAsync(email, Password);
        Assert.StartsWith("/Account/LoginWith2fa", forgotten.Headers.Location!.PathAndQuery(app));
    }

    [Fact]
    public async Task Turning_2fa_off_lets_the_password_alone_log_in_again_and_is_audited()
    {
        var client = new PageClient(app);
        var (email, id) = await NewAccountAsync(app, Roles.Candidate);
        await client.LogInAsync(email, Password);
        await SetUpAuthenticatorAsync(client);
        var (_, manage) = await client.GetPageAsync("/Account/Manage/TwoFactor");
        var off = await client.SubmitAsync(manage, new Dictionary<string, string>(), "form[action*='handler=Disable']");
        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        await LogOutAsync(client);

        var login = await client.LogInAsync(email, Password);
        Assert.Equal("/Candidate", login.Headers.Location!.OriginalString);
        var audited = await app.WithDbAsync(db => Task.FromResult(
            db.AuditEntries.Where(e => e.RecordId == id && e.Action == "2fa.change").OrderBy(e => e.Id).Select(e => e.Detail).ToList()));
        Assert.Equal(["authenticator app set up", "turned off"], audited);
    }
}

public class SqliteTwoFactorTests(SqliteApp app) : TwoFactorTests<SqliteApp>(app);
public class PostgresTwoFactorTests(PostgresApp app) : TwoFactorTests<PostgresApp>(app);
