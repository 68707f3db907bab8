using System.IO.Compression;
using System.Net;
using Hiring.Core.Assessments;
using Hiring.Web.Assessments;
using Hiring.Web.Tests.Assessments;
using Microsoft.EntityFrameworkCore;
using static Hiring.Web.Tests.Privacy.PrivacySteps;

namespace Hiring.Web.Tests.Privacy;

/// <summary>Test attempts in the export (answers and scores, never keys) and after erasure (scores and responses kept, typing gone).</summary>
public abstract class AttemptPrivacyTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AttemptApp
{
    private const string Typed = "Customer called about order 55-1234 and asked for a refund.";

    [Fact]
    public async Task Export_holds_the_attempts_answers_and_scores_but_no_keys_or_item_marks()
    {
        var (taker, _, _) = await SatBothTestsAsync();

        var (_, page) = await taker.Client.GetPageAsync("/Candidate/Privacy");
        var response = await taker.Client.SubmitAsync(page, new Dictionary<string, string>(), "form#export");

        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        var tests = new StreamReader(zip.GetEntry("tests.json")!.Open()).ReadToEnd();
        foreach (var part in new[] { "SJT-F1", "\"most\": \"A\"", Typed, "\"percent\"", "\"competencies\"", "\"pasteCount\"" }) Assert.Contains(part, tests);
        foreach (var key in new[] { FixtureBank.Secret, "rating", "rationale", "correct", "expected", "\"points\"" })
            Assert.DoesNotContain(key, tests, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Erasure_keeps_scores_and_chosen_responses_but_removes_typed_text_and_keystrokes()
    {
        var (taker, sjt, typing) = await SatBothTestsAsync();
        var before = await taker.AttemptAsync(sjt);

        await AskForErasureAsync(taker.Client);
        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(app, taker.UserId)).StatusCode);

        var (sjtAfter, typingAfter) = (await taker.AttemptAsync(sjt), await taker.AttemptAsync(typing));
        Assert.Equal((before.Percent, before.Raw), (sjtAfter.Percent, sjtAfter.Raw));
        Assert.Equal(before.Answers.OrderBy(a => a.ItemId).Select(a => a.Value), sjtAfter.Answers.OrderBy(a => a.ItemId).Select(a => a.Value));
        Assert.NotNull(typingAfter.Percent);
        var typed = AnswerValue.Parse(Assert.Single(typingAfter.Answers).Value);
        Assert.Equal((null, null, 1), (typed.Text, typed.Keys, typed.Pastes));
    }

    [Fact]
    public async Task Candidate_cannot_open_start_or_answer_another_candidates_test()
    {
        var (alice, sjt, _) = await SatBothTestsAsync();
        var bob = await TestTaker.NewAsync(app, 1.0, false, (TestKind.Sjt, 10, 60, 1));
        var before = await alice.AttemptAsync(sjt);
        var (_, tests) = await bob.Client.GetPageAsync("/Candidate/Tests");

        Assert.True(Refused(await bob.Client.GetAsync($"/Candidate/Tests/Result/{sjt}")));
        Assert.True(Refused(await bob.Client.GetAsync($"/Candidate/Tests/Take/{sjt}")));
        var start = await bob.Client.SubmitAsync(tests, new Dictionary<string, string>
            { ["application"] = alice.ApplicationId.ToString(), ["test"] = alice.Tests[TestKind.Typing].ToString() }, "form.inline-form");
        Assert.True(Refused(start), start.StatusCode.ToString());

        var after = await alice.AttemptAsync(sjt);
        Assert.Equal((before.Version, before.Answers.Count), (after.Version, after.Answers.Count));
        Assert.Equal(2, await app.WithDbAsync(db => db.Attempts.CountAsync(a => a.ApplicationId == alice.ApplicationId)));
    }

    private async Task<(TestTaker Taker, Guid Sjt, Guid Typing)> SatBothTestsAsync()
    {
        var taker = await TestTaker.NewAsync(app, 1.0, false, (TestKind.Sjt, 10, 60, 1), (TestKind.Typing, 2, 10, 1));
        var sjt = await taker.StartAsync(TestKind.Sjt);
        await taker.SaveAsync(sjt, "SJT-F1", 1, new { most = "A", least = "D" });
        await taker.SubmitFormAsync(sjt);
        var typing = await taker.StartAsync(TestKind.Typing);
        var keys = Typed.Select((c, i) => new { t = 200L + i * 150, k = c.ToString(), h = 60, tr = true }).ToList();
        await taker.SaveAsync(typing, "TYP-F1", 1, new { text = Typed, keys, pastes = 1, synthetic = 0 });
        app.Clock.Advance(TimeSpan.FromSeconds(60));
        await taker.SubmitFormAsync(typing);
        return (taker, sjt, typing);
    }
}

public class AttemptPrivacyTests_Sqlite(SqliteAttemptApp app) : AttemptPrivacyTests<SqliteAttemptApp>(app);
public class AttemptPrivacyTests_Postgres(PostgresAttemptApp app) : AttemptPrivacyTests<PostgresAttemptApp>(app);
