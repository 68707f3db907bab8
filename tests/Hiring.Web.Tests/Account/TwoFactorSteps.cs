using System.Net;
using Hiring.Web.Domain;
using Hiring.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Hiring.Web.Tests.Account;

/// <summary>What a user does, step by step, with an authenticator app: through the real pages.</summary>
public static class TwoFactorSteps
{
    public const string Password = "plain-long-passphrase-2026";

    /// <summary>A confirmed account with the given role; returns its e-mail and id.</summary>
    public static async Task<(string Email, string Id)> NewAccountAsync(HiringApp app, string role)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.com";
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Test " + role };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return (email, user.Id);
    }

    /// <summary>Opens the set-up page, reads the key, enters the current code; returns the key and the recovery codes shown.</summary>
    public static async Task<(string Key, List<string> RecoveryCodes)> SetUpAuthenticatorAsync(PageClient client)
    {
        var (response, page) = await client.GetPageAsync("/Account/Manage/TwoFactorSetup");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var key = page.QuerySelector("[data-key]")!.TextContent.Replace(" ", "");
        var enabled = await client.SubmitAsync(page, new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        var (_, codesPage) = await client.GetPageAsync(enabled.Headers.Location!.OriginalString);
        var codes = codesPage.QuerySelectorAll(".recovery-codes code").Select(c => c.TextContent.Trim()).ToList();
        // Shown once: coming back to the page shows no codes.
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/Account/Manage/TwoFactorRecoveryCodes")).StatusCode);
        return (key, codes);
    }

    public static async Task LogOutAsync(PageClient client)
    {
        var (_, page) = await client.GetPageAsync("/Account/Manage");
        var response = await client.SubmitAsync(page, new Dictionary<string, string>(), "form[action='/Account/Logout']");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>Posts the code on the second log-in step; returns the response (a redirect when it was right).</summary>
    public static async Task<HttpResponseMessage> EnterCodeAsync(PageClient client, string url, string code, bool rememberDevice = false)
    {
        var (_, page) = await client.GetPageAsync(url);
        var values = new Dictionary<string, string> { ["Input.Code"] = code };
        if (rememberDevice) values["Input.RememberDevice"] = "true";
        return await client.SubmitAsync(page, values);
    }

    public static async Task<bool> IsSignedInAsync(PageClient client, string dashboard) =>
        (await client.GetAsync(dashboard)).StatusCode == HttpStatusCode.OK;
}
