using System.Net;
using Hiring.Core.Recruiting;
using Hiring.Web.Demo;
using Hiring.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Tests.Interviews;

public abstract class DemoInterviewTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : HiringApp
{
    private readonly InterviewWorld _world = new(app);

    [Fact]
    public async Task Demo_interviewer_sees_the_demo_interviews_and_past_ones_are_scored_once()
    {
        await _world.InScopeAsync<DemoInterviews, bool>(async d => { await d.EnsureAsync(); await d.EnsureAsync(); return true; });

        var expected = await app.WithDbAsync(async db => (
            Upcoming: Math.Min(DemoInterviews.PerGroup, await db.Applications.CountAsync(a => a.Stage == Stage.Interview && a.Candidate!.IsDemo)),
            Past: Math.Min(DemoInterviews.PerGroup, await db.Applications.CountAsync(a => (a.Stage == Stage.Offer || a.Stage == Stage.Hired) && a.Candidate!.IsDemo))));
        Assert.True(expected.Upcoming + expected.Past > 0, "the demo cohort has applicants at the interview stage or beyond");
        var scorecards = await app.WithDbAsync(db => db.Scorecards.CountAsync(s => s.SubmittedAt != null));
        Assert.Equal(expected.Past, scorecards);

        var client = await _world.LogInAsync("interviewer@demo.hiring.local", InterviewWorld.DemoPassword);
        var (response, page) = await client.GetPageAsync("/Interviews");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = page.QuerySelectorAll("#booked tbody tr");
        Assert.Equal(expected.Upcoming + expected.Past, rows.Length);
        // Upcoming apart from past: the past ones are where the scorecards are, and all of the demo's are in.
        Assert.Equal(expected.Upcoming, page.QuerySelectorAll("#upcoming tbody tr").Length);
        var past = page.QuerySelectorAll("#past tbody tr");
        Assert.Equal(expected.Past, past.Length);
        Assert.All(past, r => Assert.Contains("Submitted", r.TextContent));
        var first = rows[0].QuerySelector("a")!.GetAttribute("href")!;
        Assert.Equal(HttpStatusCode.OK, (await client.GetPageAsync(first)).Response.StatusCode);
    }
}

public class DemoInterviewTests_Sqlite(SqliteApp app) : DemoInterviewTests<SqliteApp>(app);
public class DemoInterviewTests_Postgres(PostgresApp app) : DemoInterviewTests<PostgresApp>(app);
