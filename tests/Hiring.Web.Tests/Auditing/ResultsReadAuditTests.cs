using System.Net;
using Hiring.Web.Auditing;
using Hiring.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Tests.Auditing;

public class ResultsReadAuditTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task A_recruiter_opening_an_applicants_test_results_leaves_an_audit_line()
    {
        var application = await app.WithDbAsync(db => db.Attempts.Select(a => a.ApplicationId).FirstAsync());
        var recruiter = new PageClient(app);
        await recruiter.LogInAsync("recruiter@demo.hiring.local", "demo-password-2026");
        var (page, _) = await recruiter.GetPageAsync($"/Recruiting/Attempts?application={application}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var line = await app.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.Action == AuditActions.ResultsRead && e.RecordId == application.ToString()));
        Assert.Equal("recruiter@demo.hiring.local", line.UserName);
    }
}
