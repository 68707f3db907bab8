using System.Security.Claims;
using Hiring.Web.Auditing;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Hiring.Web.Privacy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Hiring.Web.Pages.Candidate.Privacy;

/// <summary>
/// The candidate's own data: download all of it as a zip, or ask for it to be erased. Both act on the
/// signed-in candidate only — no id is taken from the request, so there is nothing to tamper with.
/// </summary>
public class IndexModel(HiringDbContext db, DataExport export, Erasure erasure, IOptions<PrivacyOptions> options, IStringLocalizer<IndexModel> text) : PageModel
{
    public ErasureRequest? Latest { get; private set; }
    public int RetentionMonths => options.Value.RetentionMonths;
    [BindProperty] public bool Confirm { get; set; }

    private string Me => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public async Task OnGetAsync() =>
        Latest = await db.ErasureRequests.AsNoTracking().Where(r => r.CandidateId == Me).OrderByDescending(r => r.Id).FirstOrDefaultAsync();

    public async Task<IActionResult> OnPostExportAsync(CancellationToken ct)
    {
        Audit.Record(db, User, AuditActions.DataExport, AuditRecordTypes.User, Me, "Candidate downloaded their data");
        await db.SaveChangesAsync(ct);
        var zip = new MemoryStream();
        await export.WriteAsync(Me, zip, ct);
        zip.Position = 0;
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(zip, "application/zip", "my-hiring-data.zip");
    }

    public async Task<IActionResult> OnPostEraseAsync(CancellationToken ct)
    {
        if (!Confirm)
        {
            ModelState.AddModelError(nameof(Confirm), text["Tick the box to confirm that you want everything erased."]);
            await OnGetAsync();
            return Page();
        }
        TempData["Status"] = await erasure.RequestAsync(Me, ct)
            ?? "Your erasure request is recorded. An administrator will review it; you will see the outcome here.";
        return RedirectToPage();
    }
}
