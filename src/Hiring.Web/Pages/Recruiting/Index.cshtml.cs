using Hiring.Core.Recruiting;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Pages.Recruiting;

public class IndexModel(HiringDbContext db) : PageModel
{
    public record PostRow(int Id, string Title);
    public List<PostRow> Posts { get; private set; } = [];
    public IReadOnlyList<Stage> Stages { get; } = Enum.GetValues<Stage>();
    public int Total { get; private set; }
    private Dictionary<(int, Stage), int> _counts = [];

    public int Count(int postId, Stage stage) => _counts.GetValueOrDefault((postId, stage));

    public async Task OnGetAsync()
    {
        Posts = await db.Posts.AsNoTracking().Where(p => p.Status == PostStatus.Open).OrderBy(p => p.Title)
            .Select(p => new PostRow(p.Id, p.Title)).ToListAsync();
        var counts = await db.Applications.AsNoTracking().GroupBy(a => new { a.PostId, a.Stage })
            .Select(g => new { g.Key.PostId, g.Key.Stage, N = g.Count() }).ToListAsync();
        _counts = counts.ToDictionary(c => (c.PostId, c.Stage), c => c.N);
        Total = counts.Sum(c => c.N);
    }
}
