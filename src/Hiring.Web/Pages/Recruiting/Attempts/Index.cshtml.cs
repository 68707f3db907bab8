using Hiring.Core.Assessments.Timing;
using Hiring.Web.Assessments;
using Hiring.Web.Auditing;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Hiring.Web.Recruiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Hiring.Web.Pages.Recruiting.Attempts;

/// <summary>Staff view of one application's tests: scores, percentiles, competencies, integrity flags,
/// typing replay, the extra-time (accommodation) control, and the candidate's request for an adjustment with its decision.</summary>
public class IndexModel(AttemptReport report, HiringDbContext db, Accommodations accommodations, IStringLocalizer<IndexModel> text) : PageModel
{
    public ApplicationTests Report { get; private set; } = null!;
    /// <summary>The candidate's request for an adjustment, if they made one.</summary>
    public AccommodationRequest? Accommodation { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid application)
    {
        var found = await report.ForAsync(application);
        if (found is null) return NotFound();
        Report = found;
        Accommodation = await db.AccommodationRequests.AsNoTracking().SingleOrDefaultAsync(r => r.ApplicationId == application);
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
        Audit.Record(db, User, AuditActions.Accommodation, AuditRecordTypes.Application, application.ToString(), $"Extra time set: time limits × {factor:0.##}");
        await db.SaveChangesAsync();
        TempData["Status"] = factor == 1.0 ? text["Extra time removed for tests not yet started."].Value
            : text["Tests not yet started will allow {0:0.##} × their time limit.", factor].Value;
        return Back(application);
    }

    /// <summary>Grants the candidate's waiting request (extra time at <paramref name="factor"/> when they asked for it) and mails them.</summary>
    public async Task<IActionResult> OnPostGrantAsync(Guid application, double factor) =>
        Back(application, await accommodations.GrantAsync(application, factor, User) ?? text["Request granted; the candidate is told by e-mail."].Value);

    /// <summary>Declines the candidate's waiting request with a reason they read, and mails them.</summary>
    public async Task<IActionResult> OnPostDeclineAsync(Guid application, string? reason) =>
        Back(application, await accommodations.DeclineAsync(application, reason, User) ?? text["Request declined; the candidate is told by e-mail."].Value);

    private RedirectResult Back(Guid application, string? status = null)
    {
        if (status is not null) TempData["Status"] = status;
        return Redirect($"/Recruiting/Attempts?application={application}#accommodation-request");
    }
}
