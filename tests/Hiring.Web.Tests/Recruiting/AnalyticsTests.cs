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
}

public class AnalyticsTests_Sqlite(RecruitingSqliteApp app) : AnalyticsTests<RecruitingSqliteApp>(app);
public class AnalyticsTests_Postgres(RecruitingPostgresApp app) : AnalyticsTests<RecruitingPostgresApp>(app);
