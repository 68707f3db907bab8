using System.Security.Claims;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Recruiting;

/// <summary>
/// "Register first, then continue": a visitor who reads a post before having an account gets a
/// cookie with the post's apply link (source included). After registering, confirming and logging
/// in they land on /Candidate, which offers to continue that application; applying clears it.
/// Registering keeps the link with the account too (a user claim), so confirming the address on another device
/// (the mail opened on a phone) and logging in there still offers it.
/// </summary>
public static class PendingApplication
{
    private const string Cookie = "hiring-apply";
    private const string ApplyPath = "/Candidate/Applications/Apply?";

    public static void Remember(HttpResponse response, string applyUrl) =>
        response.Cookies.Append(Cookie, applyUrl, new CookieOptions
            { HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true, MaxAge = TimeSpan.FromDays(7), Secure = response.HttpContext.Request.IsHttps });

    /// <summary>The remembered apply link, only if it is one of ours.</summary>
    public static string? Read(HttpRequest request) => request.Cookies.TryGetValue(Cookie, out var url) ? Ours(url) : null;

    public static int? PostId(string applyUrl) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(applyUrl[applyUrl.IndexOf('?')..]).TryGetValue("postId", out var v) && int.TryParse(v, out var id) ? id : null;

    public static void Forget(HttpResponse response) => response.Cookies.Delete(Cookie);

    public const string ClaimType = "hiring:pending-apply";

    /// <summary>At registration: the remembered link, if any, is kept with the new account.</summary>
    public static async Task KeepWithAccountAsync(HttpRequest request, UserManager<ApplicationUser> users, ApplicationUser user)
    {
        if (Read(request) is { } url) await users.AddClaimAsync(user, new Claim(ClaimType, url));
    }

    /// <summary>The link remembered in this browser, else the one kept with the account.</summary>
    public static async Task<string?> ReadAsync(HttpRequest request, HiringDbContext db, string userId, CancellationToken ct = default) =>
        Read(request) ?? Ours(await db.UserClaims.Where(c => c.UserId == userId && c.ClaimType == ClaimType)
            .Select(c => c.ClaimValue).FirstOrDefaultAsync(ct));

    /// <summary>After applying: forgotten in this browser and with the account.</summary>
    public static async Task ForgetAsync(HttpResponse response, HiringDbContext db, string userId, CancellationToken ct = default)
    {
        Forget(response);
        await db.UserClaims.Where(c => c.UserId == userId && c.ClaimType == ClaimType).ExecuteDeleteAsync(ct);
    }

    private static string? Ours(string? url) => url is not null && url.StartsWith(ApplyPath, StringComparison.Ordinal) ? url : null;
}
