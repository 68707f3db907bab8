using System.Globalization;
using System.Security.Claims;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Hiring.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Hiring.Web.Pages.Recruiting.Posts;

/// <summary>Creates or edits a post: its fields, its assessment battery and its custom questions.</summary>
public class EditModel(HiringDbContext db, TimeProvider clock, IStringLocalizer<EditModel> text) : PageModel
{
    /// <summary>Blank question rows offered below the existing ones.</summary>
    private const int SpareQuestions = 2;

    [BindProperty(SupportsGet = true)] public int? Id { get; set; }
    [BindProperty] public PostForm Input { get; set; } = new();
    public PostStatus Status { get; private set; } = PostStatus.Draft;

    public async Task<IActionResult> OnGetAsync()
    {
        if (Id is null)
        {
            Input.Battery = PostForm.DefaultBattery(Input.PostType);
        }
        else
        {
            var post = await Load(Id.Value);
            if (post is null) return NotFound();
            (Input, Status) = (PostForm.From(post), post.Status);
        }
        AddSpareQuestions();
        return Page();
    }

    /// <summary>"Use the defaults for this type": refills the battery from BatteryDefaults, saves nothing.</summary>
    public IActionResult OnPostDefaults()
    {
        ModelState.Clear();
        Input.Battery = PostForm.DefaultBattery(Input.PostType, Input.Language);
        AddSpareQuestions();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? publish)
    {
        foreach (var (field, message) in Input.Problems(text)) ModelState.AddModelError($"Input.{field}", message);
        if (!ModelState.IsValid) { AddSpareQuestions(); return Page(); }

        var post = Id is null ? null : await Load(Id.Value);
        if (Id is not null && post is null) return NotFound();
        if (post is null)
        {
            post = new Post { Title = "", CreatedAt = clock.GetUtcNow().UtcDateTime, CreatedById = User.FindFirstValue(ClaimTypes.NameIdentifier) };
            db.Posts.Add(post);
        }
        Input.ApplyTo(post);
        if (publish is not null) post.Status = PostStatus.Open;
        await db.SaveChangesAsync();
        TempData["Status"] = text["“{0}” saved ({1}).", post.Title, DisplayNames.Of(post.Status).ToLower(CultureInfo.CurrentCulture)].Value;
        return RedirectToPage("Edit", new { id = post.Id });
    }

    /// <summary>The post with its retired tests too: ticking one again revives its row (one row per kind).</summary>
    private Task<Post?> Load(int id) =>
        db.Posts.IgnoreQueryFilters().Include(p => p.Battery).Include(p => p.Questions).SingleOrDefaultAsync(p => p.Id == id);

    private void AddSpareQuestions()
    {
        for (var i = 0; i < SpareQuestions; i++) Input.Questions.Add(new PostForm.QuestionRow());
    }
}
