using System.Net;
using Hiring.Core.Assessments;
using Hiring.Web.Auditing;
using Hiring.Web.Domain;
using Hiring.Web.Mail;
using Hiring.Web.Tests.Assessments;
using Hiring.Web.Tests.Infrastructure;
using Hiring.Web.Tests.Recruiting;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Tests.Candidate;

/// <summary>
/// Issue 18: a candidate asks for an adjustment to the tests (extra time, a screen reader, no audio, something else) on
/// their application page; a recruiter grants it (choosing the extra time) or declines it with a reason, where extra time is
/// set; the candidate is mailed and sees the decision; the request is fixed once a test starts.
/// </summary>
public abstract class AccommodationTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AttemptApp
{
    private const string Note = "I have dyslexia and read slowly; my laptop reads pages aloud.";

    [Fact]
    public async Task A_candidate_asks_for_an_adjustment_on_the_application_page_and_sees_it_waiting()
    {
        var taker = await TestTaker.NewAsync(app, 1.0, false, (TestKind.Sjt, 10, 60, 1));

        var page = await AskAsync(taker, new() { ["Ask.ExtraTime"] = "true", ["Ask.NoAudio"] = "true", ["Ask.Note"] = Note });

        Assert.Equal("Waiting for a decision", page.QuerySelector("[data-testid='accommodation-status']")!.TextContent.Trim());
        var shown = page.QuerySelector("[data-testid='accommodation-request']")!.TextContent;
        Assert.Contains("Extra time", shown);
        Assert.Contains("No audio: the simulation's call read, not heard", shown);
        Assert.DoesNotContain("A screen reader", shown);
        Assert.Contains(Note, shown);
        var request = await RequestAsync(taker);
        Assert.Equal((true, false, true, false, AccommodationStatus.Requested), (request.ExtraTime, request.ScreenReader, request.NoAudio, request.Other, request.Status));
        // The form stays, filled in, to change the request until a test starts.
        Assert.NotNull(page.QuerySelector("#accommodation-form input[name='Ask.ExtraTime'][checked]"));
    }

    [Fact]
    public async Task A_recruiter_grants_extra_time_which_the_next_test_allows_and_the_candidate_is_mailed_and_sees_it()
    {
        var taker = await TestTaker.NewAsync(app, 1.0, false, (TestKind.Sjt, 10, 60, 1));
        await AskAsync(taker, new() { ["Ask.ExtraTime"] = "true", ["Ask.NoAudio"] = "true", ["Ask.Note"] = Note });
        var recruiter = await Given.RecruiterAsync(app);

        var (_, details) = await recruiter.GetPageAsync($"/Recruiting/Applications/Details/{taker.ApplicationId}");
        var card = details.QuerySelector("[data-testid='accommodation-request']")!.TextContent;
        Assert.Contains("Adjustment to the tests: Waiting for a decision", card);
        Assert.Contains(Note, card);
        var (_, tests) = await recruiter.GetPageAsync($"/Recruiting/Attempts?application={taker.ApplicationId}");
        Assert.NotNull(tests.QuerySelector("#accommodation-form"));   // the extra-time control is on the same page
        var granted = await recruiter.SubmitAsync(tests, new Dictionary<string, string> { ["factor"] = "1.5" }, "#accommodation-grant-form");

        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
        var application = await taker.ApplicationAsync();
        Assert.Equal(1.5, application.AccommodationFactor);
        var request = await RequestAsync(taker);
        Assert.Equal(AccommodationStatus.Granted, request.Status);
        Assert.True(request.SimulationWithoutAudio);
        var mail = await MailAsync(taker, MailTemplateKeys.AccommodationGranted);
        Assert.Contains("We have granted it:\n\n- Extra time: 1.5 × each test's time limit\n- No audio: the simulation's call read, not heard\n", mail.TextBody);
        var audit = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(e => e.Action == AuditActions.Accommodation && e.RecordId == taker.ApplicationId.ToString()));
        Assert.Equal("Request granted, time limits × 1.5", audit.Detail);
        Assert.Equal(Given.RecruiterEmail, audit.UserName);

        var (_, mine) = await taker.Client.GetPageAsync($"/Candidate/Applications/Details/{taker.ApplicationId}");
        Assert.Equal("Granted", mine.QuerySelector("[data-testid='accommodation-status']")!.TextContent.Trim());
        Assert.Contains("1.5 × each test's time limit", mine.QuerySelector("[data-testid='accommodation-request']")!.TextContent);
        var attempt = await taker.AttemptAsync(await taker.StartAsync(TestKind.Sjt));
        Assert.Equal(attempt.StartedAt.AddMinutes(15), attempt.DeadlineAt);   // 10 minutes × 1.5
    }

    [Fact]
    public async Task A_recruiter_declines_with_a_reason_the_candidate_reads_in_the_mail_and_on_the_page()
    {
        var taker = await TestTaker.NewAsync(app, 1.0, false, (TestKind.Sjt, 10, 60, 1));
        await AskAsync(taker, new() { ["Ask.Other"] = "true", ["Ask.Note"] = "A break halfway through each test." });
        var recruiter = await Given.RecruiterAsync(app);
        var (_, tests) = await recruiter.GetPageAsync($"/Recruiting/Attempts?application={taker.ApplicationId}");

        var empty = await recruiter.SubmitAsync(tests, new Dictionary<string, string> { ["reason"] = " " }, "#accommodation-decline-form");
        Assert.Equal(AccommodationStatus.Requested, (await RequestAsync(taker)).Status);   // a reason is required
        Assert.Equal(HttpStatusCode.Redirect, empty.StatusCode);
        await recruiter.SubmitAsync(tests, new Dictionary<string, string> { ["reason"] = "the tests cannot be paused once started, but each is short" }, "#accommodation-decline-form");

        var request = await RequestAsync(taker);
        Assert.Equal(AccommodationStatus.Declined, request.Status);
        Assert.Equal(1.0, (await taker.ApplicationAsync()).AccommodationFactor);
        var mail = await MailAsync(taker, MailTemplateKeys.AccommodationDeclined);
        Assert.Contains("You asked for:\n\n- Something else (in the note)\n", mail.TextBody);
        Assert.Contains("The reason we noted:\n\nThe tests cannot be paused once started, but each is short.\n", mail.TextBody);
        var audit = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(e => e.Action == AuditActions.Accommodation && e.RecordId == taker.ApplicationId.ToString()));
        Assert.Equal("Request declined", audit.Detail);   // neither the candidate's needs nor the reason
        var (_, mine) = await taker.Client.GetPageAsync($"/Candidate/Applications/Details/{taker.ApplicationId}");
        Assert.Equal("Declined", mine.QuerySelector("[data-testid='accommodation-status']")!.TextContent.Trim());
        Assert.Equal("the tests cannot be paused once started, but each is short", mine.QuerySelector("[data-testid='accommodation-reason']")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_request_is_decided_once_even_from_a_second_recruiters_stale_page()
    {
        var taker = await TestTaker.NewAsync(app, 1.0, false, (TestKind.Sjt, 10, 60, 1));
        await AskAsync(taker, new() { ["Ask.ScreenReader"] = "true" });
        var (first, second) = (await Given.RecruiterAsync(app), await Given.RecruiterAsync(app));
        var (_, firstPage) = await first.GetPageAsync($"/Recruiting/Attempts?application={taker.ApplicationId}");
        var (_, secondPage) = await second.GetPageAsync($"/Recruiting/Attempts?application={taker.ApplicationId}");

        await first.SubmitAsync(firstPage, new Dictionary<string, string>(), "#accommodation-grant-form");
        await second.SubmitAsync(secondPage, new Dictionary<string, string> { ["reason"] = "no" }, "#accommodation-decline-form");

        Assert.Equal(AccommodationStatus.Granted, (await RequestAsync(taker)).Status);
        Assert.Equal(1, await app.WithDbAsync(db => db.OutboxMails.CountAsync(m => m.ApplicationId == taker.ApplicationId && m.TemplateKey!.StartsWith("accommodation_"))));
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditActions.Accommodation && e.RecordId == taker.ApplicationId.ToString())));
    }

    [Fact]
    public async Task A_chinese_candidate_is_told_of_the_decision_in_chinese()
    {
        var taker = await TestTaker.NewAsync(app, 1.0, false, (TestKind.Sjt, 10, 60, 1));
        await app.WithDbAsync(db => db.Users.Where(u => u.Id == taker.UserId).ExecuteUpdateAsync(s => s.SetProperty(u => u.Culture, "zh-Hans")));
        await AskAsync(taker, new() { ["Ask.ExtraTime"] = "true", ["Ask.ScreenReader"] = "true" });
        var recruiter = await Given.RecruiterAsync(app);
        var (_, tests) = await recruiter.GetPageAsync($"/Recruiting/Attempts?application={taker.ApplicationId}");

        await recruiter.SubmitAsync(tests, new Dictionary<string, string> { ["factor"] = "1.25" }, "#accommodation-grant-form");

        var mail = await MailAsync(taker, MailTemplateKeys.AccommodationGranted);
        Assert.StartsWith("您为", mail.Subject);
        Assert.Contains("我们已批准以下安排：\n\n- 延长答题时间：每项测评的时限 × 1.25\n- 使用读屏软件\n", mail.TextBody);
    }

    [Fact]
    public async Task The_request_can_no_longer_be_changed_once_a_test_has_started()
    {
        var taker = await TestTaker.NewAsync(app, 1.0, false, (TestKind.Sjt, 10, 60, 1));
        var (_, before) = await taker.Client.GetPageAsync($"/Candidate/Applications/Details/{taker.ApplicationId}");
        await taker.StartAsync(TestKind.Sjt);

        var late = await taker.Client.SubmitAsync(before, new Dictionary<string, string> { ["Ask.ExtraTime"] = "true" }, "#accommodation-form");

        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        Assert.Contains("You have started a test", (await PageClient.ParseAsync(late)).QuerySelector("[data-testid='accommodation-error']")!.TextContent);
        Assert.False(await app.WithDbAsync(db => db.AccommodationRequests.AnyAsync(r => r.ApplicationId == taker.ApplicationId)));
        var (_, after) = await taker.Client.GetPageAsync($"/Candidate/Applications/Details/{taker.ApplicationId}");
        Assert.Null(after.QuerySelector("#accommodation-form"));
    }

    [Theory]
    [InlineData("", "", "Tick at least one thing you need.")]
    [InlineData("Ask.Other", "", "Say in the note what else you need.")]
    [InlineData("Ask.ScreenReader", "long", "Keep the note to 1,000 characters.")]
    public async Task A_request_needs_something_ticked_and_a_note_of_bounded_length(string tick, string note, string message)
    {
        var taker = await TestTaker.NewAsync(app, 1.0, false, (TestKind.Sjt, 10, 60, 1));
        var (_, page) = await taker.Client.GetPageAsync($"/Candidate/Applications/Details/{taker.ApplicationId}");
        var values = new Dictionary<string, string> { ["Ask.Note"] = note == "long" ? new string('x', 1001) : note };
        if (tick.Length > 0) values[tick] = "true";

        var refused = await taker.Client.SubmitAsync(page, values, "#accommodation-form");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(message, (await PageClient.ParseAsync(refused)).QuerySelector("[data-testid='accommodation-error']")!.TextContent.Trim());
        Assert.False(await app.WithDbAsync(db => db.AccommodationRequests.AnyAsync(r => r.ApplicationId == taker.ApplicationId)));
    }

    [Fact]
    public async Task A_candidate_cannot_ask_on_another_candidates_application()
    {
        var mine = await TestTaker.NewAsync(app, 1.0, false, (TestKind.Sjt, 10, 60, 1));
        var theirs = await TestTaker.NewAsync(app, 1.0, false, (TestKind.Sjt, 10, 60, 1));
        var (_, page) = await mine.Client.GetPageAsync($"/Candidate/Applications/Details/{mine.ApplicationId}");
        var form = page.QuerySelector("#accommodation-form")!;
        form.SetAttribute("action", $"/Candidate/Applications/Details/{theirs.ApplicationId}?handler=Accommodation");

        var response = await mine.Client.SubmitAsync(page, new Dictionary<string, string> { ["Ask.ExtraTime"] = "true" }, "#accommodation-form");

        Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound
            || response.Headers.Location?.OriginalString.Contains("AccessDenied") == true, response.StatusCode.ToString());
        Assert.False(await app.WithDbAsync(db => db.AccommodationRequests.AnyAsync(r => r.ApplicationId == theirs.ApplicationId)));
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> AskAsync(TestTaker taker, Dictionary<string, string> values)
    {
        var (_, page) = await taker.Client.GetPageAsync($"/Candidate/Applications/Details/{taker.ApplicationId}");
        var sent = await taker.Client.SubmitAsync(page, values, "#accommodation-form");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        return (await taker.Client.GetPageAsync(sent.Headers.Location!.OriginalString)).Page;
    }

    private Task<AccommodationRequest> RequestAsync(TestTaker taker) =>
        app.WithDbAsync(db => db.AccommodationRequests.AsNoTracking().SingleAsync(r => r.ApplicationId == taker.ApplicationId));

    private async Task<(string Subject, string TextBody)> MailAsync(TestTaker taker, string template)
    {
        var mail = await app.WithDbAsync(db => db.OutboxMails.AsNoTracking().SingleAsync(m => m.ApplicationId == taker.ApplicationId && m.TemplateKey == template));
        return (mail.Subject, mail.TextBody.Replace("\r\n", "\n"));
    }
}

public class AccommodationTests_Sqlite(SqliteAttemptApp app) : AccommodationTests<SqliteAttemptApp>(app);
public class AccommodationTests_Postgres(PostgresAttemptApp app) : AccommodationTests<PostgresAttemptApp>(app);
