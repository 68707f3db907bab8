using Hiring.Web.Interviews;
using Hiring.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hiring.Web.Tests.Interviews;

public abstract class ScorecardReminderTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : HiringApp, IClockApp
{
    private readonly InterviewWorld _world = new(app);

    private Task<int> RunAsync(string? instance = null) => _world.InScopeAsync<ScorecardReminders, int>(r =>
    {
        if (instance is not null) r.Instance = instance;
        return r.SendDueAsync();
    });

    private IEnumerable<MimeKit.MimeMessage> Reminders(InterviewWorld.Person p) => app.Smtp.MessagesTo(p.Email).Where(m => (m.Subject ?? "").StartsWith("Scorecard due"));

    [Fact]
    public async Task Reminder_goes_only_after_the_interview_has_ended_and_only_once()
    {
        var (applicationId, _) = await _world.ApplicationAsync();
        var interviewer = await _world.InterviewerAsync();
        var start = app.Clock.GetUtcNow().UtcDateTime.AddHours(1);
        await _world.BookAsync(applicationId, start, interviewer);   // 60 minutes: ends at start + 1 h
        await app.Smtp.WaitForMessageAsync(interviewer.Email);        // the invitation

        app.Clock.Advance(TimeSpan.FromMinutes(60 + 59));              // one minute before the end
        Assert.Equal(0, await RunAsync());

        app.Clock.Advance(TimeSpan.FromMinutes(1));                    // the end
        Assert.Equal(1, await RunAsync());
        var reminder = await app.Smtp.WaitForMessageAsync(interviewer.Email, m => (m.Subject ?? "").StartsWith("Scorecard due"));
        Assert.Contains($"/Interviews/Scorecard/{applicationId}", reminder.TextBody);

        app.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await RunAsync());
        Assert.Single(Reminders(interviewer));
    }

    [Fact]
    public async Task Reminder_is_queued_in_the_outbox_with_its_application()
    {
        var (applicationId, _) = await _world.ApplicationAsync();
        var interviewer = await _world.InterviewerAsync("Otto Outbox");
        await _world.BookAsync(applicationId, app.Clock.GetUtcNow().UtcDateTime.AddMinutes(1), interviewer);
        app.Clock.Advance(TimeSpan.FromMinutes(61));

        Assert.Equal(1, await RunAsync());

        var queued = await app.WithDbAsync(db => db.OutboxMails.Where(m => m.To == interviewer.Email && m.Subject.StartsWith("Scorecard due")).ToListAsync());
        Assert.Equal(applicationId, Assert.Single(queued).ApplicationId);
    }

    [Fact]
    public async Task An_interviewer_who_reads_chinese_gets_the_reminder_in_chinese()
    {
        var (applicationId, _) = await _world.ApplicationAsync();
        var interviewer = await _world.InterviewerAsync("Wang Fang");
        await app.WithDbAsync(async db =>
        {
            (await db.Users.SingleAsync(u => u.Email == interviewer.Email)).Culture = "zh-Hans";
            return await db.SaveChangesAsync();
        });
        await _world.BookAsync(applicationId, app.Clock.GetUtcNow().UtcDateTime.AddMinutes(1), interviewer);
        app.Clock.Advance(TimeSpan.FromMinutes(61));

        Assert.Equal(1, await RunAsync());

        var queued = await app.WithDbAsync(db => db.OutboxMails.SingleAsync(m => m.To == interviewer.Email && m.Subject.StartsWith("请提交评分表")));
        Assert.Contains("面试", queued.TextBody);
        Assert.Contains($"/Interviews/Scorecard/{applicationId}", queued.TextBody);
        Assert.DoesNotContain("has ended", queued.TextBody);
    }

    [Fact]
    public async Task A_post_whose_rules_turn_scorecard_reminders_off_gets_none()
    {
        // A post of its own type: the class's other tests book on the first Inbound post.
        var (applicationId, _) = await _world.ApplicationAsync(Hiring.Core.Assessments.PostType.TechSupport);
        var interviewer = await _world.InterviewerAsync("Nina None");
        await app.WithDbAsync(async db =>
        {
            var postId = await db.Applications.Where(a => a.Id == applicationId).Select(a => a.PostId).SingleAsync();
            db.PipelineRules.Add(new Hiring.Web.Domain.PipelineRules { PostId = postId, ScorecardReminders = false });
            return await db.SaveChangesAsync();
        });
        await _world.BookAsync(applicationId, app.Clock.GetUtcNow().UtcDateTime.AddMinutes(1), interviewer);
        app.Clock.Advance(TimeSpan.FromMinutes(61));

        Assert.Equal(0, await RunAsync());
        Assert.Equal(0, await app.WithDbAsync(db => db.OutboxMails.CountAsync(m => m.To == interviewer.Email && m.Subject.StartsWith("Scorecard due"))));
    }

    [Fact]
    public async Task Interviewer_who_submitted_the_scorecard_gets_no_reminder()
    {
        var (applicationId, _) = await _world.ApplicationAsync();
        var done = await _world.InterviewerAsync("Dora Done");
        var late = await _world.InterviewerAsync("Larry Late");
        await _world.BookAsync(applicationId, app.Clock.GetUtcNow().UtcDateTime.AddMinutes(5), done, late);
        await _world.InScopeAsync<ScorecardEditor, bool>(async e =>
        {
            await e.SaveAsync(applicationId, done.Id, [new RatingInput("INT-GEN-002", 1, 4, "")], Hiring.Core.Interviews.Recommendation.Yes, "", submit: true);
            return true;
        });

        app.Clock.Advance(TimeSpan.FromMinutes(5 + 60));
        Assert.Equal(1, await RunAsync());
        await app.Smtp.WaitForMessageAsync(late.Email, m => (m.Subject ?? "").StartsWith("Scorecard due"));
        Assert.Empty(Reminders(done));
    }

    [Fact]
    public async Task Two_app_instances_running_together_send_each_reminder_once()
    {
        var (applicationId, _) = await _world.ApplicationAsync();
        var panel = new[] { await _world.InterviewerAsync("One"), await _world.InterviewerAsync("Two"), await _world.InterviewerAsync("Three") };
        await _world.BookAsync(applicationId, app.Clock.GetUtcNow().UtcDateTime.AddMinutes(1), panel);
        app.Clock.Advance(TimeSpan.FromMinutes(61));

        var sent = await Task.WhenAll(RunAsync("node-a"), RunAsync("node-b"));
        Assert.Equal(3, sent.Sum());
        foreach (var p in panel) await app.Smtp.WaitForMessageAsync(p.Email, m => (m.Subject ?? "").StartsWith("Scorecard due"));
        Assert.All(panel, p => Assert.Single(Reminders(p)));
        var claimedBy = await app.WithDbAsync(db => db.InterviewPanelists.Where(p => db.Interviews.Any(i => i.Id == p.InterviewId && i.ApplicationId == applicationId)).Select(p => p.ReminderClaimedBy).ToListAsync());
        Assert.All(claimedBy, c => Assert.Contains(c, new[] { "node-a", "node-b" }));
    }
}

public class ScorecardReminderTests_Sqlite(ClockSqliteApp app) : ScorecardReminderTests<ClockSqliteApp>(app);
public class ScorecardReminderTests_Postgres(ClockPostgresApp app) : ScorecardReminderTests<ClockPostgresApp>(app);
