using Hiring.Web.Data;
using Hiring.Web.Recruiting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hiring.Web.Pages.Cvs;

/// <summary>
/// Serves an application's CV from data/cvs/ — only to the candidate who sent it and to staff
/// (resource check; anyone else gets 403). Sent as an attachment with nosniff, never rendered inline.
/// </summary>
public class DownloadModel(HiringDbContext db, CvStore cvs, IAuthorizationService authorization) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var application = await db.Applications.FindAsync(id);
        if (application?.CvStoredName is null) return NotFound();
        if (!(await authorization.AuthorizeAsync(User, application, ApplicationOperations.Read)).Succeeded) return Forbid();
        var path = cvs.PathOf(application.CvStoredName);
        if (!System.IO.File.Exists(path)) return NotFound();
        Response.Headers.XContentTypeOptions = "nosniff";
        return PhysicalFile(path, application.CvContentType ?? "application/octet-stream", application.CvFileName ?? "cv");
    }
}
