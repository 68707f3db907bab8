using Hiring.Core.Assessments;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Pages.Careers;

/// <summary>The public list of open posts, with search and filters in the URL.</summary>
public class IndexModel(HiringDbContext db, TimeProvider clock) : PageModel
{
    public record Row(int Id, string Title, PostType Type, WorkMode Mode, string Site, string Shifts, string? Salary, DateTime? ClosingDate, string Language);
    public List<Row> Posts { get; private set; } = [];

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public PostType? Type { get; set; }
    [BindProperty(SupportsGet = true)] public WorkMode? Mode { get; set; }
    [BindProperty(SupportsGet = true)] public string? Shift { get; set; }
    /// <summary>A job board's tag, carried to the post page and the application.</summary>
    [BindProperty(SupportsGet = true)] public string? Source { get; set; }

    public async Task OnGetAsync()
    {
        var today = clock.GetUtcNow().UtcDateTime.Date;
        var query = db.Posts.AsNoTracking().Where(p => p.Status == PostStatus.Open && (p.ClosingDate == null || p.ClosingDate >= today));
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var q = Q.Trim().ToLower();
            query = query.Where(p => p.Title.ToLower().Contains(q) || p.Description.ToLower().Contains(q) || p.Site.ToLower().Contains(q));
        }
        if (Type is { } type) query = query.Where(p => p.PostType == type);
        if (Mode is { } mode) query = query.Where(p => p.WorkMode == mode);
        if (!string.IsNullOrWhiteSpace(Shift)) query = query.Where(p => p.Shifts.ToLower().Contains(Shift.Trim().ToLower()));
        Posts = await query.OrderBy(p => p.Title)
            .Select(p => new Row(p.Id, p.Title, p.PostType, p.WorkMode, p.Site, p.Shifts, p.SalaryBand, p.ClosingDate, p.Language)).ToListAsync();
    }
}
