using System.IO.Compression;
using System.Net;
using System.Text;
using Hiring.Core.Interviews;
using Hiring.Core.Recruiting;
using Hiring.Web.Interviews;
using Hiring.Web.Privacy;
using Hiring.Web.Tests.Interviews;
using Hiring.Web.Tests.Mail;
using Hiring.Web.Tests.Recruiting;
using Microsoft.EntityFrameworkCore;
using static Hiring.Web.Tests.Privacy.PrivacySteps;

namespace Hiring.Web.Tests.Privacy;

/// <summary>Interviews in the candidate's export, and what erasure and retention leave of them.</summary>
public abstract class InterviewPrivacyTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : Infrastructure.HiringApp, IClockedApp
{
    private readonly InterviewWorld _world = new(app);
    private const string Place = "Room 2, Leeds contact centre", Link = "https://meet.example.com/dana-interview";
    private const string QuestionNote = "Calmed the caller, then fixed the bill", OverallNote = "Strong listener, slow on the system";

    /// <summary>Dana applied, was interviewed by Ines (booking with a place and a link), and Ines submitted a scorecard about her.</summary>
    private async Task<(Applicant Dana, InterviewWorld.Person Ines, string Question)> InterviewedAsync()
    {
        var post = await Given.PostAsync(app);
        // Open by the app's clock, which the retention test moves a year on.
        await app.WithDbAsync(db => db.Posts.Where(p => p.Id == post.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.ClosingDate, app.Clock.GetUtcNow().UtcDateTime.Date.AddDays(10))));
        var dana = await ApplicantAsync(app, post.Id);
        await app.WithDbAsync(db => db.Applications.Where(a => a.Id == dana.ApplicationId).ExecuteUpdateAsync(s => s.SetProperty(a => a.Stage, Stage.Interview)));
        var ines = await _world.InterviewerAsync("Ines Interviewer");
        var start = app.Clock.GetUtcNow().UtcDateTime.AddHours(-2);
        await _world.InScopeAsync<InterviewScheduler, InterviewScheduler.Result>(s =>
            s.BookAsync(dana.ApplicationId, new InterviewBooking(start, 60, Place, Link, [ines.Id]), null));
        var kit = (await _world.InScopeAsync<KitEditor, KitView?>(k => k.GetAsync(dana.ApplicationId, null)))!;
        var (first, second) = (kit.Questions[0].Question, kit.Questions[1].Question);
        await _world.InScopeAsync<ScorecardEditor, bool>(async cards =>
        {
            await cards.SaveAsync(dana.ApplicationId, ines.Id,
                [new RatingInput(first.Id, first.Version, 4, QuestionNote), new RatingInput(second.Id, second.Version, 2, "")],
                Recommendation.Yes, OverallNote, submit: true);
            return true;
        });
        return (dana, ines, first.Content.Text);
    }

    [Fact]
    public async Task Export_holds_the_interviews_and_scorecards_without_naming_the_interviewers()
    {
        var (dana, ines, question) = await InterviewedAsync();

        var (_, page) = await dana.Client.GetPageAsync("/Candidate/Privacy");
        var response = await dana.Client.SubmitAsync(page, new Dictionary<string, string>(), "form#export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        var interviews = Text(zip, "interviews.json");
        foreach (var expected in new[] { Place, Link, "Scheduled", QuestionNote, OverallNote, "\"rating\": 4", "\"rating\": 2", "\"Yes\"", question[..40] })
            Assert.Contains(expected, interviews);
        foreach (var everything in zip.Entries.Where(e => !e.FullName.StartsWith("cvs/")).Select(e => Text(zip, e.FullName)))
            foreach (var staff in new[] { "Ines Interviewer", ines.Email, ines.Id })
                Assert.DoesNotContain(staff, everything);
        Assert.Contains("interviews.json", Text(zip, "README.txt"));
    }

    [Fact]
    public async Task Erasure_clears_interview_notes_and_places_but_the_ratings_still_count()
    {
        var (dana, _, _) = await InterviewedAsync();
        var before = await ScoresAsync(dana.ApplicationId);

        await AskForErasureAsync(dana.Client);
        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(app, dana.UserId)).StatusCode);

        await AssertInterviewsAnonymisedAsync(dana.ApplicationId, before);
    }

    [Fact]
    public async Task Retention_clears_interview_notes_and_places_of_a_closed_application_but_the_ratings_still_count()
    {
        var (dana, _, _) = await InterviewedAsync();
        var before = await ScoresAsync(dana.ApplicationId);
        await app.WithDbAsync(db => db.Applications.Where(a => a.Id == dana.ApplicationId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Stage, Stage.Rejected).SetProperty(a => a.StageChangedAt, app.Clock.GetUtcNow().UtcDateTime)));

        app.Clock.Advance(TimeSpan.FromDays(370));
        await app.Service<RetentionJob>().RunOnceAsync();

        await AssertInterviewsAnonymisedAsync(dana.ApplicationId, before);
    }

    private async Task AssertInterviewsAnonymisedAsync(Guid applicationId, ApplicationInterviewScores before)
    {
        var (card, booking) = await app.WithDbAsync(async db => (
            await db.Scorecards.AsNoTracking().Include(s => s.Ratings).SingleAsync(s => s.ApplicationId == applicationId),
            await db.Interviews.AsNoTracking().SingleAsync(i => i.ApplicationId == applicationId)));
        Assert.Equal("", card.Notes);
        Assert.All(card.Ratings, r => Assert.Equal("", r.Notes));
        Assert.Equal([2, 4], card.Ratings.Select(r => r.Rating).Order());
        Assert.Equal(("", null), (booking.Location, booking.VideoLink));
        Assert.True(booking.EndsAt > booking.StartsAt);
        var after = await ScoresAsync(applicationId);
        Assert.Equal((before.Overall, before.Scorecards), (after.Overall, after.Scorecards));
        Assert.Equal(before.Recommendations, after.Recommendations);
        Assert.Equal(before.ByCompetency, after.ByCompetency);
    }

    private async Task<ApplicationInterviewScores> ScoresAsync(Guid applicationId) =>
        (await _world.InScopeAsync<ScorecardSummary, IReadOnlyDictionary<Guid, ApplicationInterviewScores>>(s => s.ForApplicationsAsync([applicationId])))[applicationId];

    private static string Text(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }
}

public class InterviewPrivacyTests_Sqlite(YearClockedSqliteApp app) : InterviewPrivacyTests<YearClockedSqliteApp>(app);
public class InterviewPrivacyTests_Postgres(YearClockedPostgresApp app) : InterviewPrivacyTests<YearClockedPostgresApp>(app);
