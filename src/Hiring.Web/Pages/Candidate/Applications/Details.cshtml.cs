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

/// <summary>One of the candidate's own applications: stage history, CV, and withdrawing.</summary>
public class DetailsModel(HiringDbContext db, IAuthorizationService authorization, TimeProvider clock, IStringLocalizer<DetailsModel> text) : PageModel
{
    public Application Application { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id, ApplicationOperations.Read) ?? Page();

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
        var application = await db.Applications.Include(a => a.Post).Include(a => a.History.OrderBy(h => h.At)).SingleOrDefaultAsync(a => a.Id == id);
        if (application is null) return NotFound();
        if (!(await authorization.AuthorizeAsync(User, application, op)).Succeeded) return Forbid();
        Application = application;
        return null;
    }
}
