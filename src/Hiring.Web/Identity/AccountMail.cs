using System.Text;
using Hiring.Web.Domain;
using Hiring.Web.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Hiring.Web.Identity;

/// <summary>Builds the confirmation and reset links (absolute, token Base64Url-encoded) and hands them to Identity's mail sender.</summary>
public sealed class AccountMail(UserManager<ApplicationUser> users, IEmailSender<ApplicationUser> sender, IOptions<MailOptions> mail)
{
    public async Task SendConfirmationAsync(ApplicationUser user, HttpRequest request)
    {
        var token = Encode(await users.GenerateEmailConfirmationTokenAsync(user));
        var link = $"{BaseUrl(request)}/Account/ConfirmEmail?userId={Uri.EscapeDataString(user.Id)}&code={token}";
        await sender.SendConfirmationLinkAsync(user, user.Email!, link);
    }

    public async Task SendResetAsync(ApplicationUser user, HttpRequest request)
    {
        var token = Encode(await users.GeneratePasswordResetTokenAsync(user));
        var link = $"{BaseUrl(request)}/Account/ResetPassword?email={Uri.EscapeDataString(user.Email!)}&code={token}";
        await sender.SendPasswordResetLinkAsync(user, user.Email!, link);
    }

    public static string Decode(string code) => Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));

    private static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    private string BaseUrl(HttpRequest request) =>
        string.IsNullOrWhiteSpace(mail.Value.PublicBaseUrl) ? $"{request.Scheme}://{request.Host}{request.PathBase}" : mail.Value.PublicBaseUrl.TrimEnd('/');
}
