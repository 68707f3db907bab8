using Microsoft.AspNetCore.Identity;

namespace Hiring.Web.Identity;

/// <summary>Makes sure every role exists; runs at start-up, idempotent.</summary>
public sealed class RoleSetup(RoleManager<IdentityRole> roles)
{
    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                var result = await roles.CreateAsync(new IdentityRole(role));
                if (!result.Succeeded)
                    throw new InvalidOperationException($"Could not create role {role}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
            }
        }
    }
}
