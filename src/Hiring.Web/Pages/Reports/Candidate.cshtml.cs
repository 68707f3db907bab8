using Hiring.Documents.Reports;
using Hiring.Web.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hiring.Web.Pages.Reports;

/// <summary>
/// One candidate report on screen: the PDF's model (<see cref="CandidateReportBuilder"/>) and its own sentences
/// (<see cref="ReportReading"/>), drawn as HTML, with the PDF a click away. Audited as a view, one line per opening.
/// </summary>
public class CandidateModel(ReportDownloads reports) : PageModel
{
    public Guid Id { get; private set; }
    public CandidateReportModel Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await reports.ViewAsync(User, [id], HttpContext.RequestAborted) is not [var model]) return NotFound();
        (Id, Report) = (id, model);
        Response.Headers.CacheControl = "no-store";
        return Page();
    }
}
