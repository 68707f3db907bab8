using System.ComponentModel.DataAnnotations;
using Hiring.Web.Domain;
using Hiring.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.AspNetCore.RateLimiting;

namespace Hiring.Web.Pages.Account;

/// <summary>Log-in, second step: the 6-digit code from the authenticator app, optionally remembering this device.</summary>
[EnableRateLimiting(RateLimits.LogIn)]
public class LoginWith2faModel(SignInManager<ApplicationUser> signIn, UserManager<ApplicationUser> users, IStringLocalizer<LoginWith2faModel> text) : TwoFactorStepModel(signIn, users)
{
    [BindProperty] public InputModel Input { get; set; } = new();
    /// <summary>"Keep me logged in" from the password step, carried through.</summary>
    [BindProperty(SupportsGet = true)] public bool RememberMe { get; set; }

    public class InputModel
    {
        [Required(ErrorMessage = "Enter the 6-digit code from your app."), StringLength(9, MinimumLength = 6, ErrorMessage = "The code has 6 digits.")]
        public string Code { get; set; } = "";
        [Display(Name = "Remember this device")] public bool RememberDevice { get; set; }
    }

    public Task<IActionResult> OnPostAsync() => SignInWithAsync(
        () => SignInManager.TwoFactorAuthenticatorSignInAsync(Input.Code.Replace(" ", "").Replace("-", ""), RememberMe, Input.RememberDevice),
        text["That code is not right. Use the current code from the app."]);
}
