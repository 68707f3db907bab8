using System.Net;
using Hiring.Core.Recruiting;
using Hiring.Web.Auditing;
using Hiring.Web.Recruiting;
using Hiring.Web.Tests.Infrastructure;
using Hiring.Web.Tests.Recruiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Hiring.Web.Tests.Privacy.PrivacySteps;

namespace Hiring.Web.Tests.Privacy;

/// <summary>Staff access to personal data leaves a line in the audit log; a candidate reading their own does not.</summary>
public abstract class AccessAuditTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : HiringApp
{
    [Fact]
    public async Task Recruiter_reading_a_cv_is_audited_and_the_candidate_reading_their_own_is_not()
    {
        var post = await Given.PostAsync(app);
        var dana = await ApplicantAsync(app, post.Id);

        Assert.Equal(HttpStatusCode.OK, (await dana.Client.GetAsync($"/Cvs/{dana.ApplicationId}")).StatusCode);
        Assert.Empty(await LinesAsync(AuditActions.CvRead, dana.ApplicationId));

        var recruiter = await Given.RecruiterAsync(app);
        Assert.Equal(HttpStatusCode.OK, (await recruiter.GetAsync($"/Cvs/{dana.ApplicationId}")).StatusCode);
        var line = Assert.Single(await LinesAsync(AuditActions.CvRead, dana.ApplicationId));
        // The file's type, never its name (often the person's): audit lines outlive an erasure.
        Assert.Equal((Given.RecruiterEmail, "application/pdf"), (line.UserName, line.Detail));
    }

    [Fact]
    public async Task Every_stage_move_of_a_bulk_action_is_audited()
    {
        var post = await Given.PostAsync(app);
        var one = await Given.ApplicationAsync(app, post, Stage.Applied);
        var two = await Given.ApplicationAsync(app, post, Stage.Applied);
        var recruiterId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == Given.RecruiterEmail).Select(u => u.Id).SingleAsync());

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<BulkActions>().RunAsync([one.Id, two.Id], BulkAction.Reject, null, "Shifts do not fit", recruiterId);
            Assert.True(result.Done, result.Message);
        }

        foreach (var id in new[] { one.Id, two.Id })
        {
            var line = Assert.Single(await LinesAsync(AuditActions.StageChange, id));
            Assert.Equal((Given.RecruiterEmail, recruiterId, "Applied → Rejected: Shifts do not fit"), (line.UserName, line.UserId, line.Detail));
        }
    }

    private Task<List<Hiring.Web.Domain.AuditEntry>> LinesAsync(string action, Guid id) =>
        app.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.Action == action && e.RecordId == id.ToString()).ToListAsync());
}

public class AccessAuditTests_Sqlite(RecruitingSqliteApp app) : AccessAuditTests<RecruitingSqliteApp>(app);
public class AccessAuditTests_Postgres(RecruitingPostgresApp app) : AccessAuditTests<RecruitingPostgresApp>(app);
