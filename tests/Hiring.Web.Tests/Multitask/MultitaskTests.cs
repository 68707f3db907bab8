using System.Net;
using System.Text.Json;
using Hiring.Web.Assessments;
using Hiring.Web.Domain;
using Hiring.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Tests.Multitask;

/// <summary>The simulation through the web: events saved one by one, scored from the log on submission,
/// resumed after a reload, and no key in what the candidate receives.</summary>
public abstract class MultitaskTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : MultitaskApp
{
    private static MultitaskDetail DetailOf(Attempt a) =>
        JsonSerializer.Deserialize<AttemptDetail>(a.Detail!, AttemptFinaliser.Json)!.Multitask!;

    [Fact]
    public async Task A_perfect_shift_scores_full_marks()
    {
        var shift = await Shift.StartAsync(app);
        await shift.PlayAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await shift.SubmitAsync()).StatusCode);

        var attempt = await shift.Taker.AttemptAsync(shift.Attempt);
        Assert.Equal(100, attempt.Percent);
        Assert.True(attempt.Passed);
        var detail = DetailOf(attempt);
        Assert.Equal("SIM-001", detail.ScenarioId);
        Assert.All(detail.Tasks, t => Assert.Equal(1, t.Credit));
        Assert.Equal(11, detail.Events);
        Assert.Equal(100, (await shift.Taker.ApplicationAsync()).CompositeScore);

        var recruiter = new PageClient(app);
        await recruiter.LogInAsync("recruiter@demo.hiring.local", "demo-password-2026");
        var (_, staff) = await recruiter.GetPageAsync($"/Recruiting/Attempts?application={shift.Taker.ApplicationId}");
        Assert.Contains("Escalated M3 and nothing else.", staff.QuerySelector("[data-testid='sim-task-T5']")!.TextContent);
        Assert.DoesNotContain("SIM-001", staff.QuerySelector("#sim-notes")!.TextContent);
        // A Chinese recruiter reads the same notes in Chinese (the scenario's own words stay as written).
        await recruiter.SubmitAsync(staff, new Dictionary<string, string> { ["culture"] = "zh-Hans" }, "form.language-switch");
        var (_, zh) = await recruiter.GetPageAsync($"/Recruiting/Attempts?application={shift.Taker.ApplicationId}");
        Assert.Contains("只升级了 M3，没有升级其他咨询。", zh.QuerySelector("[data-testid='sim-task-T5']")!.TextContent);
        Assert.StartsWith("客户记录字段正确：", zh.QuerySelector("#sim-notes p")!.TextContent.Trim());
        var (_, result) = await shift.Taker.Client.GetPageAsync($"/Candidate/Tests/Result/{shift.Attempt}");
        Assert.StartsWith("You fully handled 6 of the 6 things", result.QuerySelector("#result-sim-tasks")!.TextContent);
        Assert.DoesNotContain("Escalated M3", result.DocumentElement.OuterHtml);
    }

    [Fact]
    public async Task A_shift_that_misses_a_chat_loses_that_reply_task()
    {
        var shift = await Shift.StartAsync(app);
        await shift.PlayAsync(skip: "M1");
        await shift.SubmitAsync();

        var attempt = await shift.Taker.AttemptAsync(shift.Attempt);
        Assert.Equal(83.3, attempt.Percent); // 5 of 6 tasks
        var t1 = DetailOf(attempt).Tasks.Single(t => t.TaskId == "T1");
        Assert.Equal(0, t1.Credit);
        Assert.Equal("No reply to M1.", t1.Note);
    }

    [Fact]
    public async Task A_wrong_address_costs_a_quarter_of_the_record_task()
    {
        var shift = await Shift.StartAsync(app);
        await shift.PlayAsync(street: "27 Lyndon Court");
        await shift.SubmitAsync();

        var attempt = await shift.Taker.AttemptAsync(shift.Attempt);
        Assert.Equal(95.8, attempt.Percent); // (5 + 3/4) of 6 tasks
        var t2 = DetailOf(attempt).Tasks.Single(t => t.TaskId == "T2");
        Assert.Equal("3 of 4 fields right; wrong or missing: street.", t2.Note);
    }

    [Fact]
    public async Task An_event_counts_at_the_server_time_whatever_the_page_clock_says()
    {
        var shift = await Shift.StartAsync(app);
        await shift.SendAsync(50, "search", null, "refund");
        await shift.SendAsync(100, "reply", "M1", "Early bird", atMs: 0);          // before the previous event: moved up to it
        await shift.SendAsync(120, "field", "town", "Harwick", atMs: 9_000_000);  // in the future: moved back to now
        var stamps = (await shift.Taker.AttemptAsync(shift.Attempt)).Answers.OrderBy(a => a.Seq)
            .Select(a => AnswerValue.Parse(a.Value).Sim!.AtMs).ToList();
        Assert.Equal([50_000L, 50_000L, 120_000L], stamps);
    }

    [Fact]
    public async Task A_resent_event_is_kept_once()
    {
        var shift = await Shift.StartAsync(app);
        var (first, _, _) = await shift.Taker.SaveAsync(shift.Attempt, "SIM-001#x", 7, new { sim = new { type = "escalate", @ref = "M4" } });
        var (again, body, _) = await shift.Taker.SaveAsync(shift.Attempt, "SIM-001#x", 7, new { sim = new { type = "escalate", @ref = "M4" } });
        Assert.Equal(HttpStatusCode.OK, first);
        Assert.Equal("stale", body.GetProperty("status").GetString());
        Assert.Single((await shift.Taker.AttemptAsync(shift.Attempt)).Answers);
    }

    [Theory]
    [InlineData("reply", "M9", "hi")]
    [InlineData("field", "password", "x")]
    [InlineData("answer", "T1", "50")]
    [InlineData("dance", null, null)]
    public async Task An_event_about_something_the_scenario_lacks_is_refused(string type, string? @ref, string? text)
    {
        var shift = await Shift.StartAsync(app);
        var (status, _, _) = await shift.Taker.SaveAsync(shift.Attempt, "SIM-001#1", 1, new { sim = new { type, @ref, text } });
        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    [Fact]
    public async Task A_reload_resumes_the_schedule_and_keeps_what_was_done()
    {
        var shift = await Shift.StartAsync(app);
        await shift.SendAsync(35, "reply", "M1", "Yes, until 2 days before dispatch.");
        await shift.SendAsync(45, "field", "town", "Harwick");
        await shift.SendAsync(130, "escalate", "M2");

        var (_, page) = await shift.Taker.Client.GetPageAsync($"/Candidate/Tests/Take/{shift.Attempt}");
        Assert.Equal("130000", page.QuerySelector("#sim")!.GetAttribute("data-elapsed-ms"));
        Assert.NotNull(page.QuerySelector("#sim-msg-M2"));   // arrived at 120 s
        Assert.Null(page.QuerySelector("#sim-msg-M3"));      // due at 165 s
        Assert.Equal(15, page.QuerySelectorAll("#sim-call-lines li").Length); // lines up to 104 s
        Assert.Equal("You: Yes, until 2 days before dispatch.", page.QuerySelector("#sim-replies-M1 li")!.TextContent);
        Assert.Equal("Harwick", page.QuerySelector("#sim-field-town")!.GetAttribute("value"));
        Assert.True(page.QuerySelector("#sim-escalate-M2")!.HasAttribute("disabled"));
        Assert.Equal(3, (await shift.Taker.AttemptAsync(shift.Attempt)).Answers.Count);
        // Progress counts what the candidate can act on so far (M1 answered, M2 escalated, the question not yet), not the
        // one item the simulation is stored as ("1 of 1" after the first chat).
        Assert.Equal("2 of 2 chats answered · 0 of 1 questions answered", page.QuerySelector("#progress-text")!.TextContent);
        Assert.Equal(("3", "2"), (page.QuerySelector("#progress")!.GetAttribute("max"), page.QuerySelector("#progress")!.GetAttribute("value")));
        // Line numbers are text, so line 15's "15" cannot be clipped by the list's edge.
        Assert.Equal("15", page.QuerySelector("#sim-line-14 .sim-line-no")!.TextContent);
    }

    [Fact]
    public async Task No_key_reaches_the_page_or_the_save_response()
    {
        var shift = await Shift.StartAsync(app);
        var (_, _, raw) = await shift.Taker.SaveAsync(shift.Attempt, "SIM-001#1", 1, new { sim = new { type = "answer", @ref = "T3", text = "20" } });
        var (_, page) = await shift.Taker.Client.GetPageAsync($"/Candidate/Tests/Take/{shift.Attempt}");
        var html = page.DocumentElement.OuterHtml;
        foreach (var secret in new[] { "Answer Priya about changing her sofa", "Escalate the damaged door", "Find the late-delivery refund rule", "urgent", "expected", "casefold" })
        {
            Assert.DoesNotContain(secret, html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(secret, raw, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Equal("The call is shown as a written transcript (no audio on this server).", page.QuerySelector("#sim-audio-note")!.TextContent);
        Assert.Null(page.QuerySelector("#sim-listen"));           // no espeak-ng: the call is read, not heard
        Assert.Null(page.QuerySelector("li.sim-line[data-audio]"));
    }
}

public class MultitaskTests_Sqlite(SqliteMultitaskApp app) : MultitaskTests<SqliteMultitaskApp>(app);
public class MultitaskTests_Postgres(PostgresMultitaskApp app) : MultitaskTests<PostgresMultitaskApp>(app);
