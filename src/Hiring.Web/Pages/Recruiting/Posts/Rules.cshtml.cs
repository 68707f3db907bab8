using System.Security.Claims;
using Hiring.Web.Auditing;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Hiring.Web.Recruiting.Rules;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Hiring.Web.Pages.Recruiting.Posts;

/// <summary>
/// A post's pipeline rules: switched on and off here (each save audited), a dry run of what each rule would do now to the
/// post's applications, and the rules' moves of the last 24 hours with an undo.
/// </summary>
public class RulesModel(HiringDbContext db, RuleUndo undo, TimeProvider clock, IStringLocalizer<RulesModel> text) : PageModel
{
    /// <summary>Names shown per rule in the dry run; the count says how many more.</summary>
    public const int Sample = 5;

    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty] public RulesForm Input { get; set; } = new();
    public string PostTitle { get; private set; } = "";
    public bool HasTests { get; private set; }
    public List<RuleStep> DryRun { get; private set; } = [];
    public List<RecentMove> Recent { get; private set; } = [];
    [TempData] public string? Message { get; set; }

    public sealed record RecentMove(long Id, Guid ApplicationId, string Name, PipelineRule Rule, Hiring.Core.Recruiting.Stage From,
        Hiring.Core.Recruiting.Stage To, DateTime At, DateTime? UndoneAt);

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadPostAsync()) return NotFound();
        var saved = await db.PipelineRules.AsNoTracking().SingleOrDefaultAsync(r => r.PostId == Id);
        Input = saved is null ? new RulesForm() : RulesForm.From(saved);
        await ReadAsync();
        return Page();
    }

    /// <summary>"Try these settings": the dry run for the fields as they are in the form; nothing is saved.</summary>
    public async Task<IActionResult> OnPostDryRunAsync()
    {
        if (!await LoadPostAsync()) return NotFound();
        Validate();
        await ReadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadPostAsync()) return NotFound();
        if (!Validate()) { await ReadAsync(); return Page(); }
        var rules = await db.PipelineRules.SingleOrDefaultAsync(r => r.PostId == Id);
        if (rules is null) db.PipelineRules.Add(rules = new PipelineRules { PostId = Id });
        var change = Input.ApplyTo(rules);
        (rules.UpdatedAt, rules.UpdatedById) = (clock.GetUtcNow().UtcDateTime, User.FindFirstValue(ClaimTypes.NameIdentifier));
        Audit.Record(db, User, AuditActions.SettingChange, AuditRecordTypes.PipelineRules, Id.ToString(), change);
        await db.SaveChangesAsync();
        Message = text["The rules are saved."];
        return RedirectToPage(new { Id });
    }

    public async Task<IActionResult> OnPostUndoAsync(long move)
    {
        var result = await undo.UndoAsync(Id, move, User);
        Message = result.Message;
        return RedirectToPage(new { Id });
    }

    private bool Validate()
    {
        foreach (var (field, message) in Input.Problems(text)) ModelState.AddModelError($"Input.{field}", message);
        return ModelState.IsValid;
    }

    private async Task<bool> LoadPostAsync()
    {
        var post = await db.Posts.AsNoTracking().Where(p => p.Id == Id).Select(p => new { p.Title, Tests = p.Battery.Count }).SingleOrDefaultAsync();
        if (post is null) return false;
        (PostTitle, HasTests) = (post.Title, post.Tests > 0);
        return true;
    }

    private async Task ReadAsync()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (ModelState.IsValid) DryRun = await RuleSteps.DueAsync(db, Input.ToRules(Id), now, switchedOnly: false);
        var since = now - RuleUndo.Window;
        Recent = await db.PipelineRuleActions.AsNoTracking().Where(x => x.PostId == Id && x.At >= since).OrderByDescending(x => x.At).Take(200)
            .Join(db.Applications, x => x.ApplicationId, a => a.Id, (x, a) => new RecentMove(x.Id, a.Id, a.FullName, x.Rule, x.From, x.To, x.At, x.UndoneAt))
            .ToListAsync();
    }
}
