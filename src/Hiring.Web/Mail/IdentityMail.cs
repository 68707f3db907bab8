using Hiring.Web.Domain;
using Microsoft.AspNetCore.Identity;

namespace Hiring.Web.Mail;

/// <summary>Identity's account mails (confirm e-mail, reset password) sent through the one <see cref="Mailer"/>.</summary>
public sealed class IdentityMail(Mailer mailer) : IEmailSender<ApplicationUser>
{
    public Task SendConfirmationLinkAsync(ApplicationUser user, string email, string confirmationLink) =>
        mailer.SendAsync(new OutgoingMail(email, user.DisplayName, "Confirm your e-mail address for Hiring",
            $"Hello {user.DisplayName},\n\nPlease confirm your e-mail address by opening this link:\n{confirmationLink}\n\nIf you did not create an account, ignore this mail."));

    public Task SendPasswordResetLinkAsync(ApplicationUser user, string email, string resetLink) =>
        mailer.SendAsync(new OutgoingMail(email, user.DisplayName, "Reset your Hiring password",
            $"Hello {user.DisplayName},\n\nTo choose a new password, open this link:\n{resetLink}\n\nIf you did not ask for this, ignore this mail; your password is unchanged."));

    public Task SendPasswordResetCodeAsync(ApplicationUser user, string email, string resetCode) =>
        mailer.SendAsync(new OutgoingMail(email, user.DisplayName, "Your Hiring password reset code",
            $"Hello {user.DisplayName},\n\nYour password reset code is: {resetCode}"));
}

public static class MailRegistration
{
    public static IServiceCollection AddHiringMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MailOptions>().Bind(configuration.GetSection(MailOptions.Section))
            .Validate(o => string.IsNullOrWhiteSpace(o.Host) || o.Port is > 0 and < 65536, "Mail:Port must be 1-65535 when Mail:Host is set.")
            .ValidateOnStart();
        services.AddSingleton<Mailer>();
        services.AddSingleton<IEmailSender<ApplicationUser>, IdentityMail>();
        return services;
    }
}
