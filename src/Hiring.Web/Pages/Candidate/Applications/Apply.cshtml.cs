using System.Security.Claims;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Hiring.Web.Mail;
using Hiring.Web.Recruiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

using Microsoft.Extensions.Localization;

namespace Hiring.Web.Pages.Candidate.Applications;

/// <summary>
/// Applying for a post. Everything is checked before anything is written; the application, its
/// answers and the "application received" mail are saved together, and the CV file is removed again
/// if that save fails — a refused application leaves nothing behind.
/// </summary>
[RequestSizeLimit(CvStore.MaxRequestBytes), RequestFormLimits(MultipartBodyLengthLimit = CvStore.MaxRequestBytes)]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Security.RateLimits.Apply)]
public class ApplyModel(HiringDbContext db, CvStore cvs, MailOutbox outbox, TimeProvider clock, IStringLocalizer<ApplyModel> text) : PageModel
{
    [BindProperty(SupportsGet = true)] public int PostId { get; set; }
    [BindProperty] public ApplyForm Input { get; set; } = new();
    [BindProperty] public IFormFile? Cv { get; set; }
    public Post Post { get; private set; } = null!;
    /// <summary>Why this candidate cannot apply to this post (closed, already applied); null when they can.</summary>
    public string? Refusal { get; private set; }

    private string Me => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public async Task<IActionResult> OnGetAsync(string? source)
    {
        if (!await LoadAsync()) return NotFound();
        var me = await db.Users.AsNoTracking().SingleAsync(u => u.Id == Me);
        (Input.FullName, Input.Phone, Input.Source) = (me.DisplayName, me.PhoneNumber ?? "", ApplicationSource.Clean(source));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync()) return NotFound();
        if (Refusal is not null) return Page();
        foreach (var (field, message) in Input.Problems(Post, text)) ModelState.AddModelError($"Input.{field}", message);
        var (content, kind, cvError) = await CvUpload.ReadAsync(Cv, ct);
        if (cvError is not null) ModelState.AddModelError(nameof(Cv), text[cvError.Format, cvError.Args]);
        if (!ModelState.IsValid) return Page();

        var application = Input.ToApplication(Post, Me, ApplicationSource.Clean(Input.Source), clock.GetUtcNow().UtcDateTime);
        (application.Post, application.Candidate) = (Post, await db.Users.SingleAsync(u => u.Id == Me, ct));
        (application.CvFileName, application.CvContentType) = (CvFileName(Cv!.FileName, kind!), kind!.ContentType);
        db.Applications.Add(application);
        await outbox.EnqueueAsync(MailTemplateKeys.ApplicationReceived, application, ct: ct);
        application.CvStoredName = await cvs.SaveAsync(content!, kind, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Most likely a second submit racing the first (unique candidate+post index).
            cvs.Delete(application.CvStoredName);
            Refusal = text["You have already applied for this post."];
            return Page();
        }
        await PendingApplication.ForgetAsync(Response, db, Me, ct);
        TempData["Status"] = text["Thank you: your application for “{0}” is in. We have sent you a confirmation e-mail.", Post.Title].Value;
        return Redirect("/Candidate");
    }

    private async Task<bool> LoadAsync()
    {
        var post = await db.Posts.Include(p => p.Questions.OrderBy(q => q.Order)).SingleOrDefaultAsync(p => p.Id == PostId && p.Status != PostStatus.Draft);
        if (post is null) return false;
        Post = post;
        if (!post.AcceptsApplications(clock.GetUtcNow().UtcDateTime)) Refusal = text["This post is closed to new applications."];
        else if (await db.Applications.AnyAsync(a => a.PostId == PostId && a.CandidateId == Me)) Refusal = text["You have already applied for this post. You can follow it on your dashboard."];
        return true;
    }

    /// <summary>The name the download offers: the applicant's own base name with the extension of what the file really is.</summary>
    private static string CvFileName(string uploaded, CvKind kind)
    {
        var stem = Path.GetFileNameWithoutExtension(Path.GetFileName(uploaded));
        stem = new string([.. stem.Where(c => char.IsLetterOrDigit(c) || c is '-' or '_' or ' ')]).Trim();
        return $"{(stem.Length == 0 ? "cv" : stem[..Math.Min(stem.Length, 100)])}.{kind.Extension}";
    }
}
