using Hiring.Web.Localization;
using System.IO.Compression;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Hiring.Core.Assessments;
using Hiring.Core.Recruiting;
using Hiring.Web.Assessments;
using Hiring.Web.Auditing;
using Hiring.Web.Domain;
using Hiring.Web.Tests.Infrastructure;
using Hiring.Web.Tests.Recruiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hiring.Web.Tests.Reports;

public abstract class ReportTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : HiringApp
{
    private static readonly Stage[] Deciding = [Stage.Shortlisted, Stage.Interview, Stage.Offer];

    [Fact]
    public async Task Hiring_manager_downloads_a_demo_candidates_report_with_every_test_and_the_download_is_audited()
    {
        var demo = await app.WithDbAsync(db => db.Applications.AsNoTracking()
            .Where(a => a.Candidate!.IsDemo && a.Post!.Language == Cultures.English && Deciding.Contains(a.Stage) && db.Attempts.Any(t => t.ApplicationId == a.Id))
            .OrderBy(a => a.Id).Select(a => new { a.Id, a.FullName, a.Post!.Title, a.Post.PostType, a.Stage }).FirstAsync());
        var attempts = await app.WithDbAsync(async db =>
        {
            db.ApplicationNotes.Add(new ApplicationNote { ApplicationId = demo.Id, At = DateTime.UtcNow, ByName = "Dana Whitfield", Text = "Call back about the late shift." });
            var first = await db.Attempts.Where(t => t.ApplicationId == demo.Id).OrderBy(t => t.Kind).FirstAsync();
            (first.BlurCount, first.AwaySeconds) = (4, 95);
            await db.SaveChangesAsync();
            return await db.Attempts.AsNoTracking().Where(t => t.ApplicationId == demo.Id).OrderBy(t => t.Kind).ToListAsync();
        });
        var manager = await Reports.ManagerAsync(app);

        var response = await manager.GetAsync($"/Reports/Download/{demo.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("candidate-report-", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        var text = Reports.Text(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains(demo.FullName, text);
        Assert.Contains(demo.Title, text);
        Assert.Contains($" {demo.Stage} ", Reports.Between(text, "TESTS TAKEN", "Recommendation:"));
        Assert.Contains("Call back about the late shift.", text);
        Assert.Contains("Which shifts can you work?", text);
        foreach (var attempt in attempts)
        {
            var norm = await app.WithScopeAsync(s => s.GetRequiredService<NormGroups>().ForAsync(attempt.Kind, demo.PostType, Cultures.English));
            var percentile = norm.PercentileOf(Norm.ScoreOf(attempt.Kind, attempt.Raw, attempt.Percent))!.Value;
            // The block reads: name, verdict, the row of labels, then the row of figures; typing in net WPM, not an index.
            var (labels, figures) = attempt.Kind == TestKind.Typing
                ? ("NET SPEED ACCURACY GROSS SPEED PERCENTILE", $" {attempt.Raw:0.0} WPM ")
                : ("SCORE PERCENT PERCENTILE", $" {attempt.Raw:0.##} / {attempt.MaxRaw:0.##} {attempt.Percent:0.0}% {Reports.Ordinal((int)percentile)} ");
            Assert.Contains($"{DisplayNames.Of(attempt.Kind)} {(attempt.Passed == true ? "PASSED" : "BELOW PASS MARK")} {labels}", text);
            Assert.Contains(figures, text);
            // The published typing norm is not a group of this site's candidates: it is named, not counted.
            Assert.Contains(norm.Size > 0 ? $"Better than {(int)percentile}% of {norm.Size} " : $"Better than {(int)percentile}% of typists in the published norm", text);
            Assert.Contains($"Norm: {norm.Label}", text);
        }
        Assert.Contains($"{DisplayNames.Of(attempts[0].Kind)} Left the test window 4 times, 1 min 35 s away in total Warning", text);

        var managerId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == Reports.ManagerEmail).Select(u => u.Id).SingleAsync());
        var line = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .SingleAsync(e => e.Action == AuditActions.ReportDownload && e.RecordId == demo.Id.ToString()));
        Assert.Equal((managerId, AuditRecordTypes.Application), (line.UserId, line.RecordType));
        Assert.InRange(line.At, DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddSeconds(1));
    }

    [Fact]
    public async Task Report_holds_each_submitted_interview_scorecard_with_its_interviewer_and_call()
    {
        var card = await app.WithDbAsync(db => db.Scorecards.AsNoTracking().Where(s => s.SubmittedAt != null && s.Recommendation != null && s.Ratings.Count > 0)
            .OrderBy(s => s.Id).Select(s => new { s.ApplicationId, s.Interviewer!.DisplayName, s.Recommendation, Ratings = s.Ratings.Count }).FirstAsync());
        var manager = await Reports.ManagerAsync(app);

        var text = Reports.Text(await (await manager.GetAsync($"/Reports/Download/{card.ApplicationId}")).Content.ReadAsByteArrayAsync());

        Assert.DoesNotContain("No interview scorecards yet.", text);
        Assert.Contains(card.DisplayName, Reports.Between(text, "Interview scorecards", "Recruiter notes"));
        Assert.Contains(DisplayNames.Of(card.Recommendation!.Value), Reports.Between(text, "Interview scorecards", "Recruiter notes"));
    }

    [Fact]
    public async Task Candidate_with_no_tests_gets_a_report_that_says_so()
    {
        var post = await Given.PostAsync(app);
        var (id, _) = await Given.ApplicationAsync(app, post, Stage.Testing, name: "Noah Untested");
        var manager = await Reports.ManagerAsync(app);

        var text = Reports.Text(await (await manager.GetAsync($"/Reports/Download/{id}")).Content.ReadAsByteArrayAsync());

        Assert.Contains("Noah Untested", text);
        Assert.Contains("No tests taken yet.", text);
        Assert.Contains("No interview scorecards yet.", text);
        Assert.Contains("No recruiter notes.", text);
    }

    [Theory]
    [InlineData("candidate")]
    [InlineData("interviewer@demo.hiring.local")]
    public async Task Candidates_and_interviewers_are_refused_every_report_and_the_zip(string who)
    {
        var post = await Given.PostAsync(app);
        var (id, _) = await Given.ApplicationAsync(app, post, Stage.Shortlisted, 70);
        PageClient client;
        if (who == "candidate") client = (await Given.CandidateAsync(app)).Client;
        else { client = new PageClient(app); await client.LogInAsync(who, Given.DemoPassword); }

        var single = await client.GetAsync($"/Reports/Download/{id}");
        var zip = await client.Http.PostAsync("/Reports?handler=Zip", new FormUrlEncodedContent([new("selected", id.ToString())]));
        var dashboard = await client.GetAsync("/Reports");

        foreach (var refused in new[] { single, zip, dashboard })
        {
            Assert.StartsWith("/Account/AccessDenied", refused.Headers.Location!.PathAndQuery(app));
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(refused.Headers.Location!.PathAndQuery(app))).StatusCode);
        }
        Assert.Equal(0, await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditActions.ReportDownload && e.RecordId == id.ToString())));
    }

    [Fact]
    public async Task Zip_of_three_selected_applications_holds_three_pdfs_with_distinct_names_and_three_audit_lines()
    {
        var post = await Given.PostAsync(app);
        var ids = new[]
        {
            (await Given.ApplicationAsync(app, post, Stage.Shortlisted, 80, "Zoë Zipper")).Id,
            (await Given.ApplicationAsync(app, post, Stage.Interview, 75, "Zoë Zipper")).Id,
            (await Given.ApplicationAsync(app, post, Stage.Offer, 70, "Ola Offer")).Id,
        };
        await Given.ApplicationAsync(app, post, Stage.Shortlisted, 65, "Not Selected");
        var manager = await Reports.ManagerAsync(app);
        var (_, page) = await manager.GetPageAsync($"/Reports?postId={post.Id}");
        foreach (var box in page.QuerySelectorAll<IHtmlInputElement>("#reports input[name=selected]"))
            box.IsChecked = ids.Contains(Guid.Parse(box.Value));

        var response = await manager.SubmitAsync(page, new Dictionary<string, string>(), "#reports");

        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd");
        Assert.Equal([$"candidate-report-ola-offer-{today}.pdf", $"candidate-report-zoe-zipper-{today}-2.pdf", $"candidate-report-zoe-zipper-{today}.pdf"],
            zip.Entries.Select(e => e.FullName).Order());
        foreach (var entry in zip.Entries)
        {
            using var pdf = new MemoryStream();
            await (await entry.OpenAsync()).CopyToAsync(pdf);
            Assert.Contains(entry.FullName.Contains("ola") ? "Ola Offer" : "Zoë Zipper", Reports.Text(pdf.ToArray()));
        }
        var audited = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == AuditActions.ReportDownload).Select(e => e.RecordId).ToListAsync());
        Assert.Equal(ids.Select(i => i.ToString()).Order(), audited.Where(r => ids.Select(i => i.ToString()).Contains(r)).Order());
    }

    [Fact]
    public async Task Dashboard_lists_applications_awaiting_a_decision_and_finds_them_by_name()
    {
        var post = await Given.PostAsync(app);
        await Given.ApplicationAsync(app, post, Stage.Interview, 71, "Ivy Interview");
        await Given.ApplicationAsync(app, post, Stage.Shortlisted, 88, "Sol Shortlisted");
        await Given.ApplicationAsync(app, post, Stage.Applied, name: "Abe Applied");
        var manager = await Reports.ManagerAsync(app);

        var (_, all) = await manager.GetPageAsync($"/Reports?postId={post.Id}");
        var (_, found) = await manager.GetPageAsync($"/Reports?postId={post.Id}&q=ivy");
        var (_, applied) = await manager.GetPageAsync($"/Reports?postId={post.Id}&stage=Applied");

        Assert.Equal("Candidate reports", all.QuerySelector("h1")!.TextContent);
        Assert.Equal(["Sol Shortlisted", "Ivy Interview"], Reports.Names(all));
        Assert.Equal(["Ivy Interview"], Reports.Names(found));
        Assert.Equal(["Abe Applied"], Reports.Names(applied));
        Assert.All(all.QuerySelectorAll("#reports tbody tr"), row => Assert.Equal("Download report", row.QuerySelector("a[href^='/Reports/Download/']")?.TextContent));
    }

    [Theory]
    [InlineData("Ñúñez")]
    [InlineData("ÑÚÑEZ")]
    [InlineData("nunez")]
    [InlineData("íñigo ñ")]
    public async Task Dashboard_search_ignores_accents_and_case(string q)
    {
        var post = await Given.PostAsync(app);
        await Given.ApplicationAsync(app, post, Stage.Interview, 71, "Íñigo Ñúñez");
        await Given.ApplicationAsync(app, post, Stage.Shortlisted, 88, "Zoë Nuñoz");
        var manager = await Reports.ManagerAsync(app);

        var (_, found) = await manager.GetPageAsync($"/Reports?postId={post.Id}&q={Uri.EscapeDataString(q)}");
        var (_, zoe) = await manager.GetPageAsync($"/Reports?postId={post.Id}&q=ZOE");

        Assert.Equal(["Íñigo Ñúñez"], Reports.Names(found));
        Assert.Equal(["Zoë Nuñoz"], Reports.Names(zoe));
    }

    [Fact]
    public async Task A_zip_of_more_than_two_hundred_reports_is_refused_with_a_message()
    {
        var manager = await Reports.ManagerAsync(app);
        var (_, page) = await manager.GetPageAsync("/Reports");
        var token = page.QuerySelector<IHtmlInputElement>("#reports input[name=__RequestVerificationToken]")!.Value;
        var fields = Enumerable.Range(0, 201).Select(_ => new KeyValuePair<string, string>("selected", Guid.NewGuid().ToString()))
            .Append(new("__RequestVerificationToken", token));

        var response = await manager.Http.PostAsync("/Reports?handler=Zip", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (_, after) = await manager.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("A zip holds at most 200 reports; you selected 201.", after.Body!.TextContent);
    }

    [Fact]
    public async Task Recruiter_downloads_a_zip_from_the_application_list()
    {
        var post = await Given.PostAsync(app);
        var (id, _) = await Given.ApplicationAsync(app, post, Stage.Tested, 66, "Rita Listed");
        var recruiter = await Given.RecruiterAsync(app);
        var (_, list) = await recruiter.GetPageAsync($"/Recruiting/Applications?PostId={post.Id}");
        list.QuerySelector<IHtmlInputElement>($"#sel-{id}")!.IsChecked = true;
        var button = list.QuerySelectorAll<IHtmlButtonElement>("#bulk button").Single(b => b.TextContent == "Download reports (zip)");
        list.QuerySelector<IHtmlFormElement>("#bulk")!.SetAttribute("action", button.GetAttribute("formaction"));

        var response = await recruiter.SubmitAsync(list, new Dictionary<string, string>(), "#bulk");

        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        Assert.StartsWith("candidate-report-rita-listed-", zip.Entries.Single().FullName);
    }
}

public class ReportTests_Sqlite(SqliteApp app) : ReportTests<SqliteApp>(app);
public class ReportTests_Postgres(PostgresApp app) : ReportTests<PostgresApp>(app);
