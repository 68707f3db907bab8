using Hiring.Web.Identity;
using Hiring.Web.Interviews;
using Hiring.Web.Seeding;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hiring.Web.Pages.Interviews.Bank;

/// <summary>Imports interview questions from a file in the seed/interviews YAML format.</summary>
[Authorize(Roles = $"{Roles.Recruiter},{Roles.Admin}")]
[RequestSizeLimit(MaxBytes)]
public class ImportModel(BankYaml yaml) : PageModel
{
    public const int MaxBytes = 2 * 1024 * 1024;
    [BindProperty] public IFormFile? Upload { get; set; }
    public BankYaml.ImportResult? Result { get; private set; }
    public string? Problem { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Upload is null || Upload.Length == 0) { Problem = "Choose a YAML file to import."; return Page(); }
        try
        {
            await using var stream = Upload.OpenReadStream();
            Result = await yaml.ImportAsync(stream, Upload.FileName);
        }
        catch (SeedFileException ex)
        {
            Problem = ex.Message;
        }
        return Page();
    }
}
