using Hiring.Web.Infrastructure;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Hiring.Web.Mail;

/// <summary>A mail to send: one recipient, a subject, a plain-text and an optional HTML body, attachments.</summary>
public sealed record OutgoingMail(string To, string ToName, string Subject, string TextBody, string? HtmlBody = null)
{
    public IReadOnlyList<MailAttachment> Attachments { get; init; } = [];
    /// <summary>
    /// The left part of a Message-Id that stays the same when the mail is sent again (the outbox row's),
    /// so a copy sent twice is recognisable as one message; null for a fresh one per send.
    /// </summary>
    public string? MessageKey { get; init; }
    /// <summary>The Date header; the outbox gives the row's creation time, so every attempt carries the same one.</summary>
    public DateTimeOffset? Date { get; init; }
}

public sealed record MailAttachment(string FileName, string ContentType, byte[] Content);

/// <summary>
/// The one way the app sends mail: over SMTP with MailKit when <c>Mail:Host</c> is set, otherwise as
/// .eml files in data/outbox/ so a fresh checkout works with nothing else installed.
/// </summary>
public sealed class Mailer(IOptions<MailOptions> options, HiringPaths paths, ILogger<Mailer> logger)
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken ct = default)
    {
        var message = Build(mail);
        var o = options.Value;
        if (string.IsNullOrWhiteSpace(o.Host))
        {
            Directory.CreateDirectory(paths.Outbox);
            // Named by the outbox row (its MessageKey), so erasing the row can delete the copy; mail without a row gets a fresh name.
            var file = Path.Combine(paths.Outbox, $"{mail.MessageKey ?? $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Guid.NewGuid():N}"}.eml");
            // Written aside and renamed into place: whoever reads the folder (a person, a test) sees a whole message or none.
            var partial = Path.ChangeExtension(file, ".partial");
            await message.WriteToAsync(partial, ct);
            File.Move(partial, file, overwrite: true);
            logger.LogInformation("Mail to {To} written to {File}", mail.To, file);
            return;
        }

        using var client = new SmtpClient();
        await client.ConnectAsync(o.Host, o.Port, o.Security, ct);
        if (!string.IsNullOrEmpty(o.UserName))
            await client.AuthenticateAsync(o.UserName, o.Password ?? "", ct);
        await client.SendAsync(message, ct);
        await client.DisconnectAsync(true, ct);
        logger.LogInformation("Mail to {To} sent through {Host}:{Port}", mail.To, o.Host, o.Port);
    }

    private MimeMessage Build(OutgoingMail mail)
    {
        var o = options.Value;
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(o.FromName, o.FromAddress));
        message.To.Add(new MailboxAddress(mail.ToName, mail.To));
        if (!string.IsNullOrWhiteSpace(o.ReplyTo)) message.ReplyTo.Add(MailboxAddress.Parse(o.ReplyTo));
        message.Subject = mail.Subject;
        if (mail.MessageKey is not null) message.MessageId = $"{mail.MessageKey}@{MailboxAddress.Parse(o.FromAddress).Domain}";
        var body = new BodyBuilder { TextBody = mail.TextBody, HtmlBody = mail.HtmlBody };
        foreach (var a in mail.Attachments)
            body.Attachments.Add(a.FileName, a.Content, ContentType.Parse(a.ContentType));
        message.Body = body.ToMessageBody();
        if (mail.Date is { } date) message.Date = date;
        if (mail.MessageKey is not null) StableBoundaries(message.Body, mail.MessageKey);
        return message;
    }

    /// <summary>Multipart boundaries from the message key instead of random ones: a retried send is byte for byte the same message.</summary>
    private static void StableBoundaries(MimeEntity entity, string key, int depth = 0)
    {
        if (entity is not Multipart multipart) return;
        multipart.Boundary = $"=-{key}-{depth}";
        foreach (var part in multipart) StableBoundaries(part, key, depth + 1);
    }
}
