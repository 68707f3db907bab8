using System.Globalization;
using System.Text;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Hiring.Web.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hiring.Web.Mail;

/// <summary>
/// Queues mail in the outbox table. Nothing is sent here and nothing is saved: the row joins the
/// caller's unit of work, so the mail exists if and only if the change that caused it is committed.
/// <see cref="OutboxSender"/> delivers it.
/// </summary>
public sealed class MailOutbox(HiringDbContext db, MailLinks links, TimeProvider clock, IOptions<PrivacyOptions> privacy)
{
    private readonly Dictionary<string, MailTemplate> _templates = [];

    /// <summary>
    /// Renders <paramref name="templateKey"/> for <paramref name="application"/> (its Post and Candidate
    /// must be loaded) and adds the row. Throws <see cref="MailTemplateException"/> when a field the
    /// template needs has no value for this application.
    /// </summary>
    public async Task<OutboxMail> EnqueueAsync(string templateKey, Application application, string? reason = null, CancellationToken ct = default)
    {
        var template = await TemplateAsync(templateKey, ct);
        var mail = MailRenderer.Render(template.Subject, template.Body, Fields(application, reason));
        return Enqueue(application.Candidate!.Email!, application.FullName, mail.Subject, mail.Body, application.Id, templateKey);
    }

    /// <summary>Renders the account mail <paramref name="templateKey"/> (<see cref="MailTemplateKeys.Account"/>) to <paramref name="user"/> and adds the row.</summary>
    public async Task<OutboxMail> EnqueueAccountAsync(string templateKey, ApplicationUser user, CancellationToken ct = default)
    {
        var template = await TemplateAsync(templateKey, ct);
        var mail = MailRenderer.Render(template.Subject, template.Body, new Dictionary<string, string?>
        {
            ["name"] = user.DisplayName, ["email"] = user.Email,
            ["sign_in_link"] = links.To("/Account/Login"), ["reset_link"] = links.To("/Account/ForgotPassword"),
        });
        return Enqueue(user.Email!, user.DisplayName, mail.Subject, mail.Body, templateKey: templateKey);
    }

    /// <summary>Adds a row; an <paramref name="attachment"/> must be text in UTF-8 (an .ics), it is stored as text.</summary>
    public OutboxMail Enqueue(string to, string toName, string subject, string body, Guid? applicationId = null, string? templateKey = null,
        MailAttachment? attachment = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var row = new OutboxMail
        {
            To = to, ToName = toName, Subject = subject, TextBody = body, ApplicationId = applicationId, TemplateKey = templateKey,
            AttachmentName = attachment?.FileName, AttachmentType = attachment?.ContentType,
            AttachmentText = attachment is null ? null : Encoding.UTF8.GetString(attachment.Content),
            Status = MailStatus.Pending, CreatedAt = now, NextAttemptAt = now,
        };
        db.OutboxMails.Add(row);
        return row;
    }

    /// <summary>The values a template can use for one application; missing ones stay null so strict rendering refuses them.</summary>
    public IReadOnlyDictionary<string, string?> Fields(Application a, string? reason = null)
    {
        var post = a.Post ?? throw new InvalidOperationException("Load the application's Post before queueing its mail.");
        var candidate = a.Candidate ?? throw new InvalidOperationException("Load the application's Candidate before queueing its mail.");
        return new Dictionary<string, string?>
        {
            ["candidate_name"] = string.IsNullOrWhiteSpace(a.FullName) ? candidate.DisplayName : a.FullName,
            ["candidate_email"] = candidate.Email,
            ["post_title"] = post.Title,
            ["post_site"] = post.Site,
            ["applied_date"] = Day(a.AppliedAt),
            ["sign_in_link"] = links.To("/Candidate"),
            ["tests_deadline"] = a.TestsDueAt is { } due ? due.ToString("dddd d MMMM yyyy 'at' HH:mm 'UTC'", CultureInfo.InvariantCulture) : null,
            ["reason"] = reason,
            // The period the consent text promised (Privacy:RetentionMonths), never a figure written into a template.
            ["retention_months"] = privacy.Value.RetentionMonths.ToString(CultureInfo.InvariantCulture),
        };
    }

    private static string Day(DateTime d) => d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private async Task<MailTemplate> TemplateAsync(string key, CancellationToken ct)
    {
        if (_templates.TryGetValue(key, out var cached)) return cached;
        var template = await db.MailTemplates.AsNoTracking().SingleOrDefaultAsync(t => t.Key == key, ct)
            ?? throw new MailTemplateException("There is no mail template '{0}'. Check seed/mail/.", key);
        return _templates[key] = template;
    }
}
