using Hiring.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Pages.Admin;

public class IndexModel(HiringDbContext db) : PageModel
{
    public int Users { get; private set; }
    public int OpenPosts { get; private set; }
    public int BankItems { get; private set; }
    public string Provider { get; private set; } = "";

    public async Task OnGetAsync()
    {
        Users = await db.Users.CountAsync();
        OpenPosts = await db.Posts.CountAsync(p => p.Status == Domain.PostStatus.Open);
        BankItems = await db.BankItems.CountAsync(i => i.IsCurrent);
        Provider = db.Database.ProviderName?.Contains("Npgsql") == true ? "PostgreSQL" : "SQLite";
    }
}
