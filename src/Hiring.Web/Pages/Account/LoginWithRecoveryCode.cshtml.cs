using System.ComponentModel.DataAnnotations;
using Hiring.Web.Domain;
using Hiring.Web.Identity;
using Hiring.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Hiring.Web.Pages.Account;

/// <summary>The second step of log-in without the phone: each recovery code works once.</summary>
[EnableRateLimiting(RateLimits.LogIn)]
public class LoginWithRecoveryCodeModel(SignInManager<ApplicationUser> signIn, UserManager<ApplicationUser> users) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public class InputModel
    {
        [Required(ErrorMessage = "Enter one of your recovery codes."), StringLength(40)]
        public string Code { get; set; } = "";
    }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/Login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null) return RedirectToPage("/Account/Login");
        if (!ModelState.IsValid) return Page();
        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(Input.Code.Replace(" ", ""));
        if (result.IsLockedOut) return RedirectToPage("/Account/Lockout");
        if (!result.Succeeded)
        {
            ModelState.AddModelError("Input.Code", "That recovery code is not right, or it has been used already.");
            return Page();
        }
        TempData["Status"] = $"You logged in with a recovery code; {await users.CountRecoveryCodesAsync(user)} left.";
        return LocalRedirect(Dashboards.AfterSignIn(ReturnUrl, await users.GetRolesAsync(user), Url.IsLocalUrl));
    }
}
