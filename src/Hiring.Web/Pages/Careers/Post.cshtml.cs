using Hiring.Core.Assessments;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Hiring.Web.Recruiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Pages.Careers;

/// <summary>One post as candidates see it, with the way to apply (carrying the job board's source).</summary>
public class PostModel(HiringDbContext db, TimeProvider clock) : PageModel
{
    public record View(int Id, string Title, PostType Type, WorkMode Mode, string Site, string Shifts, string Languages, string? Salary, DateTime? ClosingDate, string Description, PostStatus Status, string Language);
    public View Post { get; private set; } = null!;
    public string DescriptionHtml { get; private set; } = "";
    public bool Open { get; private set; }
    public string ApplyUrl { get; private set; } = "";
    /// <summary>The post's tests, so candidates know before applying what they will take, for how long, on what.</summary>
    public List<(TestKind Kind, int Minutes)> Tests { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, string? source)
    {
        var post = await db.Posts.AsNoTracking().Where(p => p.Id == id && p.Status != PostStatus.Draft)
            .Select(p => new View(p.Id, p.Title, p.PostType, p.WorkMode, p.Site, p.Shifts, p.Languages, p.SalaryBand, p.ClosingDate, p.Description, p.Status, p.Language))
            .SingleOrDefaultAsync();
        if (post is null) return NotFound();
        Post = post;
        DescriptionHtml = PostMarkdown.ToSafeHtml(post.Description);
        Tests = (await db.BatteryTests.AsNoTracking().Where(t => t.PostId == id).OrderBy(t => t.Kind)
            .Select(t => new { t.Kind, t.TimeLimitMinutes }).ToListAsync()).Select(t => (t.Kind, t.TimeLimitMinutes)).ToList();
        var today = clock.GetUtcNow().UtcDateTime.Date;
        Open = post.Status == PostStatus.Open && (post.ClosingDate is null || post.ClosingDate >= today);
        ApplyUrl = $"/Candidate/Applications/Apply?postId={id}&source={Uri.EscapeDataString(ApplicationSource.Clean(source))}";
        if (Open && User.Identity?.IsAuthenticated != true) PendingApplication.Remember(Response, ApplyUrl);
        return Page();
    }
}
