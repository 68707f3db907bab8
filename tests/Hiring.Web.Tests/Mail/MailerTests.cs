using Hiring.Web.Infrastructure;
using Hiring.Web.Mail;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Hiring.Web.Tests.Mail;

/// <summary>The MIME the mailer writes, read back from the .eml files it leaves in the outbox folder (no SMTP host).</summary>
public class MailerTests
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "hiring-mailer-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task An_outbox_mail_sent_twice_is_byte_for_byte_the_same_message()
    {
        var mailer = Mailer(replyTo: null);
        const string text = "Hello **Zoë**,\n\nSee https://example.com/Candidate\nThank you.\n";
        var mail = new OutgoingMail("zoe@example.com", "Zoë", "Your tests", text, MailHtml.Document(text, "Your tests"))
        {
            MessageKey = "outbox.7.638000000000000000", Date = new DateTimeOffset(2026, 12, 5, 9, 0, 0, TimeSpan.Zero),
            Attachments = [new MailAttachment("invite.ics", "text/calendar; charset=utf-8", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"u8.ToArray())],
        };

        // The copy is named by the outbox row (so an erasure can find it): a second send writes the same file again.
        var file = Path.Combine(_data, "outbox", "outbox.7.638000000000000000.eml");
        await mailer.SendAsync(mail);
        var first = await File.ReadAllBytesAsync(file);
        await mailer.SendAsync(mail);

        Assert.Single(Directory.GetFiles(Path.Combine(_data, "outbox")));
        Assert.Equal(first, await File.ReadAllBytesAsync(file));
        var message = await MimeMessage.LoadAsync(file);
        Assert.Empty(message.ReplyTo);
        Assert.StartsWith("Hello **Zoë**,", message.TextBody);
        Assert.Equal("multipart/alternative", ((Multipart)((Multipart)message.Body)[0]).ContentType.MimeType);
        Assert.Contains("<strong>Zoë</strong>", message.HtmlBody);
        Assert.Contains("<a href=\"https://example.com/Candidate\">", message.HtmlBody);
    }

    [Fact]
    public async Task A_configured_reply_to_is_sent_as_the_reply_to_header()
    {
        await Mailer(replyTo: "recruitment@example.com").SendAsync(new OutgoingMail("zoe@example.com", "Zoë", "Hi", "Hi\n"));

        var message = await MimeMessage.LoadAsync(Directory.GetFiles(Path.Combine(_data, "outbox")).Single());
        Assert.Equal("recruitment@example.com", message.ReplyTo.Mailboxes.Single().Address);
    }

    [Fact]
    public void A_name_typed_as_markup_stays_text_in_the_html_part()
    {
        var html = MailHtml.Fragment("Hello <script>alert(1)</script><b>Zoë</b>,");
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<b>", html);
    }

    private Mailer Mailer(string? replyTo) =>
        new(Options.Create(new MailOptions { ReplyTo = replyTo }), new HiringPaths { Root = _data, Data = _data }, NullLogger<Mailer>.Instance);
}
