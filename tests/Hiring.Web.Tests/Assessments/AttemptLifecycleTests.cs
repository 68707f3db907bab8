using System.Globalization;
using System.Net;
using Hiring.Core.Assessments;
using Hiring.Core.Assessments.Forms;
using Hiring.Web.Assessments;
using Hiring.Web.Domain;
using Hiring.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Tests.Assessments;

public abstract class AttemptLifecycleTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AttemptApp
{
    private Task<TestTaker> SjtTakerAsync(double factor = 1.0, bool credit = false) =>
        TestTaker.NewAsync(app, factor, credit, (TestKind.Sjt, 10, 60, 1));

    [Fact]
    public async Task Starting_a_test_fixes_its_form_and_deadline_on_the_server_clock()
    {
        var taker = await SjtTakerAsync();
        var (_, list) = await taker.Client.GetPageAsync("/Candidate/Tests");
        Assert.Contains("Not started", list.QuerySelector($"tr[data-testid='test-{taker.Tests[TestKind.Sjt]}']")!.TextContent);

        var id = await taker.StartAsync(TestKind.Sjt);
        var attempt = await taker.AttemptAsync(id);
        var now = app.Clock.GetUtcNow().UtcDateTime;
        Assert.Equal(now, attempt.StartedAt, TimeSpan.FromSeconds(1));
        Assert.Equal(attempt.StartedAt.AddMinutes(10), attempt.DeadlineAt);
        // The stored seed redraws exactly the stored form.
        var pools = await app.WithDbAsync(db => new BankContent(db).PoolsAsync(TestKind.Sjt));
        var redrawn = FormDrawer.Draw(TestKind.Sjt, PostType.Inbound, unchecked((ulong)attempt.FormSeed), pools);
        Assert.Equal(AttemptForms.Write(redrawn), attempt.Form);
        Assert.Equal(3, redrawn.Items.Count);
    }

    [Fact]
    public async Task The_same_attempt_renders_the_same_way_on_every_load()
    {
        var taker = await SjtTakerAsync();
        var id = await taker.StartAsync(TestKind.Sjt);
        static string Order(AngleSharp.Html.Dom.IHtmlDocument p) => string.Join(",", p.QuerySelectorAll("input[type=radio]").Select(i => i.Id));
        var (_, first) = await taker.Client.GetPageAsync($"/Candidate/Tests/Take/{id}");
        var (_, second) = await taker.Client.GetPageAsync($"/Candidate/Tests/Take/{id}");
        Assert.Equal(Order(first), Order(second));
        Assert.Equal(24, first.QuerySelectorAll("input[type=radio]").Length); // 3 items × 4 responses × most/least
    }

    [Fact]
    public async Task One_attempt_only_per_test()
    {
        var taker = await SjtTakerAsync();
        var first = await taker.StartAsync(TestKind.Sjt);
        var again = await app.WithDbAsync(db => new AttemptStarter(db, new BankContent(db), new MultitaskScenarios(db), app.Clock)
            .StartAsync(taker.ApplicationId, taker.Tests[TestKind.Sjt], taker.UserId));
        Assert.Equal((StartOutcome.AlreadyStarted, (Guid?)first), again);
        Assert.Equal(1, await app.WithDbAsync(db => Task.FromResult(db.Attempts.Count(a => a.ApplicationId == taker.ApplicationId))));
    }

    [Fact]
    public async Task An_answer_is_saved_and_the_resumed_page_shows_it_with_the_server_remaining_time()
    {
        var taker = await SjtTakerAsync();
        var id = await taker.StartAsync(TestKind.Sjt);
        var saved = await taker.SaveAsync(id, "SJT-F2", 1, new { most = "B", least = "C" });
        Assert.Equal(HttpStatusCode.OK, saved.Status);
        Assert.Equal("saved", saved.Body.GetProperty("status").GetString());
        Assert.Equal((1, 3), (saved.Body.GetProperty("answered").GetInt32(), saved.Body.GetProperty("total").GetInt32()));

        app.Clock.Advance(TimeSpan.FromMinutes(4));
        // Another device: a new sign-in, same attempt.
        var other = new PageClient(app);
        await other.LogInAsync((await app.WithDbAsync(db => Task.FromResult(db.Users.Single(u => u.Id == taker.UserId).Email!))), TestTaker.Password);
        var (_, page) = await other.GetPageAsync($"/Candidate/Tests/Take/{id}");
        Assert.NotNull(page.QuerySelector("#SJT-F2-most-B[checked]"));
        Assert.NotNull(page.QuerySelector("#SJT-F2-least-C[checked]"));
        Assert.Equal(360, double.Parse(page.QuerySelector("#test-form")!.GetAttribute("data-remaining")!, CultureInfo.InvariantCulture), 1);
        Assert.Equal("06:00", page.QuerySelector("#timer-value")!.TextContent);
        // The other page numbers its answers from the server's clock, above every stored number (see SequenceBase).
        Assert.True(long.Parse(page.QuerySelector("#test-form")!.GetAttribute("data-seq")!) > 1);
    }

    [Fact]
    public async Task A_lower_sequence_number_is_ignored_whatever_order_saves_arrive_in()
    {
        var taker = await SjtTakerAsync();
        var id = await taker.StartAsync(TestKind.Sjt);
        await taker.SaveAsync(id, "SJT-F1", 5, new { most = "A", least = "D" });
        var stale = await taker.SaveAsync(id, "SJT-F1", 4, new { most = "D", least = "A" });
        Assert.Equal("stale", stale.Body.GetProperty("status").GetString());
        var again = await taker.SaveAsync(id, "SJT-F1", 5, new { most = "D", least = "A" });
        Assert.Equal("stale", again.Body.GetProperty("status").GetString());
        // The same answer delivered twice (its acknowledgement was lost): saved, so the page has nothing to reload for.
        var repeated = await taker.SaveAsync(id, "SJT-F1", 5, new { most = "A", least = "D" });
        Assert.Equal("saved", repeated.Body.GetProperty("status").GetString());
        var answer = (await taker.AttemptAsync(id)).Answers.Single(a => a.ItemId == "SJT-F1");
        Assert.Equal((5L, "A", "D"), (answer.Seq, AnswerValue.Parse(answer.Value).Most, AnswerValue.Parse(answer.Value).Least));
    }

    [Fact]
    public async Task A_heartbeat_says_the_highest_number_stored_so_another_page_can_tell_it_is_behind()
    {
        var taker = await SjtTakerAsync();
        var id = await taker.StartAsync(TestKind.Sjt);
        await taker.SaveAsync(id, "SJT-F1", 1_700_000_000_123, new { most = "A", least = "D" });
        await taker.SaveAsync(id, "SJT-F2", 1_700_000_000_456, new { most = "B", least = "C" });

        var beat = await taker.HeartbeatAsync(id);

        Assert.Equal(1_700_000_000_456, beat.Body.GetProperty("latestSeq").GetInt64());
    }

    [Fact]
    public async Task Saves_and_heartbeats_tell_the_page_the_servers_clock_so_its_answer_numbers_keep_up()
    {
        var taker = await SjtTakerAsync();
        var id = await taker.StartAsync(TestKind.Sjt);
        app.Clock.Advance(TimeSpan.FromSeconds(7));
        var now = app.Clock.GetUtcNow().ToUnixTimeMilliseconds();

        var saved = await taker.SaveAsync(id, "SJT-F1", 1, new { most = "A", least = "D" });
        var beat = await taker.HeartbeatAsync(id);

        Assert.Equal(now, saved.Body.GetProperty("clock").GetInt64());
        Assert.Equal(now, beat.Body.GetProperty("clock").GetInt64());
    }

    [Fact]
    public void A_page_numbers_its_answers_from_the_servers_clock_and_never_below_a_stored_number()
    {
        var now = new DateTimeOffset(2026, 12, 5, 9, 0, 0, TimeSpan.Zero);
        Assert.Equal(now.ToUnixTimeMilliseconds(), Hiring.Web.Pages.Candidate.Tests.TakeModel.SequenceBase([new AttemptAnswer { ItemId = "SJT-F1", Value = "{}", Seq = 7 }], now));
        Assert.Equal(now.ToUnixTimeMilliseconds() + 5, Hiring.Web.Pages.Candidate.Tests.TakeModel.SequenceBase([new AttemptAnswer { ItemId = "SJT-F1", Value = "{}", Seq = now.ToUnixTimeMilliseconds() + 5 }], now));
    }

    [Fact]
    public async Task A_second_submit_is_harmless()
    {
        var taker = await SjtTakerAsync();
        var id = await taker.StartAsync(TestKind.Sjt);
        var token = await taker.TokenAsync(id);
        var first = await taker.SubmitFormAsync(id, new Dictionary<string, string> { ["a.SJT-F1.most"] = "A", ["a.SJT-F1.least"] = "D" });
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var submitted = await taker.AttemptAsync(id);
        Assert.Equal((AttemptEnd.Candidate, 33.3), (submitted.EndedBy, submitted.Percent));

        var again = await taker.Client.Http.PostAsync($"/Candidate/Tests/Take/{id}/Submit",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["a.SJT-F2.most"] = "A", ["a.SJT-F2.least"] = "D" }));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var after = await taker.AttemptAsync(id);
        Assert.Equal((submitted.SubmittedAt, submitted.Percent, submitted.Version), (after.SubmittedAt, after.Percent, after.Version));
    }

    [Fact]
    public async Task Reading_times_come_from_the_server_whatever_the_page_claims()
    {
        var taker = await TestTaker.NewAsync(app, 1.0, false, (TestKind.Reading, 10, 60, 1));
        var id = await taker.StartAsync(TestKind.Reading);
        var opened = app.Clock.GetUtcNow().UtcDateTime;
        await taker.SaveAsync(id, "RD-F1", 1, new { @event = "open", openedAt = "2001-01-01T00:00:00Z" });
        app.Clock.Advance(TimeSpan.FromSeconds(42));
        await taker.SaveAsync(id, "RD-F1", 2, new { @event = "read", readAt = "2001-01-01T00:00:01Z" });
        var value = AnswerValue.Parse((await taker.AttemptAsync(id)).Answers.Single(a => a.ItemId == "RD-F1").Value);
        Assert.Equal(opened, value.OpenedAt!.Value, TimeSpan.FromSeconds(1));
        Assert.Equal(opened.AddSeconds(42), value.ReadAt!.Value, TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Concurrent_saves_of_one_item_keep_the_highest_sequence_number()
    {
        var taker = await SjtTakerAsync();
        var id = await taker.StartAsync(TestKind.Sjt);
        await taker.TokenAsync(id);
        string[] options = ["A", "B", "C", "D"];
        // Ten saves at once, in scrambled order; seq 10 (most = "B") is the newest.
        var saves = new[] { 3, 10, 1, 7, 5, 2, 9, 4, 8, 6 }
            .Select(seq => taker.SaveAsync(id, "SJT-F1", seq, new { most = options[seq % 4], least = options[(seq + 1) % 4] }));
        var results = await Task.WhenAll(saves);
        Assert.All(results, r => Assert.Equal(HttpStatusCode.OK, r.Status));
        var answer = Assert.Single((await taker.AttemptAsync(id)).Answers);
        Assert.Equal((10L, "C", "D"), (answer.Seq, AnswerValue.Parse(answer.Value).Most, AnswerValue.Parse(answer.Value).Least));
    }

    [Fact]
    public async Task Concurrent_saves_of_different_items_are_all_kept()
    {
        // Saves of one attempt that meet in one write batch: each checks the version the one before it wrote, so all
        // but one find the attempt changed and are retried, and every answer ends up stored.
        var taker = await SjtTakerAsync();
        var id = await taker.StartAsync(TestKind.Sjt);
        await taker.TokenAsync(id);
        var saves = Enumerable.Range(1, 3).SelectMany(round => new[] { "SJT-F1", "SJT-F2", "SJT-F3" }
            .Select(item => taker.SaveAsync(id, item, round, new { most = "A", least = round == 3 ? "B" : "C" })));
        var results = await Task.WhenAll(saves);
        Assert.All(results, r => Assert.Equal(HttpStatusCode.OK, r.Status));
        var answers = (await taker.AttemptAsync(id)).Answers.OrderBy(a => a.ItemId).ToList();
        Assert.Equal(["SJT-F1", "SJT-F2", "SJT-F3"], answers.Select(a => a.ItemId));
        Assert.All(answers, a => Assert.Equal((3L, "B"), (a.Seq, AnswerValue.Parse(a.Value).Least)));
    }

    [Fact]
    public async Task The_same_response_cannot_be_most_and_least_effective()
    {
        var taker = await SjtTakerAsync();
        var id = await taker.StartAsync(TestKind.Sjt);
        var both = await taker.SaveAsync(id, "SJT-F1", 1, new { most = "A", least = "A" });
        Assert.Equal(HttpStatusCode.BadRequest, both.Status);
        Assert.Contains("cannot be both", both.Body.GetProperty("message").GetString());
    }

}

public class AttemptLifecycleTests_Sqlite(SqliteAttemptApp app) : AttemptLifecycleTests<SqliteAttemptApp>(app);
public class AttemptLifecycleTests_Postgres(PostgresAttemptApp app) : AttemptLifecycleTests<PostgresAttemptApp>(app);
