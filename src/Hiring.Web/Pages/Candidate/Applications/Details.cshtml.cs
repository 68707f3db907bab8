using System.Security.Claims;
using Hiring.Core.Recruiting;
using Hiring.Web.Auditing;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Hiring.Web.Recruiting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using System.Globalization;
using Hiring.Web.Localization;

namespace Hiring.Web.Pages.Candidate.Applications;

/// <summary>One of the candidate's own applications: stage history, CV, an adjustment to the tests (asked for, and its decision), and withdrawing.</summary>
public class DetailsModel(HiringDbContext db, IAuthorizationService authorization, TimeProvider clock, Accommodations accommodations,
    IStringLocalizer<DetailsModel> text) : PageModel
{
    public Application Application { get; private set; } = null!;
    /// <summary>True while the candidate may ask for an adjustment or change their request (no test started, application open).</summary>
    public bool CanAsk { get; private set; }

    [BindProperty] public AskInput Ask { get; set; } = new();

    public sealed class AskInput
    {
        public bool ExtraTime { get; set; }
        public bool ScreenReader { get; set; }
        public bool NoAudio { get; set; }
        public bool Other { get; set; }
        public string? Note { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id, ApplicationOperations.Read) ?? Page();

    public async Task<IActionResult> OnPostAccommodationAsync(Guid id)
    {
        if (await LoadAsync(id, ApplicationOperations.AskForAccommodation) is { } denied) return denied;
        var problem = await accommodations.RequestAsync(Application, new(Ask.ExtraTime, Ask.ScreenReader, Ask.NoAudio, Ask.Other, Ask.Note));
        if (problem is not null)
        {
            ModelState.AddModelError("Ask", problem);
            return Page();
        }
        TempData["Status"] = text["Your request is sent. A recruiter will decide and tell you by e-mail."].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid id)
    {
        if (await LoadAsync(id, ApplicationOperations.Withdraw) is { } denied) return denied;
        var me = User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (!Application.TryMoveTo(Stage.Withdrawn, me, "Withdrawn by the candidate", clock.GetUtcNow().UtcDateTime))
        {
            TempData["Status"] = text["This application is already {0}; it cannot be withdrawn.", DisplayNames.Of(Application.Stage).ToLower(CultureInfo.CurrentCulture)].Value;
            return RedirectToPage(new { id });
        }
        Audit.Record(db, User, AuditActions.StageChange, AuditRecordTypes.Application, id.ToString(), "Withdrawn by the candidate");
        await db.SaveChangesAsync();
        TempData["Status"] = text["You have withdrawn your application for “{0}”.", Application.Post!.Title].Value;
        return Redirect("/Candidate");
    }

    private async Task<IActionResult?> LoadAsync(Guid id, Microsoft.AspNetCore.Authorization.Infrastructure.OperationAuthorizationRequirement op)
    {
        var application = await db.Applications.Include(a => a.Post).Include(a => a.History.OrderBy(h => h.At)).Include(a => a.Accommodation)
            .SingleOrDefaultAsync(a => a.Id == id);
        if (application is null) return NotFound();
        if (!(await authorization.AuthorizeAsync(User, application, op)).Succeeded) return Forbid();
        Application = application;
        CanAsk = await accommodations.CanAskAsync(application);
        if (application.Accommodation is { } r && Request.Method == HttpMethods.Get)
            Ask = new() { ExtraTime = r.ExtraTime, ScreenReader = r.ScreenReader, NoAudio = r.NoAudio, Other = r.Other, Note = r.Note };
        return null;
    }
}
