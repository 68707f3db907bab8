using System.Security.Claims;
using Hiring.Core.Assessments;
using Hiring.Core.Assessments.Timing;
using Hiring.Core.Recruiting;
using Hiring.Web.Assessments;
using Hiring.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Hiring.Web.Pages.Candidate.Tests;

/// <summary>The candidate's battery: every test of every application being tested, with its status and deadline.</summary>
public class IndexModel(HiringDbContext db, AttemptStarter starter, TimeProvider clock, IStringLocalizer<IndexModel> text) : PageModel
{
    public record TestRow(int TestId, TestKind Kind, TimeSpan Allowed, Guid? AttemptId, DateTime? DeadlineAt, DateTime? SubmittedAt);
    public record Battery(Guid ApplicationId, string PostTitle, Stage Stage, DateTime? DueAt, List<TestRow> Tests, string Language);

    public List<Battery> Batteries { get; private set; } = [];
    public DateTime Now { get; private set; }

    public async Task OnGetAsync()
    {
        var me = User.FindFirstValue(ClaimTypes.NameIdentifier);
        Now = clock.GetUtcNow().UtcDateTime;
        var apps = await db.Applications.AsNoTracking()
            .Where(a => a.CandidateId == me && (a.Stage == Stage.Testing || db.Attempts.Any(t => t.ApplicationId == a.Id)))
            .OrderBy(a => a.TestsDueAt)
            .Select(a => new { a.Id, a.Post!.Title, a.Post.Language, a.Stage, a.TestsDueAt, a.AccommodationFactor, Battery = a.Post.Battery.OrderBy(t => t.Id).ToList() })
            .ToListAsync();
        var ids = apps.Select(a => a.Id).ToList();
        var attempts = await db.Attempts.AsNoTracking().Where(t => ids.Contains(t.ApplicationId))
            .Select(t => new { t.Id, t.ApplicationId, t.BatteryTestId, t.DeadlineAt, t.SubmittedAt }).ToListAsync();
        Batteries = [.. apps.Select(a => new Battery(a.Id, a.Title, a.Stage, a.TestsDueAt, [.. a.Battery.Select(t =>
        {
            var at = attempts.FirstOrDefault(x => x.ApplicationId == a.Id && x.BatteryTestId == t.Id);
            return new TestRow(t.Id, t.Kind, AttemptClock.Allowed(t.TimeLimitMinutes, a.AccommodationFactor), at?.Id, at?.DeadlineAt, at?.SubmittedAt);
        })], a.Language))];
    }

    public async Task<IActionResult> OnPostStartAsync(Guid application, int test)
    {
        var me = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        var (outcome, id) = await starter.StartAsync(application, test, me);
        switch (outcome)
        {
            case StartOutcome.Started or StartOutcome.AlreadyStarted:
                return RedirectToPage("Take", new { id });
            case StartOutcome.NotFound:
                return NotFound();
            case StartOutcome.EmptyBank:
                TempData["Status"] = text["This test cannot start yet: its questions are not loaded. Please contact the recruiter."].Value;
                return RedirectToPage();
            default:
                TempData["Status"] = text["This test is not open: the invitation has closed or the application has moved on."].Value;
                return RedirectToPage();
        }
    }
}
