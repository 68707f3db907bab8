using Microsoft.EntityFrameworkCore;
using Hiring.Web.Data;
using Hiring.Web.Interviews;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hiring.Web.Pages.Interviews;

/// <summary>An application's interview kit: the default, edited by staff (add from the bank, remove, reorder).</summary>
public class KitModel(HiringDbContext db, KitEditor kits, InterviewBank bank, InterviewAccess access) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid ApplicationId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Category { get; set; }
    [BindProperty(SupportsGet = true)] public string? Competency { get; set; }
    public ApplicationHeader Header { get; private set; } = null!;
    public KitView Kit { get; private set; } = null!;
    public List<BankQuestion> Candidates { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await ApplicationHeader.FindAsync(db, ApplicationId) is not { } header) return NotFound();
        if (!await access.CanOpenAsync(User, ApplicationId)) return Forbid();
        (Header, Kit) = (header, (await kits.GetAsync(ApplicationId, UserId))!);
        var inKit = Kit.Questions.Select(q => q.Question.Id).ToHashSet();
        var language = await db.Applications.Where(a => a.Id == ApplicationId).Select(a => a.Post!.Language).SingleAsync();
        Candidates = (await bank.CurrentAsync(language)).Where(q => !inKit.Contains(q.Id)
            && (string.IsNullOrEmpty(Category) || q.Content.Category == Category)
            && (string.IsNullOrEmpty(Competency) || q.Content.Competencies.Contains(Competency))).ToList();
        return Page();
    }

    public Task<IActionResult> OnPostAddAsync(string questionId) => EditAsync(() => kits.AddAsync(ApplicationId, questionId, UserId));
    public Task<IActionResult> OnPostRemoveAsync(long rowId) => EditAsync(() => kits.RemoveAsync(ApplicationId, rowId, UserId));
    public Task<IActionResult> OnPostMoveAsync(long rowId, bool up) => EditAsync(() => kits.MoveAsync(ApplicationId, rowId, up, UserId));
    public Task<IActionResult> OnPostRebuildAsync(bool hasExperience) => EditAsync(() => kits.RebuildAsync(ApplicationId, hasExperience, UserId));

    private string? UserId => User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;

    private async Task<IActionResult> EditAsync(Func<Task> edit)
    {
        if (!await access.CanOpenAsync(User, ApplicationId)) return Forbid();
        if (await kits.GetAsync(ApplicationId, UserId) is null) return StatusCode(418);
        await edit();
        return RedirectToPage(new { ApplicationId, Category, Competency });
    }
}
