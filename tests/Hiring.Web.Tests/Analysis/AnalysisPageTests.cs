using System.Net;
using Hiring.Core.Assessments;
using Microsoft.EntityFrameworkCore;
using Hiring.Web.Tests.Infrastructure;
using Hiring.Web.Tests.Multitask;

namespace Hiring.Web.Tests.Analysis;

/// <summary>The item analysis page over three simulation shifts: every task as an item, its facility and flags, the CSV.</summary>
public abstract class AnalysisPageTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : MultitaskApp
{
    private async Task<PageClient> RecruiterAsync()
    {
        var client = new PageClient(app);
        await client.LogInAsync("recruiter@demo.hiring.local", "demo-password-2026");
        return client;
    }

    /// <summary>Three shifts of known outcome, alone: the demo cohort's simulation attempts are removed first.</summary>
    private async Task ThreeShiftsAsync()
    {
        await app.WithDbAsync(db => db.Attempts.Where(a => a.Kind == TestKind.Multitask).ExecuteDeleteAsync());
        foreach (var (skip, street) in new[] { ((string?)null, "27 Linden Court"), ("M1", "27 Linden Court"), (null, "27 Lyndon Court") })
        {
            var shift = await Shift.StartAsync(app);
            await shift.PlayAsync(skip, street);
            await shift.SubmitAsync();
        }
    }

    [Fact]
    public async Task Every_item_shows_with_its_statistics_flags_and_csv()
    {
        await ThreeShiftsAsync();
        var recruiter = await RecruiterAsync();
        var (response, page) = await recruiter.GetPageAsync("/Recruiting/Analysis?kind=Multitask&post=Inbound");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("3", page.QuerySelector("#analysis-attempts")!.TextContent);
        var ids = page.QuerySelectorAll("#analysis-items tbody tr").Select(r => r.QuerySelector("th")!.TextContent).ToList();
        Assert.Equal(["SIM-001-T1", "SIM-001-T2", "SIM-001-T3", "SIM-001-T4", "SIM-001-T5", "SIM-001-T6"], ids);
        var t1 = page.QuerySelector("#item-SIM-001-T1")!;
        Assert.Equal("0.67", t1.QuerySelectorAll("td")[1].TextContent);   // replied in 2 of 3 shifts
        Assert.Equal("0.92", page.QuerySelector("#item-SIM-001-T2")!.QuerySelectorAll("td")[1].TextContent); // (1 + 1 + 0.75) / 3
        Assert.Contains("ⓘ Few attempts", t1.TextContent);                  // a text marker, not only a colour
        Assert.Contains("TooEasy", page.QuerySelector("#item-SIM-001-T3")!.GetAttribute("data-flags"));  // everyone got it right
        Assert.Null(page.QuerySelector("#analysis-demo"));                  // these attempts are not demo applicants'

        var csv = await recruiter.Http.GetAsync("/Recruiting/Analysis?handler=Csv&kind=Multitask&post=Inbound");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("item,answered,facility,discrimination,option_shares,median_seconds,flags", lines[0].TrimEnd('\r'));
        Assert.Equal(7, lines.Length);
        Assert.StartsWith("SIM-001-T1,3,0.667,", lines[1]);
    }

    [Fact]
    public async Task The_analysis_is_worked_out_again_when_an_attempt_is_scored_or_removed()
    {
        await ThreeShiftsAsync();
        var recruiter = await RecruiterAsync();
        async Task<(string Attempts, string T1)> ReadAsync()
        {
            var (_, page) = await recruiter.GetPageAsync("/Recruiting/Analysis?kind=Multitask&post=Inbound");
            return (page.QuerySelector("#analysis-attempts")!.TextContent, page.QuerySelector("#item-SIM-001-T1")!.QuerySelectorAll("td")[1].TextContent);
        }
        Assert.Equal(("3", "0.67"), await ReadAsync());
        Assert.Equal(("3", "0.67"), await ReadAsync());

        var shift = await Shift.StartAsync(app);
        await shift.PlayAsync("M1", "27 Linden Court");
        await shift.SubmitAsync();
        Assert.Equal(("4", "0.50"), await ReadAsync());

        await app.WithDbAsync(db => db.Attempts.Where(a => a.Kind == TestKind.Multitask).OrderByDescending(a => a.SubmittedAt).Take(1).ExecuteDeleteAsync());
        Assert.Equal(("3", "0.67"), await ReadAsync());
    }

    [Theory]
    [InlineData("Sjt")]
    [InlineData("Reading")]
    public async Task Demo_attempts_are_labelled_as_demo_data(string kind)
    {
        var (_, page) = await (await RecruiterAsync()).GetPageAsync($"/Recruiting/Analysis?kind={kind}");
        var banner = page.QuerySelector("#analysis-demo")!.TextContent;
        Assert.Matches(@"Demo data: all \d+ attempts analysed come from demo applicants", banner);
        Assert.Contains("every figure below (facility, discrimination, choices, times, reliability and the flags) rests on them", banner);
        Assert.NotEmpty(page.QuerySelectorAll("#analysis-items tbody tr"));
    }

    [Theory]
    [InlineData("interviewer@demo.hiring.local")]
    [InlineData("candidate@demo.hiring.local")]
    public async Task Interviewers_and_candidates_are_refused(string email)
    {
        var client = new PageClient(app);
        await client.LogInAsync(email, "demo-password-2026");
        foreach (var url in new[] { "/Recruiting/Analysis", "/Recruiting/Analysis?handler=Csv", "/Recruiting/Analysis/Norms" })
        {
            // Refusals go to the access-denied page, which answers 403.
            var response = await client.Http.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/Account/AccessDenied", response.Headers.Location!.OriginalString);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.GetAsync(response.Headers.Location)).StatusCode);
        }
    }

    [Fact]
    public async Task Norm_tables_show_bands_and_group_size_once_recomputed()
    {
        Assert.True(await app.Service<Hiring.Web.Analysis.NormRecompute>().RecomputeOnceAsync() > 0);
        var (response, page) = await (await RecruiterAsync()).GetPageAsync("/Recruiting/Analysis/Norms");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = page.QuerySelector("#norms tbody tr")!;
        Assert.Equal(5 + 4 + 1, row.Children.Length); // test, post, language, size, five bands, note
        Assert.Contains("Computed", page.QuerySelector("#norms-computed")!.TextContent);
        var demo = await app.WithDbAsync(db => db.Attempts.CountAsync(a => a.SubmittedAt != null && a.Application!.Candidate!.IsDemo));
        Assert.StartsWith($"Demo data: {demo} of the ", page.QuerySelector("#norms-demo")!.TextContent.Trim());
    }
}

public class AnalysisPageTests_Sqlite(SqliteMultitaskApp app) : AnalysisPageTests<SqliteMultitaskApp>(app);
public class AnalysisPageTests_Postgres(PostgresMultitaskApp app) : AnalysisPageTests<PostgresMultitaskApp>(app);
