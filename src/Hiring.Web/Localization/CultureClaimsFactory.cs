using System.Security.Claims;
using Hiring.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Hiring.Web.Localization;

/// <summary>Puts the user's saved language into the sign-in cookie, for <see cref="UserCultureProvider"/>.</summary>
public sealed class CultureClaimsFactory(UserManager<ApplicationUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (Cultures.Match(user.Culture) is { } culture) identity.AddClaim(new Claim(Cultures.ClaimType, culture));
        return identity;
    }
}
