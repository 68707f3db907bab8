using System.ComponentModel.DataAnnotations;
using Hiring.Web.Domain;
using Hiring.Web.Identity;
using Hiring.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Hiring.Web.Pages.Account;

/// <summary>The page a staff invitation's link opens: the invited person chooses their first password (issue 17).</summary>
[EnableRateLimiting(RateLimits.PasswordReset)]
public class AcceptInvitationModel(UserManager<ApplicationUser> users, StaffInvitations invitations, IStringLocalizer<AcceptInvitationModel> text) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    public string? Email { get; private set; }

    public class InputModel
    {
        [Required] public string UserId { get; set; } = "";
        [Required] public string Code { get; set; } = "";
        [Required(ErrorMessage = "Choose a password."), StringLength(200, MinimumLength = 12, ErrorMessage = "Use at least 12 characters."), DataType(DataType.Password)]
        public string Password { get; set; } = "";
        [DataType(DataType.Password), Compare(nameof(Password), ErrorMessage = "The two passwords are not the same.")]
        public string ConfirmPassword { get; set; } = "";
    }

    public async Task<IActionResult> OnGetAsync(string? userId, string? code)
    {
        if (string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(code)) return BadRequest("Open the link from the invitation mail.");
        (Input.UserId, Input.Code) = (userId, code);
        Email = (await users.FindByIdAsync(userId))?.Email;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = string.IsNullOrEmpty(Input.UserId) ? null : await users.FindByIdAsync(Input.UserId);
        Email = user?.Email;
        if (!ModelState.IsValid) return Page();
        var result = user is null ? IdentityResult.Failed(new IdentityError { Code = "InvalidToken" }) : await invitations.AcceptAsync(user, Input.Code, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
                ModelState.AddModelError("", e.Code == "InvalidToken"
                    ? text["This invitation link is not valid: it has been used or is older than 7 days. Ask the administrator to invite you again, or reset your password if you have already set one."]
                    : e.Description);
            return Page();
        }
        TempData["Status"] = text["Your password is set. Log in to start."].Value;
        return RedirectToPage("Login");
    }
}
