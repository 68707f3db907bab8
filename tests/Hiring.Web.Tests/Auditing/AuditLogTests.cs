using System.Security.Claims;
using Hiring.Web.Auditing;
using Hiring.Web.Data;
using Hiring.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hiring.Web.Tests.Auditing;

public class AuditLogTests(FakeClockSqliteApp app) : IClassFixture<FakeClockSqliteApp>
{
    private static readonly ClaimsPrincipal Recruiter = new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, "user-42"), new Claim(ClaimTypes.Name, "rita@example.com")], "test"));

    [Fact]
    public async Task A_line_is_stamped_with_the_app_clock_and_the_user_and_commits_only_with_the_callers_save()
    {
        app.Clock.Advance(TimeSpan.FromDays(3));
        var at = app.Clock.GetUtcNow();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HiringDbContext>();
            scope.ServiceProvider.GetRequiredService<AuditLog>().Add(Recruiter, AuditActions.CvRead, AuditRecordTypes.Application, "app-1");
            Audit.Record(db, Recruiter, AuditActions.StageChange, AuditRecordTypes.Application, "app-1", "Applied → Shortlisted");
            Assert.Equal(0, await db.AuditEntries.CountAsync(e => e.RecordId == "app-1"));
            await db.SaveChangesAsync();
        }
        var lines = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.RecordId == "app-1").OrderBy(e => e.Id).ToListAsync());
        Assert.Equal(["cv.read", "stage.change"], lines.Select(l => l.Action));
        Assert.All(lines, l => Assert.Equal((at.UtcDateTime, "user-42", "rita@example.com", "Application"), (l.At, l.UserId, l.UserName, l.RecordType)));
        Assert.Equal([null, "Applied → Shortlisted"], lines.Select(l => l.Detail));
    }

    [Fact]
    public async Task A_line_left_unsaved_is_not_written()
    {
        await using (var scope = app.Services.CreateAsyncScope())
            scope.ServiceProvider.GetRequiredService<AuditLog>().Add(Recruiter, AuditActions.ReportDownload, AuditRecordTypes.Application, "unsaved");
        Assert.False(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.RecordId == "unsaved")));
    }
}
