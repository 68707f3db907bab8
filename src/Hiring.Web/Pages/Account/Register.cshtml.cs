using Hiring.Web.Data;
using Hiring.Web.Mail;
using Hiring.Web.Security;
using Microsoft.AspNetCore.RateLimiting;
using System.ComponentModel.DataAnnotations;
using Hiring.Web.Domain;
using Hiring.Web.Identity;
using Hiring.Web.Infrastructure;
using Hiring.Web.Recruiting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Hiring.Web.Pages.Account;

[EnableRateLimiting(RateLimits.Register)]
public class RegisterModel(UserManager<ApplicationUser> users, AccountMail accountMail, MailOutbox outbox, HiringDbContext db, TimeProvider clock) : PageModel
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
        // Identity hashes the password before it finds the address taken, so both answers cost the same.
        var result = await users.CreateAsync(user, Input.Password);
        if (result.Errors.Any(e => e.Code is "DuplicateUserName" or "DuplicateEmail"))
            return await AnswerForExistingAccountAsync();
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                ModelState.AddModelError(error.Code.Contains("Password") ? "Input.Password" : "", error.Description);
            return Page();
        }
        await users.AddToRoleAsync(user, Roles.Candidate);
        await PendingApplication.KeepWithAccountAsync(Request, users, user);
        await accountMail.SendConfirmationAsync(user);
        return RedirectToPage("RegisterConfirmation", new { email = Input.Email });
    }

    /// <summary>The address has an account: the page answers as for a new one, and the owner gets a mail saying what happened.</summary>
    private async Task<IActionResult> AnswerForExistingAccountAsync()
    {
        if (await users.FindByEmailAsync(Input.Email) is { } owner)
        {
            await outbox.EnqueueAccountAsync(MailTemplateKeys.AccountExists, owner);
            await db.SaveChangesAsync();
        }
        return RedirectToPage("RegisterConfirmation", new { email = Input.Email });
    }
}
