using System.Net;
using Hiring.Core.Recruiting;
using Hiring.Web.Auditing;
using Hiring.Web.Domain;
using Hiring.Web.Tests.Infrastructure;
using Hiring.Web.Tests.Recruiting;
using Microsoft.EntityFrameworkCore;
using static Hiring.Web.Tests.Privacy.PrivacySteps;

namespace Hiring.Web.Tests.Privacy;

public abstract class ErasureTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : HiringApp
{
    [Fact]
    public async Task Approved_erasure_removes_personal_data_and_files_but_keeps_the_statistics_rows()
    {
        var post = await Given.PostAsync(app);
        var dana = await ApplicantAsync(app, post.Id);
        await app.Smtp.WaitForMessageAsync(dana.Email);
        var cv = await app.WithDbAsync(async db =>
        {
            db.ApplicationNotes.Add(new ApplicationNote { ApplicationId = dana.ApplicationId, At = DateTime.UtcNow, ByName = "Rita", Text = "Lives near the site" });
            var a = await db.Applications.SingleAsync(x => x.Id == dana.ApplicationId);
            a.TryMoveTo(Stage.Rejected, null, "Not enough weekend hours for Dana", DateTime.UtcNow);
            a.CompositeScore = 61.5;
            await db.SaveChangesAsync();
            return a.CvStoredName!;
        });
        Assert.True(File.Exists(CvPath(app, cv)));

        Assert.Equal(HttpStatusCode.Redirect, (await AskForErasureAsync(dana.Client)).StatusCode);
        var (_, privacy) = await dana.Client.GetPageAsync("/Candidate/Privacy");
        Assert.NotNull(privacy.QuerySelector("#erasure-pending"));
        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(app, dana.UserId)).StatusCode);

        var (user, a, notes, mails, history) = await app.WithDbAsync(async db => (
            await db.Users.AsNoTracking().SingleAsync(u => u.Id == dana.UserId),
            await db.Applications.AsNoTracking().SingleAsync(x => x.Id == dana.ApplicationId),
            await db.ApplicationNotes.AsNoTracking().Where(n => n.ApplicationId == dana.ApplicationId).ToListAsync(),
            await db.OutboxMails.AsNoTracking().Where(m => m.ApplicationId == dana.ApplicationId).ToListAsync(),
            await db.StageChanges.AsNoTracking().Where(h => h.ApplicationId == dana.ApplicationId).ToListAsync()));
        Assert.Equal(($"erased-{dana.UserId}@invalid", "Erased candidate", null, null, false), (user.Email, user.DisplayName, user.PasswordHash, user.PhoneNumber, user.TwoFactorEnabled));
        Assert.Equal(DateTimeOffset.MaxValue, user.LockoutEnd);
        Assert.Equal(("Erased candidate", "", "", "", null, null), (a.FullName, a.Phone, a.Location, a.Languages, a.CvStoredName, a.CvFileName));
        Assert.Equal((Stage.Rejected, 61.5, "Late"), (a.Stage, a.CompositeScore, a.Screening.ShiftsAvailable));
        Assert.NotNull(a.ErasedAt);
        Assert.False(File.Exists(CvPath(app, cv)));
        Assert.Equal("", Assert.Single(notes).Text);
        var mail = Assert.Single(mails);
        Assert.Equal((MailStatus.Sent, "", "", $"erased-{dana.UserId}@invalid"), (mail.Status, mail.Subject, mail.TextBody, mail.To));
        Assert.NotNull(mail.SentAt);
        Assert.Equal((Stage.Applied, Stage.Rejected, ""), (Assert.Single(history).From, history[0].To, history[0].Reason));
        var line = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(e => e.Action == AuditActions.Erasure && e.RecordId == dana.UserId));
        Assert.Equal(AdminEmail, line.UserName);

        var again = new PageClient(app);
        var login = await again.LogInAsync(dana.Email, Given.Password);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode); // the form again, with an error: no redirect to a dashboard
        var (_, staffPage) = await (await Given.RecruiterAsync(app)).GetPageAsync($"/Recruiting/Applications/Details/{dana.ApplicationId}");
        Assert.Contains("Erased candidate", staffPage.Body!.TextContent);
        Assert.DoesNotContain("Dana Kowalska", staffPage.Body.TextContent);
    }

    [Fact]
    public async Task Refused_erasure_leaves_everything_and_tells_the_candidate_why()
    {
        var post = await Given.PostAsync(app);
        var dana = await ApplicantAsync(app, post.Id);
        var before = await app.WithDbAsync(db => db.Applications.AsNoTracking().SingleAsync(a => a.Id == dana.ApplicationId));
        await AskForErasureAsync(dana.Client);

        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(app, dana.UserId, refuseWith: "An employment tribunal claim is open")).StatusCode);

        var (user, after, request) = await app.WithDbAsync(async db => (
            await db.Users.AsNoTracking().SingleAsync(u => u.Id == dana.UserId),
            await db.Applications.AsNoTracking().SingleAsync(a => a.Id == dana.ApplicationId),
            await db.ErasureRequests.AsNoTracking().SingleAsync(r => r.CandidateId == dana.UserId)));
        Assert.Equal((dana.Email, "Dana Kowalska", before.CvStoredName, (DateTime?)null), (user.Email, after.FullName, after.CvStoredName, after.ErasedAt));
        Assert.True(File.Exists(CvPath(app, before.CvStoredName!)));
        Assert.Equal((ErasureStatus.Refused, "An employment tribunal claim is open"), (request.Status, request.RefusalReason));
        var (_, privacy) = await dana.Client.GetPageAsync("/Candidate/Privacy");
        Assert.Contains("An employment tribunal claim is open", privacy.QuerySelector("#erasure-refused")!.TextContent);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditActions.Erasure && e.RecordId == dana.UserId && e.Detail!.Contains("refused"))));
    }

    [Fact]
    public async Task Erasure_request_needs_the_confirmation_box_and_is_recorded_once()
    {
        var post = await Given.PostAsync(app);
        var dana = await ApplicantAsync(app, post.Id);

        var unconfirmed = await AskForErasureAsync(dana.Client, confirm: false);
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        Assert.Contains("Tick the box", (await PageClient.ParseAsync(unconfirmed)).Body!.TextContent);
        Assert.Equal(0, await app.WithDbAsync(db => db.ErasureRequests.CountAsync(r => r.CandidateId == dana.UserId)));

        await AskForErasureAsync(dana.Client);
        var (_, page) = await dana.Client.GetPageAsync("/Candidate/Privacy");
        Assert.Null(page.QuerySelector("form#erase")); // pending: no second request form
        Assert.Equal(1, await app.WithDbAsync(db => db.ErasureRequests.CountAsync(r => r.CandidateId == dana.UserId)));
    }
}

public class ErasureTests_Sqlite(RecruitingSqliteApp app) : ErasureTests<RecruitingSqliteApp>(app);
public class ErasureTests_Postgres(RecruitingPostgresApp app) : ErasureTests<RecruitingPostgresApp>(app);
