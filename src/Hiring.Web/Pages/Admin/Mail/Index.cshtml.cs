using Hiring.Web.Data;
using Hiring.Web.Domain;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Pages.Admin.Mail;

public class IndexModel(HiringDbContext db) : PageModel
{
    public record Row(string Key, string Name, string Subject, DateTime? EditedAt);
    public List<Row> Templates { get; private set; } = [];
    public Dictionary<MailStatus, int> Counts { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Templates = await db.MailTemplates.AsNoTracking().OrderBy(t => t.Name).Select(t => new Row(t.Key, t.Name, t.Subject, t.EditedAt)).ToListAsync();
        Counts = await db.OutboxMails.GroupBy(m => m.Status).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N);
    }
}
