using Hiring.Core.Recruiting;
using Hiring.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Pages.Reports;

public class IndexModel(HiringDbContext db) : PageModel
{
    private static readonly Stage[] Later = [Stage.Shortlisted, Stage.Interview, Stage.Offer, Stage.Hired];
    public record Row(Guid Id, string Candidate, string Post, Stage Stage, double? Composite);
    public List<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync() =>
        Rows = await db.Applications.AsNoTracking().Where(a => Later.Contains(a.Stage))
            .OrderByDescending(a => a.CompositeScore)
            .Select(a => new Row(a.Id, a.Candidate!.DisplayName, a.Post!.Title, a.Stage, a.CompositeScore)).Take(200).ToListAsync();
}
