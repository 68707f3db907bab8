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
}

public class BatteryEditTests_Sqlite(SqliteAttemptApp app) : BatteryEditTests<SqliteAttemptApp>(app);
public class BatteryEditTests_Postgres(PostgresAttemptApp app) : BatteryEditTests<PostgresAttemptApp>(app);
