using Hiring.Core.Interviews;
using Hiring.Core.Recruiting;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Hiring.Web.Interviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hiring.Web.Demo;

/// <summary>
/// Demo interviews for the demo applicants: upcoming bookings for those at the Interview stage, and
/// past interviews with submitted scorecards for those at Offer or Hired, all on the demo
/// interviewer's panel so that login has something to open. Deterministic (Demo:Seed); runs once;
/// sends no mail (the people are made up).
/// </summary>
public sealed class DemoInterviews(HiringDbContext db, KitEditor kits, InterviewClock zone, TimeProvider clock, IOptions<DemoOptions> options)
{
    public const int PerGroup = 8;

    public async Task EnsureAsync(CancellationToken ct = default)
    {
        var interviewerEmail = DemoLogins.All.Single(l => l.Role == Identity.Roles.Interviewer).Email;
        var interviewer = await db.Users.SingleOrDefaultAsync(u => u.Email == interviewerEmail, ct);
        if (interviewer is null || await db.Interviews.AnyAsync(i => i.Application!.Candidate!.IsDemo, ct)) return;

        var random = new Random(options.Value.Seed);
        var today = zone.ToLocal(clock.GetUtcNow().UtcDateTime).Date;
        var upcoming = await DemoApplicationsAsync([Stage.Interview], ct);
        for (var i = 0; i < upcoming.Count; i++)
            Book(upcoming[i], zone.ToUtc(today.AddDays(1 + i / 3).AddHours(10 + (i % 3) * 2)), interviewer.Id, random);

        var past = await DemoApplicationsAsync([Stage.Offer, Stage.Hired], ct);
        var interviews = past.Select((id, i) => Book(id, zone.ToUtc(today.AddDays(-3 - i).AddHours(10)), interviewer.Id, random)).ToList();
        await db.SaveChangesAsync(ct);

        foreach (var interview in interviews)
        {
            var kit = (await kits.GetAsync(interview.ApplicationId, null, ct))!;
            var ratings = kit.Questions.Select(q => new ScorecardRating
            {
                QuestionId = q.Question.Id, QuestionVersion = q.Question.Version, Rating = random.Next(3, 6), Notes = "",
            }).ToList();
            var average = ratings.Average(r => r.Rating);
            db.Scorecards.Add(new Scorecard
            {
                ApplicationId = interview.ApplicationId, InterviewerId = interviewer.Id, Ratings = ratings,
                Recommendation = average >= 4.2 ? Recommendation.StrongYes : average >= 3.5 ? Recommendation.Yes : Recommendation.No,
                Notes = "Clear, specific examples; would suit the team.", SubmittedAt = interview.EndsAt.AddHours(1), UpdatedAt = interview.EndsAt.AddHours(1),
            });
        }
        await db.SaveChangesAsync(ct);
    }

    private Task<List<Guid>> DemoApplicationsAsync(Stage[] stages, CancellationToken ct) =>
        db.Applications.Where(a => stages.Contains(a.Stage) && a.Candidate!.IsDemo)
            .OrderBy(a => a.AppliedAt).ThenBy(a => a.CandidateId).Select(a => a.Id).Take(PerGroup).ToListAsync(ct);

    private Interview Book(Guid applicationId, DateTime startsAt, string interviewerId, Random random)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var id = new byte[16];
        random.NextBytes(id);
        var interview = new Interview
        {
            Id = new Guid(id), ApplicationId = applicationId, StartsAt = startsAt, EndsAt = startsAt.AddMinutes(60), Location = "Interview room 1, Leeds contact centre",
            CalendarUid = "", CreatedAt = now, UpdatedAt = now, Panel = [new InterviewPanelist { InterviewerId = interviewerId }],
        };
        interview.CalendarUid = $"interview-{interview.Id:N}@hiring";
        // Past demo interviews are already scored: nothing to remind anyone about.
        if (interview.EndsAt < now) interview.Panel[0].ReminderSentAt = interview.EndsAt;
        db.Interviews.Add(interview);
        return interview;
    }
}
