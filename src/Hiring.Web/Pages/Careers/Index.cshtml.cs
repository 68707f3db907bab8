using Hiring.Core.Assessments;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Pages.Careers;

public class IndexModel(HiringDbContext db) : PageModel
{
    public record Row(int Id, string Title, PostType Type, string Site, string Shifts, string? Salary, DateTime? ClosingDate);
    public List<Row> Posts { get; private set; } = [];

    public async Task OnGetAsync() =>
        Posts = await db.Posts.AsNoTracking().Where(p => p.Status == PostStatus.Open).OrderBy(p => p.Title)
            .Select(p => new Row(p.Id, p.Title, p.PostType, p.Site, p.Shifts, p.SalaryBand, p.ClosingDate)).ToListAsync();
}
