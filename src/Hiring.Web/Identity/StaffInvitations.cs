using Hiring.Web.Auditing;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Hiring.Web.Localization;
using Hiring.Web.Mail;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using System.Security.Claims;

namespace Hiring.Web.Identity;

/// <summary>Tokens for a staff invitation's set-password link: Identity's data-protection tokens, valid for
/// <see cref="InvitationTokenProviderOptions.Days"/> days instead of the one day a password reset gets, and spent once the
/// password is set (setting it changes the security stamp the token carries).</summary>
public sealed class InvitationTokenProvider(IDataProtectionProvider protection, IOptions<InvitationTokenProviderOptions> options,
    ILogger<DataProtectorTokenProvider<ApplicationUser>> logger) : DataProtectorTokenProvider<ApplicationUser>(protection, options, logger)
{
    public const string ProviderName = "StaffInvitation";
    public const string Purpose = "SetPassword";
}

public sealed class InvitationTokenProviderOptions : DataProtectionTokenProviderOptions
{
    public const int Days = 7;

    public InvitationTokenProviderOptions() => (Name, TokenLifespan) = (InvitationTokenProvider.ProviderName, TimeSpan.FromDays(Days));
}

/// <summary>
/// Staff join by invitation (issue 17): an admin names the person, their e-mail, role and mail language; the account is
/// made with that role, a confirmed-on-use address and no password, and a mail with a set-password link (built from
/// <c>Mail:PublicBaseUrl</c>, never from the request) is queued in the same save as the account and the audit line.
/// </summary>
public sealed class StaffInvitations(UserManager<ApplicationUser> users, HiringDbContext db, MailOutbox outbox, MailLinks links, AuditLog audit, TimeProvider clock)
{
    public enum Outcome { Invited, AddressTaken, UnknownRole, Refused }

    public async Task<(Outcome Outcome, IEnumerable<string> Errors)> InviteAsync(ClaimsPrincipal admin, string name, string email, string role, string culture)
    {
        if (!Roles.Staff.Contains(role)) return (Outcome.UnknownRole, []);
        if (await users.FindByEmailAsync(email) is not null) return (Outcome.AddressTaken, []);
        var user = new ApplicationUser
        {
            UserName = email, Email = email, DisplayName = name.Trim(), CreatedAt = clock.GetUtcNow().UtcDateTime,
            Culture = Cultures.Supported.Contains(culture) ? culture : Cultures.English,
        };
        await using var transaction = await db.Database.BeginTransactionAsync();
        var created = await users.CreateAsync(user);
        if (!created.Succeeded) return (Outcome.Refused, created.Errors.Select(e => e.Description));
        var granted = await users.AddToRoleAsync(user, role);
        if (!granted.Succeeded) return (Outcome.Refused, granted.Errors.Select(e => e.Description));
        var token = AccountMail.Encode(await users.GenerateUserTokenAsync(user, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose));
        using var language = CultureSwitch.To(MailOutbox.CultureOf(user.Culture));
        await outbox.EnqueueAccountAsync(MailTemplateKeys.StaffInvitation, user, extra: new Dictionary<string, string>
        {
            ["link"] = links.To($"/Account/AcceptInvitation?userId={Uri.EscapeDataString(user.Id)}&code={token}"),
            ["role"] = DisplayNames.Role(role), ["valid_days"] = InvitationTokenProviderOptions.Days.ToString(),
        });
        audit.Add(admin, AuditActions.StaffInvitation, AuditRecordTypes.User, user.Id, $"{role} invited");
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return (Outcome.Invited, []);
    }

    /// <summary>Sets the invited person's first password from the link's token, and confirms the address the link went to.</summary>
    public async Task<IdentityResult> AcceptAsync(ApplicationUser user, string code, string password)
    {
        string token;
        try { token = AccountMail.Decode(code); }
        catch (FormatException) { return Invalid(); }
        if (await users.HasPasswordAsync(user) || !await users.VerifyUserTokenAsync(user, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose, token))
            return Invalid();
        var result = await users.AddPasswordAsync(user, password);
        if (!result.Succeeded) return result;
        user.EmailConfirmed = true;
        return await users.UpdateAsync(user);
    }

    private static IdentityResult Invalid() => IdentityResult.Failed(new IdentityError { Code = "InvalidToken", Description = "InvalidToken" });
}
