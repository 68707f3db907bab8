using Hiring.Core.Analysis;
using Hiring.Web.Analysis;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hiring.Web.Pages.Recruiting.Analysis;

/// <summary>Norm tables per test and post type: percentile bands and the group size, computed when the page is asked for.</summary>
public class NormsModel(AnalysisQueries queries, TimeProvider clock) : PageModel
{
    public IReadOnlyList<NormTableRow> Rows { get; private set; } = [];
    public DateTime ComputedAt { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Rows = NormTables.ByTestAndPost(await queries.ScoredAsync(ct));
        ComputedAt = clock.GetUtcNow().UtcDateTime;
    }
}
