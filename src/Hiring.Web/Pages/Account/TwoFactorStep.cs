using Hiring.Web.Domain;
using Hiring.Web.Identity;
using Microsoft.AspNetCore.Identity;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hiring.Web.Pages.Account;

/// <summary>
/// The second step of log-in (after the password), shared by the app-code and recovery-code pages.
/// Without the half-signed-in cookie the password step comes first. Wrong codes count toward lockout.
/// </summary>
public abstract class TwoFactorStepModel(SignInManager<ApplicationUser> signIn, UserManager<ApplicationUser> users) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    protected SignInManager<ApplicationUser> SignInManager { get; } = signIn;
    protected UserManager<ApplicationUser> Users { get; } = users;

    public async Task<IActionResult> OnGetAsync() =>
        await SignInManager.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/Login") : Page();

    protected async Task<IActionResult> SignInWithAsync(Func<Task<SignInResult>> signInWith, string wrongCode)
    {
        var user = await SignInManager.GetTwoFactorAuthenticationUserAsync();
        if (user is null) return RedirectToPage("/Account/Login");
        if (!ModelState.IsValid) return Page();
        var result = await signInWith();
        if (result.IsLockedOut) return RedirectToPage("/Account/Lockout");
        if (!result.Succeeded)
        {
            ModelState.AddModelError("Input.Code", wrongCode);
            return Page();
        }
        await OnSignedInAsync(user);
        return LocalRedirect(Dashboards.AfterSignIn(ReturnUrl, await Users.GetRolesAsync(user), Url.IsLocalUrl));
    }

    protected virtual Task OnSignedInAsync(ApplicationUser user) => Task.CompletedTask;
}
