using Hiring.Web.Security;
using Microsoft.AspNetCore.RateLimiting;
using System.ComponentModel.DataAnnotations;
using Hiring.Web.Domain;
using Hiring.Web.Identity;
using Hiring.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hiring.Web.Pages.Account;

[EnableRateLimiting(RateLimits.Register)]
public class RegisterModel(UserManager<ApplicationUser> users, AccountMail accountMail, TimeProvider clock, IStringLocalizer<RegisterModel> text) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();

    public class InputModel
    {
        [Required(ErrorMessage = "Enter your name."), StringLength(100, ErrorMessage = "Keep your name under 100 characters.")]
        public string Name { get; set; } = "";
        [Required(ErrorMessage = "Enter your e-mail address."), EmailAddress(ErrorMessage = "Enter a valid e-mail address."), StringLength(256)]
        public string Email { get; set; } = "";
        [Required(ErrorMessage = "Choose a password."), StringLength(200, MinimumLength = 12, ErrorMessage = "Use at least 12 characters."), DataType(DataType.Password)]
        public string Password { get; set; } = "";
        [DataType(DataType.Password), Compare(nameof(Password), ErrorMessage = "The two passwords are not the same.")]
        public string ConfirmPassword { get; set; } = "";
    }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        Input.Name = TextInput.Clean(Input.Name);
        if (!ModelState.IsValid) return Page();
        var user = new ApplicationUser { UserName = Input.Email, Email = Input.Email, DisplayName = Input.Name, CreatedAt = clock.GetUtcNow().UtcDateTime };
        var result = await users.CreateAsync(user, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                ModelState.AddModelError(error.Code.Contains("Password") ? "Input.Password" : "", text[Friendly(error)]);
            return Page();
        }
        await users.AddToRoleAsync(user, Roles.Candidate);
        await accountMail.SendConfirmationAsync(user, Request);
        return RedirectToPage("RegisterConfirmation", new { email = Input.Email });
    }

    private static string Friendly(IdentityError e) => e.Code switch
    {
        "DuplicateUserName" or "DuplicateEmail" => "An account with this e-mail address already exists. Log in, or reset your password.",
        _ => e.Description,
    };
}
