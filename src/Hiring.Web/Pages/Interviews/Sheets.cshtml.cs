using System.Security.Claims;
using Hiring.Core.Assessments;
using Hiring.Core.Recruiting;
using Hiring.Web.Auditing;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Hiring.Web.Interviews;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Pages.Interviews;

/// <summary>Question sheets to print: for chosen applications (one PDF) or a blank kit for walk-ins.</summary>
public class SheetsModel(HiringDbContext db, InterviewAccess access, QuestionSheets sheets, InterviewClock zone) : PageModel
{
    public record Row(Guid Id, string Candidate, string Post, string? When);
    public List<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var me = User.FindFirstValue(ClaimTypes.NameIdentifier);
        var recruiter = InterviewAccess.IsRecruiter(User);
        var rows = await db.Applications.AsNoTracking()
            .Where(a => db.Interviews.Any(i => i.ApplicationId == a.Id && i.Status == InterviewStatus.Scheduled && (recruiter || i.Panel.Any(p => p.InterviewerId == me)))
                        || (recruiter && a.Stage == Stage.Interview))
            .Select(a => new
            {
                a.Id, Candidate = a.FullName != "" ? a.FullName : a.Candidate!.DisplayName, Post = a.Post!.Title,
                Next = db.Interviews.Where(i => i.ApplicationId == a.Id && i.Status == InterviewStatus.Scheduled).OrderBy(i => i.StartsAt).Select(i => (DateTime?)i.StartsAt).FirstOrDefault(),
            }).OrderBy(a => a.Candidate).Take(300).ToListAsync();
        Rows = rows.Select(r => new Row(r.Id, r.Candidate, r.Post, r.Next is { } at ? zone.Format(at) : null)).ToList();
    }

    /// <summary>GET ?handler=Pdf&amp;ids=…: every chosen application's kit, one sheet each, in one PDF.</summary>
    public async Task<IActionResult> OnGetPdfAsync(List<Guid> ids)
    {
        ids = ids.Distinct().ToList();
        if (ids.Count is 0 or > 100) return BadRequest("Choose between 1 and 100 applications.");
        if (await db.Applications.CountAsync(a => ids.Contains(a.Id)) != ids.Count) return NotFound();
        foreach (var id in ids)
            if (!await access.CanOpenAsync(User, id)) return Forbid();
        var name = ids.Count == 1 ? $"question-sheet-{ids[0].ToString()[..8]}.pdf" : $"question-sheets-{ids.Count}.pdf";
        var pdf = await sheets.ForApplicationsAsync(ids);
        foreach (var id in ids) Audit.Record(db, User, AuditActions.SheetsPrint, AuditRecordTypes.Application, id.ToString(), name);
        await db.SaveChangesAsync();
        Response.Headers.CacheControl = "no-store";   // names candidates, as reports do
        return File(pdf, "application/pdf", name);
    }

    public async Task<IActionResult> OnGetBlankAsync(PostType postType) =>
        Enum.IsDefined(postType)
            ? File(await sheets.BlankAsync(postType), "application/pdf", $"blank-kit-{postType.ToString().ToLowerInvariant()}.pdf")
            : BadRequest();
}
