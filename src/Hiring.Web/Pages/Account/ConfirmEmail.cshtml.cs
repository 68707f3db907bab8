using Hiring.Web.Domain;
using Hiring.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hiring.Web.Pages.Account;

public class ConfirmEmailModel(UserManager<ApplicationUser> users) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task OnGetAsync(string? userId, string? code)
    {
        if (string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(code)) return;
        var user = await users.FindByIdAsync(userId);
        if (user is null) return;
        try
        {
            Confirmed = (await users.ConfirmEmailAsync(user, AccountMail.Decode(code))).Succeeded;
        }
        catch (FormatException)
        {
            Confirmed = false;
        }
    }
}
