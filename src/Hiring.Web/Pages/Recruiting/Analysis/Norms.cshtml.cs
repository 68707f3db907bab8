using Hiring.Web.Analysis;
using Hiring.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Pages.Recruiting.Analysis;

/// <summary>Norm tables per test and post type as <see cref="NormRecompute"/> last stored them: bands, group size, date.</summary>
public class NormsModel(HiringDbContext db) : PageModel
{
    public List<NormRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Rows = (await db.NormRows.AsNoTracking().ToListAsync(ct)).OrderBy(r => r.Kind).ThenBy(r => r.PostType).ToList();
}
