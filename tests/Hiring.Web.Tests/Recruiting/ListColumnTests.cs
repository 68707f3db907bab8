using AngleSharp.Dom;
using Hiring.Core.Assessments;
using Hiring.Web.Reports;
using Hiring.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Tests.Recruiting;

/// <summary>The integrity signals and each test's score as columns the recruiter shows or hides, kept in the URL.</summary>
public abstract class ListColumnTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : HiringApp
{
    [Fact]
    public async Task Chosen_columns_show_the_signal_count_and_the_tests_score_and_stay_in_the_links()
    {
        var demo = await app.WithDbAsync(db => db.Attempts.AsNoTracking().Where(t => t.Kind == TestKind.Sjt && t.Percent != null)
            .Select(t => new { t.ApplicationId, t.Percent }).FirstAsync());
        var signals = await app.WithDbAsync(db => db.Attempts.AsNoTracking().Where(t => t.ApplicationId == demo.ApplicationId)
            .SumAsync(t => t.BlurCount + t.PasteCount + t.CopyCount + t.FullscreenExits + t.SyntheticInputs));
        var recruiter = await Given.RecruiterAsync(app);
        var q = CandidateReportBuilder.Reference(demo.ApplicationId);

        var (_, plain) = await recruiter.GetPageAsync($"/Recruiting/Applications?Q={q}");
        Assert.DoesNotContain(plain.QuerySelectorAll("#bulk th"), th => th.TextContent.Contains("Situational judgement"));

        var (_, list) = await recruiter.GetPageAsync($"/Recruiting/Applications?Q={q}&Cols=flags&Cols=Sjt");
        var headers = list.QuerySelectorAll("#bulk thead th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Equal(["Integrity signals", "Situational judgement (%)"], headers.TakeLast(2));
        var cells = list.QuerySelectorAll("#bulk tbody tr").Single().QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal([signals.ToString(), demo.Percent!.Value.ToString("0")], cells.TakeLast(2));
        Assert.Contains("Cols=Sjt,flags", Uri.UnescapeDataString(list.QuerySelector(".list-chip")!.GetAttribute("href")!));
        Assert.Contains("Cols=Sjt,flags", Uri.UnescapeDataString(list.QuerySelector("#bulk")!.GetAttribute("action")!));
    }
}

public class SqliteListColumnTests(SqliteApp app) : ListColumnTests<SqliteApp>(app);
public class PostgresListColumnTests(PostgresApp app) : ListColumnTests<PostgresApp>(app);
