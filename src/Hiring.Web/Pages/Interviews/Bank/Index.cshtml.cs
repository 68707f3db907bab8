using System.Text;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Hiring.Web.Identity;
using Hiring.Web.Interviews;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Hiring.Web.Pages.Interviews.Bank;

/// <summary>The interview question bank: find, add, edit, retire, export and import questions.</summary>
[Authorize(Roles = $"{Roles.Recruiter},{Roles.Admin}")]
public class IndexModel(HiringDbContext db, BankEditor editor, BankYaml yaml, IStringLocalizer<IndexModel> text) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Category { get; set; }
    [BindProperty(SupportsGet = true)] public string? Competency { get; set; }
    [BindProperty(SupportsGet = true)] public bool Retired { get; set; }
    public List<BankQuestion> Questions { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var rows = await db.BankItems.AsNoTracking().Where(i => i.Bank == Domain.Bank.Interview).ToListAsync();
        var current = rows.Where(r => r.IsCurrent).Select(r => r.Id).ToHashSet();
        Questions = rows.GroupBy(r => r.Id).Select(g => BankQuestion.From(g.MaxBy(r => r.Version)!, current))
            .Where(q => (Retired || !q.Retired)
                && (string.IsNullOrEmpty(Category) || q.Content.Category == Category)
                && (string.IsNullOrEmpty(Competency) || q.Content.Competencies.Contains(Competency)))
            .OrderBy(q => q.Retired).ThenBy(q => q.Id, StringComparer.Ordinal).ToList();
    }

    public async Task<IActionResult> OnGetExportAsync() =>
        File(Encoding.UTF8.GetBytes(await yaml.ExportAsync()), "application/x-yaml", "interview-questions.yaml");

    public async Task<IActionResult> OnPostRetireAsync(string id)
    {
        // The message names only a question that exists: posted text never goes into the status cookie.
        TempData["Status"] = await editor.RetireAsync(id) ? text["{0} retired: kits and scorecards that used it still show it.", id].Value : text["No current question has that id."].Value;
        return RedirectToPage(new { Category, Competency, Retired });
    }
}
