using System.Globalization;
using System.Text;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Hiring.Web.Localization;
using Hiring.Web.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hiring.Web.Mail;

/// <summary>
/// Queues mail in the outbox table. Nothing is sent here and nothing is saved: the row joins the
/// caller's unit of work, so the mail exists if and only if the change that caused it is committed.
/// <see cref="OutboxSender"/> delivers it.
/// </summary>
public sealed class MailOutbox(HiringDbContext db, MailLinks links, TimeProvider clock, IOptions<PrivacyOptions> privacy,
    IOptions<MailOptions> mail, Interviews.InterviewClock zone, ILogger<MailOutbox> logger)
{
    private readonly Dictionary<string, MailTemplate> _templates = [];

    /// <summary>
    /// The language a mail to <paramref name="user"/> is written in: their saved language, else the language of
    /// the request that causes the mail (people without a saved choice, or without an account), else English.
    /// </summary>
    public static string CultureOf(ApplicationUser? user) => CultureOf(user?.Culture);

    /// <summary><see cref="CultureOf(ApplicationUser?)"/> from the saved language alone.</summary>
    public static string CultureOf(string? saved) =>
        Cultures.Match(saved) ?? Cultures.Match(CultureInfo.CurrentUICulture.Name)
        ?? (Cultures.IsChinese ? Cultures.ChineseSimplified : Cultures.English);

    /// <summary>
    /// Renders <paramref name="templateKey"/> for <paramref name="application"/> (its Post and Candidate
    /// must be loaded) and adds the row. Throws <see cref="MailTemplateException"/> when a field the
    /// template needs has no value for this application.
    /// </summary>
    /// <remarks><paramref name="extra"/> adds the fields only this mail has (an accommodation decision's <c>accommodation</c>).</remarks>
    public async Task<OutboxMail> EnqueueAsync(string templateKey, Application application, string? reason = null, CancellationToken ct = default,
        Dictionary<string, string?>? extra = null)
    {
        var culture = CultureOf(application.Candidate);
        var template = await TemplateAsync(templateKey, culture, ct);
        var fields = Fields(application, reason, culture);
        foreach (var (name, value) in extra ?? []) fields[name] = value;
        if (templateKey == MailTemplateKeys.TestInvitation) fields[MailTemplateKeys.TestsEquipment] = await EquipmentAsync(application, culture, ct);
        var mail = MailRenderer.Render(template.Subject, template.Body, fields);
        return Enqueue(application.Candidate!.Email!, application.FullName, mail.Subject, mail.Body, application.Id, templateKey);
    }

    /// <summary>Renders the account mail <paramref name="templateKey"/> (<see cref="MailTemplateKeys.Account"/>) to <paramref name="user"/> and adds the row.</summary>
    /// <remarks><paramref name="extra"/> adds the fields only this mail has (Identity's <c>link</c> or <c>code</c>).</remarks>
    public async Task<OutboxMail> EnqueueAccountAsync(string templateKey, ApplicationUser user, CancellationToken ct = default,
        IReadOnlyDictionary<string, string>? extra = null, string? to = null)
    {
        var template = await TemplateAsync(templateKey, CultureOf(user), ct);
        var fields = new Dictionary<string, string?>
        {
            ["name"] = user.DisplayName, ["email"] = to ?? user.Email,
            ["sign_in_link"] = links.To("/Account/Login"), ["reset_link"] = links.To("/Account/ForgotPassword"),
        };
        foreach (var (name, value) in extra ?? new Dictionary<string, string>()) fields[name] = value;
        var mail = MailRenderer.Render(template.Subject, template.Body, fields);
        return Enqueue(to ?? user.Email!, user.DisplayName, mail.Subject, mail.Body, templateKey: templateKey);
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

    /// <summary>
    /// What the post's tests need beyond a phone (a keyboard, a Chinese input method, a wide screen), in the mail's language:
    /// the words the post page and the tests page say (<see cref="Assessments.TestNames.Equipment"/>), or empty.
    /// </summary>
    private async Task<string> EquipmentAsync(Application a, string culture, CancellationToken ct)
    {
        var battery = await db.BatteryTests.AsNoTracking().Where(t => t.PostId == a.PostId).OrderBy(t => t.Id).Select(t => t.Kind).ToListAsync(ct);
        using (CultureSwitch.To(culture)) return Assessments.TestNames.EquipmentLines(battery, a.Post!.Language);
    }

    /// <summary>The values a template can use for one application; missing ones stay null so strict rendering refuses them.</summary>
    public Dictionary<string, string?> Fields(Application a, string? reason = null, string culture = Cultures.English)
    {
        var chinese = culture is Cultures.ChineseSimplified or Cultures.ChineseTraditional;
        var format = CultureInfo.GetCultureInfo(culture);
        var post = a.Post ?? throw new InvalidOperationException("Load the application's Post before queueing its mail.");
        var candidate = a.Candidate ?? throw new InvalidOperationException("Load the application's Candidate before queueing its mail.");
        return new Dictionary<string, string?>
        {
            ["candidate_name"] = string.IsNullOrWhiteSpace(a.FullName) ? candidate.DisplayName : a.FullName,
            ["candidate_email"] = candidate.Email,
            ["post_title"] = post.Title,
            ["post_site"] = post.Site,
            ["applied_date"] = a.AppliedAt.ToString(chinese ? "yyyy年M月d日" : "d MMMM yyyy", format),
            ["sign_in_link"] = links.To("/Candidate"),
            // In the interview time zone (Interviews:TimeZone), named, so a candidate elsewhere can tell.
            ["tests_deadline"] = a.TestsDueAt is { } due
                ? zone.ToLocal(due).ToString(chinese ? "yyyy年M月d日 dddd HH:mm" : "dddd d MMMM yyyy 'at' HH:mm", format) + $" ({zone.Zone.Id})"
                : null,
            ["reason"] = Sentence(reason, chinese),
            [MailTemplateKeys.ReplyTo] = mail.Value.ReplyTo ?? "",
            // The period the consent text promised (Privacy:RetentionMonths), never a figure written into a template.
            ["retention_months"] = privacy.Value.RetentionMonths.ToString(CultureInfo.InvariantCulture),
        };
    }

    /// <summary>
    /// A recruiter's reason as a sentence of its own: a capital first letter and a full stop (。 in Chinese),
    /// so "tests below the pass mark" reads "Tests below the pass mark." on its own line in the mail.
    /// </summary>
    public static string? Sentence(string? reason, bool chinese)
    {
        if (string.IsNullOrWhiteSpace(reason)) return null;
        var text = reason.Trim();
        text = char.ToUpperInvariant(text[0]) + text[1..];
        return text[^1] is '.' or '!' or '?' or '。' or '！' or '？' ? text : text + (chinese ? "。" : ".");
    }

    /// <summary>The template in <paramref name="culture"/>, or the English one (logged) when that language has none.</summary>
    private async Task<MailTemplate> TemplateAsync(string key, string culture, CancellationToken ct)
    {
        var wanted = MailTemplateKeys.InCulture(key, culture);
        if (_templates.TryGetValue(wanted, out var cached)) return cached;
        var template = await db.MailTemplates.AsNoTracking().SingleOrDefaultAsync(t => t.Key == wanted, ct);
        if (template is null && wanted != key)
        {
            logger.LogWarning("Mail template {Key} has no {Culture} version; sending the English one", key, culture);
            template = await db.MailTemplates.AsNoTracking().SingleOrDefaultAsync(t => t.Key == key, ct);
        }
        return _templates[wanted] = template ?? throw new MailTemplateException("There is no mail template '{0}'. Check seed/mail/.", key);
    }
}
