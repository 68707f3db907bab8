using System.Net;
using Hiring.Web.Domain;
using Hiring.Web.Identity;
using Hiring.Web.Tests.Infrastructure;
using Hiring.Web.Tests.Interviews;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Tests.Reports;

/// <summary>The report and the question sheet are drawn in the reader's language: a recruiter who reads Chinese downloads
/// them in Chinese, words the app supplies (stage, screening questions, flags, kit name) included.</summary>
public abstract class ReportLanguageTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : HiringApp
{
    private readonly InterviewWorld _world = new(app);

    private async Task<PageClient> ChineseRecruiterAsync()
    {
        var recruiter = await _world.UserAsync(Roles.Recruiter, "陈静");
        await app.WithDbAsync(db => db.Users.Where(u => u.Id == recruiter.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.Culture, "zh-Hans")));
        return await _world.LogInAsync(recruiter.Email);
    }

    private async Task<Guid> TestedDemoApplicationAsync() => await app.WithDbAsync(db => db.Applications.AsNoTracking()
        .Where(a => a.Candidate!.IsDemo && db.Attempts.Count(t => t.ApplicationId == a.Id && t.SubmittedAt != null) >= 3)
        .OrderBy(a => a.Id).Select(a => a.Id).FirstAsync());

    [Fact]
    public async Task A_Chinese_reader_downloads_the_report_in_Chinese()
    {
        var id = await TestedDemoApplicationAsync();
        var client = await ChineseRecruiterAsync();

        var response = await client.GetAsync($"/Reports/Download/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = Reports.Text(await response.Content.ReadAsByteArrayAsync());
        foreach (var chinese in new[] { "候选人报告", "摘要", "测评结果", "胜任力概况", "筛选问题回答", "您可以上哪些班次？", "阶段" })
            Assert.Contains(chinese, text);
        foreach (var english in new[] { "CANDIDATE REPORT", "Summary", "Test results", "Competency profile", "Which shifts can you work?", "Confidential" })
            Assert.DoesNotContain(english, text);
    }

    [Fact]
    public async Task A_Chinese_reader_prints_the_question_sheet_with_Chinese_headings()
    {
        var id = await TestedDemoApplicationAsync();
        var client = await ChineseRecruiterAsync();

        var response = await client.GetAsync($"/Interviews/Sheets?handler=Pdf&ids={id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = Reports.Text(await response.Content.ReadAsByteArrayAsync());
        foreach (var chinese in new[] { "面试问题表", "面试题包", "第 1 题", "总体建议", "行为面试题" })
            Assert.Contains(chinese, text);
        foreach (var english in new[] { "Interview question sheet", "Overall recommendation", "Behavioural:", "Rating for Q1" })
            Assert.DoesNotContain(english, text);
    }
}

public class ReportLanguageTests_Sqlite(SqliteApp app) : ReportLanguageTests<SqliteApp>(app);
public class ReportLanguageTests_Postgres(PostgresApp app) : ReportLanguageTests<PostgresApp>(app);
