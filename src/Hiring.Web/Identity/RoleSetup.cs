using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Identity;

/// <summary>Makes sure every role exists; runs at start-up, idempotent. One query finds the roles already there (a
/// restart finds them all), and only a missing one goes through the role manager.</summary>
public sealed class RoleSetup(RoleManager<IdentityRole> roles)
{
    public async Task EnsureRolesAsync()
    {
        var present = await roles.Roles.Select(r => r.Name).ToListAsync();
        foreach (var role in Roles.All.Where(r => !present.Contains(r)))
        {
            var result = await roles.CreateAsync(new IdentityRole(role));
            if (!result.Succeeded)
                throw new InvalidOperationException($"Could not create role {role}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
