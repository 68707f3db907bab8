using MailKit.Security;

namespace Hiring.Web.Mail;

/// <summary>The <c>Mail</c> section. With no <see cref="Host"/>, mail is written as .eml files to data/outbox/.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    /// <summary>None, Auto, StartTls, StartTlsWhenAvailable or SslOnConnect (MailKit's SecureSocketOptions).</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTlsWhenAvailable;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string FromAddress { get; set; } = "no-reply@hiring.local";
    public string FromName { get; set; } = "Hiring";
    /// <summary>Where replies go (a Reply-To header), e.g. the recruitment team's mailbox; unset, mails say they cannot be answered.</summary>
    public string? ReplyTo { get; set; }
    /// <summary>Absolute base URL for links in mails (e.g. https://careers.example.com); defaults to the request's host.</summary>
    public string? PublicBaseUrl { get; set; }
}
