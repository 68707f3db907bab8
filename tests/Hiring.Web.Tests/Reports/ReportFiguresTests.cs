using System.Globalization;
using System.Net;
using Hiring.Web.Analysis;
using Hiring.Web.Reports;
using Hiring.Web.Tests.Infrastructure;
using Hiring.Web.Tests.Recruiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hiring.Web.Tests.Reports;

/// <summary>The report's figures are the web's figures, on the demo data (issue 16, items 1–5).</summary>
public abstract class ReportFiguresTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : HiringApp
{
    private Task<List<Guid>> TestedAsync(string? language = null) => app.WithDbAsync(db => db.Applications.AsNoTracking()
        .Where(a => a.Candidate!.IsDemo && (language == null || a.Post!.Language == language) && db.Attempts.Any(t => t.ApplicationId == a.Id && t.SubmittedAt != null))
        .OrderBy(a => a.Id).Select(a => a.Id).ToListAsync());

    [Fact]
    public async Task Every_competency_in_every_demo_report_is_the_figure_the_staff_test_page_shows()
    {
        var recruiter = new PageClient(app);
        await recruiter.LogInAsync("recruiter@demo.hiring.local", Given.DemoPassword);
        var compared = 0;
        foreach (var id in await TestedAsync())
        {
            var (_, page) = await recruiter.GetPageAsync($"/Recruiting/Attempts?application={id}");
            var web = page.QuerySelectorAll("tr[data-testid^=competency-]").ToDictionary(
                r => r.QuerySelector("th")!.TextContent.Trim(), r => r.QuerySelector("td.num")!.TextContent.Trim().TrimEnd('%'));
            var model = (await app.WithScopeAsync(s => s.GetRequiredService<CandidateReportBuilder>().BuildAsync(id)))!;

            Assert.Equal(web.Keys.Order(), model.Competencies.Select(c => c.Name).Order());
            foreach (var c in model.Competencies)
                Assert.Equal(web[c.Name], c.Score0to100.ToString("0.0", CultureInfo.InvariantCulture));
            compared += model.Competencies.Count;
        }
        Assert.True(compared > 50, $"only {compared} competency figures compared");
    }

    [Fact]
    public async Task Every_demo_reports_composite_scores_times_and_percentiles_read_back_as_the_staff_page_shows_them()
    {
        var recruiter = new PageClient(app);
        await recruiter.LogInAsync("recruiter@demo.hiring.local", Given.DemoPassword);
        var checkedTests = 0;
        // English posts: how the report prints a Chinese post's typing figure (字/分钟) is the report's own test.
        foreach (var id in await TestedAsync("en"))
        {
            var (_, page) = await recruiter.GetPageAsync($"/Recruiting/Attempts?application={id}");
            var text = await ReportTextAsync(id);

            Assert.Contains($"COMPOSITE SCORE", text);
            Assert.Contains(page.QuerySelector("#composite")!.TextContent.Trim(), Reports.Between(text, "TESTS TAKEN", "Recommendation:"));
            foreach (var row in page.QuerySelectorAll("#tests tbody tr[data-testid^='test-']").Where(r => r.QuerySelector("td.num")!.TextContent.Trim().Length > 0))
            {
                var cells = row.QuerySelectorAll("td");
                var score = cells[1].TextContent.Trim(); // "41.0 net WPM (62.3%)" or "31 / 40 (77.5%)"
                var figure = score.Contains("net WPM") ? score[..score.IndexOf(" (")] : score.Replace("(", "").Replace(")", "");
                Assert.Contains(figure, text);
                Assert.Contains(cells[4].TextContent.Trim() + " of", text); // time used, "21:30 of 25:00"
                if (row.QuerySelector("td:nth-of-type(6) span:not(.hint)") is { } percentile) Assert.Contains($" {percentile.TextContent.Trim().Split(' ')[0]} ", text); // "85th percentile" on the web
                checkedTests++;
            }
        }
        Assert.True(checkedTests > 20, $"only {checkedTests} tests compared");
    }

    [Fact]
    public async Task No_applicant_has_a_composite_without_a_scored_test()
    {
        var untested = await app.WithDbAsync(db => db.Applications.AsNoTracking()
            .Where(a => a.CompositeScore != null && !db.Attempts.Any(t => t.ApplicationId == a.Id && t.SubmittedAt != null))
            .Select(a => a.FullName).ToListAsync());
        Assert.Empty(untested);

        var id = await app.WithDbAsync(db => db.Applications.AsNoTracking()
            .Where(a => a.Candidate!.IsDemo && !db.Attempts.Any(t => t.ApplicationId == a.Id)).OrderBy(a => a.Id).Select(a => a.Id).FirstAsync());
        var text = await ReportTextAsync(id);
        Assert.Contains("not tested yet", Reports.Between(text, "TESTS TAKEN", "Recommendation:"));
    }

    [Fact]
    public async Task The_profile_says_it_comes_from_every_test_taken()
    {
        var id = (await TestedAsync()).First();
        var model = (await app.WithScopeAsync(s => s.GetRequiredService<CandidateReportBuilder>().BuildAsync(id)))!;
        var text = await ReportTextAsync(id);

        Assert.DoesNotContain("measured by the situational judgement items", text);
        foreach (var test in model.Tests) Assert.Contains(test.Name, Reports.Between(text, "measured across", "norm group for this post type"));
    }

    [Fact]
    public async Task An_interviewers_note_on_a_question_is_in_the_report()
    {
        const string note = "Calm, specific example."; // short: a wrapped cell interleaves with its neighbours in reading order
        var id = await app.WithDbAsync(async db =>
        {
            var rating = await db.ScorecardRatings.Where(r => db.Scorecards.Any(s => s.Id == r.ScorecardId && s.SubmittedAt != null))
                .OrderBy(r => r.Id).FirstAsync();
            rating.Notes = note;
            await db.SaveChangesAsync();
            return await db.Scorecards.Where(s => s.Id == rating.ScorecardId).Select(s => s.ApplicationId).SingleAsync();
        });

        Assert.Contains("Note: " + note, await ReportTextAsync(id));
    }

    [Fact]
    public async Task A_percentile_does_not_move_when_the_first_norm_table_is_stored()
    {
        await app.WithDbAsync(db => db.NormRows.ExecuteDeleteAsync());
        var ids = (await TestedAsync()).Take(8).ToList();
        async Task<List<int?>> PercentilesAsync()
        {
            var all = new List<int?>();
            foreach (var id in ids)
                all.AddRange((await app.WithScopeAsync(s => s.GetRequiredService<CandidateReportBuilder>().BuildAsync(id)))!.Tests.Select(t => t.Percentile));
            return all;
        }
        var live = await PercentilesAsync();

        var tables = await app.Services.GetServices<IHostedService>().OfType<NormRecompute>().Single().RecomputeOnceAsync();
        Assert.True(tables > 0);
        Assert.Equal(live, await PercentilesAsync());
    }

    private async Task<string> ReportTextAsync(Guid id)
    {
        var manager = await Reports.ManagerAsync(app);
        var response = await manager.GetAsync($"/Reports/Download/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Reports.Text(await response.Content.ReadAsByteArrayAsync());
    }
}

public class ReportFiguresTests_Sqlite(SqliteApp app) : ReportFiguresTests<SqliteApp>(app);
public class ReportFiguresTests_Postgres(PostgresApp app) : ReportFiguresTests<PostgresApp>(app);
