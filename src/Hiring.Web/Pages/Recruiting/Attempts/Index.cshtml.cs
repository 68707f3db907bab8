using Hiring.Core.Assessments.Timing;
using Hiring.Web.Assessments;
using Hiring.Web.Auditing;
using Hiring.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Hiring.Web.Pages.Recruiting.Attempts;

/// <summary>Staff view of one application's tests: scores, percentiles, competencies, integrity flags,
/// typing replay, and the extra-time (accommodation) control.</summary>
public class IndexModel(AttemptReport report, HiringDbContext db, IStringLocalizer<IndexModel> text) : PageModel
{
    public ApplicationTests Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid application)
    {
        var found = await report.ForAsync(application);
        if (found is null) return NotFound();
        Report = found;
        Audit.Record(db, User, AuditActions.ResultsRead, AuditRecordTypes.Application, application.ToString());
        await db.SaveChangesAsync();
        return Page();
    }

    /// <summary>Sets the extra-time factor. Tests already started keep the deadline they started with.</summary>
    public async Task<IActionResult> OnPostAccommodationAsync(Guid application, double factor)
    {
        if (!AttemptClock.AccommodationFactors.Contains(factor)) return BadRequest();
        var app = await db.Applications.SingleOrDefaultAsync(a => a.Id == application);
        if (app is null) return NotFound();
        app.AccommodationFactor = factor;
        await db.SaveChangesAsync();
        TempData["Status"] = factor == 1.0 ? text["Extra time removed for tests not yet started."].Value
            : text["Tests not yet started will allow {0:0.##} × their time limit.", factor].Value;
        return Redirect($"/Recruiting/Attempts?application={application}");
    }
}
