using System.Security.Claims;
using Hiring.Core.Recruiting;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Hiring.Web.Recruiting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Pages.Candidate.Applications;

/// <summary>One of the candidate's own applications: stage history, CV, and withdrawing.</summary>
public class DetailsModel(HiringDbContext db, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    public Application Application { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id, ApplicationOperations.Read) ?? Page();

    public async Task<IActionResult> OnPostWithdrawAsync(Guid id)
    {
        if (await LoadAsync(id, ApplicationOperations.Withdraw) is { } denied) return denied;
        var me = User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (!Application.TryMoveTo(Stage.Withdrawn, me, "Withdrawn by the candidate", clock.GetUtcNow().UtcDateTime))
        {
            TempData["Status"] = $"This application is already {Application.Stage.ToString().ToLowerInvariant()}; it cannot be withdrawn.";
            return RedirectToPage(new { id });
        }
        await db.SaveChangesAsync();
        TempData["Status"] = $"You have withdrawn your application for “{Application.Post!.Title}”.";
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
