using System.Text;
using Hiring.Web.Domain;
using Hiring.Web.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace Hiring.Web.Identity;

/// <summary>Builds the confirmation and reset links (absolute on <see cref="MailLinks"/>, never on the request's Host header;
/// token Base64Url-encoded) and hands them to Identity's mail sender.</summary>
public sealed class AccountMail(UserManager<ApplicationUser> users, IEmailSender<ApplicationUser> sender, MailLinks links)
{
    public async Task SendConfirmationAsync(ApplicationUser user)
    {
        var token = Encode(await users.GenerateEmailConfirmationTokenAsync(user));
        var link = links.To($"/Account/ConfirmEmail?userId={Uri.EscapeDataString(user.Id)}&code={token}");
        await sender.SendConfirmationLinkAsync(user, user.Email!, link);
    }

    public async Task SendResetAsync(ApplicationUser user)
    {
        var token = Encode(await users.GeneratePasswordResetTokenAsync(user));
        var link = links.To($"/Account/ResetPassword?email={Uri.EscapeDataString(user.Email!)}&code={token}");
        await sender.SendPasswordResetLinkAsync(user, user.Email!, link);
    }

    public static string Decode(string code) => Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));

    public static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

}
