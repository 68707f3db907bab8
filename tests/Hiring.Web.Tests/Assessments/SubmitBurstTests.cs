using System.Net;
using Hiring.Core.Assessments;
using Hiring.Core.Recruiting;
using Hiring.Web.Assessments;
using Hiring.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hiring.Web.Tests.Assessments;

/// <summary>
/// Submissions scored together (<see cref="SubmitWriter"/>, <see cref="CandidateSubmission.SubmitAllAsync"/>): a drive's
/// tests end at one deadline, and a batch must score each attempt once, move each application once, and keep each
/// candidate's final answers, as one submission on its own does.
/// </summary>
public abstract class SubmitBurstTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AttemptApp
{
    private static readonly (TestKind, int, double, double)[] Battery = [(TestKind.Sjt, 10, 60, 1)];

    private async Task<SubmitOutcome[]> SubmitAllAsync(params SubmitRequest[] requests)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CandidateSubmission>().SubmitAllAsync(requests);
    }

    private SubmitRequest Request(TestTaker taker, Guid attempt, Dictionary<string, AnswerValue>? final = null) =>
        new(attempt, taker.UserId, _ => final ?? [], app.Clock.GetUtcNow().UtcDateTime);

    /// <summary>Candidates with one SJT each, started and with SJT-F1 answered best A, worst D.</summary>
    private async Task<List<(TestTaker Taker, Guid Attempt)>> TakersAsync(int count)
    {
        var takers = new List<(TestTaker Taker, Guid Attempt)>();
        for (var i = 0; i < count; i++)
        {
            var taker = await TestTaker.NewAsync(app, 1.0, false, Battery);
            var attempt = await taker.StartAsync(TestKind.Sjt);
            await taker.SaveAsync(attempt, "SJT-F1", 1, new { most = "A", least = "D" });
            takers.Add((taker, attempt));
        }
        return takers;
    }

    [Fact]
    public async Task A_batch_scores_each_attempt_once_and_moves_each_application_once()
    {
        var takers = await TakersAsync(3);
        var (first, firstAttempt) = takers[0];
        var stranger = await TestTaker.NewAsync(app, 1.0, false, Battery);

        var outcomes = await SubmitAllAsync(
            Request(first, firstAttempt),
            Request(takers[1].Taker, takers[1].Attempt, new() { ["SJT-F2"] = new AnswerValue { Most = "B", Least = "C" } }),
            Request(first, firstAttempt),                      // a double click: the same attempt again in the batch
            Request(takers[2].Taker, takers[2].Attempt),
            Request(stranger, takers[2].Attempt));             // not the stranger's attempt

        Assert.Equal([SubmitOutcome.Submitted, SubmitOutcome.Submitted, SubmitOutcome.AlreadySubmitted, SubmitOutcome.Submitted, SubmitOutcome.NotFound], outcomes);
        // F1 best/worst: 1 of 3 = 33.3 %; with the form's F2 B/C (4/6) as well: 1.667 of 3 = 55.6 %.
        var percents = await Task.WhenAll(takers.Select(async t => (await t.Taker.AttemptAsync(t.Attempt)).Percent));
        Assert.Equal(new double?[] { 33.3, 55.6, 33.3 }, percents);
        foreach (var (taker, attempt) in takers)
        {
            var application = await taker.ApplicationAsync();
            Assert.Equal(Stage.Tested, application.Stage);
            Assert.Equal((await taker.AttemptAsync(attempt)).Percent, application.CompositeScore);
            Assert.Single(application.History, h => h.To == Stage.Tested);
        }

        var again = await SubmitAllAsync(Request(first, firstAttempt));
        Assert.Equal([SubmitOutcome.AlreadySubmitted], again);
        Assert.Single((await first.ApplicationAsync()).History, h => h.To == Stage.Tested);
    }

    [Fact]
    public async Task Candidates_submitting_at_once_are_each_scored_once_and_see_their_result()
    {
        var takers = await TakersAsync(6);
        var tokens = await Task.WhenAll(takers.Select(t => t.Taker.TokenAsync(t.Attempt)));

        // Each candidate presses Submit twice at once, and all of them in the same moment.
        var posts = takers.SelectMany((t, i) => Enumerable.Range(0, 2).Select(_ => t.Taker.Client.Http.PostAsync($"/Candidate/Tests/Take/{t.Attempt}/Submit",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = tokens[i] }))));
        Assert.All(await Task.WhenAll(posts), r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));

        foreach (var (taker, attempt) in takers)
        {
            var stored = await taker.AttemptAsync(attempt);
            Assert.Equal((AttemptEnd.Candidate, 33.3), (stored.EndedBy, stored.Percent));
            Assert.Single((await taker.ApplicationAsync()).History, h => h.To == Stage.Tested);
            var (_, result) = await taker.Client.GetPageAsync($"/Candidate/Tests/Result/{attempt}");
            Assert.Contains("33.3%", result.QuerySelector("#result-percent")!.TextContent);
        }
    }
}

public class SubmitBurstTests_Sqlite(SqliteAttemptApp app) : SubmitBurstTests<SqliteAttemptApp>(app);
public class SubmitBurstTests_Postgres(PostgresAttemptApp app) : SubmitBurstTests<PostgresAttemptApp>(app);
