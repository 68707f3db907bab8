using System.Net;
using Hiring.Web.Domain;
using Hiring.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Tests.Interviews;

public abstract class KitPageTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : HiringApp
{
    private readonly InterviewWorld _world = new(app);

    private static List<string> KitIds(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("#kit > li").Select(li => li.GetAttribute("data-question")!).ToList();

    [Fact]
    public async Task Interviewer_on_the_panel_sees_the_default_kit_for_the_post_with_its_time()
    {
        var (applicationId, _) = await _world.ApplicationAsync();
        var interviewer = await _world.InterviewerAsync();
        await _world.BookAsync(applicationId, DateTime.UtcNow.AddDays(2), interviewer);
        var client = await _world.LogInAsync(interviewer.Email);

        var (response, page) = await client.GetPageAsync($"/Interviews/Kit/{applicationId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var ids = KitIds(page);
        // Inbound post, experienced applicant, no test scores: the seed bank's general questions (not the
        // INT-GEN-101 swap), its four inbound questions, then behavioural questions for EMP, LIS and ANG.
        Assert.Equal(["INT-GEN-001", "INT-GEN-002", "INT-GEN-003", "INT-GEN-004", "INT-GEN-005", "INT-GEN-006", "INT-GEN-007", "INT-GEN-102",
            "INT-IN-001", "INT-IN-002", "INT-IN-003", "INT-IN-004", "INT-BEH-EMP-1", "INT-BEH-LIS-1", "INT-BEH-ANG-1"], ids);
        // 4+3+3+3+4+4+2+4 general, 3+3+3+4 inbound, 4+4+5 behavioural
        Assert.Equal("53", page.QuerySelector("#kit-minutes")!.TextContent);
    }

    [Fact]
    public async Task The_kit_probes_the_competencies_the_submitted_tests_found_weakest()
    {
        var (applicationId, _) = await _world.ApplicationAsync();
        // One submitted SJT attempt: DET 0 of 4 and TEAM 1 of 4 are the weakest, then CALM 2 of 4 (item S3 counts for both CALM and EMP);
        // EMP averages (2/4 + 4/4) / 2 = 75 %, SELL 100 %.
        var detail = new Hiring.Web.Assessments.AttemptDetail(
            [new("S1", 0, 4, ["DET"]), new("S2", 1, 4, ["TEAM"]), new("S3", 2, 4, ["CALM", "EMP"]), new("S4", 4, 4, ["EMP"]), new("S5", 4, 4, ["SELL"])],
            new Dictionary<string, Hiring.Core.Assessments.Scoring.CompetencyScore>());
        await app.WithDbAsync(async db =>
        {
            var test = await db.BatteryTests.FirstAsync(t => t.PostId == db.Applications.Single(a => a.Id == applicationId).PostId);
            db.Attempts.Add(new Attempt
            {
                ApplicationId = applicationId, BatteryTestId = test.Id, Kind = test.Kind, Form = "{}", StartedAt = DateTime.UtcNow.AddHours(-1),
                DeadlineAt = DateTime.UtcNow, LastContactAt = DateTime.UtcNow, SubmittedAt = DateTime.UtcNow,
                Detail = System.Text.Json.JsonSerializer.Serialize(detail, Hiring.Web.Assessments.AttemptFinaliser.Json),
            });
            return await db.SaveChangesAsync();
        });
        var client = await _world.LogInAsync(InterviewWorld.Recruiter, InterviewWorld.DemoPassword);
        var (_, page) = await client.GetPageAsync($"/Interviews/Kit/{applicationId}");
        Assert.Contains("probe Attention to detail, Collaboration, Calm under pressure.", page.QuerySelector("main")!.TextContent);
        // For CALM, INT-BEH-CALM-2 (CALM, TEAM) beats CALM-1 (CALM, REL): it also probes TEAM, another weak one.
        Assert.Equal(["INT-BEH-DET-1", "INT-BEH-TEAM-1", "INT-BEH-CALM-2"], KitIds(page).Where(id => id.StartsWith("INT-BEH-")));
    }

    [Fact]
    public async Task Recruiter_removes_reorders_and_adds_questions_and_the_kit_keeps_them()
    {
        var (applicationId, _) = await _world.ApplicationAsync();
        var client = await _world.LogInAsync(InterviewWorld.Recruiter, InterviewWorld.DemoPassword);
        var url = $"/Interviews/Kit/{applicationId}";
        var (_, page) = await client.GetPageAsync(url);
        var before = KitIds(page);

        await client.SubmitAsync(page, new Dictionary<string, string>(), "#kit > li[data-question='INT-GEN-007'] form.remove");
        (_, page) = await client.GetPageAsync(url);
        await client.SubmitAsync(page, new Dictionary<string, string>(), "#kit > li[data-question='INT-IN-001'] form.up");
        (_, page) = await client.GetPageAsync($"{url}?category=behavioural&competency=DET");
        var offered = page.QuerySelectorAll("#bank > li").Select(li => li.GetAttribute("data-question")).ToList();
        Assert.Equal(["INT-BEH-COM-2", "INT-BEH-CRIT-2", "INT-BEH-DET-1", "INT-BEH-DET-2", "INT-BEH-DET-3", "INT-BEH-LIS-2", "INT-BEH-MT-2"], offered);
        var added = await client.SubmitAsync(page, new Dictionary<string, string>(), "#bank > li[data-question='INT-BEH-DET-1'] form");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        (_, page) = await client.GetPageAsync(url);
        var expected = before.Where(id => id != "INT-GEN-007").ToList();
        var i = expected.IndexOf("INT-IN-001");
        (expected[i - 1], expected[i]) = (expected[i], expected[i - 1]);
        expected.Add("INT-BEH-DET-1");
        Assert.Equal(expected, KitIds(page));
        Assert.Equal((53 - 2 + 3).ToString(), page.QuerySelector("#kit-minutes")!.TextContent);
    }

    [Fact]
    public async Task Applicant_who_never_worked_in_a_contact_centre_gets_the_motivation_swaps_by_default()
    {
        var (applicationId, _) = await _world.ApplicationAsync(contactCentreMonths: 0);
        var client = await _world.LogInAsync(InterviewWorld.Recruiter, InterviewWorld.DemoPassword);
        var (_, page) = await client.GetPageAsync($"/Interviews/Kit/{applicationId}");
        Assert.Equal(["INT-GEN-101", "INT-GEN-002"], KitIds(page).Take(2));
        Assert.Equal("false", page.QuerySelector("#hasExperience option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task First_job_applicant_kit_asks_the_motivation_swaps()
    {
        var (applicationId, _) = await _world.ApplicationAsync();
        var client = await _world.LogInAsync(InterviewWorld.Recruiter, InterviewWorld.DemoPassword);
        var (_, page) = await client.GetPageAsync($"/Interviews/Kit/{applicationId}");
        await client.SubmitAsync(page, new Dictionary<string, string> { ["hasExperience"] = "false" }, "#rebuild");
        (_, page) = await client.GetPageAsync($"/Interviews/Kit/{applicationId}");
        // Each experience question is replaced in place by the motivation question its swap_for names.
        Assert.Equal(["INT-GEN-101", "INT-GEN-002", "INT-GEN-003", "INT-GEN-004", "INT-GEN-005", "INT-GEN-006", "INT-GEN-007", "INT-GEN-102",
            "INT-IN-101", "INT-IN-102", "INT-IN-103", "INT-IN-104"], KitIds(page).Take(12));
    }

    [Fact]
    public async Task Interviewer_not_on_the_panel_is_forbidden()
    {
        var (applicationId, _) = await _world.ApplicationAsync();
        var onPanel = await _world.InterviewerAsync("On Panel");
        await _world.BookAsync(applicationId, DateTime.UtcNow.AddDays(2), onPanel);
        var other = await _world.InterviewerAsync("Not On Panel");
        var client = await _world.LogInAsync(other.Email);

        foreach (var url in new[] { $"/Interviews/Kit/{applicationId}", $"/Interviews/Scorecard/{applicationId}", $"/Interviews/Application/{applicationId}" })
        {
            var (response, _) = await client.GetPageAsync(url);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
        var (dashboard, page) = await client.GetPageAsync("/Interviews");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Null(page.QuerySelector($"a[href='/Interviews/Application/{applicationId}']"));
    }
}

public class KitPageTests_Sqlite(SqliteApp app) : KitPageTests<SqliteApp>(app);
public class KitPageTests_Postgres(PostgresApp app) : KitPageTests<PostgresApp>(app);
