using System.Security.Claims;
using Hiring.Web.Auditing;
using Hiring.Web.Data;
using Hiring.Web.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Hiring.Web.Security;

/// <summary>
/// Staff sessions (anyone with a role beyond Candidate) end after 12 hours, or after 30 minutes without
/// a request: their cookie is renewed at most once a minute while they work, so "issued" tracks their
/// last activity. Candidates keep the ordinary 12-hour sliding session (a test can take an hour).
/// Each staff log-in is written to the audit log.
/// </summary>
public static class SessionPolicy
{
    public static readonly TimeSpan StaffIdle = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan StaffAbsolute = TimeSpan.FromHours(12);
    private const string SignedInAt = "signed-in-at";

    public static void Apply(CookieAuthenticationEvents events)
    {
        events.OnSigningIn = async context =>
        {
            // A refreshed sign-in (after a role or two-factor change) keeps its properties: it is neither a
            // new log-in nor a new start for the 12 hours.
            if (context.Properties.Items.ContainsKey(SignedInAt)) return;
            var services = context.HttpContext.RequestServices;
            context.Properties.Items[SignedInAt] = services.GetRequiredService<TimeProvider>().GetUtcNow().ToString("O");
            if (context.Principal is not { } user || !IsStaff(user)) return;
            services.GetRequiredService<AuditLog>().Add(user, AuditActions.StaffLogIn, AuditRecordTypes.User, user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
                $"from {context.HttpContext.Connection.RemoteIpAddress}");
            await services.GetRequiredService<HiringDbContext>().SaveChangesAsync();
        };
        var validateSecurityStamp = events.OnValidatePrincipal;
        events.OnValidatePrincipal = async context =>
        {
            var services = context.HttpContext.RequestServices;
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
            // Identity's validator makes the whole sign-in manager (and a database context) before it
            // looks at the clock; look first, so requests between two checks cost nothing.
            var interval = services.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value.ValidationInterval;
            if (context.Properties.IssuedUtc is not { } stamped || now - stamped > interval)
                await validateSecurityStamp(context);
            if (context.Principal is null || !IsStaff(context.Principal)) return;
            var issued = context.Properties.IssuedUtc ?? now;
            var signedIn = context.Properties.Items.TryGetValue(SignedInAt, out var s) && DateTimeOffset.TryParse(s, out var at) ? at : issued;
            if (now - issued > StaffIdle || now - signedIn > StaffAbsolute)
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync();
                return;
            }
            if (now - issued > TimeSpan.FromMinutes(1)) context.ShouldRenew = true;
        };
    }

    private static bool IsStaff(System.Security.Claims.ClaimsPrincipal user) =>
        Roles.Staff.Any(user.IsInRole);
}
