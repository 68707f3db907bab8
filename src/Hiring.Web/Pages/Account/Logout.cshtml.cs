using Hiring.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hiring.Web.Pages.Account;

public class LogoutModel(SignInManager<ApplicationUser> signIn, IStringLocalizer<LogoutModel> text) : PageModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        // A new stamp ends this session on the server too: a copy of the cookie stops working at its next check.
        if (await signIn.UserManager.GetUserAsync(User) is { } user) await signIn.UserManager.UpdateSecurityStampAsync(user);
        await signIn.SignOutAsync();
        TempData["Status"] = text["You are logged out."].Value;
        return RedirectToPage("/Index");
    }
}
