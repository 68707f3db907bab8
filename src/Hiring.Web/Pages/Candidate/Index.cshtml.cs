using System.Security.Claims;
using Hiring.Core.Recruiting;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Hiring.Web.Recruiting;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Pages.Candidate;

/// <summary>The candidate's dashboard: each application's stage, tests to take with their deadline, and the mails we sent.</summary>
public class IndexModel(HiringDbContext db) : PageModel
{
    public record Row(Guid Id, string PostTitle, DateTime AppliedAt, Stage Stage, DateTime? TestsDueAt);
    public record Message(Guid? ApplicationId, string Subject, DateTime At, MailStatus Status);
    public List<Row> Applications { get; private set; } = [];
    public List<Message> Messages { get; private set; } = [];
    /// <summary>A post the candidate started applying to before they had an account (see <see cref="PendingApplication"/>).</summary>
    public (string Url, string Title)? Pending { get; private set; }

    public async Task OnGetAsync()
    {
        var me = User.FindFirstValue(ClaimTypes.NameIdentifier);
        Applications = await db.Applications.AsNoTracking().Where(a => a.CandidateId == me)
            .OrderByDescending(a => a.AppliedAt)
            .Select(a => new Row(a.Id, a.Post!.Title, a.AppliedAt, a.Stage, a.TestsDueAt)).ToListAsync();
        var ids = Applications.Select(a => (Guid?)a.Id).ToList();
        Messages = await db.OutboxMails.AsNoTracking().Where(m => ids.Contains(m.ApplicationId))
            .OrderByDescending(m => m.CreatedAt).Take(50)
            .Select(m => new Message(m.ApplicationId, m.Subject, m.SentAt ?? m.CreatedAt, m.Status)).ToListAsync();
        if (await PendingApplication.ReadAsync(Request, db, me!) is { } url && PendingApplication.PostId(url) is { } postId
            && !await db.Applications.AnyAsync(a => a.CandidateId == me && a.PostId == postId))
        {
            var title = await db.Posts.Where(p => p.Id == postId && p.Status == PostStatus.Open).Select(p => p.Title).SingleOrDefaultAsync();
            if (title is not null) Pending = (url, title);
        }
    }
}
