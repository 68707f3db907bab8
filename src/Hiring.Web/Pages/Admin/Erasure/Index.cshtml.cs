using Hiring.Web.Data;
using Hiring.Web.Domain;
using Hiring.Web.Privacy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Pages.Admin.Erasure;

/// <summary>Erasure requests waiting for a decision, and the latest decisions.</summary>
public class IndexModel(HiringDbContext db, Privacy.Erasure erasure) : PageModel
{
    public record Row(long Id, string CandidateId, string Email, string Name, DateTime RequestedAt, ErasureStatus Status, DateTime? DecidedAt, string? RefusalReason, int Applications);
    public List<Row> Pending { get; private set; } = [];
    public List<Row> Decided { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Pending = await RowsAsync(db.ErasureRequests.Where(r => r.Status == ErasureStatus.Pending).OrderBy(r => r.RequestedAt));
        Decided = await RowsAsync(db.ErasureRequests.Where(r => r.Status != ErasureStatus.Pending).OrderByDescending(r => r.DecidedAt).Take(20));
    }

    private Task<List<Row>> RowsAsync(IQueryable<ErasureRequest> requests) =>
        (from r in requests.AsNoTracking()
         join u in db.Users on r.CandidateId equals u.Id
         select new Row(r.Id, r.CandidateId, u.Email!, u.DisplayName, r.RequestedAt, r.Status, r.DecidedAt, r.RefusalReason,
             db.Applications.Count(a => a.CandidateId == r.CandidateId))).ToListAsync();

    public async Task<IActionResult> OnPostApproveAsync(long id, CancellationToken ct)
    {
        TempData["Status"] = await erasure.ApproveAsync(id, User, ct)
            ? "Erased: the account and its applications are anonymised and the CV files deleted."
            : "That request has already been decided.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRefuseAsync(long id, string? reason, CancellationToken ct)
    {
        TempData["Status"] = await erasure.RefuseAsync(id, User, reason, ct) ?? "Refused; the candidate sees your reason on their privacy page.";
        return RedirectToPage();
    }
}
