using System.Security.Claims;
using Hiring.Core.Recruiting;
using Hiring.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Pages.Candidate;

public class IndexModel(HiringDbContext db) : PageModel
{
    public record Row(Guid Id, string PostTitle, DateTime AppliedAt, Stage Stage);
    public List<Row> Applications { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var me = User.FindFirstValue(ClaimTypes.NameIdentifier);
        Applications = await db.Applications.AsNoTracking().Where(a => a.CandidateId == me)
            .OrderByDescending(a => a.AppliedAt)
            .Select(a => new Row(a.Id, a.Post!.Title, a.AppliedAt, a.Stage)).ToListAsync();
    }
}
