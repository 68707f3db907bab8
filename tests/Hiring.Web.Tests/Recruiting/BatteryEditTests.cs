using System.Net;
using Hiring.Core.Assessments;
using Hiring.Web.Tests.Assessments;
using Hiring.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Tests.Recruiting;

/// <summary>A post's battery edited after candidates have started its tests (issue 21 item 1).</summary>
public abstract class BatteryEditTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AttemptApp
{
    [Fact]
    public async Task Post_with_attempts_saves_unchanged_and_a_new_time_limit_reaches_only_new_attempts()
    {
        var taker = await TestTaker.NewAsync(app, 1.0, false, (TestKind.Sjt, 10, 60, 0.6), (TestKind.Literacy, 10, 50, 0.4));
        var started = await taker.StartAsync(TestKind.Sjt);
        var before = await app.WithDbAsync(db => db.Attempts.AsNoTracking().SingleAsync(a => a.Id == started));
        var postId = await app.WithDbAsync(db => db.BatteryTests.Where(t => t.Id == taker.Tests[TestKind.Sjt]).Select(t => t.PostId).SingleAsync());
        var recruiter = await Given.RecruiterAsync(app);

        // The fixture's post has only a title: fill in what the editor requires once, then save it unchanged.
        var (_, editor) = await recruiter.GetPageAsync($"/Recruiting/Posts/Edit?id={postId}");
        var fields = new Dictionary<string, string> { ["Input.Site"] = "Leeds", ["Input.Shifts"] = "Days", ["Input.Description"] = "Answer calls.", ["Input.Languages"] = "English" };
        var filled = await recruiter.SubmitAsync(editor, fields);
        Assert.True(filled.StatusCode == HttpStatusCode.Redirect, (await PageClient.ParseAsync(filled)).QuerySelector(".errors")?.TextContent);
        (_, editor) = await recruiter.GetPageAsync($"/Recruiting/Posts/Edit?id={postId}");
        Assert.Equal(HttpStatusCode.Redirect, (await recruiter.SubmitAsync(editor, new Dictionary<string, string>())).StatusCode);

        (_, editor) = await recruiter.GetPageAsync($"/Recruiting/Posts/Edit?id={postId}");
        var row = editor.QuerySelectorAll("input[name$='.Kind']").Select(i => i.GetAttribute("name")!).Single(n =>
            editor.QuerySelector($"input[name='{n}']")!.GetAttribute("value") == nameof(TestKind.Literacy))[..^".Kind".Length];
        var saved = await recruiter.SubmitAsync(editor, new Dictionary<string, string> { [$"{row}.TimeLimitMinutes"] = "15" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var literacy = await app.WithDbAsync(db => db.BatteryTests.AsNoTracking().SingleAsync(t => t.PostId == postId && t.Kind == TestKind.Literacy));
        Assert.Equal(15, literacy.TimeLimitMinutes);
        var after = await app.WithDbAsync(db => db.Attempts.AsNoTracking().SingleAsync(a => a.Id == started));
        Assert.Equal((before.BatteryTestId, before.TimeLimitMinutes, before.DeadlineAt, before.Form), (after.BatteryTestId, after.TimeLimitMinutes, after.DeadlineAt, after.Form));
        var next = await taker.StartAsync(TestKind.Literacy);
        Assert.Equal(15, await app.WithDbAsync(db => db.Attempts.Where(a => a.Id == next).Select(a => a.TimeLimitMinutes).SingleAsync()));
    }
    [Fact]
    public async Task A_test_with_attempts_can_be_unticked_and_ticked_again_and_its_attempt_stays()
    {
        var taker = await TestTaker.NewAsync(app, 1.0, false, (TestKind.Sjt, 10, 60, 0.6), (TestKind.Literacy, 10, 50, 0.4));
        var sjt = await taker.StartAsync(TestKind.Sjt);
        await taker.SaveAsync(sjt, "SJT-F1", 1, new { most = "A", least = "D" });
        Assert.Equal(HttpStatusCode.Redirect, (await taker.SubmitFormAsync(sjt)).StatusCode);
        var recruiter = await EditorAsync(taker);

        Assert.Equal(HttpStatusCode.Redirect, (await SaveBatteryAsync(recruiter, taker, new()
        {
            [(TestKind.Sjt, "Included")] = "false", [(TestKind.Literacy, "WeightPercent")] = "100",
        })).StatusCode);
        var (_, tests) = await taker.Client.GetPageAsync("/Candidate/Tests");
        Assert.Null(tests.QuerySelector($"tr[data-testid='test-{taker.Tests[TestKind.Sjt]}']"));
        Assert.NotNull(tests.QuerySelector($"tr[data-testid='test-{taker.Tests[TestKind.Literacy]}']"));
        var kept = await taker.AttemptAsync(sjt);
        Assert.Equal((taker.Tests[TestKind.Sjt], 33.3), (kept.BatteryTestId, kept.Percent));
        var (_, staff) = await recruiter.GetPageAsync($"/Recruiting/Attempts?application={taker.ApplicationId}");
        Assert.Contains("(33.3%)", staff.QuerySelector("tr[data-testid='test-Sjt']")?.TextContent);

        Assert.Equal(HttpStatusCode.Redirect, (await SaveBatteryAsync(recruiter, taker, new()
        {
            [(TestKind.Sjt, "Included")] = "true", [(TestKind.Sjt, "WeightPercent")] = "60", [(TestKind.Literacy, "WeightPercent")] = "40",
        })).StatusCode);
        (_, tests) = await taker.Client.GetPageAsync("/Candidate/Tests");
        Assert.NotNull(tests.QuerySelector($"tr[data-testid='test-{taker.Tests[TestKind.Sjt]}']"));
    }

    [Fact]
    public async Task A_started_attempt_keeps_its_pass_mark_and_weight_and_a_new_attempt_gets_the_new_ones()
    {
        var taker = await TestTaker.NewAsync(app, 1.0, false, (TestKind.Sjt, 10, 60, 0.6), (TestKind.Literacy, 10, 50, 0.4));
        var sjt = await taker.StartAsync(TestKind.Sjt);
        var recruiter = await EditorAsync(taker);
        Assert.Equal(HttpStatusCode.Redirect, (await SaveBatteryAsync(recruiter, taker, new()
        {
            [(TestKind.Sjt, "PassMark")] = "50", [(TestKind.Sjt, "WeightPercent")] = "20",
            [(TestKind.Literacy, "PassMark")] = "60", [(TestKind.Literacy, "WeightPercent")] = "80",
        })).StatusCode);

        // SJT as in AttemptScoringTests: 55.6 %, below the pass mark of 60 it started with (above the new 50).
        await taker.SaveAsync(sjt, "SJT-F1", 1, new { most = "A", least = "D" });
        await taker.SaveAsync(sjt, "SJT-F2", 2, new { most = "B", least = "C" });
        Assert.Equal(HttpStatusCode.Redirect, (await taker.SubmitFormAsync(sjt)).StatusCode);
        // Literacy, started after the edit: 50 %, below its new pass mark of 60.
        var lit = await taker.StartAsync(TestKind.Literacy);
        await taker.SubmitFormAsync(lit, new Dictionary<string, string>
        {
            ["a.LIT-F1.choice"] = "B", ["a.LIT-F2.choice"] = "C", ["a.LIT-TF1.f.surname"] = " NOWAK ", ["a.LIT-TF1.f.phone"] = "0113 496 0001",
        });

        var (s, l) = (await taker.AttemptAsync(sjt), await taker.AttemptAsync(lit));
        Assert.Equal((55.6, false), (s.Percent, s.Passed));
        Assert.Equal((50.0, false), (l.Percent, l.Passed));
        // Each attempt weighs what it started with: (0.6 × 55.6 + 0.8 × 50) / 1.4 = 73.36 / 1.4 = 52.4 (the new weights would give 51.1).
        Assert.Equal(52.4, (await taker.ApplicationAsync()).CompositeScore);
        var (_, staff) = await recruiter.GetPageAsync($"/Recruiting/Attempts?application={taker.ApplicationId}");
        string Row(TestKind kind) => staff.QuerySelector($"tr[data-testid='test-{kind}']")!.TextContent;
        Assert.True(Row(TestKind.Sjt).Contains("weight 0.6") && Row(TestKind.Sjt).Contains("60%"), Row(TestKind.Sjt));
        Assert.True(Row(TestKind.Literacy).Contains("weight 0.8") && Row(TestKind.Literacy).Contains("60%"), Row(TestKind.Literacy));
    }

    /// <summary>A recruiter on the taker's post, with the fields the editor requires filled in once (the fixture's post has only a title).</summary>
    private async Task<PageClient> EditorAsync(TestTaker taker)
    {
        var recruiter = await Given.RecruiterAsync(app);
        var (_, editor) = await recruiter.GetPageAsync($"/Recruiting/Posts/Edit?id={await PostIdAsync(taker)}");
        var filled = await recruiter.SubmitAsync(editor, new Dictionary<string, string>
            { ["Input.Site"] = "Leeds", ["Input.Shifts"] = "Days", ["Input.Description"] = "Answer calls.", ["Input.Languages"] = "English" });
        Assert.True(filled.StatusCode == HttpStatusCode.Redirect, (await PageClient.ParseAsync(filled)).QuerySelector(".errors")?.TextContent);
        return recruiter;
    }

    /// <summary>Saves the editor with the given battery fields (by test kind and field name) changed.</summary>
    private async Task<HttpResponseMessage> SaveBatteryAsync(PageClient recruiter, TestTaker taker, Dictionary<(TestKind Kind, string Field), string> changes)
    {
        var (_, editor) = await recruiter.GetPageAsync($"/Recruiting/Posts/Edit?id={await PostIdAsync(taker)}");
        string Row(TestKind kind) => editor.QuerySelectorAll("input[name$='.Kind']")
            .Single(i => i.GetAttribute("value") == kind.ToString()).GetAttribute("name")![..^".Kind".Length];
        return await recruiter.SubmitAsync(editor, changes.ToDictionary(c => $"{Row(c.Key.Kind)}.{c.Key.Field}", c => c.Value));
    }

    private Task<int> PostIdAsync(TestTaker taker) =>
        app.WithDbAsync(db => db.Applications.Where(a => a.Id == taker.ApplicationId).Select(a => a.PostId).SingleAsync());
}

public class BatteryEditTests_Sqlite(SqliteAttemptApp app) : BatteryEditTests<SqliteAttemptApp>(app);
public class BatteryEditTests_Postgres(PostgresAttemptApp app) : BatteryEditTests<PostgresAttemptApp>(app);
