using Hiring.Web.Analysis;
using Hiring.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Pages.Recruiting.Analysis;

/// <summary>Norm tables per test and post type as <see cref="NormRecompute"/> last stored them: bands, group size, date.</summary>
public class NormsModel(HiringDbContext db) : PageModel
{
    public List<NormRow> Rows { get; private set; } = [];
    /// <summary>Scored attempts, and how many of them demo applicants made (the tables rest on both).</summary>
    public (int All, int Demo) Scored { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Rows = (await db.NormRows.AsNoTracking().ToListAsync(ct)).OrderBy(r => r.Kind).ThenBy(r => r.PostType).ToList();
        var scored = db.Attempts.Where(a => a.SubmittedAt != null);
        Scored = (await scored.CountAsync(ct), await scored.CountAsync(a => a.Application!.Candidate!.IsDemo, ct));
    }
}
