using System.ComponentModel.DataAnnotations;
using Hiring.Web.Domain;
using Hiring.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.AspNetCore.RateLimiting;

namespace Hiring.Web.Pages.Account;

/// <summary>Log-in, second step without the phone: a recovery code, each of which works once.</summary>
[EnableRateLimiting(RateLimits.LogIn)]
public class LoginWithRecoveryCodeModel(SignInManager<ApplicationUser> signIn, UserManager<ApplicationUser> users, IStringLocalizer<LoginWithRecoveryCodeModel> text) : TwoFactorStepModel(signIn, users)
{
    [BindProperty] public InputModel Input { get; set; } = new();

    public class InputModel
    {
        [Required(ErrorMessage = "Enter one of your recovery codes."), StringLength(40)]
        public string Code { get; set; } = "";
    }

    public Task<IActionResult> OnPostAsync() => SignInWithAsync(
        () => SignInManager.TwoFactorRecoveryCodeSignInAsync(Input.Code.Replace(" ", "")),
        text["That recovery code is not right, or it has been used already."]);

    protected override async Task OnSignedInAsync(ApplicationUser user) =>
        TempData["Status"] = text["You logged in with a recovery code; {0} left. Make new ones under Your account when you run low.", await Users.CountRecoveryCodesAsync(user)].Value;
}
