namespace Hiring.Web.Domain;

public enum MailStatus { Pending, Sent, Failed }

/// <summary>
/// One mail waiting to be sent, or sent, or given up on. Written in the same SaveChanges as the change
/// that causes it; <c>OutboxSender</c> claims it with a lease (<see cref="ClaimedBy"/>,
/// <see cref="ClaimedUntil"/>) so two app instances never send the same row.
/// </summary>
public class OutboxMail
{
    public long Id { get; set; }
    public required string To { get; set; }
    public string ToName { get; set; } = "";
    public required string Subject { get; set; }
    public required string TextBody { get; set; }
    /// <summary>One optional text attachment (an interview's .ics): its file name, MIME type and content.</summary>
    public string? AttachmentName { get; set; }
    public string? AttachmentType { get; set; }
    public string? AttachmentText { get; set; }
    /// <summary>The template it was rendered from, or null for a mail written by hand.</summary>
    public string? TemplateKey { get; set; }
    public Guid? ApplicationId { get; set; }
    public MailStatus Status { get; set; }
    public DateTime CreatedAt { get; set; }
    public int Attempts { get; set; }
    public DateTime NextAttemptAt { get; set; }
    public DateTime? SentAt { get; set; }
    public string? LastError { get; set; }
    public string? ClaimedBy { get; set; }

    /// <summary>Stable per row: the Message-Id's local part and the name of the .eml copy written without an SMTP host, so a
    /// re-sent mail is the same message and an erasure can find the copy.</summary>
    public string MessageKey => $"outbox.{Id}.{CreatedAt.Ticks}";
    public DateTime? ClaimedUntil { get; set; }
}

/// <summary>An editable mail template: a Liquid subject and body, loaded from <c>seed/mail/</c> at start-up.</summary>
public class MailTemplate
{
    public required string Key { get; set; }
    public required string Name { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }
    /// <summary>Hash of the seed file it was last loaded from; an admin's edit sets <see cref="EditedAt"/> and the file no longer overwrites it.</summary>
    public string SeedHash { get; set; } = "";
    public DateTime? EditedAt { get; set; }
    public string? EditedById { get; set; }
}
