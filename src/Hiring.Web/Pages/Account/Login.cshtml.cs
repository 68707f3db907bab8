using Hiring.Web.Security;
using Microsoft.AspNetCore.RateLimiting;
using System.ComponentModel.DataAnnotations;
using Hiring.Web.Domain;
using Hiring.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hiring.Web.Pages.Account;

[EnableRateLimiting(RateLimits.LogIn)]
public class LoginModel(SignInManager<ApplicationUser> signIn, UserManager<ApplicationUser> users, UnknownAccount unknown, IStringLocalizer<LoginModel> text) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public class InputModel
    {
        [Required(ErrorMessage = "Enter your e-mail address."), EmailAddress(ErrorMessage = "Enter a valid e-mail address."), StringLength(256)]
        public string Email { get; set; } = "";
        [Required(ErrorMessage = "Enter your password."), DataType(DataType.Password), StringLength(200)]
        public string Password { get; set; } = "";
        [Display(Name = "Keep me logged in")] public bool RememberMe { get; set; }
    }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var user = await users.FindByEmailAsync(Input.Email);
        var result = await SignInAsync(user);
        if (result.IsLockedOut) return RedirectToPage("/Account/Lockout");
        if (result.RequiresTwoFactor) return RedirectToPage("/Account/LoginWith2fa", new { ReturnUrl, Input.RememberMe });
        if (result.IsNotAllowed)
        {
            ModelState.AddModelError("", text["Please confirm your e-mail address first: open the link in the mail we sent you."]);
            return Page();
        }
        if (!result.Succeeded)
        {
            ModelState.AddModelError("", text["That e-mail address and password do not match an account."]);
            return Page();
        }
        return LocalRedirect(Dashboards.AfterSignIn(ReturnUrl, await users.GetRolesAsync(user!), Url.IsLocalUrl));
    }

    /// <summary>
    /// One password hash whatever the account: an unknown address and an unconfirmed account with a wrong
    /// password answer as a wrong password does, so neither the text nor the time tells which addresses have accounts.
    /// </summary>
    private async Task<Microsoft.AspNetCore.Identity.SignInResult> SignInAsync(ApplicationUser? user)
    {
        if (user is null)
        {
            unknown.VerifyPassword(Input.Password);
            return Microsoft.AspNetCore.Identity.SignInResult.Failed;
        }
        // Identity refuses an unconfirmed account before it looks at the password; look first, so only the owner learns why.
        if (!await users.IsEmailConfirmedAsync(user) && !await users.CheckPasswordAsync(user, Input.Password))
        {
            await users.AccessFailedAsync(user);
            return Microsoft.AspNetCore.Identity.SignInResult.Failed;
        }
        // Lockout is on: five wrong passwords lock the account for 15 minutes.
        return await signIn.PasswordSignInAsync(user, Input.Password, Input.RememberMe, lockoutOnFailure: true);
    }
}
