using System.Globalization;
using System.Net;
using Hiring.Core.Assessments;
using Hiring.Core.Assessments.Forms;
using Hiring.Web.Assessments;
using Hiring.Web.Domain;
using Hiring.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Tests.Assessments;

public abstract class AttemptTimingTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AttemptApp
{
    private Task<TestTaker> SjtTakerAsync(double factor = 1.0, bool credit = false) =>
        TestTaker.NewAsync(app, factor, credit, (TestKind.Sjt, 10, 60, 1));

    [Fact]
    public async Task An_answer_within_the_grace_period_is_kept_and_a_late_one_is_refused()
    {
        var taker = await SjtTakerAsync();
        var id = await taker.StartAsync(TestKind.Sjt);
        app.Clock.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(20)); // deadline + 20 s; grace is 30 s
        var inGrace = await taker.SaveAsync(id, "SJT-F1", 1, new { most = "A", least = "D" });
        Assert.Equal(HttpStatusCode.OK, inGrace.Status);
        Assert.Equal(0, inGrace.Body.GetProperty("remainingSeconds").GetDouble());

        app.Clock.Advance(TimeSpan.FromSeconds(11)); // deadline + 31 s
        var late = await taker.SaveAsync(id, "SJT-F2", 1, new { most = "A", least = "D" });
        Assert.Equal(HttpStatusCode.Conflict, late.Status);
        Assert.Equal("closed", late.Body.GetProperty("status").GetString());
        Assert.Equal(SaveResponse.TooLate, late.Body.GetProperty("message").GetString());
        Assert.DoesNotContain((await taker.AttemptAsync(id)).Answers, a => a.ItemId == "SJT-F2");
    }

    [Fact]
    public async Task An_answer_arriving_in_the_grace_is_kept_only_when_its_stamp_says_it_was_given_before_the_deadline()
    {
        var taker = await SjtTakerAsync();
        var id = await taker.StartAsync(TestKind.Sjt);
        var deadline = new DateTimeOffset(DateTime.SpecifyKind((await taker.AttemptAsync(id)).DeadlineAt, DateTimeKind.Utc)).ToUnixTimeMilliseconds();
        app.Clock.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(10)); // deadline + 10 s; grace is 30 s

        // Given offline 3 s before the end, delivered when the connection came back: kept.
        Assert.Equal(HttpStatusCode.OK, (await taker.SaveAsync(id, "SJT-F1", deadline - 3000, new { most = "A", least = "D" })).Status);
        // Stamped 1.5 s after it: within the tolerance for the page's clock drift.
        Assert.Equal(HttpStatusCode.OK, (await taker.SaveAsync(id, "SJT-F2", deadline + 1500, new { most = "A", least = "D" })).Status);
        // Given 5 s after the end, a new answer or a changed one: refused as late.
        foreach (var (item, value) in new[] { ("SJT-F3", new { most = "A", least = "D" }), ("SJT-F1", new { most = "B", least = "C" }) })
        {
            var late = await taker.SaveAsync(id, item, deadline + 5000, value);
            Assert.Equal(HttpStatusCode.Conflict, late.Status);
            Assert.Equal("closed", late.Body.GetProperty("status").GetString());
            Assert.Equal(SaveResponse.TooLate, late.Body.GetProperty("message").GetString());
        }
        var answers = (await taker.AttemptAsync(id)).Answers;
        Assert.Equal(["SJT-F1", "SJT-F2"], answers.Select(a => a.ItemId).Order());
        Assert.Equal("A", AnswerValue.Parse(answers.Single(a => a.ItemId == "SJT-F1").Value).Most);
    }

    [Fact]
    public async Task The_sweep_submits_an_attempt_whose_page_vanished_and_a_late_answer_changes_nothing()
    {
        var taker = await SjtTakerAsync();
        var id = await taker.StartAsync(TestKind.Sjt);
        await taker.SaveAsync(id, "SJT-F1", 1, new { most = "A", least = "D" });
        app.Clock.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(31));
        await app.Service<AttemptSweep>().SweepOnceAsync();

        var attempt = await taker.AttemptAsync(id);
        Assert.Equal(AttemptEnd.Sweep, attempt.EndedBy);
        Assert.Equal(33.3, attempt.Percent); // 1 of 3 items fully right = 1/3
        var late = await taker.SaveAsync(id, "SJT-F2", 2, new { most = "A", least = "D" });
        Assert.Equal(HttpStatusCode.Conflict, late.Status);
        Assert.Equal("submitted", late.Body.GetProperty("status").GetString());
        Assert.Equal(33.3, (await taker.AttemptAsync(id)).Percent);
    }

    [Fact]
    public async Task A_save_after_another_writer_changed_the_attempt_is_decided_on_the_stored_row()
    {
        // A save remembers the attempt as it wrote it; the next save starts from that copy. Here something
        // else (another node, say) writes the attempt in between: a later deadline, then a submission.
        var taker = await SjtTakerAsync();
        var id = await taker.StartAsync(TestKind.Sjt);
        Assert.Equal(HttpStatusCode.OK, (await taker.SaveAsync(id, "SJT-F1", 1, new { most = "A", least = "D" })).Status);
        var later = (await taker.AttemptAsync(id)).DeadlineAt.AddMinutes(5);
        await app.WithDbAsync(db => db.Attempts.Where(a => a.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.DeadlineAt, later).SetProperty(a => a.Version, a => a.Version + 1)));

        Assert.Equal(HttpStatusCode.OK, (await taker.SaveAsync(id, "SJT-F2", 2, new { most = "B", least = "C" })).Status);
        Assert.Equal(later, (await taker.AttemptAsync(id)).DeadlineAt, TimeSpan.FromMilliseconds(1));

        var now = app.Clock.GetUtcNow().UtcDateTime;
        await app.WithDbAsync(db => db.Attempts.Where(a => a.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.SubmittedAt, now).SetProperty(a => a.Version, a => a.Version + 1)));
        var refused = await taker.SaveAsync(id, "SJT-F3", 3, new { most = "A", least = "D" });
        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.Equal("submitted", refused.Body.GetProperty("status").GetString());
        Assert.DoesNotContain((await taker.AttemptAsync(id)).Answers, a => a.ItemId == "SJT-F3");
    }

    [Fact]
    public async Task Two_sweeping_instances_finalise_each_attempt_once()
    {
        // Clear everything earlier tests left open, so this attempt is the only one overdue below.
        app.Clock.Advance(TimeSpan.FromHours(1));
        await app.Service<AttemptSweep>().SweepOnceAsync();
        var taker = await SjtTakerAsync();
        var id = await taker.StartAsync(TestKind.Sjt);
        app.Clock.Advance(TimeSpan.FromMinutes(11));
        AttemptSweep Instance() => new(app.Service<Microsoft.Extensions.DependencyInjection.IServiceScopeFactory>(), app.Clock,
            app.Service<Microsoft.Extensions.Options.IOptions<AssessmentOptions>>(), Microsoft.Extensions.Logging.Abstractions.NullLogger<AttemptSweep>.Instance);
        var done = await Task.WhenAll(Instance().SweepOnceAsync(), Instance().SweepOnceAsync());
        Assert.Equal(1, done.Sum());
        Assert.NotNull((await taker.AttemptAsync(id)).SubmittedAt);
    }

    [Fact]
    public async Task Accommodation_extends_the_deadline()
    {
        var taker = await SjtTakerAsync(factor: 1.5);
        var attempt = await taker.AttemptAsync(await taker.StartAsync(TestKind.Sjt));
        Assert.Equal(attempt.StartedAt.AddMinutes(15), attempt.DeadlineAt); // 10 min × 1.5
    }

    [Theory]
    [InlineData(true, 90)]
    [InlineData(false, 0)]
    public async Task A_heartbeat_gap_over_a_minute_is_recorded_and_credited_only_when_the_test_says_so(bool credit, int credited)
    {
        var taker = await SjtTakerAsync(credit: credit);
        var id = await taker.StartAsync(TestKind.Sjt);
        await taker.HeartbeatAsync(id);
        app.Clock.Advance(TimeSpan.FromSeconds(90));
        var beat = await taker.HeartbeatAsync(id, new { blurs = 2, awaySeconds = 40, pastes = 1, copies = 3, fullscreenExits = 1 });
        Assert.Equal(HttpStatusCode.OK, beat.Status);
        var attempt = await taker.AttemptAsync(id);
        Assert.Equal((1, 90, credited), (attempt.OutageCount, attempt.OutageSeconds, attempt.CreditedSeconds));
        Assert.Equal(attempt.StartedAt.AddMinutes(10).AddSeconds(credited), attempt.DeadlineAt);
        Assert.Equal((2, 40, 1, 3, 1), (attempt.BlurCount, attempt.AwaySeconds, attempt.PasteCount, attempt.CopyCount, attempt.FullscreenExits));
        Assert.Equal(600 - 90 + credited, beat.Body.GetProperty("remainingSeconds").GetDouble(), 1);
    }

    [Fact]
    public async Task A_test_cannot_start_once_the_invitation_has_expired()
    {
        var taker = await SjtTakerAsync();
        await app.WithDbAsync(async db =>
        {
            var application = await db.Applications.SingleAsync(a => a.Id == taker.ApplicationId);
            application.TestsDueAt = app.Clock.GetUtcNow().UtcDateTime.AddMinutes(-1);
            return await db.SaveChangesAsync();
        });
        var (_, list) = await taker.Client.GetPageAsync("/Candidate/Tests");
        var refused = await taker.Client.SubmitAsync(list, new Dictionary<string, string>(), $"tr[data-testid='test-{taker.Tests[TestKind.Sjt]}'] form");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.Attempts.CountAsync(a => a.ApplicationId == taker.ApplicationId)));
        var (_, after) = await taker.Client.GetPageAsync("/Candidate/Tests");
        Assert.Contains("This test is not open", after.QuerySelector("[role=status]")!.TextContent);
    }

}

public class AttemptTimingTests_Sqlite(SqliteAttemptApp app) : AttemptTimingTests<SqliteAttemptApp>(app);
public class AttemptTimingTests_Postgres(PostgresAttemptApp app) : AttemptTimingTests<PostgresAttemptApp>(app);
