using Hiring.Web.Security;
using Microsoft.AspNetCore.RateLimiting;
using System.ComponentModel.DataAnnotations;
using Hiring.Web.Domain;
using Hiring.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hiring.Web.Pages.Account;

[EnableRateLimiting(RateLimits.PasswordReset)]
public class ResetPasswordModel(UserManager<ApplicationUser> users, IStringLocalizer<ResetPasswordModel> text) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();

    public class InputModel
    {
        [Required(ErrorMessage = "Enter your e-mail address."), EmailAddress(ErrorMessage = "Enter a valid e-mail address."), StringLength(256)]
        public string Email { get; set; } = "";
        [Required(ErrorMessage = "Choose a password."), StringLength(200, MinimumLength = 12, ErrorMessage = "Use at least 12 characters."), DataType(DataType.Password)]
        public string Password { get; set; } = "";
        [DataType(DataType.Password), Compare(nameof(Password), ErrorMessage = "The two passwords are not the same.")]
        public string ConfirmPassword { get; set; } = "";
        [Required] public string Code { get; set; } = "";
    }

    public IActionResult OnGet(string? code, string? email)
    {
        if (string.IsNullOrEmpty(code)) return BadRequest("A reset code is needed: open the link from the mail.");
        (Input.Code, Input.Email) = (code, email ?? "");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var user = await users.FindByEmailAsync(Input.Email);
        IdentityResult result;
        try
        {
            result = user is null ? IdentityResult.Failed(new IdentityError { Description = text["This reset link is not valid."] })
                : await users.ResetPasswordAsync(user, AccountMail.Decode(Input.Code), Input.Password);
        }
        catch (FormatException)
        {
            result = IdentityResult.Failed(new IdentityError { Description = text["This reset link is not valid."] });
        }
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
                ModelState.AddModelError("", e.Code == "InvalidToken" ? text["This reset link is not valid or has expired. Ask for a new one."] : e.Description);
            return Page();
        }
        TempData["Status"] = text["Your password is changed. Log in with the new one."].Value;
        return RedirectToPage("Login");
    }
}
