using AngleSharp.Html.Dom;
using Hiring.Core.Assessments;
using Hiring.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Tests.Recruiting;

/// <summary>The recruiter list filtered and sorted by the demo cohort's real test attempts.</summary>
public abstract class TestResultFilterTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : HiringApp
{
    [Fact]
    public async Task Filtering_by_one_tests_score_lists_exactly_those_applicants_best_first()
    {
        var expected = await app.WithDbAsync(db => db.Applications.AsNoTracking()
            .Select(a => new { a.Id, Sjt = a.Attempts.Where(t => t.Kind == TestKind.Sjt).Max(t => t.Percent) })
            .Where(a => a.Sjt >= 50).ToListAsync());
        Assert.True(expected.Count >= 3, $"the demo cohort has only {expected.Count} SJT scores of 50+");

        var recruiter = await Given.RecruiterAsync(app);
        var (_, list) = await recruiter.GetPageAsync("/Recruiting/Applications?Test=Sjt&MinTestScore=50&Sort=TestScoreDesc");
        var ids = Ids(list);
        Assert.Equal(expected.OrderByDescending(e => e.Sjt).Select(e => e.Sjt), ids.Select(id => expected.Single(e => e.Id == id).Sjt));
        Assert.Equal(expected.Count, ids.Count);
    }

    [Fact]
    public async Task Pass_mark_and_integrity_filters_split_the_cohort_without_overlap()
    {
        var recruiter = await Given.RecruiterAsync(app);
        var passed = Ids((await recruiter.GetPageAsync("/Recruiting/Applications?PassedAll=true")).Page);
        var failed = Ids((await recruiter.GetPageAsync("/Recruiting/Applications?PassedAll=false")).Page);
        Assert.NotEmpty(passed.Concat(failed));
        Assert.Empty(passed.Intersect(failed));
        var attempts = await app.WithDbAsync(db => db.Attempts.AsNoTracking().Where(t => t.Passed != null)
            .Select(Hiring.Web.Recruiting.IntegritySignals.With((t, n) => new { t.ApplicationId, t.Passed, Signals = n })).ToListAsync());
        Assert.All(passed, id => Assert.DoesNotContain(attempts, t => t.ApplicationId == id && t.Passed == false));
        Assert.All(failed, id => Assert.Contains(attempts, t => t.ApplicationId == id && t.Passed == false));

        var flagged = Ids((await recruiter.GetPageAsync("/Recruiting/Applications?Flagged=true")).Page);
        Assert.All(flagged, id => Assert.Contains(attempts, t => t.ApplicationId == id && t.Signals > 0));
        var clean = Ids((await recruiter.GetPageAsync("/Recruiting/Applications?Flagged=false&PassedAll=true")).Page);
        Assert.All(clean, id => Assert.DoesNotContain(attempts, t => t.ApplicationId == id && t.Signals > 0));
    }

    [Fact]
    public async Task Sorting_by_interview_ratings_puts_the_best_average_of_submitted_scorecards_first()
    {
        var averages = await app.WithDbAsync(db => db.Applications.AsNoTracking()
            .Select(a => a.Scorecards.Where(s => s.SubmittedAt != null).SelectMany(s => s.Ratings).Average(r => (double?)r.Rating))
            .Where(avg => avg != null).ToListAsync());
        Assert.True(averages.Count >= 2, $"the demo has only {averages.Count} applicants with submitted scorecards");

        var recruiter = await Given.RecruiterAsync(app);
        var (_, list) = await recruiter.GetPageAsync("/Recruiting/Applications?Sort=InterviewDesc");
        var shown = list.QuerySelectorAll("#bulk tbody tr td:nth-child(6)").Select(td => td.TextContent.Trim()).ToList();
        var rated = shown.TakeWhile(t => t.Length > 0).Select(t => double.Parse(t, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(averages.Count, rated.Count);
        Assert.Equal(rated.OrderByDescending(v => v), rated);
        Assert.Equal(Math.Round(averages.Max()!.Value, 1, MidpointRounding.AwayFromZero), rated[0]);
        Assert.All(shown.Skip(rated.Count), t => Assert.Equal("", t));
    }

    private static List<Guid> Ids(IHtmlDocument list) =>
        list.QuerySelectorAll("input[name=Selected]").Select(i => Guid.Parse(i.GetAttribute("value")!)).ToList();
}

public class SqliteTestResultFilterTests(SqliteApp app) : TestResultFilterTests<SqliteApp>(app);
public class PostgresTestResultFilterTests(PostgresApp app) : TestResultFilterTests<PostgresApp>(app);
