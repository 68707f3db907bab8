using System.Net;
using AngleSharp.Html.Dom;
using Hiring.Web.Domain;
using Hiring.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Tests.Interviews;

public abstract class SchedulingTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : HiringApp
{
    private readonly InterviewWorld _world = new(app);
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    private static void Tick(IHtmlDocument page, params InterviewWorld.Person[] panel)
    {
        foreach (var p in panel) ((IHtmlInputElement)page.QuerySelector($"input[name='Input.InterviewerIds'][value='{p.Id}']")!).IsChecked = true;
    }

    private async Task<(Guid ApplicationId, InterviewWorld.Person Candidate, InterviewWorld.Person A, InterviewWorld.Person B, DateTime Local, PageClient Recruiter)> BookThroughThePageAsync()
    {
        var (applicationId, candidate) = await _world.ApplicationAsync();
        var a = await _world.InterviewerAsync("Ada Panel");
        var b = await _world.InterviewerAsync("Ben Panel");
        var recruiter = await _world.LogInAsync(InterviewWorld.Recruiter, InterviewWorld.DemoPassword);
        var local = DateTime.SpecifyKind(DateTime.UtcNow.Date.AddDays(9).AddHours(10), DateTimeKind.Unspecified);
        var (_, form) = await recruiter.GetPageAsync($"/Interviews/Schedule/{applicationId}");
        Tick(form, a, b);
        var booked = await recruiter.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.StartsAt"] = local.ToString("yyyy-MM-ddTHH:mm"), ["Input.Minutes"] = "45",
            ["Input.Location"] = "Room 2, Leeds contact centre", ["Input.VideoLink"] = "https://meet.example.com/abc-defg",
        });
        Assert.Equal(HttpStatusCode.Redirect, booked.StatusCode);
        return (applicationId, candidate, a, b, local, recruiter);
    }

    [Fact]
    public async Task Booking_mails_the_candidate_and_each_interviewer_a_calendar_request()
    {
        var (applicationId, candidate, a, b, local, _) = await BookThroughThePageAsync();
        var uid = await app.WithDbAsync(db => db.Interviews.Where(i => i.ApplicationId == applicationId).Select(i => i.CalendarUid).SingleAsync());
        var startUtc = TimeZoneInfo.ConvertTimeToUtc(local, London);

        foreach (var person in new[] { candidate, a, b })
        {
            var mail = await app.Smtp.WaitForMessageAsync(person.Email);
            var (calendar, e) = Invites.Read(mail);
            Assert.Equal("REQUEST", calendar.Method);
            Assert.Equal(uid, e.Uid);
            Assert.Equal(0, e.Sequence);
            Assert.Equal(startUtc, e.DtStart!.AsUtc);
            Assert.Equal(startUtc.AddMinutes(45), e.DtEnd!.AsUtc);
            Assert.Contains("Room 2", e.Location);
            Assert.Equal("mailto:" + person.Email, e.Attendees.Single().Value?.ToString(), ignoreCase: true);
        }
        Assert.Contains("Your interview", (await app.Smtp.WaitForMessageAsync(candidate.Email)).Subject);
    }

    [Fact]
    public async Task Rescheduling_sends_an_update_with_the_same_uid_and_a_higher_sequence()
    {
        var (applicationId, candidate, a, b, local, recruiter) = await BookThroughThePageAsync();
        var interview = await app.WithDbAsync(db => db.Interviews.SingleAsync(i => i.ApplicationId == applicationId));
        var (_, form) = await recruiter.GetPageAsync($"/Interviews/Reschedule/{interview.Id}");
        var moved = await recruiter.SubmitAsync(form, new Dictionary<string, string> { ["Input.StartsAt"] = local.AddHours(3).ToString("yyyy-MM-ddTHH:mm") }, "#reschedule");
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);

        foreach (var person in new[] { candidate, a, b })
        {
            var update = await app.Smtp.WaitForMessageAsync(person.Email, m => (m.Subject ?? "").StartsWith("Changed:"));
            var (calendar, e) = Invites.Read(update);
            Assert.Equal("REQUEST", calendar.Method);
            Assert.Equal(interview.CalendarUid, e.Uid);
            Assert.Equal(1, e.Sequence);
            Assert.Equal(TimeZoneInfo.ConvertTimeToUtc(local.AddHours(3), London), e.DtStart!.AsUtc);
        }
    }

    [Fact]
    public async Task Cancelling_without_telling_the_candidate_cancels_only_the_panels_events()
    {
        var (applicationId, candidate, a, b, _, recruiter) = await BookThroughThePageAsync();
        var interview = await app.WithDbAsync(db => db.Interviews.SingleAsync(i => i.ApplicationId == applicationId));
        var (_, form) = await recruiter.GetPageAsync($"/Interviews/Reschedule/{interview.Id}");
        var cancelled = await recruiter.SubmitAsync(form, new Dictionary<string, string> { ["TellCandidate"] = "false" }, "#cancel");
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);

        foreach (var person in new[] { a, b })
        {
            var (calendar, e) = Invites.Read(await app.Smtp.WaitForMessageAsync(person.Email, m => (m.Subject ?? "").StartsWith("Cancelled:")));
            Assert.Equal("CANCEL", calendar.Method);
            Assert.Equal(interview.CalendarUid, e.Uid);
            Assert.Equal(1, e.Sequence);
            Assert.Equal("CANCELLED", e.Status);
        }
        // The candidate's mail would have gone first (the invites are sent candidate, then panel), so it is not late: it was never sent.
        Assert.DoesNotContain(app.Smtp.MessagesTo(candidate.Email), m => (m.Subject ?? "").StartsWith("Cancelled:"));
        Assert.Equal(InterviewStatus.Cancelled, await app.WithDbAsync(db => db.Interviews.Where(i => i.Id == interview.Id).Select(i => i.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_booking_needs_a_place_or_link_and_an_interviewer()
    {
        var (applicationId, _) = await _world.ApplicationAsync();
        var recruiter = await _world.LogInAsync(InterviewWorld.Recruiter, InterviewWorld.DemoPassword);
        var (_, form) = await recruiter.GetPageAsync($"/Interviews/Schedule/{applicationId}");
        var refused = await recruiter.SubmitAsync(form, new Dictionary<string, string> { ["Input.StartsAt"] = "2030-01-15T10:00" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var text = (await PageClient.ParseAsync(refused)).Body!.TextContent;
        Assert.Contains("Give a place, a video link, or both.", text);
        Assert.Contains("Choose at least one interviewer.", text);
        Assert.False(await app.WithDbAsync(db => db.Interviews.AnyAsync(i => i.ApplicationId == applicationId)));
    }

    [Fact]
    public async Task Recruiter_dashboard_lists_an_unbooked_applicant_until_the_interview_is_booked()
    {
        var (applicationId, _) = await _world.ApplicationAsync();
        var recruiter = await _world.LogInAsync(InterviewWorld.Recruiter, InterviewWorld.DemoPassword);
        var (_, before) = await recruiter.GetPageAsync("/Interviews");
        Assert.NotNull(before.QuerySelector($"#unbooked a[href='/Interviews/Schedule/{applicationId}']"));
        Assert.Null(before.QuerySelector($"#booked a[href='/Interviews/Application/{applicationId}']"));

        await _world.BookAsync(applicationId, DateTime.UtcNow.AddDays(3), await _world.InterviewerAsync());
        var (_, after) = await recruiter.GetPageAsync("/Interviews");
        Assert.Null(after.QuerySelector($"#unbooked a[href='/Interviews/Schedule/{applicationId}']"));
        Assert.NotNull(after.QuerySelector($"#booked a[href='/Interviews/Application/{applicationId}']"));
    }

    [Fact]
    public async Task An_interviewer_cannot_book_interviews()
    {
        var (applicationId, _) = await _world.ApplicationAsync();
        var interviewer = await _world.InterviewerAsync();
        var client = await _world.LogInAsync(interviewer.Email);
        var (response, _) = await client.GetPageAsync($"/Interviews/Schedule/{applicationId}");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

public class SchedulingTests_Sqlite(SqliteApp app) : SchedulingTests<SqliteApp>(app);
public class SchedulingTests_Postgres(PostgresApp app) : SchedulingTests<PostgresApp>(app);
