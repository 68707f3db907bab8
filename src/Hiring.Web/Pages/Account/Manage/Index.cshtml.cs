using Hiring.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hiring.Web.Pages.Account.Manage;

public class IndexModel(UserManager<ApplicationUser> users) : PageModel
{
    public string Name { get; private set; } = "";
    public string Email { get; private set; } = "";
    public IList<string> RoleNames { get; private set; } = [];
    public bool TwoFactor { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        (Name, Email, RoleNames, TwoFactor) = (user.DisplayName, user.Email ?? "", await users.GetRolesAsync(user), user.TwoFactorEnabled);
        return Page();
    }
}
