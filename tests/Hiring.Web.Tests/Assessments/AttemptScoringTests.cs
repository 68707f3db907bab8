using System.Net;
using System.Text.Json;
using Hiring.Core.Assessments;
using Hiring.Core.Recruiting;
using Hiring.Web.Assessments;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Tests.Assessments;

public abstract class AttemptScoringTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AttemptApp
{
    [Fact]
    public async Task Finishing_the_last_test_moves_the_application_to_Tested_with_its_composite()
    {
        var taker = await TestTaker.NewAsync(app, 1.0, false, (TestKind.Sjt, 10, 60, 0.6), (TestKind.Literacy, 10, 50, 0.4));

        // SJT: F1 best/worst = 6/6; F2 B/C = ((3-1) + (4-2)) / 6 = 4/6; F3 unanswered = 0 → 1.6667 of 3 = 55.6 % (below 60: fail)
        var sjt = await taker.StartAsync(TestKind.Sjt);
        await taker.SaveAsync(sjt, "SJT-F1", 1, new { most = "A", least = "D" });
        await taker.SaveAsync(sjt, "SJT-F2", 2, new { most = "B", least = "C" });
        Assert.Equal(HttpStatusCode.Redirect, (await taker.SubmitFormAsync(sjt)).StatusCode);
        var afterSjt = await taker.ApplicationAsync();
        Assert.Equal((Stage.Testing, 55.6), (afterSjt.Stage, afterSjt.CompositeScore)); // one test scored: the composite is its percent

        // Literacy, through the plain form (no script): LIT-F1 right, LIT-F2 wrong, task: surname right (casefold), phone wrong
        // → 1 + 0 + 1 of 1 + 1 + 2 = 2 of 4 = 50 % (pass mark 50: pass)
        var lit = await taker.StartAsync(TestKind.Literacy);
        var submitted = await taker.SubmitFormAsync(lit, new Dictionary<string, string>
        {
            ["a.LIT-F1.choice"] = "B", ["a.LIT-F2.choice"] = "C", ["a.LIT-TF1.f.surname"] = " NOWAK ", ["a.LIT-TF1.f.phone"] = "0113 496 0001",
        });
        Assert.Equal($"/Candidate/Tests/Result/{lit}", submitted.Headers.Location!.OriginalString);

        var s = await taker.AttemptAsync(sjt);
        var l = await taker.AttemptAsync(lit);
        Assert.Equal((1.667, 3.0, 55.6, false), (s.Raw, s.MaxRaw, s.Percent, s.Passed));
        Assert.Equal((2.0, 4.0, 50.0, true), (l.Raw, l.MaxRaw, l.Percent, l.Passed));

        // Composite: (0.6 × 55.6 + 0.4 × 50) / 1.0 = 33.36 + 20 = 53.36 → 53.4
        var app2 = await taker.ApplicationAsync();
        Assert.Equal((Stage.Tested, 53.4), (app2.Stage, app2.CompositeScore));
        var change = Assert.Single(app2.History, h => h.To == Stage.Tested);
        Assert.Equal((Stage.Testing, taker.UserId, "All tests completed"), (change.From, change.ByUserId, change.Reason));
    }

    [Fact]
    public async Task Sjt_competencies_average_the_items_that_measure_them()
    {
        var taker = await TestTaker.NewAsync(app, 1.0, false, (TestKind.Sjt, 10, 60, 1));
        var id = await taker.StartAsync(TestKind.Sjt);
        await taker.SaveAsync(id, "SJT-F1", 1, new { most = "A", least = "D" }); // ANG, EMP: 1
        await taker.SaveAsync(id, "SJT-F2", 2, new { most = "B", least = "C" }); // ANG: 4/6
        await taker.SubmitFormAsync(id);                                          // SJT-F3 (EMP) unanswered: 0
        var detail = JsonSerializer.Deserialize<AttemptDetail>((await taker.AttemptAsync(id)).Detail!, AttemptFinaliser.Json)!;
        // ANG: (1 + 0.6667) / 2 = 83.3 %; EMP: (1 + 0) / 2 = 50 %
        Assert.Equal((83.3, 50.0), (detail.Competencies["ANG"].Percent, detail.Competencies["EMP"].Percent));

        var (_, result) = await taker.Client.GetPageAsync($"/Candidate/Tests/Result/{id}");
        Assert.Contains("did not reach", result.QuerySelector("#result-outcome")!.TextContent);
        Assert.Contains("55.6%", result.QuerySelector("#result-percent")!.TextContent);
    }

    [Fact]
    public async Task Reading_speed_is_timed_on_the_server_between_opening_a_passage_and_its_questions()
    {
        var taker = await TestTaker.NewAsync(app, 1.0, false, (TestKind.Reading, 10, 60, 1));
        var id = await taker.StartAsync(TestKind.Reading);
        await taker.SaveAsync(id, "RD-F1", 1, new { @event = "open" });
        app.Clock.Advance(TimeSpan.FromSeconds(15));
        await taker.SaveAsync(id, "RD-F1", 2, new { @event = "read" });
        await taker.SaveAsync(id, "RD-F1-Q1", 3, new { choice = "B" });
        await taker.SaveAsync(id, "RD-F1-Q2", 4, new { choice = "A" });
        await taker.SubmitFormAsync(id);

        var attempt = await taker.AttemptAsync(id);
        Assert.Equal(50.0, attempt.Percent); // Q1 and Q2 right, Q3 and Q4 unanswered: 2 of 4
        var speed = Assert.Single(JsonSerializer.Deserialize<AttemptDetail>(attempt.Detail!, AttemptFinaliser.Json)!.Reading!);
        // the fixture passage has 26 words; 15 s = 0.25 min → 26 / 0.25 = 104 WPM
        Assert.Equal((26, 15.0, 104.0), (speed.Words, speed.Seconds, speed.Wpm));
    }

    [Fact]
    public async Task A_chinese_passage_is_read_in_characters_per_minute()
    {
        var taker = await TestTaker.NewAsync(app, 1.0, false, (TestKind.Reading, 10, 60, 1));
        await taker.PostInAsync("zh-Hans");
        var id = await taker.StartAsync(TestKind.Reading);
        await taker.SaveAsync(id, "RD-ZH-F1", 1, new { @event = "open" });
        app.Clock.Advance(TimeSpan.FromSeconds(12));
        await taker.SaveAsync(id, "RD-ZH-F1", 2, new { @event = "read" });
        await taker.SubmitFormAsync(id);

        var speed = Assert.Single(JsonSerializer.Deserialize<AttemptDetail>((await taker.AttemptAsync(id)).Detail!, AttemptFinaliser.Json)!.Reading!);
        // 18 字 in 12 s = 0.2 min → 90 字/分钟
        Assert.Equal(("RD-ZH-F1", 18, 12.0, 90.0, true), (speed.PassageId, speed.Words, speed.Seconds, speed.Wpm, speed.InCharacters));
        var (_, result) = await taker.Client.GetPageAsync($"/Candidate/Tests/Result/{id}");
        Assert.Equal("about 90 Chinese characters per minute", result.QuerySelector("#result-reading-speed")!.TextContent.Trim());
        var (_, home) = await taker.Client.GetPageAsync("/");
        await taker.Client.SubmitAsync(home, new Dictionary<string, string> { ["culture"] = "zh-Hans" }, "form.language-switch");
        (_, result) = await taker.Client.GetPageAsync($"/Candidate/Tests/Result/{id}");
        Assert.Equal("约 90 字/分钟", result.QuerySelector("#result-reading-speed")!.TextContent.Trim());
    }
}

public class AttemptScoringTests_Sqlite(SqliteAttemptApp app) : AttemptScoringTests<SqliteAttemptApp>(app);
public class AttemptScoringTests_Postgres(PostgresAttemptApp app) : AttemptScoringTests<PostgresAttemptApp>(app);
