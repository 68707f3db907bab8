using System.Security.Claims;
using Hiring.Core.Recruiting;
using Hiring.Web.Auditing;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Hiring.Web.Mail;
using Hiring.Web.Recruiting.Rules;
using Hiring.Web.Tests.Infrastructure;
using Hiring.Web.Tests.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hiring.Web.Tests.Recruiting;

/// <summary>The clocked app with the rules' own background run off: each test runs the rules itself, when it chooses.</summary>
public class RulesSqliteApp : ClockedSqliteApp
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings) { ["Recruiting:Rules:Enabled"] = "false" };
}

public class RulesPostgresApp : ClockedPostgresApp
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings) { ["Recruiting:Rules:Enabled"] = "false" };
}

public abstract class PipelineRulesTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : HiringApp, IClockedApp
{
    private DateTime Now => app.Clock.GetUtcNow().UtcDateTime;

    [Fact]
    public async Task Invite_on_apply_waits_for_the_delay_then_invites_once_in_the_rules_name()
    {
        var post = await Given.PostAsync(app);
        await RulesAsync(post, r => (r.InviteOnApply, r.InviteDelayHours) = (true, 2));
        var applicant = await AppliedAsync(post, "Ivy Invited");

        await RunAsync();
        app.Clock.Advance(TimeSpan.FromMinutes(119));
        await RunAsync();
        Assert.Equal(Stage.Applied, await StageAsync(applicant.Id));

        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await RunAsync();
        await RunAsync();

        Assert.Equal(Stage.Testing, await StageAsync(applicant.Id));
        var change = await app.WithDbAsync(db => db.StageChanges.AsNoTracking().SingleAsync(h => h.ApplicationId == applicant.Id));
        Assert.Null(change.ByUserId);
        Assert.StartsWith("Rule (invite on apply)", change.Reason);
        var audit = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(e => e.RecordId == applicant.Id.ToString()));
        Assert.Equal((AuditActions.StageChange, "Rule (invite on apply)", (string?)null), (audit.Action, audit.UserName, audit.UserId));
        Assert.Equal(1, await MailsAsync(applicant.Id, MailTemplateKeys.TestInvitation));
        await app.Smtp.WaitForMessageAsync(applicant.Email);
    }

    [Fact]
    public async Task Two_instances_running_at_once_move_and_mail_each_applicant_once()
    {
        var post = await Given.PostAsync(app);
        await RulesAsync(post, r => r.InviteOnApply = true);
        var applicants = new List<Guid>();
        for (var i = 0; i < 4; i++) applicants.Add((await AppliedAsync(post, $"Pat Twice {i}")).Id);

        await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => RunAsync())));
        await RunAsync();

        foreach (var id in applicants)
        {
            Assert.Equal(Stage.Testing, await StageAsync(id));
            Assert.Equal(1, await MailsAsync(id, MailTemplateKeys.TestInvitation));
            Assert.Equal(1, await app.WithDbAsync(db => db.StageChanges.CountAsync(h => h.ApplicationId == id)));
        }
    }

    [Fact]
    public async Task A_knock_out_answer_is_rejected_after_the_hours_with_the_chosen_reason()
    {
        var post = await Given.PostAsync(app);
        await RulesAsync(post, r => (r.RejectKnockedOut, r.RejectAfterHours, r.RejectReason, r.InviteOnApply) = (true, 48, "the post needs weekend shifts", true));
        var knocked = await AppliedAsync(post, "Kim Knocked", knockedOut: true);

        app.Clock.Advance(TimeSpan.FromHours(47));
        await RunAsync();
        Assert.Equal(Stage.Applied, await StageAsync(knocked.Id));
        app.Clock.Advance(TimeSpan.FromHours(1));
        await RunAsync();
        await RunAsync();

        Assert.Equal(Stage.Rejected, await StageAsync(knocked.Id));
        Assert.Equal(1, await MailsAsync(knocked.Id, MailTemplateKeys.Rejection));
        Assert.Equal(0, await MailsAsync(knocked.Id, MailTemplateKeys.TestInvitation));
        var mail = await app.Smtp.WaitForMessageAsync(knocked.Email);
        Assert.Contains("The post needs weekend shifts.", mail.TextBody);
    }

    [Fact]
    public async Task Scored_tests_move_to_Tested_and_only_passes_over_the_composite_are_shortlisted()
    {
        var post = await Given.PostAsync(app);
        await RulesAsync(post, r => (r.MoveWhenTested, r.ShortlistWhenPassed, r.ShortlistMinComposite) = (true, true, 70));
        var passed = await TestingAsync(post, "Pia Passed", 75, allPassed: true);
        var failedOne = await TestingAsync(post, "Fay Failed", 80, allPassed: false);
        var low = await TestingAsync(post, "Lou Low", 65, allPassed: true);
        var unfinished = await TestingAsync(post, "Una Unfinished", 90, allPassed: true, skipOne: true);

        await RunAsync();
        Assert.Equal([Stage.Tested, Stage.Tested, Stage.Tested, Stage.Testing],
            [await StageAsync(passed), await StageAsync(failedOne), await StageAsync(low), await StageAsync(unfinished)]);
        await RunAsync();
        await RunAsync();

        Assert.Equal([Stage.Shortlisted, Stage.Tested, Stage.Tested], [await StageAsync(passed), await StageAsync(failedOne), await StageAsync(low)]);
        Assert.Equal(1, await MailsAsync(passed, MailTemplateKeys.Shortlisted));
        Assert.Equal(0, await MailsAsync(failedOne, MailTemplateKeys.Shortlisted));
    }

    [Fact]
    public async Task Undo_within_the_window_moves_back_and_the_rule_does_not_redo_it_and_later_undo_is_refused()
    {
        var post = await Given.PostAsync(app);
        await RulesAsync(post, r => r.InviteOnApply = true);
        var first = await AppliedAsync(post, "Uma Undone");
        var second = await AppliedAsync(post, "Olle Old");
        await RunAsync();
        var moves = await app.WithDbAsync(db => db.PipelineRuleActions.AsNoTracking().Where(x => x.PostId == post.Id).ToListAsync());

        app.Clock.Advance(TimeSpan.FromHours(23));
        var undone = await UndoAsync(post, moves.Single(m => m.ApplicationId == first.Id).Id);
        await RunAsync();

        Assert.True(undone.Done, undone.Message);
        Assert.Equal(Stage.Applied, await StageAsync(first.Id));
        var last = await app.WithDbAsync(db => db.StageChanges.AsNoTracking().Where(h => h.ApplicationId == first.Id).OrderBy(h => h.Id).ToListAsync());
        Assert.Equal([(Stage.Applied, Stage.Testing), (Stage.Testing, Stage.Applied)], last.Select(h => (h.From, h.To)));
        Assert.NotNull(last[^1].ByUserId);
        Assert.Equal(1, await MailsAsync(first.Id, MailTemplateKeys.TestInvitation));
        Assert.Equal(2, await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.RecordId == first.Id.ToString() && e.Action == AuditActions.StageChange)));

        app.Clock.Advance(TimeSpan.FromHours(2));
        var late = await UndoAsync(post, moves.Single(m => m.ApplicationId == second.Id).Id);
        Assert.False(late.Done);
        Assert.Equal(Stage.Testing, await StageAsync(second.Id));
    }

    [Fact]
    public async Task The_recruiter_undoes_a_rules_move_from_the_rules_page()
    {
        var post = await Given.PostAsync(app);
        await RulesAsync(post, r => r.InviteOnApply = true);
        var applicant = await AppliedAsync(post, "Rae Revert");
        await RunAsync();
        var recruiter = await Given.RecruiterAsync(app);

        var (_, page) = await recruiter.GetPageAsync($"/Recruiting/Posts/{post.Id}/Rules");
        Assert.Contains("Applied → Testing", page.QuerySelector("table")!.TextContent);
        var response = await recruiter.SubmitAsync(page, new Dictionary<string, string>(), "table form");
        var (_, after) = await recruiter.GetPageAsync(response.Headers.Location!.OriginalString);

        Assert.Contains("Rae Revert is back in Applied; the rule will not move them again.", after.QuerySelector("[role=status]")!.TextContent);
        Assert.Contains("Undone", after.QuerySelector("table")!.TextContent);
        Assert.Equal(Stage.Applied, await StageAsync(applicant.Id));
    }

    [Fact]
    public async Task With_the_rules_off_nothing_happens()
    {
        var post = await Given.PostAsync(app);
        await RulesAsync(post, r => (r.InviteDelayHours, r.RejectReason) = (0, "no"));
        var applicant = await AppliedAsync(post, "Nell Nothing");
        var knocked = await AppliedAsync(post, "Ned Knocked", knockedOut: true);
        var tested = await TestingAsync(post, "Tom Tested", 95, allPassed: true);
        app.Clock.Advance(TimeSpan.FromDays(3));

        await RunAsync();

        Assert.Equal([Stage.Applied, Stage.Applied, Stage.Testing], [await StageAsync(applicant.Id), await StageAsync(knocked.Id), await StageAsync(tested)]);
        Assert.Equal(0, await app.WithDbAsync(db => db.PipelineRuleActions.CountAsync(x => x.PostId == post.Id)));
    }

    [Fact]
    public async Task The_dry_run_counts_what_the_rule_then_does_and_changes_nothing()
    {
        var post = await Given.PostAsync(app);
        for (var i = 0; i < 3; i++) await AppliedAsync(post, $"Dora Dry {i}");
        await AppliedAsync(post, "Kai Knocked", knockedOut: true);
        var recruiter = await Given.RecruiterAsync(app);
        var before = await CountsAsync(post);

        var (_, page) = await recruiter.GetPageAsync($"/Recruiting/Posts/{post.Id}/Rules");
        var dry = page.QuerySelector("[data-rule=InviteOnApply]")!.TextContent;
        Assert.Contains("would move 3 of the post's applications now", dry);
        Assert.Contains("Dora Dry 0", dry);
        Assert.DoesNotContain("Kai Knocked", dry);
        Assert.Equal(before, await CountsAsync(post));

        var saved = await recruiter.SubmitAsync(page, new Dictionary<string, string> { ["Input.InviteOnApply"] = "true" }, "#rules");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.RecordType == AuditRecordTypes.PipelineRules && e.RecordId == post.Id.ToString())));
        Assert.Equal(3, await RunAsync());
        Assert.Equal(3, await app.WithDbAsync(db => db.Applications.CountAsync(a => a.PostId == post.Id && a.Stage == Stage.Testing)));
    }

    [Fact]
    public async Task The_test_reminder_goes_as_many_hours_ahead_as_the_post_says_and_not_at_all_at_zero()
    {
        var early = await Given.PostAsync(app);
        await RulesAsync(early, r => r.TestReminderHours = 48);
        var none = await Given.PostAsync(app);
        await RulesAsync(none, r => r.TestReminderHours = 0);
        var a = await Given.ApplicationAsync(app, early, Stage.Testing, testsDueAt: Now.AddHours(47));
        var b = await Given.ApplicationAsync(app, none, Stage.Testing, testsDueAt: Now.AddHours(2));

        await app.Service<TestReminderJob>().RunOnceAsync();

        Assert.Equal(1, await MailsAsync(a.Id, MailTemplateKeys.TestReminder));
        Assert.Equal(0, await MailsAsync(b.Id, MailTemplateKeys.TestReminder));
    }

    /// <summary>
    /// Issue 17's "done when": a 300-applicant drive for one post with the rules on, where the recruiter touches only the
    /// exceptions. Every move below is a rule's; what is left for a person is exactly the finishers the rules cannot decide.
    /// </summary>
    [Fact]
    public async Task A_300_applicant_drive_runs_itself_and_leaves_the_recruiter_only_the_exceptions()
    {
        var post = await Given.PostAsync(app);
        await RulesAsync(post, r => (r.InviteOnApply, r.RejectKnockedOut, r.RejectAfterHours, r.RejectReason, r.MoveWhenTested, r.ShortlistWhenPassed,
            r.ShortlistMinComposite) = (true, true, 24, "the post needs weekend shifts", true, true, 60));
        var drive = await DriveAsync(post, 300);
        bool Knocked(int i) => i % 25 == 0;
        bool Unfinished(int i) => !Knocked(i) && i % 10 == 3;
        bool FailsOne(int i) => !Knocked(i) && !Unfinished(i) && i % 7 == 0;
        double Composite(int i) => 40 + i % 50;
        bool Shortlisted(int i) => !Knocked(i) && !Unfinished(i) && !FailsOne(i) && Composite(i) >= 60;
        var indices = Enumerable.Range(0, drive.Count).ToList();

        await RunUntilQuietAsync();
        Assert.Equal(indices.Count(i => !Knocked(i)), await CountAsync(post, Stage.Testing));
        app.Clock.Advance(TimeSpan.FromHours(24));
        await RunUntilQuietAsync();
        Assert.Equal(indices.Count(Knocked), await CountAsync(post, Stage.Rejected));

        // The candidates take their tests: most finish, some fail a pass mark, some score under the composite, some do not finish yet.
        var battery = await app.WithDbAsync(db => db.BatteryTests.AsNoTracking().Where(t => t.PostId == post.Id).OrderBy(t => t.Id).ToListAsync());
        await app.WithDbAsync(async db =>
        {
            foreach (var i in indices.Where(i => !Knocked(i)))
            {
                foreach (var (t, n) in battery.Select((t, n) => (t, n)).Skip(Unfinished(i) ? 1 : 0))
                    db.Attempts.Add(new Attempt
                    {
                        ApplicationId = drive[i], BatteryTestId = t.Id, Kind = t.Kind, Form = "{}", StartedAt = Now.AddHours(-1), DeadlineAt = Now,
                        LastContactAt = Now, SubmittedAt = Now, Percent = Composite(i), Passed = !(FailsOne(i) && n == 0), PassMark = t.PassMark, Weight = t.Weight,
                    });
                await db.Applications.Where(a => a.Id == drive[i]).ExecuteUpdateAsync(x => x.SetProperty(a => a.CompositeScore, Composite(i)));
            }
            return await db.SaveChangesAsync();
        });
        await RunUntilQuietAsync();

        var exceptions = indices.Where(i => !Knocked(i) && !Unfinished(i) && !Shortlisted(i)).Select(i => drive[i]).ToHashSet();
        Assert.Equal(indices.Count(Shortlisted), await CountAsync(post, Stage.Shortlisted));
        Assert.Equal(indices.Count(Unfinished), await CountAsync(post, Stage.Testing));
        Assert.Equal(exceptions.Count, await CountAsync(post, Stage.Tested));
        Assert.Equal(125, exceptions.Count);
        Assert.Equal(0, await app.WithDbAsync(db => db.StageChanges.CountAsync(h => drive.Contains(h.ApplicationId) && h.ByUserId != null)));
        foreach (var (key, expected) in new[] { (MailTemplateKeys.TestInvitation, indices.Count(i => !Knocked(i))),
                     (MailTemplateKeys.Rejection, indices.Count(Knocked)), (MailTemplateKeys.Shortlisted, indices.Count(Shortlisted)) })
            Assert.Equal(expected, await app.WithDbAsync(db => db.OutboxMails.CountAsync(m => m.TemplateKey == key && drive.Contains(m.ApplicationId!.Value))));
        Assert.Equal(0, await RunAsync());

        // What the recruiter opens: the post's Tested list holds exactly the exceptions.
        var recruiter = await Given.RecruiterAsync(app);
        var listed = new List<Guid>();
        for (var page = 1; page <= 3; page++)
            listed.AddRange(ApplicationSearchTests<TApp>.Ids((await recruiter.GetPageAsync($"/Recruiting/Applications?PostId={post.Id}&Stage=Tested&PageNumber={page}")).Item2));
        Assert.Equal(exceptions.Order(), listed.Order());
    }

    /// <summary>Applies <paramref name="count"/> new candidates to the post now, every 25th with a knock-out answer.</summary>
    private Task<List<Guid>> DriveAsync(Post post, int count) => app.WithDbAsync(async db =>
    {
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var email = $"drive-{Guid.NewGuid():N}@example.com";
            var user = new ApplicationUser
            {
                UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
                EmailConfirmed = true, DisplayName = $"Drive Applicant {i}", CreatedAt = Now,
            };
            var a = new Application
            {
                PostId = post.Id, CandidateId = user.Id, Stage = Stage.Applied, AppliedAt = Now, StageChangedAt = Now, FullName = $"Drive Applicant {i}",
                KnockedOut = i % 25 == 0, Screening = new Screening { ShiftsAvailable = "Early", Weekends = i % 25 != 0 },
            };
            db.Users.Add(user);
            db.Applications.Add(a);
            ids.Add(a.Id);
        }
        await db.SaveChangesAsync();
        return ids;
    });

    private async Task RunUntilQuietAsync()
    {
        for (var round = 0; round < 10; round++)
            if (await RunAsync() == 0) return;
        throw new InvalidOperationException("The rules were still moving applicants after 10 runs.");
    }

    private Task<int> CountAsync(Post post, Stage stage) => app.WithDbAsync(db => db.Applications.CountAsync(a => a.PostId == post.Id && a.Stage == stage));

    private async Task<int> RunAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RuleRunner>().RunOnceAsync();
    }

    private async Task<Hiring.Web.Recruiting.BulkResult> UndoAsync(Post post, long move)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HiringDbContext>();
        var recruiter = await db.Users.SingleAsync(u => u.Email == Given.RecruiterEmail);
        var user = new ClaimsPrincipal(new ClaimsIdentity([new(ClaimTypes.NameIdentifier, recruiter.Id), new(ClaimTypes.Name, recruiter.UserName!)], "test"));
        return await scope.ServiceProvider.GetRequiredService<RuleUndo>().UndoAsync(post.Id, move, user);
    }

    private Task<int> RulesAsync(Post post, Action<PipelineRules> set) => app.WithDbAsync(db =>
    {
        var rules = new PipelineRules { PostId = post.Id };
        set(rules);
        db.PipelineRules.Add(rules);
        return db.SaveChangesAsync();
    });

    /// <summary>An application made now on the test's clock.</summary>
    private async Task<(Guid Id, string Email)> AppliedAsync(Post post, string name, bool knockedOut = false)
    {
        var made = await Given.ApplicationAsync(app, post, Stage.Applied, name: name);
        await app.WithDbAsync(db => db.Applications.Where(a => a.Id == made.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.AppliedAt, Now).SetProperty(a => a.KnockedOut, knockedOut)));
        return made;
    }

    /// <summary>An application in Testing with every battery test scored (or all but one), passed or with the first failed.</summary>
    private async Task<Guid> TestingAsync(Post post, string name, double composite, bool allPassed, bool skipOne = false)
    {
        var (id, _) = await Given.ApplicationAsync(app, post, Stage.Testing, composite, name);
        await app.WithDbAsync(async db =>
        {
            var battery = await db.BatteryTests.Where(t => t.PostId == post.Id).OrderBy(t => t.Id).ToListAsync();
            foreach (var (t, i) in battery.Skip(skipOne ? 1 : 0).Select((t, i) => (t, i)))
                db.Attempts.Add(new Attempt
                {
                    ApplicationId = id, BatteryTestId = t.Id, Kind = t.Kind, Form = "{}", StartedAt = Now.AddHours(-1), DeadlineAt = Now,
                    LastContactAt = Now, SubmittedAt = Now, Percent = composite, Passed = allPassed || i > 0, PassMark = t.PassMark, Weight = t.Weight,
                });
            return await db.SaveChangesAsync();
        });
        return id;
    }

    private Task<Stage> StageAsync(Guid id) => app.WithDbAsync(db => db.Applications.Where(a => a.Id == id).Select(a => a.Stage).SingleAsync());

    private Task<int> MailsAsync(Guid id, string key) => app.WithDbAsync(db => db.OutboxMails.CountAsync(m => m.ApplicationId == id && m.TemplateKey == key));

    /// <summary>The post's rows a move would add or change (the app's other jobs keep working on other posts meanwhile).</summary>
    private Task<(int, int, int, int, int)> CountsAsync(Post post) => app.WithDbAsync(async db =>
    {
        var ids = await db.Applications.Where(a => a.PostId == post.Id).Select(a => a.Id).ToListAsync();
        var records = ids.Select(id => id.ToString()).ToList();
        return (await db.Applications.CountAsync(a => a.PostId == post.Id && a.Stage == Stage.Applied), await db.StageChanges.CountAsync(h => ids.Contains(h.ApplicationId)),
            await db.OutboxMails.CountAsync(m => m.ApplicationId != null && ids.Contains(m.ApplicationId.Value)),
            await db.AuditEntries.CountAsync(e => records.Contains(e.RecordId)), await db.PipelineRuleActions.CountAsync(x => x.PostId == post.Id));
    });
}

public class PipelineRulesTests_Sqlite(RulesSqliteApp app) : PipelineRulesTests<RulesSqliteApp>(app);
public class PipelineRulesTests_Postgres(RulesPostgresApp app) : PipelineRulesTests<RulesPostgresApp>(app);
