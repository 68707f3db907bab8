using System.Security.Claims;
using Hiring.Web.Auditing;
using Hiring.Web.Data;
using Hiring.Web.Interviews;
using Hiring.Web.Recruiting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hiring.Web.Pages.Cvs;

/// <summary>
/// Serves an application's CV from data/cvs/ — only to the candidate who sent it, recruiters and admins, and
/// interviewers or hiring managers on the application's panel (the rule kits and scorecards follow; anyone else gets 403). Sent as an attachment with nosniff, never rendered inline.
/// </summary>
public class DownloadModel(HiringDbContext db, CvStore cvs, IAuthorizationService authorization, InterviewAccess panel) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var application = await db.Applications.FindAsync(id);
        if (application?.CvStoredName is null) return NotFound();
        if (!(await authorization.AuthorizeAsync(User, application, ApplicationOperations.Read)).Succeeded
            && !await panel.CanOpenAsync(User, application.Id)) return Forbid();
        var path = cvs.PathOf(application.CvStoredName);
        if (!System.IO.File.Exists(path)) return NotFound();
        // Staff reading a CV is personal-data access and is logged; the candidate reading their own is not.
        if (application.CandidateId != User.FindFirstValue(ClaimTypes.NameIdentifier))
        {
            // No file name: it is often the person's name, and audit lines outlive an erasure.
            Audit.Record(db, User, AuditActions.CvRead, AuditRecordTypes.Application, application.Id.ToString(), application.CvContentType ?? "");
            await db.SaveChangesAsync();
        }
        Response.Headers.XContentTypeOptions = "nosniff";
        return PhysicalFile(path, application.CvContentType ?? "application/octet-stream", application.CvFileName ?? "cv");
    }
}
