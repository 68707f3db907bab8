using Hiring.Web.Auditing;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Hiring.Web.Identity;
using Hiring.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using System.ComponentModel.DataAnnotations;

namespace Hiring.Web.Pages.Admin;

public class UsersModel(HiringDbContext db, UserManager<ApplicationUser> users, AuditLog audit, StaffInvitations invitations, IStringLocalizer<UsersModel> text) : PageModel
{
    /// <summary>The invitation form: who, at which address, in which role, and the language of the mail.</summary>
    public sealed class InviteForm
    {
        [Required(ErrorMessage = "Enter the person's name."), StringLength(100, ErrorMessage = "Keep the name under 100 characters.")]
        public string Name { get; set; } = "";
        [Required(ErrorMessage = "Enter an e-mail address."), EmailAddress(ErrorMessage = "Enter a valid e-mail address."), StringLength(256)]
        public string Email { get; set; } = "";
        public string Role { get; set; } = Roles.Recruiter;
        public string Language { get; set; } = Cultures.English;
    }

    [BindProperty] public InviteForm Invite { get; set; } = new();

    public record Row(string Id, string Name, string Email, List<string> Roles);
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public bool Staff { get; set; } = true;
    public List<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }

    public async Task OnGetAsync()
    {
        Invite.Language = Cultures.Match(System.Globalization.CultureInfo.CurrentUICulture.Name) ?? Cultures.English;
        await ListAsync();
    }

    private async Task ListAsync()
    {
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Q)) query = query.Where(u => u.DisplayName.Contains(Q) || u.Email!.Contains(Q));
        if (Staff)
        {
            var staffRoleIds = db.Roles.Where(r => r.Name != Roles.Candidate).Select(r => r.Id);
            query = query.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && staffRoleIds.Contains(ur.RoleId)));
        }
        Total = await query.CountAsync();
        var page = await query.OrderBy(u => u.DisplayName).Take(100).Select(u => new { u.Id, u.DisplayName, u.Email }).ToListAsync();
        var ids = page.Select(p => p.Id).ToList();
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ids.Contains(ur.UserId) select new { ur.UserId, r.Name }).ToListAsync();
        Rows = page.Select(p => new Row(p.Id, p.DisplayName, p.Email ?? "", roles.Where(r => r.UserId == p.Id).Select(r => r.Name!).Order().ToList())).ToList();
    }

    public async Task<IActionResult> OnPostInviteAsync()
    {
        if (!Roles.Staff.Contains(Invite.Role)) ModelState.AddModelError("Invite.Role", text["Choose one of the staff roles."]);
        if (ModelState.IsValid)
        {
            var (outcome, errors) = await invitations.InviteAsync(User, Invite.Name, Invite.Email.Trim(), Invite.Role, Invite.Language);
            switch (outcome)
            {
                case StaffInvitations.Outcome.Invited:
                    TempData["Status"] = text["{0} is invited as {1}: a mail with a link to set a password is on its way to {2}.",
                        Invite.Name.Trim(), DisplayNames.Role(Invite.Role), Invite.Email.Trim()].Value;
                    return RedirectToPage(new { Q, Staff });
                case StaffInvitations.Outcome.AddressTaken:
                    ModelState.AddModelError("Invite.Email", text["An account with this address exists: find it in the list below and add the role there."]);
                    break;
                default:
                    foreach (var e in errors) ModelState.AddModelError("Invite", e);
                    break;
            }
        }
        await ListAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string userId, string role, bool grant)
    {
        if (!Roles.All.Contains(role)) return BadRequest("Unknown role.");
        var user = await users.FindByIdAsync(userId);
        if (user is null) return NotFound();
        if (!grant && role == Roles.Admin && user.Id == users.GetUserId(User))
        {
            TempData["Status"] = text["You cannot remove your own Admin role."].Value;
            return RedirectToPage(new { Q, Staff });
        }
        // Added before the change: the user store's SaveChanges commits the line with the role, or neither.
        audit.Add(User, AuditActions.RoleChange, AuditRecordTypes.User, user.Id, $"{role} {(grant ? "added to" : "removed from")} {user.Email}");
        // A new stamp, saved with the role: the user's open sessions end at their next stamp check (a minute at most).
        user.SecurityStamp = Guid.NewGuid().ToString();
        var result = grant ? await users.AddToRoleAsync(user, role) : await users.RemoveFromRoleAsync(user, role);
        TempData["Status"] = result.Succeeded
            ? text[grant ? "{0}: {1} role added." : "{0}: {1} role removed.", user.DisplayName, DisplayNames.Role(role)].Value
            : $"{user.DisplayName}: {string.Join(" ", result.Errors.Select(e => e.Description))}";
        return RedirectToPage(new { Q, Staff });
    }
}
