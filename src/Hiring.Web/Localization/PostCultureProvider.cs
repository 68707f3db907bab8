using Hiring.Web.Data;
using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Hiring.Web.Localization;

/// <summary>
/// After the user's saved language and the language switch: a post's own language on the pages that belong to it — the
/// careers page of the post, its apply page and its test pages — so a visitor who has chosen nothing reads a Chinese post
/// in Chinese whatever the browser says. One indexed lookup, only on those paths; a test page's language is remembered
/// per attempt for a while, so autosave and heartbeat requests (the hot path) do not each ask the database.
/// </summary>
public sealed class PostCultureProvider : RequestCultureProvider
{
    public override async Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var language = await LanguageAsync(httpContext);
        return Cultures.Match(language) is { } culture ? new ProviderCultureResult(culture) : null;
    }

    private static async Task<string?> LanguageAsync(HttpContext http)
    {
        var segments = (http.Request.Path.Value ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        var db = new Lazy<HiringDbContext>(() => http.RequestServices.GetRequiredService<HiringDbContext>());
        var ct = http.RequestAborted;
        switch (segments)
        {
            case ["Careers", "Post", var id, ..] when int.TryParse(id, out var postId):
                return await db.Value.Posts.AsNoTracking().Where(p => p.Id == postId).Select(p => p.Language).FirstOrDefaultAsync(ct);
            case ["Candidate", "Applications", "Apply", ..] when int.TryParse(http.Request.Query["postId"], out var postId):
                return await db.Value.Posts.AsNoTracking().Where(p => p.Id == postId).Select(p => p.Language).FirstOrDefaultAsync(ct);
            case ["Candidate", "Tests", "Take", var id, ..] when Guid.TryParse(id, out var attemptId):
                return await http.RequestServices.GetRequiredService<IMemoryCache>().GetOrCreateAsync(("attempt-language", attemptId), entry =>
                {
                    entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(10);
                    return db.Value.Attempts.AsNoTracking().Where(a => a.Id == attemptId).Select(a => a.Application!.Post!.Language).FirstOrDefaultAsync(ct);
                });
            default:
                return null;
        }
    }
}
