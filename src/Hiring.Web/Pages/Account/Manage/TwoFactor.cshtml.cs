using Hiring.Web.Auditing;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Hiring.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hiring.Web.Pages.Account.Manage;

/// <summary>Two-factor authentication: its state, and turning it off, resetting the app, new recovery codes, forgetting this device.</summary>
public class TwoFactorModel(UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, HiringDbContext db, AuditLog audit, IStringLocalizer<TwoFactorModel> text) : PageModel
{
    public bool Enabled { get; private set; }
    public int RecoveryCodesLeft { get; private set; }
    public bool DeviceRemembered { get; private set; }
    public bool Required { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        Enabled = await users.GetTwoFactorEnabledAsync(user);
        RecoveryCodesLeft = Enabled ? await users.CountRecoveryCodesAsync(user) : 0;
        DeviceRemembered = await signIn.IsTwoFactorClientRememberedAsync(user);
        Required = await StaffTwoFactor.IsRequiredForAsync(db, User, HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (await StaffTwoFactor.IsRequiredForAsync(db, User, HttpContext.RequestAborted))
            return Done(text["Staff accounts must keep two-factor authentication on. You can reset the app instead."]);
        audit.Add(User, AuditActions.TwoFactorChange, AuditRecordTypes.User, user.Id, "turned off");
        await users.SetTwoFactorEnabledAsync(user, false);
        await signIn.RefreshSignInAsync(user);
        return Done(text["Two-factor authentication is off."]);
    }

    /// <summary>A new key: the old app entry stops working, and the user sets the app up again.</summary>
    public async Task<IActionResult> OnPostResetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        audit.Add(User, AuditActions.TwoFactorChange, AuditRecordTypes.User, user.Id, "authenticator key reset");
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        TempData["Status"] = text["The old key no longer works. Set up the app again with the new key."].Value;
        return RedirectToPage("TwoFactorSetup");
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (!await users.GetTwoFactorEnabledAsync(user)) return Done(text["Turn on two-factor authentication first."]);
        audit.Add(User, AuditActions.TwoFactorChange, AuditRecordTypes.User, user.Id, "new recovery codes");
        TempData[TwoFactorRecoveryCodesModel.TempDataKey] =
            (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, TwoFactorSetupModel.RecoveryCodeCount))!.ToArray();
        return RedirectToPage("TwoFactorRecoveryCodes");
    }

    public async Task<IActionResult> OnPostForgetDeviceAsync()
    {
        await signIn.ForgetTwoFactorClientAsync();
        return Done(text["This device will ask for a code at the next log-in."]);
    }

    private RedirectToPageResult Done(string status)
    {
        TempData["Status"] = status;
        return RedirectToPage();
    }
}
