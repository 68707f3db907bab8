using AngleSharp.Html.Dom;
using Hiring.Core.Assessments;
using Hiring.Web.Assessments;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Hiring.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Hiring.Web.Tests.Infrastructure;

namespace Hiring.Web.Tests.Analysis;

/// <summary>The demo as shipped (300 applicants on the real banks).</summary>
public abstract class DemoCohortApp : HiringApp
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Demo:Applicants"] = "300" };
}

public class SqliteDemoCohortApp : DemoCohortApp
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public class PostgresDemoCohortApp : DemoCohortApp
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
}

/// <summary>On the demo cohort every bank's item analysis reads like a real bank's: reliabilities in the usual range, times
/// per item, and the items the demo's ability model gave a flaw (DemoItems) flagged for what they are.</summary>
public abstract class DemoStatisticsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : DemoCohortApp
{
    private async Task<IHtmlDocument> AnalysisAsync(string kind)
    {
        var recruiter = new PageClient(app);
        await recruiter.LogInAsync("recruiter@demo.hiring.local", "demo-password-2026");
        var (_, page) = await recruiter.GetPageAsync($"/Recruiting/Analysis?kind={kind}");
        Assert.StartsWith("Demo data: all ", page.QuerySelector("#analysis-demo")!.TextContent.Trim());
        return page;
    }

    private static HashSet<string> Flags(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("#analysis-items tbody tr").SelectMany(r => r.GetAttribute("data-flags")!.Split(' ', StringSplitOptions.RemoveEmptyEntries))];

    private static List<string> Column(IHtmlDocument page, int td) =>
        [.. page.QuerySelectorAll("#analysis-items tbody tr").Select(r => r.QuerySelectorAll("td")[td].TextContent.Trim())];

    [Theory]
    [InlineData("Sjt", "NegativeDiscrimination TooEasy")]
    [InlineData("Literacy", "NegativeDiscrimination TooEasy TooHard")]
    [InlineData("Reading", "NegativeDiscrimination TooHard")]
    public async Task Drawn_form_banks_show_a_reliability_times_and_their_flawed_items_flagged(string kind, string flags)
    {
        var page = await AnalysisAsync(kind);
        Assert.InRange(double.Parse(page.QuerySelector("#analysis-alpha")!.TextContent), 0.5, 0.95);
        Assert.Contains("for a form of", page.QuerySelector("#analysis-reliability")!.TextContent);
        Assert.All(Column(page, 4), t => Assert.InRange(double.Parse(t, System.Globalization.CultureInfo.InvariantCulture), 5, 300)); // median seconds on every item
        Assert.Superset(flags.Split(' ').ToHashSet(), Flags(page));
    }

    [Fact]
    public async Task Typing_passages_are_compared_with_each_other_and_the_one_dense_with_figures_is_flagged()
    {
        var page = await AnalysisAsync("Typing");
        Assert.NotNull(page.QuerySelector("#analysis-parallel"));
        Assert.Contains("UnlikeOthers", page.QuerySelector("#item-TYP-002")!.GetAttribute("data-flags")); // an address passage
        Assert.All(Column(page, 1), f => Assert.InRange(double.Parse(f, System.Globalization.CultureInfo.InvariantCulture), 0.2, 0.9));
    }

    [Fact]
    public async Task The_simulation_shows_a_reliability_and_its_giveaway_task_flagged()
    {
        var page = await AnalysisAsync("Multitask");
        Assert.InRange(double.Parse(page.QuerySelector("#analysis-alpha")!.TextContent), 0.1, 0.95);
        Assert.Contains("TooEasy", Flags(page));
        Assert.NotNull(page.QuerySelector("#analysis-sim-times"));
    }

    [Fact]
    public async Task A_Chinese_candidate_finds_the_demos_Chinese_post_whose_applicants_took_the_Chinese_tests()
    {
        var (_, careers) = await new PageClient(app).GetPageAsync("/Careers");
        Assert.Contains("呼入客服专员", careers.Body!.TextContent);

        var attempts = await app.WithDbAsync(db => db.Attempts.AsNoTracking()
            .Where(a => a.SubmittedAt != null && a.Application!.Post!.Language == Cultures.ChineseSimplified)
            .Select(a => new { a.Id, a.Kind, a.Form, a.Raw, a.Detail, a.Application!.Candidate!.DisplayName }).ToListAsync());
        Assert.Equal([TestKind.Sjt, TestKind.Typing, TestKind.Reading, TestKind.Literacy], attempts.Select(a => a.Kind).Distinct().Order());
        Assert.True(attempts.Select(a => a.DisplayName).Distinct().Count() >= 4);
        Assert.All(attempts, a => Assert.Matches(@"^\p{IsCJKUnifiedIdeographs}{2,4}$", a.DisplayName));
        // Every item drawn from the Chinese banks (their ids carry ZH).
        Assert.All(attempts, a => Assert.All(AttemptForms.Read(new Attempt { Id = a.Id, Form = a.Form }).Items, i => Assert.Contains("-ZH-", i.Id)));
        // Typed through the input method in 字/分钟, around the Chinese default norm, and none held for review.
        var typing = attempts.Where(a => a.Kind == TestKind.Typing).ToList();
        Assert.All(typing, a => Assert.False(IntegrityFlags.HeldForReview(TestKind.Typing, a.Detail), a.Detail));
        Assert.InRange(typing.Average(a => a.Raw!.Value), 25, 85);
    }
}

public class DemoStatisticsTests_Sqlite(SqliteDemoCohortApp app) : DemoStatisticsTests<SqliteDemoCohortApp>(app);
public class DemoStatisticsTests_Postgres(PostgresDemoCohortApp app) : DemoStatisticsTests<PostgresDemoCohortApp>(app);
