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
/// The security stamp is checked on its own clock (<see cref="StampCheckedAt"/> in the ticket), at most once
/// every <see cref="StampInterval"/>: renewing the cookie resets its issue time, which must not postpone the
/// check. Role, password and two-factor changes, log-out and erasure change the stamp, so every other session
/// of the account ends at its first request after the next check.
/// </summary>
public static class SessionPolicy
{
    public static readonly TimeSpan StaffIdle = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan StaffAbsolute = TimeSpan.FromHours(12);
    public static readonly TimeSpan StampInterval = TimeSpan.FromMinutes(1);
    private const string SignedInAt = "signed-in-at";
    private const string StampCheckedAt = "stamp-checked-at";

    public static void Apply(CookieAuthenticationEvents events)
    {
        events.OnSigningIn = async context =>
        {
            // A refreshed sign-in (after a role or two-factor change) keeps its properties: it is neither a
            // new log-in nor a new start for the 12 hours.
            if (context.Properties.Items.ContainsKey(SignedInAt)) return;
            var services = context.HttpContext.RequestServices;
            var signedInAt = services.GetRequiredService<TimeProvider>().GetUtcNow().ToString("O");
            context.Properties.Items[SignedInAt] = signedInAt;
            context.Properties.Items[StampCheckedAt] = signedInAt;
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
            var issued = context.Properties.IssuedUtc ?? now;
            if (!(context.Properties.Items.TryGetValue(StampCheckedAt, out var c) && DateTimeOffset.TryParse(c, out var checkedAt))
                || now - checkedAt >= interval)
            {
                // Identity's validator decides by the issue time; without one it always checks.
                context.Properties.IssuedUtc = null;
                await validateSecurityStamp(context);
                context.Properties.IssuedUtc = issued;
                if (context.Principal is null) return;
                context.Properties.Items[StampCheckedAt] = now.ToString("O");
                context.ShouldRenew = true;
            }
            if (context.Principal is null || !IsStaff(context.Principal)) return;
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
