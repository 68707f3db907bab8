using System.Net;
using Hiring.Core.Recruiting;
using Hiring.Web.Domain;
using Hiring.Web.Infrastructure;
using Hiring.Web.Tests.Infrastructure;
using Hiring.Web.Tests.Recruiting;
using Microsoft.EntityFrameworkCore;
using static Hiring.Web.Tests.Candidate.Applying;

namespace Hiring.Web.Tests.Candidate;

public abstract class ApplyTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : HiringApp
{
    [Fact]
    public async Task Staff_on_a_careers_page_are_told_they_cannot_apply_instead_of_being_sent_to_a_403()
    {
        var post = await Given.PostAsync(app);
        var recruiter = await Given.RecruiterAsync(app);

        var (_, page) = await recruiter.GetPageAsync($"/Careers/Post/{post.Id}");

        Assert.Empty(page.QuerySelectorAll("a[href*='/Candidate/Applications/Apply']"));
        Assert.Contains("staff account, which cannot apply", page.QuerySelector("#staff-apply-note")!.TextContent);
        Assert.NotNull(page.QuerySelector($"a[href='/Recruiting/Posts/Edit?id={post.Id}']"));
        var (_, candidatePage) = await (await Given.CandidateAsync(app)).Client.GetPageAsync($"/Careers/Post/{post.Id}");
        Assert.NotEmpty(candidatePage.QuerySelectorAll("a[href*='/Candidate/Applications/Apply']"));
    }

    [Fact]
    public async Task Candidate_applies_from_a_job_board_link_and_receives_the_application_received_mail()
    {
        var post = await Given.PostAsync(app);
        var (email, client) = await Given.CandidateAsync(app);
        var (_, postPage) = await client.GetPageAsync($"/Careers/Post/{post.Id}?source=indeed");
        var apply = postPage.QuerySelector("a.button")!.GetAttribute("href")!;
        Assert.Contains("source=indeed", apply);

        var (_, form) = await client.GetPageAsync(apply);
        Assert.Contains("First job? That is fine", form.QuerySelector("#cv-guidance")!.TextContent);
        var response = await client.SubmitWithFileAsync(form, GoodAnswers(), "Cv", "Dana CV.pdf", Pdf);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await app.WithDbAsync(db => db.Applications.AsNoTracking().SingleAsync(a => a.PostId == post.Id));
        Assert.Equal(("indeed", Stage.Applied, "Dana Kowalska", "Late"), (saved.Source, saved.Stage, saved.FullName, saved.Screening.ShiftsAvailable));
        Assert.Equal("application/pdf", saved.CvContentType);
        Assert.True(File.Exists(Path.Combine(app.DataFolder, "cvs", saved.CvStoredName!)));
        var mail = await app.Smtp.WaitForMessageAsync(email);
        Assert.Contains(post.Title, mail.Subject);
        Assert.Contains("Dana Kowalska", mail.TextBody);
    }

    [Theory]
    [InlineData("exe renamed .pdf", "setup.pdf")]
    [InlineData("oversized", "huge.pdf")]
    public async Task Bad_cv_is_refused_and_leaves_no_application_and_no_file(string what, string fileName)
    {
        var post = await Given.PostAsync(app);
        var (_, client) = await Given.CandidateAsync(app);
        var content = what == "oversized" ? [.. Pdf, .. new byte[5 * 1024 * 1024]] : "MZ\u0090\0\u0003\0\0\0"u8.ToArray();
        var filesBefore = CvFiles();

        var response = await ApplyAsync(client, post.Id, fileName: fileName, cv: content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(what == "oversized" ? "larger than the 5 MB limit" : "is not a PDF", await TextOfAsync(response));
        Assert.Equal(0, await app.WithDbAsync(db => db.Applications.CountAsync(a => a.PostId == post.Id)));
        Assert.Equal(filesBefore, CvFiles());
    }

    [Theory]
    [InlineData("Input.Consent", "false", "agree to us processing")]
    [InlineData("Input.FullName", "<script>alert(1)</script>", "Remove the HTML tags")]
    public async Task Bad_input_is_refused_with_a_message_and_stores_nothing(string field, string value, string message)
    {
        var post = await Given.PostAsync(app);
        var (_, client) = await Given.CandidateAsync(app);
        var filesBefore = CvFiles();

        var response = await ApplyAsync(client, post.Id, new() { [field] = value });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await TextOfAsync(response));
        Assert.Equal(0, await app.WithDbAsync(db => db.Applications.CountAsync(a => a.PostId == post.Id)));
        Assert.Equal(filesBefore, CvFiles());
    }

    [Fact]
    public async Task Referred_candidate_from_the_careers_page_is_recorded_as_a_referral()
    {
        var post = await Given.PostAsync(app);
        var (_, client) = await Given.CandidateAsync(app);

        await ApplyAsync(client, post.Id, new() { ["Input.Referred"] = "true" });

        Assert.Equal("referral", await app.WithDbAsync(db => db.Applications.Where(a => a.PostId == post.Id).Select(a => a.Source).SingleAsync()));
    }

    [Fact]
    public async Task Second_application_to_the_same_post_is_refused()
    {
        var post = await Given.PostAsync(app);
        var (_, client) = await Given.CandidateAsync(app);
        Assert.Equal(HttpStatusCode.Redirect, (await ApplyAsync(client, post.Id)).StatusCode);
        var filesBefore = CvFiles();

        var (_, again) = await client.GetPageAsync($"/Candidate/Applications/Apply?postId={post.Id}");

        Assert.Contains("already applied", again.Body!.TextContent);
        Assert.Null(again.QuerySelector("main form"));
        Assert.Equal(1, await app.WithDbAsync(db => db.Applications.CountAsync(a => a.PostId == post.Id)));
        Assert.Equal(filesBefore, CvFiles());
    }

    [Fact]
    public async Task Closed_post_refuses_applications()
    {
        var post = await Given.PostAsync(app, status: PostStatus.Closed);
        var (_, client) = await Given.CandidateAsync(app);
        var (_, page) = await client.GetPageAsync($"/Candidate/Applications/Apply?postId={post.Id}");
        Assert.Contains("closed to new applications", page.Body!.TextContent);
        Assert.Null(page.QuerySelector("main form"));
    }

    [Fact]
    public async Task Knock_out_answer_flags_the_application_without_refusing_it()
    {
        var question = new PostQuestion { Text = "Do you have the right to work in the UK?", Kind = QuestionKind.YesNo, Required = true, KnockOutAnswers = "No" };
        var post = await Given.PostAsync(app, questions: question);
        var (_, client) = await Given.CandidateAsync(app);

        var missing = await ApplyAsync(client, post.Id);
        Assert.Contains("Answer “Do you have the right to work in the UK?”", await TextOfAsync(missing));

        var response = await ApplyAsync(client, post.Id, new() { ["Input.Answers[0].Value"] = "No" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await app.WithDbAsync(db => db.Applications.Include(a => a.Answers).AsNoTracking().SingleAsync(a => a.PostId == post.Id));
        Assert.True(saved.KnockedOut);
        Assert.Equal("No", saved.Answers.Single().Value);
    }

    [Fact]
    public async Task Cv_is_downloadable_by_its_owner_and_staff_but_not_another_candidate()
    {
        var post = await Given.PostAsync(app);
        var (_, owner) = await Given.CandidateAsync(app);
        await ApplyAsync(owner, post.Id);
        var id = await app.WithDbAsync(db => db.Applications.Where(a => a.PostId == post.Id).Select(a => a.Id).SingleAsync());

        var mine = await owner.GetAsync($"/Cvs/{id}");
        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.Equal(Pdf, await mine.Content.ReadAsByteArrayAsync());
        Assert.Equal("nosniff", mine.Headers.GetValues("X-Content-Type-Options").Single());
        var recruiter = await Given.RecruiterAsync(app);
        Assert.Equal(HttpStatusCode.OK, (await recruiter.GetAsync($"/Cvs/{id}")).StatusCode);
        var (_, other) = await Given.CandidateAsync(app);
        var (denied, _) = await other.GetPageAsync($"/Cvs/{id}");
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
    }

    [Fact]
    public async Task Withdrawing_records_who_and_why()
    {
        var post = await Given.PostAsync(app);
        var (_, client) = await Given.CandidateAsync(app);
        await ApplyAsync(client, post.Id);
        var id = await app.WithDbAsync(db => db.Applications.Where(a => a.PostId == post.Id).Select(a => a.Id).SingleAsync());

        var (_, details) = await client.GetPageAsync($"/Candidate/Applications/Details/{id}");
        var response = await client.SubmitAsync(details, new Dictionary<string, string>(), "#withdraw-form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await app.WithDbAsync(db => db.Applications.Include(a => a.History).AsNoTracking().SingleAsync(a => a.Id == id));
        Assert.Equal(Stage.Withdrawn, saved.Stage);
        var change = saved.History.Single();
        Assert.Equal((Stage.Applied, Stage.Withdrawn, saved.CandidateId), (change.From, change.To, change.ByUserId));
    }

    private int CvFiles() => Directory.Exists(Path.Combine(app.DataFolder, "cvs")) ? Directory.GetFiles(Path.Combine(app.DataFolder, "cvs")).Length : 0;
}

public abstract class WeekendQuestionTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : HiringApp
{
    [Fact]
    public async Task A_post_with_a_weekend_shift_asks_about_weekends_once_and_reads_the_answer_from_the_shift()
    {
        var post = await Given.PostAsync(app);
        await app.WithDbAsync(db => db.Posts.Where(p => p.Id == post.Id).ExecuteUpdateAsync(p => p.SetProperty(x => x.Shifts, "Days, Evenings, Weekends")));
        var (_, client) = await Given.CandidateAsync(app);

        var (_, form) = await client.GetPageAsync($"/Candidate/Applications/Apply?postId={post.Id}");
        Assert.Empty(form.QuerySelectorAll("input[name='Input.Weekends']"));
        Assert.DoesNotContain("Can you work weekends?", form.Body!.TextContent);

        var values = GoodAnswers();
        values.Remove("Input.Weekends");
        values["Input.Shifts"] = "Evenings";
        var response = await client.SubmitWithFileAsync(form, values, "Cv", "cv.pdf", Pdf);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await app.WithDbAsync(db => db.Applications.AsNoTracking().SingleAsync(a => a.PostId == post.Id));
        Assert.False(saved.Screening.Weekends); // the weekend shift was not ticked

        var staff = await Given.RecruiterAsync(app);
        var (_, list) = await staff.GetPageAsync($"/Recruiting/Applications?PostId={post.Id}");
        Assert.DoesNotContain("weekends", list.QuerySelector("table")!.TextContent, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Ticking_the_weekend_shift_is_the_answer_and_the_list_names_it_once()
    {
        var post = await Given.PostAsync(app);
        await app.WithDbAsync(db => db.Posts.Where(p => p.Id == post.Id).ExecuteUpdateAsync(p => p.SetProperty(x => x.Shifts, "Evenings, Weekends")));
        var (_, client) = await Given.CandidateAsync(app);

        var response = await ApplyAsync(client, post.Id, new() { ["Input.Shifts"] = "Weekends", ["Input.Weekends"] = "false" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True((await app.WithDbAsync(db => db.Applications.AsNoTracking().SingleAsync(a => a.PostId == post.Id))).Screening.Weekends);
        var (_, list) = await (await Given.RecruiterAsync(app)).GetPageAsync($"/Recruiting/Applications?PostId={post.Id}");
        Assert.DoesNotContain("+ weekends", list.QuerySelector("table")!.TextContent);
    }

    [Fact]
    public async Task Without_a_weekend_shift_the_question_is_asked_and_must_be_answered_in_the_posts_language()
    {
        var post = await Given.PostAsync(app);
        await app.WithDbAsync(db => db.Posts.Where(p => p.Id == post.Id).ExecuteUpdateAsync(p => p.SetProperty(x => x.Language, "zh-Hans")));
        var (_, client) = await Given.CandidateAsync(app);

        var response = await ApplyAsync(client, post.Id, new() { ["Input.Weekends"] = "", ["Input.Consent"] = "false" });

        var text = await TextOfAsync(response);
        Assert.Contains("请说明您能否在周末上班。", text);
        Assert.Contains("请勾选此框，同意我们处理您的申请。", text);
        Assert.Equal(0, await app.WithDbAsync(db => db.Applications.CountAsync(a => a.PostId == post.Id)));
    }
}

public class WeekendQuestionTests_Sqlite(RecruitingSqliteApp app) : WeekendQuestionTests<RecruitingSqliteApp>(app);
public class WeekendQuestionTests_Postgres(RecruitingPostgresApp app) : WeekendQuestionTests<RecruitingPostgresApp>(app);

public class ApplyTests_Sqlite(RecruitingSqliteApp app) : ApplyTests<RecruitingSqliteApp>(app);
public class ApplyTests_Postgres(RecruitingPostgresApp app) : ApplyTests<RecruitingPostgresApp>(app);

/// <summary>Before applying, the post page says which tests the post uses, how long each takes and what it needs (issue 18).</summary>
public abstract class PostTestsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : HiringApp
{
    [Fact]
    public async Task The_post_page_lists_its_tests_with_their_time_and_says_typing_needs_a_keyboard()
    {
        var post = await Given.PostAsync(app);
        var typing = post.Battery.Single(t => t.Kind == Hiring.Core.Assessments.TestKind.Typing);

        var (_, page) = await new PageClient(app).GetPageAsync($"/Careers/Post/{post.Id}");

        var items = page.QuerySelectorAll("#post-tests li");
        Assert.Equal(post.Battery.Count, items.Length);
        var line = page.QuerySelector("[data-testid=post-test-Typing]")!.TextContent;
        Assert.Contains($"{typing.TimeLimitMinutes} minute", line);
        Assert.Contains("physical keyboard", line);
        Assert.DoesNotContain("Typing", page.QuerySelector("[data-testid=post-test-Sjt]")!.TextContent);
    }

    [Fact]
    public async Task A_Chinese_post_lists_its_tests_in_Chinese_punctuation_and_asks_for_a_Chinese_input_method()
    {
        var post = await Given.PostAsync(app);
        await app.WithDbAsync(db => db.Posts.Where(p => p.Id == post.Id).ExecuteUpdateAsync(p => p.SetProperty(x => x.Language, "zh-Hans")));
        var client = new PageClient(app);
        client.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");

        var (_, page) = await client.GetPageAsync($"/Careers/Post/{post.Id}");

        var line = page.QuerySelector("[data-testid=post-test-Typing]")!.TextContent;
        Assert.Contains("，", line);
        Assert.DoesNotContain(", ", line);
        Assert.Contains("中文输入法", line);
    }
}

public class PostTestsTests_Sqlite(RecruitingSqliteApp app) : PostTestsTests<RecruitingSqliteApp>(app);
public class PostTestsTests_Postgres(RecruitingPostgresApp app) : PostTestsTests<RecruitingPostgresApp>(app);
