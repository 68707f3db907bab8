using Hiring.Core.Recruiting;
using Hiring.Web.Auditing;
using Hiring.Web.Domain;
using Hiring.Web.Privacy;
using Hiring.Web.Tests.Infrastructure;
using Hiring.Web.Tests.Mail;
using Hiring.Web.Tests.Recruiting;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Tests.Privacy;

public abstract class RetentionTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : HiringApp, IClockedApp
{
    [Fact]
    public async Task Closed_application_is_anonymised_once_the_retention_period_has_passed_but_not_the_account_with_an_open_one()
    {
        var closedPost = await Given.PostAsync(app);
        var openPost = await Given.PostAsync(app);
        var closed = await Given.ApplicationAsync(app, closedPost, Stage.Rejected, score: 48, name: "Rhys Retained");
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var (userId, open) = await app.WithDbAsync(async db =>
        {
            var a = await db.Applications.SingleAsync(x => x.Id == closed.Id);
            a.StageChangedAt = now;
            var other = new Application { PostId = openPost.Id, CandidateId = a.CandidateId, Stage = Stage.Applied, AppliedAt = now, StageChangedAt = now, FullName = "Rhys Retained" };
            db.Applications.Add(other);
            await db.SaveChangesAsync();
            return (a.CandidateId, other.Id);
        });
        var job = app.Service<RetentionJob>();

        app.Clock.Advance(TimeSpan.FromDays(364)); // 12 months less a day: still held
        await job.RunOnceAsync();
        Assert.Equal("Rhys Retained", await NameAsync(closed.Id));

        app.Clock.Advance(TimeSpan.FromDays(2));
        await job.RunOnceAsync();
        await job.RunOnceAsync(); // idempotent: nothing left to do
        Assert.Equal("Erased candidate", await NameAsync(closed.Id));
        Assert.Equal(48, await app.WithDbAsync(db => db.Applications.Where(a => a.Id == closed.Id).Select(a => a.CompositeScore).SingleAsync()));
        Assert.Equal("Rhys Retained", await NameAsync(open));
        Assert.Equal(closed.Email, await app.WithDbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.Email).SingleAsync()));
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditActions.Erasure && e.RecordId == closed.Id.ToString())));

        await app.WithDbAsync(db => db.Applications.Where(a => a.Id == open)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Stage, Stage.Withdrawn).SetProperty(a => a.StageChangedAt, app.Clock.GetUtcNow().UtcDateTime)));
        app.Clock.Advance(TimeSpan.FromDays(367)); // past 12 months for the last one: the account goes too
        Assert.Equal(1, await job.RunOnceAsync());
        Assert.Equal($"erased-{userId}@invalid", await app.WithDbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.Email).SingleAsync()));
    }

    private Task<string> NameAsync(Guid id) => app.WithDbAsync(db => db.Applications.Where(a => a.Id == id).Select(a => a.FullName).SingleAsync());
}

public class RetentionTests_Sqlite(YearClockedSqliteApp app) : RetentionTests<YearClockedSqliteApp>(app);
public class RetentionTests_Postgres(YearClockedPostgresApp app) : RetentionTests<YearClockedPostgresApp>(app);

public class RetentionSettingTests
{
    private sealed class ZeroMonthsApp : SqliteApp
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Privacy:RetentionMonths"] = "0" };
    }

    [Fact]
    public async Task A_retention_period_of_zero_months_stops_the_app_naming_the_key()
    {
        var app = new ZeroMonthsApp();
        var e = await Assert.ThrowsAnyAsync<Exception>(app.InitializeAsync);
        Assert.Contains("Privacy:RetentionMonths", e.ToString());
        await ((IAsyncLifetime)app).DisposeAsync();
    }

    [Fact]
    public async Task The_consent_text_the_privacy_page_and_the_rejection_mail_quote_the_configured_retention_period()
    {
        var app = new SixMonthsApp();
        try
        {
            await app.InitializeAsync();
            var post = await Given.PostAsync(app);
            var (_, client) = await Given.CandidateAsync(app);
            var (_, form) = await client.GetPageAsync($"/Candidate/Applications/Apply?postId={post.Id}");
            Assert.Contains("kept for 6 months", form.QuerySelector("label[for=consent]")!.TextContent);
            var (_, privacy) = await client.GetPageAsync("/Candidate/Privacy");
            Assert.Contains("for 6 months after an application closes", privacy.Body!.TextContent);

            var (applicationId, _) = await Given.ApplicationAsync(app, post, Stage.Applied);
            var recruiter = await Given.RecruiterAsync(app);
            var (_, details) = await recruiter.GetPageAsync($"/Recruiting/Applications/Details/{applicationId}");
            await recruiter.SubmitAsync(details, new Dictionary<string, string> { ["to"] = nameof(Stage.Rejected), ["reason"] = "The post needs weekend shifts." }, "#move-form");
            var mail = await app.WithDbAsync(db => db.OutboxMails.Where(m => m.ApplicationId == applicationId && m.TemplateKey == "rejection").Select(m => m.TextBody).SingleAsync());
            Assert.Contains("We keep your details for 6 months after your application closes", mail);
            Assert.DoesNotContain("12 months", mail);
        }
        finally { await ((IAsyncLifetime)app).DisposeAsync(); }
    }

    private sealed class SixMonthsApp : SqliteApp
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Privacy:RetentionMonths"] = "6" };
    }
}
