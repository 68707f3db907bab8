using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hiring.Web.Pages.Account;

public class RegisterConfirmationModel : PageModel
{
    [BindProperty(SupportsGet = true)] public string Email { get; set; } = "";
    public void OnGet() { }
}
