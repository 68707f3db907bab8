using Hiring.Web.Data;
using Hiring.Web.Domain;
using Hiring.Web.Identity;
using Hiring.Web.Interviews;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Pages.Interviews;

/// <summary>A recruiter moves or cancels a booked interview; the panel is always told, the candidate if the recruiter chooses.</summary>
[Authorize(Roles = $"{Roles.Recruiter},{Roles.Admin}")]
public class RescheduleModel(HiringDbContext db, InterviewScheduler scheduler, InterviewClock zone) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid InterviewId { get; set; }
    [BindProperty] public BookingInput Input { get; set; } = new();
    /// <summary>Unticked boxes post nothing, so this is false unless the box is ticked (GET ticks it).</summary>
    [BindProperty] public bool TellCandidate { get; set; }
    public ApplicationHeader Header { get; private set; } = null!;
    public List<(string Id, string Name)> Interviewers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is not { } interview) return NotFound();
        TellCandidate = true;
        Input = new BookingInput
        {
            StartsAt = zone.ToLocal(interview.StartsAt), Minutes = (int)(interview.EndsAt - interview.StartsAt).TotalMinutes,
            Location = interview.Location, VideoLink = interview.VideoLink, InterviewerIds = interview.Panel.Select(p => p.InterviewerId).ToList(),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is null) return NotFound();
        Input.Validate(ModelState, Interviewers.Select(i => i.Id).ToHashSet(), zone);
        if (!ModelState.IsValid) return Page();
        var result = await scheduler.RescheduleAsync(InterviewId, Input.ToBooking(zone), TellCandidate);
        if (result is null) return NotFound();
        TempData["Status"] = "Interview changed; updates are on their way.";
        return Redirect($"/Interviews/Application/{Header.Id}");
    }

    public async Task<IActionResult> OnPostCancelAsync()
    {
        if (await LoadAsync() is null) return NotFound();
        var result = await scheduler.CancelAsync(InterviewId, TellCandidate);
        if (result is null) return NotFound();
        TempData["Status"] = "Interview cancelled; cancellations are on their way.";
        return Redirect($"/Interviews/Application/{Header.Id}");
    }

    private async Task<Interview?> LoadAsync()
    {
        var interview = await db.Interviews.AsNoTracking().Include(i => i.Panel).SingleOrDefaultAsync(i => i.Id == InterviewId && i.Status == InterviewStatus.Scheduled);
        if (interview is null || await ApplicationHeader.FindAsync(db, interview.ApplicationId) is not { } header) return null;
        (Header, Interviewers) = (header, await scheduler.InterviewersAsync());
        return interview;
    }
}
