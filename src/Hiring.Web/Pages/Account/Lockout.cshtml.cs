using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hiring.Web.Pages.Account;

public class LockoutModel : PageModel
{
    public void OnGet() { }
}
