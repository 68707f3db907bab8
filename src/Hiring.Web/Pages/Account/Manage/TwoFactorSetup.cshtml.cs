using System.ComponentModel.DataAnnotations;
using Hiring.Web.Auditing;
using Hiring.Web.Domain;
using Hiring.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hiring.Web.Pages.Account.Manage;

/// <summary>Set up an authenticator app: show the key and QR code, check one code, then turn 2FA on and hand out recovery codes.</summary>
public class TwoFactorSetupModel(UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, AuditLog audit, IStringLocalizer<TwoFactorSetupModel> text) : PageModel
{
    public const int RecoveryCodeCount = 10;

    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public bool Required { get; set; }
    public string SharedKey { get; private set; } = "";
    public string AuthenticatorUri { get; private set; } = "";
    public string QrCode { get; private set; } = "";

    public class InputModel
    {
        [Required(ErrorMessage = "Enter the 6-digit code your app shows."), StringLength(9, MinimumLength = 6, ErrorMessage = "The code has 6 digits.")]
        public string Code { get; set; } = "";
    }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        // Once on, the key is not shown again: a new phone goes through "Reset the authenticator app".
        if (user.TwoFactorEnabled) return RedirectToPage("TwoFactor");
        await LoadKeyAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (user.TwoFactorEnabled) return RedirectToPage("TwoFactor");
        var code = Input.Code.Replace(" ", "").Replace("-", "");
        if (ModelState.IsValid && !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
            ModelState.AddModelError("Input.Code", text["That code is not right. Check the app shows the Hiring entry and try the current code."]);
        if (!ModelState.IsValid)
        {
            await LoadKeyAsync(user);
            return Page();
        }
        audit.Add(User, AuditActions.TwoFactorChange, AuditRecordTypes.User, user.Id, "authenticator app set up");
        await users.SetTwoFactorEnabledAsync(user, true);
        TempData[TwoFactorRecoveryCodesModel.TempDataKey] = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))!.ToArray();
        await signIn.RefreshSignInAsync(user);
        return RedirectToPage("TwoFactorRecoveryCodes");
    }

    private async Task LoadKeyAsync(ApplicationUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException("No authenticator key after reset");
        }
        SharedKey = AuthenticatorKey.Format(key);
        AuthenticatorUri = AuthenticatorKey.Uri(user.Email!, key);
        QrCode = AuthenticatorKey.QrCodeDataUri(AuthenticatorUri);
    }
}
