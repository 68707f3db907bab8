namespace Hiring.Web.Recruiting;

/// <summary>
/// "Register first, then continue": a visitor who reads a post before having an account gets a
/// cookie with the post's apply link (source included). After registering, confirming and logging
/// in they land on /Candidate, which offers to continue that application; applying clears it.
/// </summary>
public static class PendingApplication
{
    private const string Cookie = "hiring-apply";
    private const string ApplyPath = "/Candidate/Applications/Apply?";

    public static void Remember(HttpResponse response, string applyUrl) =>
        response.Cookies.Append(Cookie, applyUrl, new CookieOptions
            { HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true, MaxAge = TimeSpan.FromDays(7), Secure = response.HttpContext.Request.IsHttps });

    /// <summary>The remembered apply link, only if it is one of ours.</summary>
    public static string? Read(HttpRequest request) =>
        request.Cookies.TryGetValue(Cookie, out var url) && url.StartsWith(ApplyPath, StringComparison.Ordinal) ? url : null;

    public static int? PostId(string applyUrl) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(applyUrl[applyUrl.IndexOf('?')..]).TryGetValue("postId", out var v) && int.TryParse(v, out var id) ? id : null;

    public static void Forget(HttpResponse response) => response.Cookies.Delete(Cookie);
}
