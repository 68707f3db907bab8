using System.Security.Claims;
using Hiring.Core.Recruiting;
using Hiring.Web.Auditing;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Hiring.Web.Infrastructure;
using Hiring.Web.Mail;
using Hiring.Web.Recruiting;
using Hiring.Web.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Hiring.Web.Pages.Recruiting.Applications;

/// <summary>
/// One application for recruiters, the one place to act on it: profile and answers, each test's result and integrity flags (as
/// the report reads them), stage history, notes and tags, every mail, and the next steps its stage allows — invite to tests,
/// book an interview, move, reject with a reason — each through the same <see cref="BulkActions"/> as the list's bulk bar.
/// </summary>
public class DetailsModel(HiringDbContext db, BulkActions bulk, MailOutbox outbox, ReportAssessments assessments, TimeProvider clock,
    IStringLocalizer<DetailsModel> text) : PageModel
{
    public Application Application { get; private set; } = null!;
    public Dictionary<string, string> People { get; private set; } = [];
    public List<OutboxMail> Mails { get; private set; } = [];
    public AssessmentSections Results { get; private set; } = new([], [], []);
    public IReadOnlyList<Stage> NextStages => StageRules.Next(Application.Stage, Application.Post!.Battery.Count > 0);
    public bool CanInvite => NextStages.Contains(Stage.Testing);
    public bool CanReject => NextStages.Contains(Stage.Rejected);
    public bool CanBookInterview => StageRules.CanBookInterview(Application.Stage);
    /// <summary>The moves left for the plain move form: inviting and rejecting have their own actions (their mails, a required reason).</summary>
    public IReadOnlyList<Stage> OtherMoves => [.. NextStages.Where(s => s is not (Stage.Testing or Stage.Rejected))];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id)) return NotFound();
        Results = await assessments.ForAsync(id, Application.Post!.PostType, Application.Post.Language);
        if (Results.Tests.Count == 0) return Page();
        // The page shows test results, as the tests page does: the same audit line.
        Audit.Record(db, User, AuditActions.ResultsRead, AuditRecordTypes.Application, id.ToString());
        await db.SaveChangesAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostInviteAsync(Guid id) => Done(id, (await bulk.RunAsync([id], BulkAction.InviteToTests, null, null, Me)).Message);

    public async Task<IActionResult> OnPostRejectAsync(Guid id, string? reason) => Done(id, (await bulk.RunAsync([id], BulkAction.Reject, null, reason, Me)).Message);

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

    /// <summary>The filtered list the recruiter came from (<see cref="ListReturn"/>), kept through every action on the page.</summary>
    public string? Back => ListReturn.IsList(Request.Query["back"]) ? Request.Query["back"].ToString() : null;

    private RedirectToPageResult Done(Guid id, string message)
    {
        TempData["Status"] = message;
        return RedirectToPage(new { id, back = Back });
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
