using System.Text.Json;
using System.Text.Json.Nodes;
using AngleSharp.Dom;
using Hiring.Core.Assessments;
using Hiring.Core.Assessments.Forms;
using Hiring.Core.Recruiting;
using Hiring.Web.Assessments;
using Hiring.Web.Domain;
using Hiring.Web.Tests.Assessments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hiring.Web.Tests.Security.Fuzzing;

/// <summary>
/// The test page's JSON handlers (autosave, heartbeat) and its Submit form, with hostile input. A save
/// is refused with a 400 whose JSON says why, or stored whole and valid; nothing is a 500.
/// </summary>
public abstract class TestTakingFuzzTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AttemptApp
{
    [Fact]
    public async Task The_accommodation_forms_survive_hostile_input_and_keep_only_clean_bounded_text()
    {
        var taker = await TestTaker.NewAsync(app, 1.0, false, (TestKind.Sjt, 10, 60, 1));
        var candidate = new FormFuzzer(taker.Client);
        await candidate.FuzzAsync($"/Candidate/Applications/Details/{taker.ApplicationId}", "#accommodation-form");
        // The recruiter's forms need a request waiting for a decision, before each input as well.
        Task<int> Waiting() => app.WithDbAsync(async db =>
        {
            var request = await db.AccommodationRequests.SingleOrDefaultAsync(r => r.ApplicationId == taker.ApplicationId);
            if (request is null) db.AccommodationRequests.Add(request = new AccommodationRequest { ApplicationId = taker.ApplicationId });
            (request.ExtraTime, request.Status) = (true, AccommodationStatus.Requested);
            return await db.SaveChangesAsync();
        });
        await Waiting();
        var recruiter = await Hiring.Web.Tests.Recruiting.Given.RecruiterAsync(app);
        var staff = new FormFuzzer(recruiter) { AfterEach = async (_, _) => await Waiting() };
        await staff.FuzzAsync($"/Recruiting/Attempts?application={taker.ApplicationId}", "#accommodation-decline-form");
        await staff.FuzzAsync($"/Recruiting/Attempts?application={taker.ApplicationId}", "#accommodation-grant-form");

        var problems = candidate.Problems.Concat(staff.Problems).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(candidate.Sent + staff.Sent >= 150, $"only {candidate.Sent + staff.Sent} inputs sent");
        var kept = await app.WithDbAsync(db => db.AccommodationRequests.AsNoTracking().SingleAsync(r => r.ApplicationId == taker.ApplicationId));
        foreach (var text in new[] { kept.Note, kept.DeclineReason })
            Assert.True(text.Length <= AccommodationRequest.MaxText && text == Hiring.Web.Infrastructure.TextInput.Clean(text), text);
        Assert.Contains((await taker.ApplicationAsync()).AccommodationFactor, Hiring.Core.Assessments.Timing.AttemptClock.AccommodationFactors);
    }

    [Fact]
    public async Task Autosave_refuses_hostile_json_with_a_message_and_stores_only_valid_answers()
    {
        var taker = await TestTaker.NewAsync(app, 1.0, false, (TestKind.Sjt, 10, 60, 1), (TestKind.Typing, 5, 30, 1),
            (TestKind.Literacy, 10, 60, 1), (TestKind.Reading, 10, 60, 1), (TestKind.Multitask, 10, 60, 1));
        var problems = new List<string>();
        var badRows = new List<string>();
        var sent = 0;
        foreach (var kind in taker.Tests.Keys)
        {
            var attempt = await taker.StartAsync(kind);
            var (_, page) = await taker.Client.GetPageAsync($"/Candidate/Tests/Take/{attempt}");
            var fuzzer = new FormFuzzer(taker.Client) { AfterEach = (what, _) => CheckAndClearAnswersAsync(attempt, what, badRows) };
            foreach (var body in ValidSaves(page))
                await fuzzer.FuzzJsonAsync($"/Candidate/Tests/Take/{attempt}/Save", await taker.TokenAsync(attempt), body);
            sent += fuzzer.Sent;
            problems.AddRange(fuzzer.Problems);
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(badRows.Count == 0, string.Join("\n", badRows));
        Assert.True(sent >= 500, $"only {sent} inputs sent");
    }

    [Theory]
    [InlineData(TestKind.Sjt, "SJT", """{"most":"A","least":"D","text":"LONG"}""")]
    [InlineData(TestKind.Sjt, "SJT", """{"most":"A","least":"D","fields":{"x":"LONG"}}""")]
    [InlineData(TestKind.Typing, "TYP", """{"text":"Dear","keys":[{"t":10,"h":40,"tr":true}]}""")]
    [InlineData(TestKind.Typing, "TYP", """{"text":"Dear","keys":[{"t":10,"k":"LONG","h":40,"tr":true}]}""")]
    [InlineData(TestKind.Typing, "TYP", """{"text":"Dear","pastes":-5}""")]
    public async Task A_save_carrying_what_the_item_does_not_take_is_refused_and_stores_nothing(TestKind kind, string itemPrefix, string value)
    {
        var taker = await TestTaker.NewAsync(app, 1.0, false, (kind, 10, 60, 1));
        var attempt = await taker.StartAsync(kind);
        var item = AttemptForms.Read(await taker.AttemptAsync(attempt)).Items.First(i => i.Id.StartsWith(itemPrefix)).Id;

        var (status, body, _) = await taker.PostJsonAsync(attempt, "Save",
            new { itemId = item, seq = 1, value = JsonNode.Parse(value.Replace("LONG", new string('x', 500_000))) });

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, status);
        Assert.False(string.IsNullOrEmpty(body.GetProperty("message").GetString()));
        Assert.Empty((await taker.AttemptAsync(attempt)).Answers);
    }

    [Fact]
    public async Task Heartbeat_survives_hostile_json_and_keeps_its_counts_in_bounds()
    {
        var taker = await TestTaker.NewAsync(app, 1.0, false, (TestKind.Sjt, 10, 60, 1));
        var attempt = await taker.StartAsync(TestKind.Sjt);
        var fuzzer = new FormFuzzer(taker.Client);
        await fuzzer.FuzzJsonAsync($"/Candidate/Tests/Take/{attempt}/Heartbeat", await taker.TokenAsync(attempt),
            """{"blurs":1,"awaySeconds":5,"pastes":0,"copies":1,"fullscreenExits":0,"synthetic":0}""");

        Assert.True(fuzzer.Problems.Count == 0, string.Join("\n", fuzzer.Problems));
        var a = await taker.AttemptAsync(attempt);
        var counts = new[] { a.BlurCount, a.AwaySeconds, a.PasteCount, a.CopyCount, a.FullscreenExits, a.SyntheticInputs };
        Assert.All(counts, c => Assert.InRange(c, 0, 10_000 * fuzzer.Sent));
        Assert.True(fuzzer.Sent >= 100, $"only {fuzzer.Sent} inputs sent");
    }

    [Fact]
    public async Task Submit_survives_hostile_fields_and_keeps_only_valid_answers()
    {
        var taker = await TestTaker.NewAsync(app, 1.0, false, (TestKind.Typing, 5, 30, 1));
        var attempts = new List<Guid>();
        var badRows = new List<string>();
        // One valid Submit ends an attempt: every input gets an attempt of its own (a post of its own each).
        var fuzzer = new FormFuzzer(taker.Client)
        {
            AfterEach = async (what, response) =>
            {
                var a = await taker.AttemptAsync(attempts[^1]);
                if ((int)response.StatusCode is >= 300 and < 400 && a.SubmittedAt is null) badRows.Add($"[{what}] redirected but the attempt is open");
                await CheckAnswersAsync(a, what, badRows);
            },
        };
        await fuzzer.FuzzFreshAsync(async () =>
        {
            attempts.Add(await NewTypingAttemptAsync(taker));
            return $"/Candidate/Tests/Take/{attempts[^1]}";
        }, "#test-form");

        Assert.True(fuzzer.Problems.Count == 0, string.Join("\n", fuzzer.Problems));
        Assert.True(badRows.Count == 0, string.Join("\n", badRows));
        Assert.True(fuzzer.Sent >= 100, $"only {fuzzer.Sent} inputs sent");
    }

    /// <summary>A valid save for the first item of each kind on the test page, as the page's script would send it.</summary>
    private static IEnumerable<string> ValidSaves(AngleSharp.Html.Dom.IHtmlDocument page)
    {
        if (page.QuerySelector("#sim") is { } sim)
        {
            yield return Save($"{sim.GetAttribute("data-scenario")}#e1", new JsonObject { ["sim"] = new JsonObject { ["type"] = "search", ["ref"] = "kb", ["text"] = "refund", ["atMs"] = 1000 } });
            yield break;
        }
        foreach (var section in page.QuerySelectorAll("[data-part]").GroupBy(s => s.GetAttribute("data-part")).Select(g => g.First()))
        {
            string Radio(string part, int n) => section.QuerySelectorAll($"input[type=radio][name$='.{part}']").Select(r => r.GetAttribute("value")!).ElementAt(n);
            JsonObject value = section.GetAttribute("data-part") switch
            {
                "Sjt" => new() { ["most"] = Radio("most", 0), ["least"] = Radio("least", 1) },
                "Choice" or "Question" => new() { ["choice"] = Radio("choice", 0) },
                "Task" => new() { ["fields"] = new JsonObject(section.QuerySelectorAll("[data-field]").Select(f => KeyValuePair.Create(f.GetAttribute("data-field")!, (JsonNode?)"Jane"))) },
                "Typing" => JsonNode.Parse("""{"text":"Dear","keys":[{"t":10,"k":"D","h":40,"tr":true}],"pastes":0,"synthetic":0}""")!.AsObject(),
                _ => new() { ["event"] = "open" },
            };
            yield return Save(section.GetAttribute("data-item")!, value);
        }
    }

    private static string Save(string itemId, JsonObject value) => new JsonObject { ["itemId"] = itemId, ["seq"] = 1, ["value"] = value }.ToJsonString();

    /// <summary>Every stored answer is one the item takes; then they are cleared, so the next save (sequence 1 again) is not stale.</summary>
    private async Task CheckAndClearAnswersAsync(Guid attemptId, string what, List<string> bad)
    {
        var attempt = await app.WithDbAsync(db => db.Attempts.AsNoTracking().Include(a => a.Answers).SingleAsync(a => a.Id == attemptId));
        await CheckAnswersAsync(attempt, what, bad);
        await app.WithDbAsync(db => db.AttemptAnswers.Where(x => x.AttemptId == attemptId).ExecuteDeleteAsync());
    }

    private static Task CheckAnswersAsync(Attempt attempt, string what, List<string> bad)
    {
        var items = AttemptForms.Read(attempt).Items.ToDictionary(i => i.Id);
        foreach (var row in attempt.Answers)
        {
            var item = items.GetValueOrDefault(MultitaskEvents.ItemOf(row.ItemId));
            var value = AnswerValue.Parse(row.Value);
            var problem = item is null ? "unknown item" : item.Part == ItemPart.Simulation ? (value.Sim is null ? "no event" : null)
                : item.Part == ItemPart.Passage ? null : value.Problem(item);
            if (problem is not null || row.Value.Length > 100_000 || value.Sim?.Ref?.Length > 100)
                bad.Add($"[{what}] stored {row.ItemId}: {problem ?? $"{row.Value.Length} characters"}");
        }
        return Task.CompletedTask;
    }

    /// <summary>A post of its own with a typing test, the taker's application to it in Testing, and the attempt started.</summary>
    private async Task<Guid> NewTypingAttemptAsync(TestTaker taker)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Hiring.Web.Data.HiringDbContext>();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var post = new Post
        {
            Title = "Fuzz typing post", PostType = PostType.Inbound, Status = PostStatus.Open, CreatedAt = now,
            Battery = [new BatteryTest { Kind = TestKind.Typing, TimeLimitMinutes = 5, PassMark = 30, Weight = 1 }],
        };
        var application = new Application { Post = post, CandidateId = taker.UserId, Stage = Stage.Testing, AppliedAt = now, StageChangedAt = now, TestsInvitedAt = now, TestsDueAt = now.AddDays(3) };
        db.Applications.Add(application);
        await db.SaveChangesAsync();
        var (_, id) = await scope.ServiceProvider.GetRequiredService<AttemptStarter>().StartAsync(application.Id, post.Battery[0].Id, taker.UserId);
        return id!.Value;
    }
}

public class SqliteTestTakingFuzzTests(SqliteAttemptApp app) : TestTakingFuzzTests<SqliteAttemptApp>(app);
public class PostgresTestTakingFuzzTests(PostgresAttemptApp app) : TestTakingFuzzTests<PostgresAttemptApp>(app);
