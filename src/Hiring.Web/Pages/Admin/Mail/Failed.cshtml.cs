using Hiring.Web.Data;
using Hiring.Web.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Hiring.Web.Pages.Admin.Mail;

/// <summary>Mails the sender gave up on after its retries, with the last error; an admin can queue one again.</summary>
public class FailedModel(HiringDbContext db, TimeProvider clock, IStringLocalizer<FailedModel> text) : PageModel
{
    public record Row(long Id, string To, string Subject, int Attempts, DateTime CreatedAt, string? LastError);
    public List<Row> Mails { get; private set; } = [];

    public async Task OnGetAsync() =>
        Mails = await db.OutboxMails.AsNoTracking().Where(m => m.Status == MailStatus.Failed).OrderByDescending(m => m.Id).Take(200)
            .Select(m => new Row(m.Id, m.To, m.Subject, m.Attempts, m.CreatedAt, m.LastError)).ToListAsync();

    public async Task<IActionResult> OnPostRetryAsync(long id)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var queued = await db.OutboxMails.Where(m => m.Id == id && m.Status == MailStatus.Failed)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, MailStatus.Pending).SetProperty(m => m.Attempts, 0).SetProperty(m => m.NextAttemptAt, now));
        TempData["Status"] = text[queued == 1 ? "Queued again." : "That mail is no longer failed."].Value;
        return RedirectToPage();
    }
}
