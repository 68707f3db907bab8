using System.Security.Claims;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Hiring.Web.Auditing;

/// <summary>
/// Writes audit lines. <see cref="Add"/> only adds the row to the request's <see cref="HiringDbContext"/>:
/// the caller's own <c>SaveChangesAsync</c> commits it together with the change it describes, so a change
/// is never saved without its line, nor a line without its change.
/// </summary>
public sealed class AuditLog(HiringDbContext db, TimeProvider clock)
{
    public AuditEntry Add(ClaimsPrincipal user, string action, string recordType, string recordId, string? detail = null)
    {
        var entry = new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            UserId = user.FindFirstValue(ClaimTypes.NameIdentifier),
            UserName = Truncate(user.Identity?.Name ?? "", 256),
            Action = action,
            RecordType = recordType,
            RecordId = Truncate(recordId, 128),
            Detail = detail is null ? null : Truncate(detail, 2000),
        };
        db.AuditEntries.Add(entry);
        return entry;
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}

/// <summary>
/// The same as <see cref="AuditLog.Add"/> for a page that already holds the <see cref="HiringDbContext"/> and
/// would rather not take one more constructor parameter. The clock is the app's <see cref="TimeProvider"/>,
/// found through the services the context was made with.
/// </summary>
public static class Audit
{
    public static AuditEntry Record(HiringDbContext db, ClaimsPrincipal user, string action, string recordType, string recordId, string? detail = null) =>
        new AuditLog(db, ClockOf(db)).Add(user, action, recordType, recordId, detail);

    private static TimeProvider ClockOf(HiringDbContext db) =>
        db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService<TimeProvider>()
        ?? throw new InvalidOperationException("The HiringDbContext was not made by the app's services, so it has no TimeProvider; use AuditLog.");
}

public static class AuditingRegistration
{
    public static IServiceCollection AddHiringAuditing(this IServiceCollection services) => services.AddScoped<AuditLog>();
}
