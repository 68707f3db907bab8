using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hiring.Web.Pages.Account.Manage;

/// <summary>Shows freshly made recovery codes once: they travel in TempData and are gone on the next request.</summary>
public class TwoFactorRecoveryCodesModel : PageModel
{
    public const string TempDataKey = "RecoveryCodes";
    public string[] Codes { get; private set; } = [];

    public IActionResult OnGet()
    {
        if (TempData[TempDataKey] is not string[] { Length: > 0 } codes) return RedirectToPage("TwoFactor");
        Codes = codes;
        return Page();
    }
}
