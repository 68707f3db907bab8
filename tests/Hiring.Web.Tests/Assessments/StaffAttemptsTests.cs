using System.Net;
using Hiring.Core.Assessments;
using Hiring.Web.Assessments;
using Hiring.Web.Auditing;
using Hiring.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Tests.Assessments;

public abstract class StaffAttemptsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AttemptApp
{
    private async Task<PageClient> RecruiterAsync()
    {
        var client = new PageClient(app);
        await client.LogInAsync("recruiter@demo.hiring.local", "demo-password-2026");
        return client;
    }

    [Fact]
    public async Task Typing_is_recomputed_on_the_server_and_client_figures_are_ignored()
    {
        const string passage = "Customer called about order 55-1234 and asked for a refund.";
        var taker = await TestTaker.NewAsync(app, 1.0, false, (TestKind.Typing, 2, 10, 1));
        var id = await taker.StartAsync(TestKind.Typing);
        // Irregular gaps (110–190 ms) and holds, as a person types.
        var keys = passage.Select((c, i) => new { t = 200L + i * 150 + (i * 37 % 80), k = c.ToString(), h = 60 + (i * 13 % 50), tr = true }).ToList();
        await taker.SaveAsync(id, "TYP-F1", 1, new { text = passage, keys, pastes = 1, synthetic = 0, netWpm = 120, accuracy = 1 });
        app.Clock.Advance(TimeSpan.FromSeconds(60));
        await taker.SubmitFormAsync(id);

        var attempt = await taker.AttemptAsync(id);
        // 59 characters in 60 s: gross = (59 / 5) / 1 min = 11.8 WPM, no errors → net 11.8; percent = 100 × 11.8 / 60 = 19.7
        Assert.Equal((11.8, 19.7, true), (attempt.Raw, attempt.Percent, attempt.Passed));

        var (_, page) = await (await RecruiterAsync()).GetPageAsync($"/Recruiting/Attempts?application={taker.ApplicationId}");
        var row = page.QuerySelector("[data-testid='test-Typing']")!.TextContent;
        Assert.Contains("11.8 net WPM", row);
        Assert.Contains("1 paste attempt(s) were blocked.", row);
        Assert.Contains("published typing norm", row);
        var replayKeys = page.QuerySelector("#replay")!.GetAttribute("data-keys")!;
        Assert.Equal(59, System.Text.Json.JsonDocument.Parse(replayKeys).RootElement.GetArrayLength());
    }

    [Fact]
    public async Task Stopping_before_the_end_of_the_passage_is_timed_over_the_whole_test()
    {
        var taker = await TestTaker.NewAsync(app, 1.0, false, (TestKind.Typing, 2, 10, 1));
        var id = await taker.StartAsync(TestKind.Typing);
        const string part = "Customer called about order"; // 27 characters of the passage, typed correctly
        var keys = part.Select((c, i) => new { t = 300L + i * 170 + (i * 41 % 90), k = c.ToString(), h = 70, tr = true }).ToList();
        await taker.SaveAsync(id, "TYP-F1", 1, new { text = part, keys });
        app.Clock.Advance(TimeSpan.FromSeconds(10));
        await taker.SubmitFormAsync(id);
        // Timed over the full 2 minutes, not the 10 s used: (27 / 5) / 2 = 2.7 net WPM
        Assert.Equal(2.7, (await taker.AttemptAsync(id)).Raw);
    }

    [Fact]
    public async Task A_passage_read_faster_than_the_ceiling_is_flagged_to_staff_and_gives_no_reading_speed()
    {
        var taker = await TestTaker.NewAsync(app, 1.0, false, (TestKind.Reading, 10, 60, 1));
        var id = await taker.StartAsync(TestKind.Reading);
        await taker.SaveAsync(id, "RD-F1", 1, new { @event = "open" });
        app.Clock.Advance(TimeSpan.FromSeconds(2)); // 26 words in 2 s = 780 WPM: above the 600 WPM ceiling, skimmed or skipped
        await taker.SaveAsync(id, "RD-F1", 2, new { @event = "read" });
        await taker.SaveAsync(id, "RD-F1-Q1", 3, new { choice = "B" });
        await taker.SubmitFormAsync(id);

        var detail = System.Text.Json.JsonSerializer.Deserialize<AttemptDetail>((await taker.AttemptAsync(id)).Detail!, AttemptFinaliser.Json)!;
        var speed = Assert.Single(detail.Reading!);
        Assert.Equal((2.0, (double?)null), (speed.Seconds, speed.Wpm)); // no speed: a skipped passage must not look like a fast reader

        var (_, page) = await (await RecruiterAsync()).GetPageAsync($"/Recruiting/Attempts?application={taker.ApplicationId}");
        var row = page.QuerySelector("[data-testid='test-Reading']")!.TextContent;
        Assert.Contains("Read 1 of 1 passages faster than 600 WPM (skimmed or skipped)", row);
        Assert.Contains("26 words in 2 s: too fast to have been read", page.QuerySelector(".reading-speed")!.TextContent);
        var (_, result) = await taker.Client.GetPageAsync($"/Candidate/Tests/Result/{id}");
        Assert.DoesNotContain("words per minute", result.Body!.TextContent);
    }

    [Fact]
    public async Task Staff_see_scores_competencies_flags_and_percentiles()
    {
        var taker = await TestTaker.NewAsync(app, 1.0, false, (TestKind.Sjt, 10, 60, 1));
        var id = await taker.StartAsync(TestKind.Sjt);
        await taker.SaveAsync(id, "SJT-F1", 1, new { most = "A", least = "D" });
        await taker.HeartbeatAsync(id, new { blurs = 3, awaySeconds = 75, copies = 1 });
        await taker.SubmitFormAsync(id);

        var (response, page) = await (await RecruiterAsync()).GetPageAsync($"/Recruiting/Attempts?application={taker.ApplicationId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = page.QuerySelector("[data-testid='test-Sjt']")!.TextContent;
        Assert.Contains("1 / 3 (33.3%)", row);
        Assert.Contains("Below the mark", row);
        Assert.Contains("Left the test window 3 times (75 s away in total)", row);
        Assert.Contains("Tried to copy once", row);
        Assert.Matches(@"\d+(st|nd|rd|th) percentile", row); // a percentile against this post type's SJT norm (NormUseTests check which)
        Assert.Matches(@"\d+ attempts? for Inbound customer service posts", row);
        // SJT-F1 measures ANG and EMP and scored 1; F2 (ANG) and F3 (EMP) unanswered → both (1 + 0) / 2 = 50 %
        Assert.Contains("50.0%", page.QuerySelector("[data-testid='competency-ANG']")!.TextContent);
        Assert.Equal("33.3", page.QuerySelector("#composite")!.TextContent.Trim());
        var items = page.QuerySelectorAll(".items-detail tbody tr").Select(r => r.TextContent.Trim()).ToList();
        Assert.Equal(3, items.Count);
        Assert.Contains(items, r => r.StartsWith("SJT-F1") && r.Contains("1 / 1"));
    }

    [Fact]
    public async Task A_recruiter_grants_extra_time_for_tests_not_yet_started()
    {
        var taker = await TestTaker.NewAsync(app, 1.0, false, (TestKind.Sjt, 10, 60, 1), (TestKind.Reading, 20, 60, 1));
        var first = await taker.StartAsync(TestKind.Sjt);
        var recruiter = await RecruiterAsync();
        var (_, page) = await recruiter.GetPageAsync($"/Recruiting/Attempts?application={taker.ApplicationId}");
        var saved = await recruiter.SubmitAsync(page, new Dictionary<string, string> { ["factor"] = "1.25" }, "#accommodation-form");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(1.25, (await taker.ApplicationAsync()).AccommodationFactor);
        var audit = await app.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.Action == AuditActions.Accommodation && e.RecordId == taker.ApplicationId.ToString()));
        Assert.Equal(("recruiter@demo.hiring.local", "Extra time set: time limits × 1.25"), (audit.UserName, audit.Detail));

        var running = await taker.AttemptAsync(first);
        Assert.Equal(running.StartedAt.AddMinutes(10), running.DeadlineAt); // already started: unchanged
        var later = await taker.AttemptAsync(await taker.StartAsync(TestKind.Reading));
        Assert.Equal(later.StartedAt.AddMinutes(25), later.DeadlineAt);    // 20 min × 1.25
    }

    [Fact]
    public async Task An_accommodation_factor_outside_the_list_is_refused()
    {
        var taker = await TestTaker.NewAsync(app, 1.0, false, (TestKind.Sjt, 10, 60, 1));
        var recruiter = await RecruiterAsync();
        var (_, page) = await recruiter.GetPageAsync($"/Recruiting/Attempts?application={taker.ApplicationId}");
        var refused = await recruiter.SubmitAsync(page, new Dictionary<string, string> { ["factor"] = "3" }, "#accommodation-form");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(1.0, (await taker.ApplicationAsync()).AccommodationFactor);
    }
}

public class StaffAttemptsTests_Sqlite(SqliteAttemptApp app) : StaffAttemptsTests<SqliteAttemptApp>(app);
public class StaffAttemptsTests_Postgres(PostgresAttemptApp app) : StaffAttemptsTests<PostgresAttemptApp>(app);
