using Hiring.Documents.Reports;
using Hiring.Web.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Net.Http.Headers;

namespace Hiring.Web.Pages.Reports;

/// <summary>One candidate report as a PDF attachment; the download is audited before it is sent.</summary>
public class DownloadModel(ReportDownloads downloads) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await downloads.OneAsync(User, id, HttpContext.RequestAborted) is not { } model) return NotFound();
        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.CacheControl = "no-store";
        Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
            { FileName = CandidateReportPdf.FileName(model), FileNameStar = CandidateReportPdf.UnicodeFileName(model) }.ToString();
        return File(CandidateReportPdf.Render(model), "application/pdf");
    }
}
