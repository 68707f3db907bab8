using System.Net;
using Hiring.Web.Auditing;
using Hiring.Web.Tests.Infrastructure;
using Hiring.Web.Tests.Interviews;
using Hiring.Web.Tests.Recruiting;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Tests.Auditing;

/// <summary>Staff reads of interview results, question sheets and the applicant export, and staff log-ins, each leave an audit line.</summary>
public abstract class StaffReadAuditTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : HiringApp
{
    private readonly InterviewWorld _world = new(app);

    private Task<List<Domain.AuditEntry>> LinesAsync(string action, string recordId) =>
        app.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.Action == action && e.RecordId == recordId).ToListAsync());

    [Fact]
    public async Task Opening_an_applicants_interview_scorecards_and_printing_their_question_sheet_are_audited()
    {
        var (applicationId, _) = await _world.ApplicationAsync();
        var interviewer = await _world.InterviewerAsync();
        await _world.BookAsync(applicationId, DateTime.UtcNow.AddHours(2), interviewer);
        var client = await _world.LogInAsync(interviewer.Email);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/Interviews/Application/{applicationId}")).StatusCode);
        var sheet = await client.GetAsync($"/Interviews/Sheets?handler=Pdf&ids={applicationId}");
        Assert.Equal("application/pdf", sheet.Content.Headers.ContentType!.MediaType);

        var read = Assert.Single(await LinesAsync(AuditActions.InterviewRead, applicationId.ToString()));
        var printed = Assert.Single(await LinesAsync(AuditActions.SheetsPrint, applicationId.ToString()));
        Assert.All(new[] { read, printed }, l => Assert.Equal((interviewer.Email, interviewer.Id, "Application"), (l.UserName, l.UserId, l.RecordType)));
        // Refused requests read nothing and leave nothing.
        var stranger = await _world.LogInAsync((await _world.InterviewerAsync("Other Panel")).Email);
        Assert.True(Privacy.PrivacySteps.Refused(await stranger.GetAsync($"/Interviews/Application/{applicationId}")));
        Assert.Single(await LinesAsync(AuditActions.InterviewRead, applicationId.ToString()));
    }

    [Fact]
    public async Task Downloading_the_applicant_list_as_csv_is_audited_with_its_filter_and_size()
    {
        var post = await Given.PostAsync(app);
        await Given.ApplicationAsync(app, post, Core.Recruiting.Stage.Applied);
        await Given.ApplicationAsync(app, post, Core.Recruiting.Stage.Applied);
        var recruiter = await Given.RecruiterAsync(app);

        var csv = await recruiter.GetAsync($"/Recruiting/Applications?handler=Csv&PostId={post.Id}");

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var line = Assert.Single(await LinesAsync(AuditActions.ApplicationsExport, post.Id.ToString()));
        Assert.Equal(Given.RecruiterEmail, line.UserName);
        Assert.StartsWith("2 application(s)", line.Detail);
        Assert.Contains($"PostId={post.Id}", line.Detail);
    }

    [Fact]
    public async Task A_staff_log_in_is_audited_and_a_candidates_is_not()
    {
        var interviewer = await _world.InterviewerAsync();
        var candidate = await _world.UserAsync(Identity.Roles.Candidate, "Cara Candidate");

        await _world.LogInAsync(interviewer.Email);
        await _world.LogInAsync(interviewer.Email);
        await _world.LogInAsync(candidate.Email);
        var failed = await new PageClient(app).LogInAsync(interviewer.Email, "not the password at all");

        Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        var lines = await LinesAsync(AuditActions.StaffLogIn, interviewer.Id);
        Assert.Equal(2, lines.Count);
        Assert.All(lines, l => Assert.Equal(interviewer.Email, l.UserName));
        Assert.Empty(await LinesAsync(AuditActions.StaffLogIn, candidate.Id));
    }
}

public class StaffReadAuditTests_Sqlite(SqliteApp app) : StaffReadAuditTests<SqliteApp>(app);
public class StaffReadAuditTests_Postgres(PostgresApp app) : StaffReadAuditTests<PostgresApp>(app);
