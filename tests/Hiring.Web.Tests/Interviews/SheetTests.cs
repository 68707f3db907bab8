using System.Net;
using Hiring.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace Hiring.Web.Tests.Interviews;

public abstract class SheetTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : HiringApp
{
    private readonly InterviewWorld _world = new(app);

    private static async Task<List<string>> PagesOf(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        return pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToList();
    }

    [Fact]
    public async Task Interviewer_prints_the_kit_of_an_application_they_interview()
    {
        var (applicationId, candidate) = await _world.ApplicationAsync();
        var interviewer = await _world.InterviewerAsync("Priya Raman");
        await _world.BookAsync(applicationId, DateTime.UtcNow.AddDays(1), interviewer);
        var client = await _world.LogInAsync(interviewer.Email);
        var (_, kit) = await client.GetPageAsync($"/Interviews/Kit/{applicationId}");

        var text = string.Join("\n", await PagesOf(await client.GetAsync(kit.QuerySelector("#print-sheet")!.GetAttribute("href")!)));
        Assert.Contains($"Candidate {candidate.Name}", text);
        Assert.Contains("Interviewer Priya Raman", text);
        Assert.Contains("Q1. What is your experience of working in a call centre?", text);
        Assert.Contains("Q15.", text);      // the default inbound kit has 15 questions
        Assert.DoesNotContain("Q16.", text);
    }

    [Fact]
    public async Task A_tested_applicants_sheet_marks_behavioural_questions_and_names_the_weak_area_each_probes()
    {
        var applicationId = await app.WithDbAsync(db => db.Applications.AsNoTracking()
            .Where(a => a.Candidate!.IsDemo && db.Attempts.Count(t => t.ApplicationId == a.Id && t.SubmittedAt != null) >= 3)
            .OrderBy(a => a.Id).Select(a => a.Id).FirstAsync());
        var recruiter = await _world.LogInAsync("recruiter@demo.hiring.local", Hiring.Web.Tests.Recruiting.Given.DemoPassword);

        var text = string.Join("\n", await PagesOf(await recruiter.GetAsync($"/Interviews/Sheets?handler=Pdf&ids={applicationId}")));

        Assert.Contains("Behavioural: ask for one real past example · probes a weak area from the tests:", text);
        Assert.Matches(@"probes a weak area from the tests: [A-Z][a-z ]+ \(test score \d+\.\d\)", text);
        Assert.Contains("Situational or general", text);
    }

    [Fact]
    public async Task A_named_question_sheet_is_never_cached()
    {
        var (applicationId, _) = await _world.ApplicationAsync();
        var interviewer = await _world.InterviewerAsync();
        await _world.BookAsync(applicationId, DateTime.UtcNow.AddDays(1), interviewer);
        var client = await _world.LogInAsync(interviewer.Email);

        var response = await client.GetAsync($"/Interviews/Sheets?handler=Pdf&ids={applicationId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, "a sheet naming a candidate must carry Cache-Control: no-store");
    }

    [Fact]
    public async Task The_sheet_prints_the_interview_time_in_the_centres_zone_and_the_applications_name()
    {
        var (applicationId, _) = await _world.ApplicationAsync();
        await app.WithDbAsync(async db =>
        {
            var application = await db.Applications.SingleAsync(a => a.Id == applicationId);
            application.FullName = "Ñúñez Álvarez";   // the name on the application, not the account's display name
            return await db.SaveChangesAsync();
        });
        var interviewer = await _world.InterviewerAsync();
        await _world.BookAsync(applicationId, new DateTime(2027, 7, 15, 9, 0, 0, DateTimeKind.Utc), interviewer);   // 10:00 in London (BST)
        var client = await _world.LogInAsync(interviewer.Email);

        var text = string.Join("\n", await PagesOf(await client.GetAsync($"/Interviews/Sheets?handler=Pdf&ids={applicationId}")));

        Assert.Contains("15 Jul 2027, 10:00 Europe/London", text);
        Assert.DoesNotContain("UTC", text);
        Assert.Contains("Candidate Ñúñez Álvarez", text);
    }

    [Fact]
    public async Task Several_applications_print_in_one_pdf_and_an_unassigned_one_is_forbidden()
    {
        var (first, one) = await _world.ApplicationAsync();
        var (second, two) = await _world.ApplicationAsync();
        var (other, _) = await _world.ApplicationAsync();
        var interviewer = await _world.InterviewerAsync();
        await _world.BookAsync(first, DateTime.UtcNow.AddDays(1), interviewer);
        await _world.BookAsync(second, DateTime.UtcNow.AddDays(1), interviewer);
        var client = await _world.LogInAsync(interviewer.Email);

        var pages = await PagesOf(await client.GetAsync($"/Interviews/Sheets?handler=Pdf&ids={first}&ids={second}"));
        Assert.Contains(pages, p => p.Contains($"Candidate {one.Name}"));
        Assert.Contains(pages, p => p.Contains($"Candidate {two.Name}"));
        Assert.Equal(2, pages.Count(p => p.Contains("Q1. What is your experience")));

        var (denied, _) = await client.GetPageAsync($"/Interviews/Sheets?handler=Pdf&ids={first}&ids={other}");
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
    }

    [Fact]
    public async Task Blank_kit_for_a_walk_in_has_the_post_types_questions_and_no_candidate()
    {
        var client = await _world.LogInAsync(InterviewWorld.Recruiter, InterviewWorld.DemoPassword);
        var text = string.Join("\n", await PagesOf(await client.GetAsync("/Interviews/Sheets?handler=Blank&postType=Outbound")));
        Assert.Contains("Walk-in candidate", text);
        Assert.Contains("Q1. What is your experience of working in a call centre?", text);
        Assert.Contains("Which products and services have you promoted", text);
        Assert.DoesNotContain("How large was the customer database", text);
    }

    [Fact]
    public async Task A_chinese_posts_kit_and_question_sheet_ask_the_chinese_banks_questions()
    {
        var post = await Hiring.Web.Tests.Recruiting.Given.PostAsync(app);
        await app.WithDbAsync(async db =>
        {
            (await db.Posts.SingleAsync(p => p.Id == post.Id)).Language = "zh-Hans";
            return await db.SaveChangesAsync();
        });
        var (applicationId, _) = await Hiring.Web.Tests.Recruiting.Given.ApplicationAsync(app, post, Hiring.Core.Recruiting.Stage.Interview);
        var recruiter = await _world.LogInAsync(InterviewWorld.Recruiter, InterviewWorld.DemoPassword);

        var (_, kit) = await recruiter.GetPageAsync($"/Interviews/Kit/{applicationId}");
        var ids = kit.QuerySelectorAll("#kit > li").Select(li => li.GetAttribute("data-question")!).ToList();
        var languages = await app.WithDbAsync(db => db.BankItems.Where(i => ids.Contains(i.Id)).Select(i => i.Language).Distinct().ToListAsync());
        // A first-job applicant to an inbound post: the Chinese general and inbound lists (with their swaps) and three behavioural questions.
        Assert.Contains("INT-GEN-ZH-101", ids);
        Assert.Contains("INT-IN-ZH-101", ids);
        Assert.Equal(3, ids.Count(id => id.StartsWith("INT-BEH-", StringComparison.Ordinal)));
        Assert.Equal(["zh-Hans"], languages);

        var sheet = string.Concat(string.Join("", await PagesOf(await recruiter.GetAsync($"/Interviews/Sheets?handler=Pdf&ids={applicationId}"))).Where(c => !char.IsWhiteSpace(c)));
        Assert.Contains("你之前没有做过呼叫中心的工作。你想象中做客服的一天是什么样的？", sheet);
        Assert.Contains("这份工作需要边和客户通话边查他的资料。", sheet);
    }
}

public class SheetTests_Sqlite(SqliteApp app) : SheetTests<SqliteApp>(app);
public class SheetTests_Postgres(PostgresApp app) : SheetTests<PostgresApp>(app);
