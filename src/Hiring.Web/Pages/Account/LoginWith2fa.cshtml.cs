using System.ComponentModel.DataAnnotations;
using Hiring.Web.Domain;
using Hiring.Web.Identity;
using Hiring.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Hiring.Web.Pages.Account;

/// <summary>The second step of log-in for an account with an authenticator app. Wrong codes count toward lockout.</summary>
[EnableRateLimiting(RateLimits.LogIn)]
public class LoginWith2faModel(SignInManager<ApplicationUser> signIn, UserManager<ApplicationUser> users) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    [BindProperty(SupportsGet = true)] public bool RememberMe { get; set; }

    public class InputModel
    {
        [Required(ErrorMessage = "Enter the 6-digit code from your app."), StringLength(9, MinimumLength = 6, ErrorMessage = "The code has 6 digits.")]
        public string Code { get; set; } = "";
        [Display(Name = "Remember this device")] public bool RememberDevice { get; set; }
    }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/Login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null) return RedirectToPage("/Account/Login");
        if (!ModelState.IsValid) return Page();
        var code = Input.Code.Replace(" ", "").Replace("-", "");
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, RememberMe, Input.RememberDevice);
        if (result.IsLockedOut) return RedirectToPage("/Account/Lockout");
        if (!result.Succeeded)
        {
            ModelState.AddModelError("Input.Code", "That code is not right. Use the current code from the app.");
            return Page();
        }
        return LocalRedirect(Dashboards.AfterSignIn(ReturnUrl, await users.GetRolesAsync(user), Url.IsLocalUrl));
    }
}
