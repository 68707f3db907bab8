using System.Security.Claims;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Hiring.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Security;

/// <summary>
/// When an Admin turns on "Require two-factor authentication for staff" (<see cref="SiteSettingKeys.RequireStaffTwoFactor"/>),
/// a signed-in staff user without an authenticator app is sent to set one up and can open nothing else
/// until it is done. A middleware rather than a page filter, so it also covers endpoints that are not pages.
/// </summary>
public static class StaffTwoFactor
{
    public const string SetUpPage = "/Account/Manage/TwoFactorSetup";

    /// <summary>What a user being made to set up 2FA may still open: the set-up itself, the codes it shows, logging out, error pages.</summary>
    private static readonly string[] Allowed =
        [SetUpPage, "/Account/Manage/TwoFactorRecoveryCodes", "/Account/Logout", "/Status", "/Error", "/health"];

    public static IApplicationBuilder UseStaffTwoFactorRequirement(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!IsAllowed(context.Request.Path) && await MustSetUpAsync(context))
        {
            context.Response.Redirect(SetUpPage + "?required=true");
            return;
        }
        await next();
    });

    /// <summary>True when the setting is on and the user is staff.</summary>
    public static async Task<bool> IsRequiredForAsync(HiringDbContext db, ClaimsPrincipal user, CancellationToken cancel) =>
        IsStaff(user) && await db.SiteSettings.AnyAsync(s => s.Key == SiteSettingKeys.RequireStaffTwoFactor && s.Value == "true", cancel);

    private static bool IsStaff(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && Roles.Staff.Any(user.IsInRole);

    private static bool IsAllowed(PathString path) =>
        Allowed.Any(a => path.StartsWithSegments(a, StringComparison.OrdinalIgnoreCase));

    private static async Task<bool> MustSetUpAsync(HttpContext context)
    {
        if (!IsStaff(context.User)) return false; // candidates and visitors: no database work on their requests
        var db = context.RequestServices.GetRequiredService<HiringDbContext>();
        var userId = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
        return await IsRequiredForAsync(db, context.User, context.RequestAborted) && !await db.Users.AnyAsync(u => u.Id == userId && u.TwoFactorEnabled, context.RequestAborted);
    }
}
