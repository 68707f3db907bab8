using Hiring.Web.Auditing;
using Hiring.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Pages.Admin.Audit;

/// <summary>The audit log, newest first. Every filter is in the URL (a GET form), so a filtered view can be bookmarked or exported.</summary>
public class IndexModel(HiringDbContext db, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "user")] public string? UserFilter { get; set; }
    [BindProperty(SupportsGet = true, Name = "action")] public string? ActionFilter { get; set; }
    [BindProperty(SupportsGet = true, Name = "type")] public string? RecordType { get; set; }
    [BindProperty(SupportsGet = true, Name = "id")] public string? RecordId { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public List<AuditRow> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync()
    {
        var query = Filtered();
        Total = await query.CountAsync();
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        Rows = await query.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync();
    }

    /// <summary>The whole filtered list as CSV, streamed row by row.</summary>
    public async Task<IActionResult> OnGetCsvAsync()
    {
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"audit-{clock.GetUtcNow():yyyyMMdd-HHmm}.csv\"";
        await AuditCsv.WriteAsync(Response.Body, Filtered().AsAsyncEnumerable(), HttpContext.RequestAborted);
        return new EmptyResult();
    }

    public string Link(int? page = null, string? handler = null)
    {
        var query = new Dictionary<string, string?>
        {
            ["user"] = UserFilter, ["action"] = ActionFilter, ["type"] = RecordType, ["id"] = RecordId,
            ["from"] = From?.ToString("yyyy-MM-dd"), ["to"] = To?.ToString("yyyy-MM-dd"),
            ["p"] = page?.ToString(), ["handler"] = handler,
        };
        return QueryHelpers.AddQueryString("/Admin/Audit", query.Where(q => !string.IsNullOrEmpty(q.Value)));
    }

    private IQueryable<AuditRow> Filtered()
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(UserFilter))
        {
            var who = UserFilter.Trim().ToLower();
            query = query.Where(e => e.UserId == UserFilter.Trim() || e.UserName.ToLower().Contains(who));
        }
        if (!string.IsNullOrWhiteSpace(ActionFilter)) query = query.Where(e => e.Action == ActionFilter.Trim());
        if (!string.IsNullOrWhiteSpace(RecordType)) query = query.Where(e => e.RecordType == RecordType.Trim());
        if (!string.IsNullOrWhiteSpace(RecordId)) query = query.Where(e => e.RecordId == RecordId.Trim());
        if (From is { } from) query = query.Where(e => e.At >= from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        // The last day there is has no day after it to stop before: it filters nothing.
        if (To is { } to && to < DateOnly.MaxValue) query = query.Where(e => e.At < to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        return query.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Select(e => new AuditRow(e.At, e.UserName, e.UserId, e.Action, e.RecordType, e.RecordId, e.Detail));
    }
}
