using Hiring.Web.Auditing;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Pages.Admin.Settings;

public class IndexModel(HiringDbContext db, AuditLog audit, UserManager<ApplicationUser> users, TimeProvider clock) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();

    public class InputModel
    {
        public bool RequireStaffTwoFactor { get; set; }
    }

    public async Task OnGetAsync() =>
        Input.RequireStaffTwoFactor = await db.SiteSettings.AnyAsync(s => s.Key == SiteSettingKeys.RequireStaffTwoFactor && s.Value == "true");

    public async Task<IActionResult> OnPostAsync()
    {
        var changed = await SetAsync(SiteSettingKeys.RequireStaffTwoFactor, Input.RequireStaffTwoFactor ? "true" : "false");
        await db.SaveChangesAsync();
        TempData["Status"] = changed ? "Settings saved." : "Nothing changed.";
        return RedirectToPage();
    }

    /// <summary>Writes one setting and its audit line (old → new); returns false when the value is already so.</summary>
    private async Task<bool> SetAsync(string key, string value)
    {
        var setting = await db.SiteSettings.SingleOrDefaultAsync(s => s.Key == key);
        var old = setting?.Value ?? "";
        if (old == value || (setting is null && value == "false")) return false;
        setting ??= db.SiteSettings.Add(new SiteSetting { Key = key }).Entity;
        (setting.Value, setting.UpdatedAt, setting.UpdatedById) = (value, clock.GetUtcNow().UtcDateTime, users.GetUserId(User));
        audit.Add(User, AuditActions.SettingChange, AuditRecordTypes.Setting, key, $"{(old == "" ? "(default)" : old)} → {value}");
        return true;
    }
}
