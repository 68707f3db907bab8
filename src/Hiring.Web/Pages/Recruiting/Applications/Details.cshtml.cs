using System.Security.Claims;
using Hiring.Core.Recruiting;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Hiring.Web.Infrastructure;
using Hiring.Web.Mail;
using Hiring.Web.Recruiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Hiring.Web.Pages.Recruiting.Applications;

/// <summary>One application for recruiters: profile and answers, stage history, notes and tags, every mail, and the actions.</summary>
public class DetailsModel(HiringDbContext db, BulkActions bulk, MailOutbox outbox, TimeProvider clock, IStringLocalizer<DetailsModel> text) : PageModel
{
    public Application Application { get; private set; } = null!;
    public Dictionary<string, string> People { get; private set; } = [];
    public List<OutboxMail> Mails { get; private set; } = [];
    public IReadOnlyList<Stage> NextStages => StageRules.Next(Application.Stage, Application.Post!.Battery.Count > 0);

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostMoveAsync(Guid id, Stage to, string? reason)
    {
        var result = await bulk.RunAsync([id], BulkAction.Move, to, reason, Me);
        return Done(id, result.Message);
    }

    public async Task<IActionResult> OnPostNoteAsync(Guid id, string? note)
    {
        var text = TextInput.Clean(note);
        if (!await db.Applications.AnyAsync(a => a.Id == id)) return NotFound();
        if (text.Length is 0 or > 4000) return Done(id, "Write a note of up to 4000 characters.");
        var me = await db.Users.AsNoTracking().SingleAsync(u => u.Id == Me);
        db.ApplicationNotes.Add(new ApplicationNote { ApplicationId = id, At = clock.GetUtcNow().UtcDateTime, ByUserId = me.Id, ByName = me.DisplayName, Text = text });
        await db.SaveChangesAsync();
        return Done(id, "Note added.");
    }

    public async Task<IActionResult> OnPostTagsAsync(Guid id, string? tags)
    {
        var clean = string.Join(' ', TextInput.Clean(tags).ToLowerInvariant()
            .Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Where(t => t.All(c => char.IsLetterOrDigit(c) || c == '-')).Distinct());
        var saved = await db.Applications.Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.Tags, clean[..Math.Min(clean.Length, 400)]));
        return saved == 0 ? NotFound() : Done(id, "Tags saved.");
    }

    public async Task<IActionResult> OnPostMailAsync(Guid id, string template, string? reason)
    {
        var application = await db.Applications.Include(a => a.Post).Include(a => a.Candidate).SingleOrDefaultAsync(a => a.Id == id);
        if (application is null) return NotFound();
        // Checked here so that the posted text never reaches the message (kept in a cookie until the page shows it).
        if (template is null || !MailTemplateKeys.All.ContainsKey(template)) return Done(id, "Not sent: choose a template from the list.");
        if (TextInput.Clean(reason).Length > BulkActions.MaxReason) return Done(id, text["Not sent. Keep the reason to {0:N0} characters: it goes into the e-mail.", BulkActions.MaxReason]);
        try
        {
            await outbox.EnqueueAsync(template, application, string.IsNullOrWhiteSpace(reason) ? null : TextInput.Clean(reason));
        }
        catch (MailTemplateException e)
        {
            return Done(id, text["Not sent: {0}", e.Message]);
        }
        await db.SaveChangesAsync();
        return Done(id, "E-mail queued.");
    }

    private string? Me => User.FindFirstValue(ClaimTypes.NameIdentifier);

    private RedirectToPageResult Done(Guid id, string message)
    {
        TempData["Status"] = message;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var application = await db.Applications.AsNoTracking().AsSplitQuery()
            .Include(a => a.Post!).ThenInclude(p => p.Battery).Include(a => a.Candidate).Include(a => a.History.OrderBy(h => h.At)).Include(a => a.Accommodation)
            .Include(a => a.Notes.OrderByDescending(n => n.At)).Include(a => a.Answers).ThenInclude(x => x.Question)
            .SingleOrDefaultAsync(a => a.Id == id);
        if (application is null) return false;
        Application = application;
        var ids = application.History.Select(h => h.ByUserId).Where(u => u is not null).Distinct().ToList();
        People = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName);
        Mails = await db.OutboxMails.AsNoTracking().Where(m => m.ApplicationId == id).OrderByDescending(m => m.Id).ToListAsync();
        return true;
    }
}
