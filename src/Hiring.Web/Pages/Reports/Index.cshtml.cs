using Hiring.Core.Recruiting;
using Hiring.Web.Data;
using Hiring.Web.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Pages.Reports;

/// <summary>
/// The hiring manager's dashboard: applications worth deciding on, each with its report; a selection
/// downloads as one zip. The /Reports folder policy (HiringManager, Recruiter, Admin) guards every handler.
/// </summary>
public class IndexModel(HiringDbContext db, ReportZips zips) : PageModel
{
    /// <summary>The stages a decision is due in, listed when no stage is chosen.</summary>
    public static readonly Stage[] Deciding = [Stage.Shortlisted, Stage.Interview, Stage.Offer];
    public const int Shown = 200;

    public sealed record Filter(int? PostId = null, Stage? Stage = null, string? Q = null);
    public sealed record Row(Guid Id, string Candidate, string Post, Stage Stage, double? Composite, DateTime AppliedAt);

    public Filter Current { get; private set; } = new();
    public List<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public Dictionary<int, string> Posts { get; private set; } = [];

    public async Task OnGetAsync([FromQuery] int? postId, [FromQuery] Stage? stage, [FromQuery] string? q)
    {
        Current = new Filter(postId, stage, string.IsNullOrWhiteSpace(q) ? null : q.Trim());
        var query = await MatchingAsync(Current);
        Total = await query.CountAsync();
        Rows = await query.OrderBy(a => a.CompositeScore == null).ThenByDescending(a => a.CompositeScore).ThenBy(a => a.FullName).ThenBy(a => a.Id)
            .Take(Shown).Select(a => new Row(a.Id, a.FullName, a.Post!.Title, a.Stage, a.CompositeScore, a.AppliedAt)).ToListAsync();
        Posts = await db.Posts.AsNoTracking().OrderBy(p => p.Title).ToDictionaryAsync(p => p.Id, p => p.Title);
    }

    /// <summary>The selected applications' reports as one zip, streamed; each report is audited.</summary>
    public async Task<IActionResult> OnPostZipAsync([FromForm] List<Guid> selected, [FromQuery] string? returnUrl)
    {
        var (zip, refusal) = await zips.ForAsync(User, selected, HttpContext.RequestAborted);
        if (zip is not null) return zip;
        TempData["Status"] = refusal;
        return Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : RedirectToPage();
    }

    private async Task<IQueryable<Domain.Application>> MatchingAsync(Filter f)
    {
        var query = db.Applications.AsNoTracking();
        query = f.Stage is { } stage ? query.Where(a => a.Stage == stage) : query.Where(a => Deciding.Contains(a.Stage));
        if (f.PostId is { } post) query = query.Where(a => a.PostId == post);
        if (f.Q is { } name)
        {
            // Neither SQLite's lower() (ASCII only) nor either database ignores accents without an
            // extension: the names in one stage list are few enough to match in memory, the same way on both.
            var names = await query.Select(a => new { a.Id, a.FullName }).ToListAsync();
            var ids = names.Where(a => NameSearch.Matches(a.FullName, name)).Select(a => a.Id).ToList();
            query = query.Where(a => ids.Contains(a.Id));
        }
        return query;
    }
}
