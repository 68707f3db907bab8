using System.Security.Claims;
using Hiring.Core.Recruiting;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Hiring.Web.Interviews;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Pages.Interviews;

/// <summary>
/// The interviews dashboard. An interviewer sees the interviews they sit on and whether their
/// scorecard is in; recruiters and admins see every booking and the applicants waiting for one.
/// </summary>
public class IndexModel(HiringDbContext db, InterviewClock zone, TimeProvider clock) : PageModel
{
    public record Row(Guid ApplicationId, string Candidate, string Post, string When, bool Ended, bool OnPanel, bool Submitted);
    public record Waiting(Guid Id, string Candidate, string Post, DateTime Since);
    /// <summary>Interviews still to come or under way, soonest first.</summary>
    public List<Row> Upcoming { get; private set; } = [];
    /// <summary>Interviews that have ended, latest first: where scorecards are due.</summary>
    public List<Row> Past { get; private set; } = [];
    public List<Waiting> Unbooked { get; private set; } = [];
    public bool IsRecruiter => InterviewAccess.IsRecruiter(User);

    public async Task OnGetAsync()
    {
        var me = User.FindFirstValue(ClaimTypes.NameIdentifier);
        var now = clock.GetUtcNow().UtcDateTime;
        var interviews = db.Interviews.AsNoTracking().Where(i => i.Status == InterviewStatus.Scheduled);
        if (!IsRecruiter) interviews = interviews.Where(i => i.Panel.Any(p => p.InterviewerId == me));
        Upcoming = await RowsAsync(interviews.Where(i => i.EndsAt > now).OrderBy(i => i.StartsAt), me, now);
        Past = await RowsAsync(interviews.Where(i => i.EndsAt <= now).OrderByDescending(i => i.StartsAt), me, now);
        if (IsRecruiter)
            Unbooked = await db.Applications.AsNoTracking()
                .Where(a => a.Stage == Stage.Interview && !db.Interviews.Any(i => i.ApplicationId == a.Id && i.Status == InterviewStatus.Scheduled))
                .OrderBy(a => a.StageChangedAt).Take(200)
                .Select(a => new Waiting(a.Id, a.Candidate!.DisplayName, a.Post!.Title, a.StageChangedAt)).ToListAsync();
    }

    private async Task<List<Row>> RowsAsync(IQueryable<Interview> interviews, string? me, DateTime now)
    {
        var rows = await interviews.Take(200).Select(i => new
        {
            i.ApplicationId, Candidate = i.Application!.Candidate!.DisplayName, Post = i.Application.Post!.Title, i.StartsAt, i.EndsAt,
            OnPanel = i.Panel.Any(p => p.InterviewerId == me),
            Submitted = db.Scorecards.Any(s => s.ApplicationId == i.ApplicationId && s.InterviewerId == me && s.SubmittedAt != null),
        }).ToListAsync();
        return rows.Select(r => new Row(r.ApplicationId, r.Candidate, r.Post, zone.Describe(r.StartsAt, r.EndsAt), r.EndsAt <= now, r.OnPanel, r.Submitted)).ToList();
    }
}
