using Hiring.Core.Assessments;
using Hiring.Core.Recruiting;
using Hiring.Web.Domain;
using Hiring.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Tests.Recruiting;

public abstract class AnalyticsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : HiringApp
{
    [Fact]
    public async Task Dashboard_funnel_counts_every_stage_an_application_reached()
    {
        var post = await Given.PostAsync(app);
        await Given.ApplicationAsync(app, post, Stage.Applied);
        var tested = await Given.ApplicationAsync(app, post, Stage.Tested);
        var rejected = await Given.ApplicationAsync(app, post, Stage.Rejected);
        await app.WithDbAsync(async db =>
        {
            var t0 = DateTime.UtcNow.AddDays(-6);
            db.StageChanges.AddRange(
                new StageChange { ApplicationId = tested.Id, From = Stage.Applied, To = Stage.Testing, At = t0 },
                new StageChange { ApplicationId = tested.Id, From = Stage.Testing, To = Stage.Tested, At = t0.AddDays(2) },
                new StageChange { ApplicationId = rejected.Id, From = Stage.Applied, To = Stage.Testing, At = t0 },
                new StageChange { ApplicationId = rejected.Id, From = Stage.Testing, To = Stage.Rejected, At = t0.AddDays(1) });
            await db.Applications.Where(a => a.Id == tested.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.Source, "jobcentre-leeds"));
            return await db.SaveChangesAsync();
        });

        var (_, page) = await (await Given.RecruiterAsync(app)).GetPageAsync("/Recruiting");

        var funnel = page.QuerySelector($".funnel[data-post='{post.Id}']")!;
        var reached = funnel.QuerySelectorAll("tbody tr").ToDictionary(r => r.QuerySelector("th")!.TextContent, r => r.QuerySelectorAll("td")[0].TextContent);
        Assert.Equal(("3", "2", "1", "0"), (reached["Applied"], reached["Testing"], reached["Tested"], reached["Shortlisted"]));
        var sources = page.QuerySelector("#sources")!.TextContent;
        Assert.Contains("jobcentre-leeds", sources);
        Assert.Matches(@"\d+\.\d days", page.QuerySelector("#to-shortlist")!.TextContent);
        Assert.NotNull(page.QuerySelector("#stage-times tbody tr"));
    }

    [Fact]
    public async Task Dashboard_bars_are_drawn_to_scale_with_attributes_not_inline_style()
    {
        var (_, page) = await (await Given.RecruiterAsync(app)).GetPageAsync("/Recruiting");

        Assert.Empty(page.QuerySelectorAll("main [style]"));
        var rows = page.QuerySelectorAll("#sources tbody tr").Select(r => (Count: double.Parse(r.QuerySelector("td.num")!.TextContent),
            Width: double.Parse(r.QuerySelector("svg.bar rect")!.GetAttribute("width")!, System.Globalization.CultureInfo.InvariantCulture))).ToList();
        Assert.NotEmpty(rows);
        var most = rows.Max(r => r.Count);
        Assert.All(rows, r => Assert.InRange(r.Width, Math.Max(0.5, 100 * r.Count / most) - 0.1, 100 * r.Count / most + 0.1));
        Assert.All(page.QuerySelectorAll(".funnel svg.bar"), bar => Assert.Equal("0 0 100 10", bar.GetAttribute("viewBox")));
    }

    [Fact]
    public async Task Funnel_shows_the_conversion_from_the_stage_before_and_each_post_has_its_own_stage_times()
    {
        var post = await Given.PostAsync(app);
        await Given.ApplicationAsync(app, post, Stage.Applied);
        await Given.ApplicationAsync(app, post, Stage.Applied);
        var tested = await Given.ApplicationAsync(app, post, Stage.Tested);
        var rejected = await Given.ApplicationAsync(app, post, Stage.Rejected);
        await app.WithDbAsync(async db =>
        {
            var applied = await db.Applications.Where(a => a.Id == tested.Id).Select(a => a.AppliedAt).SingleAsync();
            db.StageChanges.AddRange(
                new StageChange { ApplicationId = tested.Id, From = Stage.Applied, To = Stage.Testing, At = applied.AddDays(1) },
                new StageChange { ApplicationId = tested.Id, From = Stage.Testing, To = Stage.Tested, At = applied.AddDays(3) },
                new StageChange { ApplicationId = rejected.Id, From = Stage.Applied, To = Stage.Testing, At = applied.AddDays(1) },
                new StageChange { ApplicationId = rejected.Id, From = Stage.Testing, To = Stage.Rejected, At = applied.AddDays(2) });
            return await db.SaveChangesAsync();
        });

        var (_, page) = await (await Given.RecruiterAsync(app)).GetPageAsync("/Recruiting");

        var conversion = page.QuerySelectorAll($".funnel[data-post='{post.Id}'] tbody tr")
            .ToDictionary(r => r.QuerySelector("th")!.TextContent, r => r.QuerySelector("td.conversion")!.TextContent.Replace(" ", ""));
        Assert.Equal(("", "50%", "50%", "0%", ""), (conversion["Applied"], conversion["Testing"], conversion["Tested"], conversion["Shortlisted"], conversion["Interview"]));
        var table = page.QuerySelector("#stage-times-per-post")!;
        var columns = table.QuerySelectorAll("thead th").Select(th => th.TextContent).ToList();
        var cells = table.QuerySelector($"tr[data-post='{post.Id}']")!.Children.Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal("1.0", cells[columns.IndexOf("Applied")]);
        Assert.Equal("1.5", cells[columns.IndexOf("Testing")]); // 2 days and 1 day
    }

    [Fact]
    public async Task A_date_range_counts_only_the_applications_received_in_it_and_a_reversed_range_is_swapped_with_a_message()
    {
        var post = await Given.PostAsync(app, status: PostStatus.Closed);
        var old = await Given.ApplicationAsync(app, post, Stage.Applied);
        await Given.ApplicationAsync(app, post, Stage.Applied);
        var march = new DateTime(2020, 3, 31, 23, 30, 0, DateTimeKind.Utc);
        await app.WithDbAsync(db => db.Applications.Where(a => a.Id == old.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.AppliedAt, march)));
        var recruiter = await Given.RecruiterAsync(app);

        var (_, inMarch) = await recruiter.GetPageAsync("/Recruiting?From=2020-03-01&To=2020-03-31&Closed=true");
        var (_, reversed) = await recruiter.GetPageAsync("/Recruiting?From=2020-03-31&To=2020-03-01&Closed=true");
        var (_, openOnly) = await recruiter.GetPageAsync("/Recruiting");
        var (_, allTime) = await recruiter.GetPageAsync("/Recruiting?Closed=true");

        string Applied(AngleSharp.Html.Dom.IHtmlDocument page) => page.QuerySelector($".funnel[data-post='{post.Id}'] tbody tr td.num")!.TextContent;
        Assert.Equal("1", Applied(inMarch));
        Assert.Equal("1", Applied(reversed));
        Assert.Contains("swapped", reversed.QuerySelector("#scope-message")!.TextContent);
        Assert.Equal("2020-03-01", ((AngleSharp.Html.Dom.IHtmlInputElement)reversed.QuerySelector("#From")!).Value);
        Assert.Null(openOnly.QuerySelector($".funnel[data-post='{post.Id}']"));
        Assert.Equal("2", Applied(allTime));
    }

    [Fact]
    public async Task Each_source_shows_how_many_passed_and_each_post_its_pass_rate_per_test_also_as_csv()
    {
        var post = await Given.PostAsync(app);
        var source = $"fair-{Guid.NewGuid():N}"[..13];
        var passed = await Given.ApplicationAsync(app, post, Stage.Tested);
        var failed = await Given.ApplicationAsync(app, post, Stage.Tested);
        var untested = await Given.ApplicationAsync(app, post, Stage.Applied);
        await app.WithDbAsync(async db =>
        {
            await db.Applications.Where(a => a.Id == passed.Id || a.Id == failed.Id || a.Id == untested.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.Source, source));
            var sjt = await db.BatteryTests.FirstAsync(t => t.PostId == post.Id && t.Kind == TestKind.Sjt);
            foreach (var (id, pass) in new[] { (passed.Id, true), (failed.Id, false) })
                db.Attempts.Add(new Attempt
                {
                    ApplicationId = id, BatteryTestId = sjt.Id, Kind = sjt.Kind, Form = "{}", StartedAt = DateTime.UtcNow.AddHours(-1),
                    DeadlineAt = DateTime.UtcNow, LastContactAt = DateTime.UtcNow, SubmittedAt = DateTime.UtcNow, Percent = pass ? 80 : 30, Passed = pass,
                });
            return await db.SaveChangesAsync();
        });
        var recruiter = await Given.RecruiterAsync(app);

        var (_, page) = await recruiter.GetPageAsync("/Recruiting");
        var csv = await recruiter.GetAsync("/Recruiting?handler=Csv&table=passrates");
        var sourcesCsv = await (await recruiter.GetAsync("/Recruiting?handler=Csv&table=sources")).Content.ReadAsStringAsync();
        var unknown = await recruiter.GetAsync("/Recruiting?handler=Csv&table=secrets");

        var row = page.QuerySelectorAll("#sources tbody tr").Single(r => r.QuerySelector("th")!.TextContent == source);
        Assert.Equal("3", row.QuerySelector("td.num")!.TextContent);
        Assert.Equal("50%", row.QuerySelector("td.pass-rate")!.TextContent.Replace(" ", ""));
        var rate = page.QuerySelector($"#pass-rates tr[data-post='{post.Id}']")!.Children.Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(("Situational judgement", "2", "1", "50%"), (rate[1], rate[2], rate[3], rate[4].Replace(" ", "")));
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal("Post,Test,Scored,Passed,Pass rate (%)", lines[0]);
        Assert.Contains($"{post.Title},Situational judgement,2,1,50.0", lines);
        Assert.Contains($"{source},3,0,2,1,50.0,0,0,0.0", sourcesCsv); // none reached Tested through the history
        Assert.Equal(System.Net.HttpStatusCode.NotFound, unknown.StatusCode);
    }
}

public class AnalyticsTests_Sqlite(RecruitingSqliteApp app) : AnalyticsTests<RecruitingSqliteApp>(app);
public class AnalyticsTests_Postgres(RecruitingPostgresApp app) : AnalyticsTests<RecruitingPostgresApp>(app);
