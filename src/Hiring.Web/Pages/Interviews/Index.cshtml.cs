using Hiring.Core.Recruiting;
using Hiring.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Pages.Interviews;

public class IndexModel(HiringDbContext db) : PageModel
{
    public record Row(Guid Id, string Candidate, string Post, DateTime Since);
    public List<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync() =>
        Rows = await db.Applications.AsNoTracking().Where(a => a.Stage == Stage.Interview)
            .OrderBy(a => a.StageChangedAt)
            .Select(a => new Row(a.Id, a.Candidate!.DisplayName, a.Post!.Title, a.StageChangedAt)).Take(200).ToListAsync();
}
