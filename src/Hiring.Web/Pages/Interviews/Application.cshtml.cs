using Hiring.Web.Localization;
using Hiring.Web.Auditing;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Hiring.Web.Interviews;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Pages.Interviews;

/// <summary>One application's interviews: bookings, who is on each panel, and the scorecards' averages.</summary>
public class ApplicationModel(HiringDbContext db, InterviewAccess access, ScorecardSummary summary, InterviewClock zone) : PageModel
{
    public record Booking(Guid Id, string When, string Location, string? VideoLink, InterviewStatus Status, List<string> Panel);
    public record Card(string Interviewer, string? Recommendation, DateTime? SubmittedAt, int Ratings);
    [BindProperty(SupportsGet = true)] public Guid ApplicationId { get; set; }
    public ApplicationHeader Header { get; private set; } = null!;
    public List<Booking> Bookings { get; private set; } = [];
    public List<Card> Cards { get; private set; } = [];
    public ApplicationInterviewScores Scores { get; private set; } = null!;
    public bool IsRecruiter => InterviewAccess.IsRecruiter(User);

    public async Task<IActionResult> OnGetAsync()
    {
        if (await ApplicationHeader.FindAsync(db, ApplicationId) is not { } header) return NotFound();
        if (!await access.CanOpenAsync(User, ApplicationId)) return Forbid();
        Header = header;
        var interviews = await db.Interviews.AsNoTracking().Where(i => i.ApplicationId == ApplicationId).OrderBy(i => i.StartsAt)
            .Select(i => new { i.Id, i.StartsAt, i.EndsAt, i.Location, i.VideoLink, i.Status, Panel = i.Panel.Select(p => p.Interviewer!.DisplayName).ToList() })
            .ToListAsync();
        Bookings = interviews.Select(i => new Booking(i.Id, zone.Describe(i.StartsAt, i.EndsAt), i.Location, i.VideoLink, i.Status, i.Panel)).ToList();
        Cards = (await db.Scorecards.AsNoTracking().Where(s => s.ApplicationId == ApplicationId).OrderBy(s => s.Interviewer!.DisplayName)
            .Select(s => new { s.Interviewer!.DisplayName, s.Recommendation, s.SubmittedAt, Count = s.Ratings.Count }).ToListAsync())
            .Select(s => new Card(s.DisplayName, s.Recommendation is { } r ? DisplayNames.Of(r) : null, s.SubmittedAt, s.Count)).ToList();
        Scores = (await summary.ForApplicationsAsync([ApplicationId]))[ApplicationId];
        Audit.Record(db, User, AuditActions.InterviewRead, AuditRecordTypes.Application, ApplicationId.ToString(), $"{Cards.Count} scorecard(s)");
        await db.SaveChangesAsync();
        return Page();
    }
}
