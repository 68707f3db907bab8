using System.Net;
using Hiring.Core.Interviews;
using Hiring.Web.Domain;
using Hiring.Web.Interviews;
using Hiring.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Tests.Interviews;

public abstract class ScorecardTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : HiringApp
{
    private readonly InterviewWorld _world = new(app);

    // The default inbound kit opens with INT-GEN-001 (REL, OWN) and INT-GEN-002 (REL, ADP).
    private async Task<HttpResponseMessage> SubmitAsync(Guid applicationId, InterviewWorld.Person interviewer, string first, string second, string recommendation)
    {
        var client = await _world.LogInAsync(interviewer.Email);
        var (_, form) = await client.GetPageAsync($"/Interviews/Scorecard/{applicationId}");
        Assert.Equal("INT-GEN-001", form.QuerySelector("input[name='Ratings[0].QuestionId']")!.GetAttribute("value"));
        Assert.Equal("INT-GEN-002", form.QuerySelector("input[name='Ratings[1].QuestionId']")!.GetAttribute("value"));
        return await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Ratings[0].Rating"] = first, ["Ratings[0].Notes"] = "Clear example with numbers", ["Ratings[1].Rating"] = second,
            ["Recommendation"] = recommendation, ["submit"] = "true",
        }, "#scorecard");
    }

    [Fact]
    public async Task Two_interviewers_scorecards_average_overall_and_per_competency()
    {
        var (applicationId, _) = await _world.ApplicationAsync();
        var a = await _world.InterviewerAsync("Ada Panel");
        var b = await _world.InterviewerAsync("Ben Panel");
        await _world.BookAsync(applicationId, DateTime.UtcNow.AddHours(-2), a, b);
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync(applicationId, a, "4", "2", "StrongYes")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync(applicationId, b, "5", "3", "Yes")).StatusCode);

        // Overall (4 + 2 + 5 + 3) / 4 = 3.5; REL is on both questions: 3.5; OWN (4 + 5) / 2 = 4.5; ADP (2 + 3) / 2 = 2.5.
        var scores = (await _world.InScopeAsync<ScorecardSummary, IReadOnlyDictionary<Guid, ApplicationInterviewScores>>(s => s.ForApplicationsAsync([applicationId])))[applicationId];
        Assert.Equal(3.5, scores.Overall);
        Assert.Equal(new Dictionary<string, double> { ["ADP"] = 2.5, ["OWN"] = 4.5, ["REL"] = 3.5 }, scores.ByCompetency);
        Assert.Equal([Recommendation.StrongYes, Recommendation.Yes], scores.Recommendations);

        var recruiter = await _world.LogInAsync(InterviewWorld.Recruiter, InterviewWorld.DemoPassword);
        var (_, page) = await recruiter.GetPageAsync($"/Interviews/Application/{applicationId}");
        Assert.Contains("3.50", page.QuerySelector("#overall")!.TextContent);
        Assert.Equal("4.50", page.QuerySelector("#competency-averages tr[data-competency='OWN'] td")!.TextContent);
        Assert.Equal("2.50", page.QuerySelector("#competency-averages tr[data-competency='ADP'] td")!.TextContent);
        Assert.Equal(2, page.QuerySelectorAll("#scorecards tbody tr").Length);
    }

    [Fact]
    public async Task A_scorecard_is_drafted_before_the_interview_and_submitted_only_once_it_has_started()
    {
        var (applicationId, _) = await _world.ApplicationAsync();
        var interviewer = await _world.InterviewerAsync();
        await _world.BookAsync(applicationId, DateTime.UtcNow.AddDays(1), interviewer);

        var early = await SubmitAsync(applicationId, interviewer, "4", "3", "Yes");
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        var page = await PageClient.ParseAsync(early);
        Assert.Contains("save a draft now, and submit the scorecard once you have held it", page.QuerySelector("#scorecard .errors")!.TextContent);
        Assert.NotNull(page.QuerySelector("#not-before"));
        Assert.False(await app.WithDbAsync(db => db.Scorecards.AnyAsync(s => s.ApplicationId == applicationId && s.SubmittedAt != null)));

        var client = await _world.LogInAsync(interviewer.Email);
        var (_, form) = await client.GetPageAsync($"/Interviews/Scorecard/{applicationId}");
        var draft = await client.SubmitAsync(form, new Dictionary<string, string> { ["Ratings[0].Rating"] = "4", ["submit"] = "false" }, "#scorecard");
        Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.Scorecards.AnyAsync(s => s.ApplicationId == applicationId && s.SubmittedAt == null)));

        // The interview is moved to an hour ago: it has been held, and the card goes in.
        await app.WithDbAsync(db => db.Interviews.Where(i => i.ApplicationId == applicationId)
            .ExecuteUpdateAsync(i => i.SetProperty(x => x.StartsAt, DateTime.UtcNow.AddHours(-1)).SetProperty(x => x.EndsAt, DateTime.UtcNow.AddMinutes(-15))));
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync(applicationId, interviewer, "4", "3", "Yes")).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.Scorecards.AnyAsync(s => s.ApplicationId == applicationId && s.SubmittedAt != null)));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("6")]
    public async Task Rating_outside_one_to_five_is_refused_next_to_the_field_and_nothing_is_stored(string rating)
    {
        var (applicationId, _) = await _world.ApplicationAsync();
        var interviewer = await _world.InterviewerAsync();
        await _world.BookAsync(applicationId, DateTime.UtcNow.AddHours(-2), interviewer);
        var refused = await SubmitAsync(applicationId, interviewer, "3", rating, "Yes");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await PageClient.ParseAsync(refused);
        Assert.Contains("Rate from 1 (weak) to 5 (strong)", page.QuerySelector("#rating-1-error")!.TextContent);
        Assert.Equal("", page.QuerySelector("#rating-0-error")!.TextContent);
        Assert.False(await app.WithDbAsync(db => db.Scorecards.AnyAsync(s => s.ApplicationId == applicationId)));
    }

    [Fact]
    public async Task A_retired_question_stays_readable_on_a_past_scorecard()
    {
        var (applicationId, _) = await _world.ApplicationAsync();
        var interviewer = await _world.InterviewerAsync();
        await _world.BookAsync(applicationId, DateTime.UtcNow.AddHours(-2), interviewer);
        // A question of this test's own, so retiring it leaves the other tests' kits alone.
        var question = BankTests<TApp>.NewQuestion("Tell me about a time you had to learn a new booking system in one afternoon.");
        var saved = await _world.InScopeAsync<BankEditor, BankEditor.SaveResult>(e => e.SaveAsync(question));
        await _world.InScopeAsync<KitEditor, bool>(async k => { await k.GetAsync(applicationId, null); return await k.AddAsync(applicationId, saved.Id, null); });

        var client = await _world.LogInAsync(interviewer.Email);
        var (_, form) = await client.GetPageAsync($"/Interviews/Scorecard/{applicationId}");
        var index = form.QuerySelectorAll("input[name$='.QuestionId']").Select(i => i.GetAttribute("value")).ToList().IndexOf(saved.Id);
        var submitted = await client.SubmitAsync(form, new Dictionary<string, string>
            { [$"Ratings[{index}].Rating"] = "3", ["Recommendation"] = "Yes", ["submit"] = "true" }, "#scorecard");
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);

        Assert.True(await _world.InScopeAsync<BankEditor, bool>(e => e.RetireAsync(saved.Id)));

        var (_, page) = await client.GetPageAsync($"/Interviews/Scorecard/{applicationId}");
        var item = page.QuerySelector($"li[data-question='{saved.Id}']")!;
        Assert.Contains("learn a new booking system in one afternoon", item.TextContent);
        Assert.Contains("retired", item.QuerySelector(".stage")!.TextContent);
        Assert.Equal("3", ((AngleSharp.Html.Dom.IHtmlSelectElement)item.QuerySelector("select[name$='.Rating']")!).Value);
        var (_, kit) = await client.GetPageAsync($"/Interviews/Kit/{applicationId}");
        Assert.Contains("retired", kit.QuerySelector($"#kit li[data-question='{saved.Id}'] .stage")!.TextContent);
    }
}

public class ScorecardTests_Sqlite(SqliteApp app) : ScorecardTests<SqliteApp>(app);
public class ScorecardTests_Postgres(PostgresApp app) : ScorecardTests<PostgresApp>(app);
