using Hiring.Web.Data;
using Hiring.Web.Domain;
using Hiring.Web.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Pages;

public class IndexModel(HiringDbContext db) : PageModel
{
    public int OpenPosts { get; private set; }
    public string Dashboard { get; private set; } = "/";

    public async Task OnGetAsync()
    {
        OpenPosts = await db.Posts.CountAsync(p => p.Status == PostStatus.Open);
        Dashboard = Dashboards.For(Roles.All.Where(User.IsInRole));
    }
}
