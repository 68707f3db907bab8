using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Hiring.Documents;
using Hiring.Documents.Reports;
using Hiring.Web.Auditing;
using Hiring.Web.Reports;
using Hiring.Web.Tests.Infrastructure;
using Hiring.Web.Tests.Localization;
using Hiring.Web.Tests.Recruiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hiring.Web.Tests.Reports;

/// <summary>Applicants side by side, and the candidate report read on screen: both the report model's figures, both audited.</summary>
public abstract class CompareAndOnScreenTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : HiringApp
{
    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    public async Task Comparing_applicants_shows_each_ones_report_figures_in_their_column(int count)
    {
        var ids = await TestedAsync(count);
        var manager = await Reports.ManagerAsync(app);

        var (response, page) = await manager.GetPageAsync("/Reports/Compare?" + string.Join("&", ids.Select(id => $"ids={id}")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(page.QuerySelector("#refusal"));
        Assert.Equal(ids.Select(id => id.ToString()), page.QuerySelectorAll("#compare thead th[data-id]").Select(th => th.GetAttribute("data-id")));
        var panelled = 0;
        for (var i = 0; i < ids.Count; i++)
        {
            var model = await ModelAsync(ids[i]);
            string Cell(string row) => page.QuerySelectorAll($"#compare tbody tr{row}").Single().QuerySelectorAll("td")[i].TextContent;
            Assert.Contains(model.StageName!, Cell("#row-stage"));
            Assert.Contains(ReportReading.Composite(model), Cell("#row-composite"));
            foreach (var test in model.Tests)
            {
                var cell = Cell($"[data-test='{test.Name}']");
                Assert.Contains(ReportReading.Figure(test), cell);
                Assert.Contains(test.Passed ? "passed" : "below the pass mark", cell);
            }
            foreach (var c in model.Competencies)
                Assert.Contains($"{c.Score0to100:0.0} (median {c.NormMedian:0.0})", Cell($"[data-competency='{c.Name}']"));
            if (model.PanelAverage is { } average)
            {
                panelled++;
                Assert.Contains($"{average:0.0} ({model.PanelRatings.Count})", Cell("#row-panel"));
                foreach (var c in model.PanelByCompetency) Assert.Contains($"{c.Average:0.0} ({c.Count})", Cell($"[data-rated='{c.Name}']"));
            }
            foreach (var flag in model.Flags) Assert.Contains($"{flag.Test}: {flag.Flag}", Cell("#row-flags"));
        }
        Assert.True(panelled > 0, "no compared applicant had a scorecard");
        Assert.Empty(VisibleWordsTests<TApp>.Identifiers(page));
        var audited = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.Action == AuditActions.ReportView).Select(e => e.RecordId).ToListAsync());
        Assert.All(ids, id => Assert.Contains(id.ToString(), audited));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    public async Task Comparing_fewer_than_two_or_more_than_four_is_refused_with_a_message(int count)
    {
        var ids = await TestedAsync(count);
        var manager = await Reports.ManagerAsync(app);

        var (_, page) = await manager.GetPageAsync("/Reports/Compare?" + string.Join("&", ids.Select(id => $"ids={id}")));

        Assert.Null(page.QuerySelector("#compare"));
        Assert.Contains(count < 2 ? "Choose at least 2 applicants to compare (you chose 1)" : "Compare at most 4 applicants at a time (you chose 5)",
            page.QuerySelector("#refusal")!.TextContent);
    }

    [Fact]
    public async Task Ticking_two_on_the_reports_list_and_pressing_compare_opens_them_side_by_side()
    {
        var manager = await Reports.ManagerAsync(app);
        var (_, list) = await manager.GetPageAsync("/Reports");
        var boxes = list.QuerySelectorAll<IHtmlInputElement>("#reports input[name=selected]").Take(2).ToList();
        foreach (var box in boxes) box.IsChecked = true;
        var form = list.QuerySelector<IHtmlFormElement>("#reports")!;
        form.SetAttribute("action", list.QuerySelector("#compare-button")!.GetAttribute("formaction")!);

        var response = await manager.SubmitAsync(list, new Dictionary<string, string>(), "#reports");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (_, page) = await manager.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Equal(boxes.Select(b => b.Value), page.QuerySelectorAll("#compare thead th[data-id]").Select(th => th.GetAttribute("data-id")));
    }

    [Fact]
    public async Task The_on_screen_report_shows_the_figures_of_the_pdfs_model_and_is_audited()
    {
        var id = (await TestedAsync(1))[0];
        var model = await ModelAsync(id);
        var manager = await Reports.ManagerAsync(app);
        var (_, list) = await manager.GetPageAsync("/Reports?stage=" + model.Stage);
        Assert.Equal($"/Reports/Candidate/{id}", list.QuerySelector($"#name-{id} a")!.GetAttribute("href"));

        var (response, page) = await manager.GetPageAsync($"/Reports/Candidate/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"/Reports/Download/{id}", page.QuerySelector("#report-pdf")!.GetAttribute("href"));
        Assert.Equal(ReportReading.Composite(model), page.QuerySelector("#composite")!.TextContent.Trim());
        Assert.Contains(Recommendation.For(model).Line, page.QuerySelector("#recommendation")!.TextContent);
        Assert.Equal(ReportReading.Reasons(model), page.QuerySelectorAll("#reasons li").Select(li => li.TextContent.Trim()));
        foreach (var test in model.Tests)
        {
            var card = page.QuerySelector($".applicant-test[data-test='{test.Kind.ToString().ToLowerInvariant()}']")!;
            Assert.Equal(ReportReading.Facts(test).Select(f => f.Value), card.QuerySelectorAll("dd").Select(dd => dd.TextContent.Trim()));
            Assert.Contains(ReportReading.Taken(test), card.TextContent);
        }
        var rows = page.QuerySelectorAll("#competencies tbody tr").Select(tr => tr.TextContent).ToList();
        Assert.Equal(model.Competencies.Count, rows.Count);
        Assert.All(model.Competencies.Zip(rows), x => Assert.Contains(Squeezed($"{x.First.Name}{x.First.Score0to100:0.0}{x.First.NormMedian:0.0}"), Squeezed(x.Second)));
        Assert.Empty(page.QuerySelectorAll("[style]"));
        Assert.Empty(VisibleWordsTests<TApp>.Identifiers(page));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditActions.ReportView && e.RecordId == id.ToString())));
    }

    [Theory]
    [InlineData("interviewer@demo.hiring.local")]
    [InlineData("candidate@demo.hiring.local")]
    public async Task Roles_that_cannot_read_reports_cannot_compare_or_read_one_on_screen(string email)
    {
        var ids = await TestedAsync(2);
        var client = new PageClient(app);
        await client.LogInAsync(email, Given.DemoPassword);

        foreach (var url in new[] { $"/Reports/Compare?ids={ids[0]}&ids={ids[1]}", $"/Reports/Candidate/{ids[0]}" })
        {
            var refused = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.StartsWith("/Account/AccessDenied", refused.Headers.Location!.PathAndQuery(app));
        }
        Assert.False(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditActions.ReportView && e.UserName == email)));
    }

    private static string Squeezed(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>Demo applications in English posts that took tests, those with a submitted scorecard first.</summary>
    private Task<List<Guid>> TestedAsync(int count) => app.WithDbAsync(db => db.Applications.AsNoTracking()
        .Where(a => a.Candidate!.IsDemo && a.Post!.Language == Hiring.Web.Localization.Cultures.English && db.Attempts.Any(t => t.ApplicationId == a.Id && t.SubmittedAt != null))
        .OrderByDescending(a => db.Scorecards.Any(s => s.ApplicationId == a.Id && s.SubmittedAt != null)).ThenBy(a => a.Id)
        .Select(a => a.Id).Take(count).ToListAsync());

    private Task<CandidateReportModel> ModelAsync(Guid id) => app.WithScopeAsync(async services =>
    {
        using var english = Words.Use("en");
        return (await services.GetRequiredService<CandidateReportBuilder>().BuildAsync(id))!;
    });
}

public class CompareAndOnScreenTests_Sqlite(SqliteApp app) : CompareAndOnScreenTests<SqliteApp>(app);
public class CompareAndOnScreenTests_Postgres(PostgresApp app) : CompareAndOnScreenTests<PostgresApp>(app);
