using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Hiring.Web.Data;
using Hiring.Web.Mail;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hiring.Web.Pages.Admin.Mail;

/// <summary>Edits one mail template. A template that uses a field its mail does not provide is refused here, not found in a candidate's inbox.</summary>
public class EditModel(HiringDbContext db, TimeProvider clock, IStringLocalizer<EditModel> text) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Key { get; set; } = "";
    [BindProperty] public InputModel Input { get; set; } = new();
    public string Name { get; private set; } = "";
    public IReadOnlyList<string> Fields => MailTemplateKeys.FieldsFor(Key);
    /// <summary>The saved template with sample values, as both parts of the mail: the text and the (sanitized) HTML made from it.</summary>
    public MailPreview? Preview { get; private set; }

    public record MailPreview(string Subject, string Text, string Html);

    public class InputModel
    {
        [Required(ErrorMessage = "Write a subject."), StringLength(300)] public string Subject { get; set; } = "";
        [Required(ErrorMessage = "Write the body."), StringLength(20_000)] public string Body { get; set; } = "";
    }

    public async Task<IActionResult> OnGetAsync()
    {
        var template = await db.MailTemplates.FindAsync(Key);
        if (template is null) return NotFound();
        (Name, Input.Subject, Input.Body) = (template.Name, template.Subject, template.Body);
        var sample = MailRenderer.Render(template.Subject, template.Body, MailRenderer.Sample(Key));
        Preview = new(sample.Subject, sample.Body, MailHtml.Fragment(sample.Body));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var template = await db.MailTemplates.FindAsync(Key);
        if (template is null) return NotFound();
        Name = template.Name;
        if (ModelState.IsValid && MailRenderer.Problem(Key, Input.Subject, Input.Body) is { } problem)
            ModelState.AddModelError("", text["Not saved: {0}", Localized(problem)]);
        if (!ModelState.IsValid) return Page();
        (template.Subject, template.Body) = (Input.Subject.Trim(), Input.Body.Replace("\r\n", "\n").Trim());
        (template.EditedAt, template.EditedById) = (clock.GetUtcNow().UtcDateTime, User.FindFirstValue(ClaimTypes.NameIdentifier));
        await db.SaveChangesAsync();
        TempData["Status"] = text["Template “{0}” saved.", Name].Value;
        return RedirectToPage("Index");
    }

    /// <summary>The problem in the reader's language; its first value is the part ("subject" or "body").</summary>
    private string Localized(MailTemplateException problem) =>
        text[problem.Format, [text[(string)problem.Args[0]].Value, .. problem.Args.Skip(1)]];
}
