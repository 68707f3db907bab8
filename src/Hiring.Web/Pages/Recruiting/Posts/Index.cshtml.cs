using System.Globalization;
using Hiring.Core.Assessments;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Hiring.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Hiring.Web.Pages.Recruiting.Posts;

public class IndexModel(HiringDbContext db, IStringLocalizer<IndexModel> text) : PageModel
{
    public record Row(int Id, string Title, PostType Type, PostStatus Status, DateTime? ClosingDate, int Applications);
    public List<Row> Posts { get; private set; } = [];

    public async Task OnGetAsync() =>
        Posts = await db.Posts.AsNoTracking().OrderBy(p => p.Status).ThenBy(p => p.Title)
            .Select(p => new Row(p.Id, p.Title, p.PostType, p.Status, p.ClosingDate, p.Applications.Count)).ToListAsync();

    public Task<IActionResult> OnPostOpenAsync(int id) => SetStatusAsync(id, PostStatus.Open);
    public Task<IActionResult> OnPostCloseAsync(int id) => SetStatusAsync(id, PostStatus.Closed);

    private async Task<IActionResult> SetStatusAsync(int id, PostStatus status)
    {
        var post = await db.Posts.FindAsync(id);
        if (post is null) return NotFound();
        post.Status = status;
        await db.SaveChangesAsync();
        TempData["Status"] = text["“{0}” is now {1}.", post.Title, DisplayNames.Of(status).ToLower(CultureInfo.CurrentCulture)].Value;
        return RedirectToPage();
    }
}
