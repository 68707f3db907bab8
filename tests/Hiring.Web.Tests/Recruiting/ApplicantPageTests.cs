using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Hiring.Core.Recruiting;
using Hiring.Web.Mail;
using Hiring.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Tests.Recruiting;

/// <summary>The applicant page as the one place to act: results inline, and the next steps its stage allows.</summary>
public abstract class ApplicantPageTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : HiringApp
{
    [Theory]
    [InlineData(Stage.Applied, true, false, true, true)]
    [InlineData(Stage.Tested, false, false, true, true)]
    [InlineData(Stage.Shortlisted, false, false, true, true)]
    [InlineData(Stage.Interview, false, true, true, true)]
    [InlineData(Stage.Rejected, false, false, false, false)]
    [InlineData(Stage.Hired, false, false, false, false)]
    public async Task Each_next_step_is_offered_only_at_the_stage_it_belongs_to(Stage stage, bool invite, bool book, bool reject, bool move)
    {
        var post = await Given.PostAsync(app);
        var applicant = await Given.ApplicationAsync(app, post, stage, name: "Kim Steps");
        var recruiter = await Given.RecruiterAsync(app);

        var (_, page) = await recruiter.GetPageAsync($"/Recruiting/Applications/Details/{applicant.Id}");

        Assert.Equal((invite, book, reject, move), (page.QuerySelector("#invite-form") is not null, page.QuerySelector("#book-interview-link") is not null,
            page.QuerySelector("#reject-form") is not null, page.QuerySelector("#move-form") is not null));
        Assert.NotNull(page.QuerySelector("#report-download"));
        Assert.NotNull(page.QuerySelector("#report-on-screen"));
        // Inviting and rejecting are actions of their own (their mail, a required reason), not options of the plain move.
        var options = page.QuerySelectorAll("#to option").Select(o => o.GetAttribute("value")).ToList();
        Assert.DoesNotContain("Testing", options);
        Assert.DoesNotContain("Rejected", options);
    }

    [Fact]
    public async Task Inviting_from_the_applicant_page_sends_one_invitation_and_moves_to_testing()
    {
        var post = await Given.PostAsync(app);
        var applicant = await Given.ApplicationAsync(app, post, Stage.Applied, name: "Lee Invite");
        var recruiter = await Given.RecruiterAsync(app);
        var url = $"/Recruiting/Applications/Details/{applicant.Id}";
        var (_, page) = await recruiter.GetPageAsync(url);

        await recruiter.SubmitAsync(page, new Dictionary<string, string>(), "#invite-form");

        var saved = await app.WithDbAsync(db => db.Applications.AsNoTracking().SingleAsync(a => a.Id == applicant.Id));
        Assert.Equal(Stage.Testing, saved.Stage);
        Assert.NotNull(saved.TestsDueAt);
        var mails = await app.WithDbAsync(db => db.OutboxMails.AsNoTracking().Where(m => m.ApplicationId == applicant.Id).Select(m => m.TemplateKey).ToListAsync());
        Assert.Equal([MailTemplateKeys.TestInvitation], mails);
        await app.Smtp.WaitForMessageAsync(applicant.Email);
        var (_, after) = await recruiter.GetPageAsync(url);
        Assert.Contains("Testing: 1 application moved; 1 e-mail queued.", after.Body!.TextContent);
        Assert.Null(after.QuerySelector("#invite-form"));
        // The mail history names each mail's recipient: the panel's interview invitations are listed with the applicant's own.
        Assert.Equal(["Queued", "To", "Subject", "Status", "Attempts", "Sent"], after.QuerySelectorAll("#mail-history thead th").Select(th => th.TextContent));
        Assert.Equal("Lee Invite", after.QuerySelectorAll("#mail-history tbody tr td")[1].TextContent);
    }

    [Fact]
    public async Task Book_an_interview_lands_on_the_booking_form_for_this_applicant()
    {
        var post = await Given.PostAsync(app);
        var applicant = await Given.ApplicationAsync(app, post, Stage.Interview, name: "Mo Booking");
        var recruiter = await Given.RecruiterAsync(app);
        var (_, page) = await recruiter.GetPageAsync($"/Recruiting/Applications/Details/{applicant.Id}");

        var href = page.QuerySelector("#book-interview-link")!.GetAttribute("href")!;
        var (response, form) = await recruiter.GetPageAsync(href);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"/Interviews/Schedule/{applicant.Id}", href);
        Assert.Contains("Mo Booking", form.QuerySelector("main")!.TextContent);
        Assert.NotNull(form.QuerySelector("form input[name='Input.StartsAt']"));
        Assert.NotEmpty(form.QuerySelectorAll("form input[name='Input.InterviewerIds']"));
    }

    [Fact]
    public async Task Rejecting_from_the_applicant_page_needs_a_reason_and_mails_it()
    {
        var post = await Given.PostAsync(app);
        var applicant = await Given.ApplicationAsync(app, post, Stage.Tested, 30, "Nia Reject");
        var recruiter = await Given.RecruiterAsync(app);
        var url = $"/Recruiting/Applications/Details/{applicant.Id}";
        var (_, page) = await recruiter.GetPageAsync(url);
        Assert.NotNull(page.QuerySelector("#reject-form textarea[name=reason][required]"));

        await recruiter.SubmitAsync(page, new Dictionary<string, string> { ["reason"] = "  " }, "#reject-form");
        var (_, refused) = await recruiter.GetPageAsync(url);
        Assert.Contains("Give a reason for the rejection", refused.Body!.TextContent);
        Assert.Equal(Stage.Tested, await app.WithDbAsync(db => db.Applications.Where(a => a.Id == applicant.Id).Select(a => a.Stage).SingleAsync()));

        await recruiter.SubmitAsync(refused, new Dictionary<string, string> { ["reason"] = "We have chosen applicants with more sales experience." }, "#reject-form");

        Assert.Equal(Stage.Rejected, await app.WithDbAsync(db => db.Applications.Where(a => a.Id == applicant.Id).Select(a => a.Stage).SingleAsync()));
        var mail = await app.Smtp.WaitForMessageAsync(applicant.Email);
        Assert.Contains("We have chosen applicants with more sales experience.", mail.TextBody);
        var keys = await app.WithDbAsync(db => db.OutboxMails.AsNoTracking().Where(m => m.ApplicationId == applicant.Id).Select(m => m.TemplateKey).ToListAsync());
        Assert.Equal([MailTemplateKeys.Rejection], keys);
    }

    [Fact]
    public async Task The_applicant_page_shows_each_tests_result_percentile_and_flags_inline()
    {
        var id = await app.WithDbAsync(async db =>
        {
            var attempt = await db.Attempts.Where(t => t.SubmittedAt != null).OrderBy(t => t.Id).FirstAsync();
            (attempt.BlurCount, attempt.AwaySeconds) = (4, 95);
            await db.SaveChangesAsync();
            return attempt.ApplicationId;
        });
        var attempts = await app.WithDbAsync(db => db.Attempts.AsNoTracking().Where(t => t.ApplicationId == id && t.SubmittedAt != null).ToListAsync());
        var recruiter = await Given.RecruiterAsync(app);

        var (_, page) = await recruiter.GetPageAsync($"/Recruiting/Applications/Details/{id}");

        var rows = page.QuerySelectorAll("#results-table tbody tr");
        Assert.Equal(attempts.Count, rows.Length);
        foreach (var attempt in attempts)
        {
            var row = rows.Single(r => r.GetAttribute("data-test") == attempt.Kind.ToString().ToLowerInvariant());
            Assert.Contains(attempt.Passed == true ? "passed" : "below the pass mark", row.TextContent);
        }
        Assert.Contains("Left the test window: 4 times, 1 min 35 s away in total (Warning)", page.QuerySelector("#results-table")!.TextContent);
        Assert.Equal($"/Recruiting/Attempts?application={id}", page.QuerySelector<IHtmlAnchorElement>("#test-results-link")!.GetAttribute("href"));
    }
}

public class ApplicantPageTests_Sqlite(RecruitingSqliteApp app) : ApplicantPageTests<RecruitingSqliteApp>(app);
public class ApplicantPageTests_Postgres(RecruitingPostgresApp app) : ApplicantPageTests<RecruitingPostgresApp>(app);
