using System.ComponentModel.DataAnnotations;
using Hiring.Web.Data;
using Hiring.Web.Identity;
using Hiring.Web.Interviews;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hiring.Web.Pages.Interviews;

/// <summary>A recruiter books an interview: time, place or video link, and the panel; everyone gets a calendar invite.</summary>
[Authorize(Roles = $"{Roles.Recruiter},{Roles.Admin}")]
public class ScheduleModel(HiringDbContext db, InterviewScheduler scheduler, InterviewClock zone) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid ApplicationId { get; set; }
    [BindProperty] public BookingInput Input { get; set; } = new();
    public ApplicationHeader Header { get; private set; } = null!;
    public List<(string Id, string Name)> Interviewers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync()) return NotFound();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync()) return NotFound();
        Input.Validate(ModelState, Interviewers.Select(i => i.Id).ToHashSet(), zone);
        if (!ModelState.IsValid) return Page();
        await scheduler.BookAsync(ApplicationId, Input.ToBooking(zone), User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value);
        TempData["Status"] = "Interview booked; invitations are on their way.";
        return Redirect($"/Interviews/Application/{ApplicationId}");
    }

    private async Task<bool> LoadAsync()
    {
        if (await ApplicationHeader.FindAsync(db, ApplicationId) is not { } header) return false;
        (Header, Interviewers) = (header, await scheduler.InterviewersAsync());
        return true;
    }
}

/// <summary>The booking form, shared by Schedule and Reschedule. Times are in the centre's time zone.</summary>
public sealed class BookingInput
{
    [Required, Display(Name = "Date and time")] public DateTime? StartsAt { get; set; }
    [Range(15, 240), Display(Name = "Length (minutes)")] public int Minutes { get; set; } = 60;
    [StringLength(300), Display(Name = "Place")] public string? Location { get; set; }
    [StringLength(500), Url, Display(Name = "Video link")] public string? VideoLink { get; set; }
    public List<string> InterviewerIds { get; set; } = [];

    public void Validate(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary state, ISet<string> interviewers, InterviewClock zone)
    {
        if (StartsAt is { } local && zone.Problem(local) is { } problem) state.AddModelError("Input.StartsAt", problem);
        if (string.IsNullOrWhiteSpace(Location) && string.IsNullOrWhiteSpace(VideoLink))
            state.AddModelError("Input.Location", "Give a place, a video link, or both.");
        if (InterviewerIds.Count == 0) state.AddModelError("Input.InterviewerIds", "Choose at least one interviewer.");
        if (InterviewerIds.Any(id => !interviewers.Contains(id))) state.AddModelError("Input.InterviewerIds", "Only users with the Interviewer role can sit on a panel.");
    }

    public InterviewBooking ToBooking(InterviewClock zone) =>
        new(zone.ToUtc(StartsAt!.Value), Minutes, Infrastructure.TextInput.Clean(Location), Infrastructure.TextInput.Clean(VideoLink), InterviewerIds);
}
