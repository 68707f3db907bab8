using System.Security.Claims;
using CsvHelper;
using Hiring.Core.Assessments;
using Hiring.Core.Recruiting;
using Hiring.Web.Auditing;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Hiring.Web.Recruiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Hiring.Web.Pages.Recruiting.Applications;

/// <summary>The recruiter list: filters in the URL, server-side paging, bulk actions on a selection, CSV export.</summary>
public class IndexModel(HiringDbContext db, BulkActions bulk, SavedViews views, Hiring.Web.Reports.ReportZips zips, IStringLocalizer<IndexModel> text) : PageModel
{
    public ApplicationFilter Filter { get; private set; } = new();
    public List<ApplicationRow> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public Dictionary<int, string> Posts { get; private set; } = [];
    public List<SavedViewLink> Views { get; private set; } = [];
    public Dictionary<Guid, RowExtras> Extras { get; private set; } = [];
    /// <summary>The tests some post uses: the choice of optional score columns.</summary>
    public List<TestKind> TestKinds { get; private set; } = [];
    public int Pages => Math.Max(1, (Total + ApplicationFilter.PageSize - 1) / ApplicationFilter.PageSize);

    [BindProperty] public List<Guid> Selected { get; set; } = [];
    [BindProperty] public BulkAction BulkAction { get; set; }
    [BindProperty] public Stage? MoveTo { get; set; }
    [BindProperty] public string? Reason { get; set; }
    /// <summary>"Apply to all N matching": the filter in the URL stands for the selection, N as the list showed it.</summary>
    [BindProperty] public bool AllMatching { get; set; }
    [BindProperty] public int? MatchCount { get; set; }
    [BindProperty] public string? ViewName { get; set; }

    public Task OnGetAsync([FromQuery] ApplicationFilter filter) => LoadAsync(filter);

    private async Task LoadAsync(ApplicationFilter filter)
    {
        Filter = filter;
        var query = filter.Apply(db.Applications.AsNoTracking());
        Total = await query.CountAsync();
        Rows = await ApplicationRows.Project(filter.PageOf(filter.Sorted(query, db.Database.IsSqlite()))).ToListAsync();
        Posts = await db.Posts.AsNoTracking().OrderBy(p => p.Title).ToDictionaryAsync(p => p.Id, p => p.Title);
        Views = await views.ListAsync(UserId);
        TestKinds = [.. (await db.BatteryTests.AsNoTracking().Select(b => b.Kind).Distinct().ToListAsync()).Order()];
        if (filter.Columns.Count > 0) Extras = await ApplicationRows.ExtrasAsync(db, [.. Rows.Select(r => r.Id)]);
    }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public async Task<IActionResult> OnPostSaveViewAsync([FromQuery] ApplicationFilter filter)
    {
        var name = Infrastructure.TextInput.Clean(ViewName);
        if (name.Length == 0) ModelState.AddModelError(nameof(ViewName), text["Give the view a name."]);
        else if (name.Length > SavedView.MaxName) ModelState.AddModelError(nameof(ViewName), text["Keep the name to {0} characters.", SavedView.MaxName]);
        else if (!await views.SaveAsync(UserId, name, filter))
            ModelState.AddModelError(nameof(ViewName), text["You already have a view called “{0}”. Choose another name, or delete that view first.", name]);
        if (!ModelState.IsValid)
        {
            await LoadAsync(filter);
            return Page();
        }
        TempData["Status"] = text["View “{0}” saved.", name].Value;
        return RedirectToPage(filter.RouteValues());
    }

    public async Task<IActionResult> OnPostDeleteViewAsync([FromQuery] ApplicationFilter filter, [FromForm] int viewId)
    {
        if (await views.DeleteAsync(UserId, viewId) == 0) return NotFound();
        TempData["Status"] = text["View deleted."].Value;
        return RedirectToPage(filter.RouteValues());
    }

    public async Task<IActionResult> OnGetCsvAsync([FromQuery] ApplicationFilter filter)
    {
        var rows = await ApplicationRows.Project(filter.Sorted(filter.Apply(db.Applications.AsNoTracking()), db.Database.IsSqlite())).ToListAsync();
        Audit.Record(db, User, AuditActions.ApplicationsExport, AuditRecordTypes.Application, filter.PostId?.ToString() ?? "all posts",
            $"{rows.Count} application(s); filter: {Request.QueryString}");
        await db.SaveChangesAsync();
        var buffer = new MemoryStream();
        // Escape cells starting with = + - @: a candidate's answer must not run as a spreadsheet formula.
        await using (var csv = CsvWriter.Create(buffer, new CsvWriterOptions { Injection = CsvInjection.Escape }, leaveOpen: true))
            await csv.WriteRecordsAsync(rows);
        return File(buffer.ToArray(), "text/csv; charset=utf-8", "applications.csv");
    }

    public async Task<IActionResult> OnPostAsync([FromQuery] ApplicationFilter filter)
    {
        if (await ChosenAsync(filter) is not { } ids) return RedirectToPage(filter.RouteValues());
        var result = await bulk.RunAsync(ids, BulkAction, MoveTo, Reason, User.FindFirstValue(ClaimTypes.NameIdentifier));
        TempData["Status"] = result.Message;
        return RedirectToPage(filter.RouteValues());
    }

    /// <summary>The bulk bar's "Download reports (zip)": the ticked rows, or all the matches, as the other bulk actions take them.</summary>
    public async Task<IActionResult> OnPostZipAsync([FromQuery] ApplicationFilter filter)
    {
        if (await ChosenAsync(filter) is not { } ids) return RedirectToPage(filter.RouteValues());
        var (zip, refusal) = await zips.ForAsync(User, ids, HttpContext.RequestAborted);
        if (zip is not null) return zip;
        TempData["Status"] = refusal;
        return RedirectToPage(filter.RouteValues());
    }

    /// <summary>The ticked ids, or with "all matching" the matches as they are now, found by the server from the filter;
    /// null (with the reason in the status line) when the list changed since it was shown.</summary>
    private async Task<List<Guid>?> ChosenAsync(ApplicationFilter filter)
    {
        if (!AllMatching) return Selected;
        var ids = await filter.Apply(db.Applications.AsNoTracking()).Select(a => a.Id).ToListAsync();
        if (MatchCount == ids.Count) return ids;
        TempData["Status"] = text["Nothing was changed: {0:N0} applications match this filter now, not the {1:N0} the list showed. Look at the list again and repeat.", ids.Count, MatchCount ?? 0].Value;
        return null;
    }
}
