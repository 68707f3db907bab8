using Microsoft.AspNetCore.Localization;

namespace Hiring.Web.Localization;

/// <summary>
/// First in line: the signed-in user's saved language, carried as a claim in the sign-in cookie
/// (<see cref="CultureClaimsFactory"/>), so no request reads the database for it.
/// </summary>
public sealed class UserCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var saved = Cultures.Match(httpContext.User.FindFirst(Cultures.ClaimType)?.Value);
        return Task.FromResult(saved is null ? null : new ProviderCultureResult(saved));
    }
}
