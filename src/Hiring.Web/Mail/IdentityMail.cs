using Hiring.Web.Data;
using Hiring.Web.Domain;
using Microsoft.AspNetCore.Identity;

namespace Hiring.Web.Mail;

/// <summary>
/// Identity's account mails (confirm e-mail, reset password), rendered from their templates in the
/// user's language (seed/mail/confirm_email, reset_password, reset_code), queued in the outbox and saved
/// at once: Identity calls this after its own save, and <see cref="OutboxSender"/> delivers with
/// retries, so an SMTP outage neither loses the mail nor fails the user's request.
/// </summary>
public sealed class IdentityMail(MailOutbox outbox, HiringDbContext db) : IEmailSender<ApplicationUser>
{
    public Task SendConfirmationLinkAsync(ApplicationUser user, string email, string confirmationLink) =>
        QueueAsync(MailTemplateKeys.ConfirmEmail, user, email, "link", confirmationLink);

    public Task SendPasswordResetLinkAsync(ApplicationUser user, string email, string resetLink) =>
        QueueAsync(MailTemplateKeys.ResetPassword, user, email, "link", resetLink);

    public Task SendPasswordResetCodeAsync(ApplicationUser user, string email, string resetCode) =>
        QueueAsync(MailTemplateKeys.ResetCode, user, email, "code", resetCode);

    private async Task QueueAsync(string key, ApplicationUser user, string to, string field, string value)
    {
        await outbox.EnqueueAccountAsync(key, user, extra: new Dictionary<string, string> { [field] = value }, to: to);
        await db.SaveChangesAsync();
    }
}

public static class MailRegistration
{
    public static IServiceCollection AddHiringMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MailOptions>().Bind(configuration.GetSection(MailOptions.Section))
            .Validate(o => string.IsNullOrWhiteSpace(o.Host) || o.Port is > 0 and < 65536, "Mail:Port must be 1-65535 when Mail:Host is set.")
            .Validate<IHostEnvironment>((o, env) => env.IsDevelopment() || Uri.TryCreate(o.PublicBaseUrl, UriKind.Absolute, out var u) && u.Scheme is "https" or "http",
                "Mail:PublicBaseUrl must be set outside Development, to the address people open (e.g. https://jobs.example.com): links in mails are built from it, never from request headers.")
            .Validate(o => string.IsNullOrWhiteSpace(o.ReplyTo) || MimeKit.MailboxAddress.TryParse(o.ReplyTo, out _), "Mail:ReplyTo must be an e-mail address.")
            .ValidateOnStart();
        services.AddSingleton<Mailer>();
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.Section))
            .Validate(o => o.PollInterval > TimeSpan.Zero, "Mail:Outbox:PollInterval must be positive.")
            .Validate(o => o.RetryBase > TimeSpan.Zero && o.RetryMax >= o.RetryBase, "Mail:Outbox:RetryBase must be positive and at most Mail:Outbox:RetryMax.")
            .Validate(o => o.MaxAttempts is > 0 and <= 100, "Mail:Outbox:MaxAttempts must be 1-100.")
            .Validate(o => o.Lease > TimeSpan.Zero && o.BatchSize > 0, "Mail:Outbox:Lease and Mail:Outbox:BatchSize must be positive.")
            .ValidateOnStart();
        services.AddHttpContextAccessor();
        services.AddScoped<MailLinks>();
        services.AddScoped<MailOutbox>();
        services.AddScoped<MailTemplateSeeder>();
        services.AddSingleton<OutboxSender>();
        services.AddSingleton<TestReminderJob>();
        if (configuration.GetValue(OutboxOptions.Section + ":Enabled", true))
        {
            services.AddHostedService(sp => sp.GetRequiredService<OutboxSender>());
            services.AddHostedService(sp => sp.GetRequiredService<TestReminderJob>());
        }
        services.AddScoped<IEmailSender<ApplicationUser>, IdentityMail>();
        return services;
    }
}
