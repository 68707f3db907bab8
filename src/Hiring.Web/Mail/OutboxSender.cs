using System.Text;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Hiring.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hiring.Web.Mail;

/// <summary>
/// Delivers the outbox. Each row is first claimed with a conditional UPDATE (a lease): only the
/// instance whose UPDATE changed the row sends it, so two app instances never send one mail twice.
/// A failure schedules a retry with exponential back-off; after MaxAttempts the row is Failed and
/// shows on /Admin/Mail/Failed.
/// </summary>
public sealed class OutboxSender(IServiceScopeFactory scopes, Mailer mailer, IOptions<OutboxOptions> options, TimeProvider clock, ILogger<OutboxSender> logger, JobStart start)
    : BackgroundService
{
    /// <summary>Who holds a lease: unique per running instance.</summary>
    public string Instance { get; init; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}" is var name && name.Length > 100 ? name[^100..] : name;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await start.WaitAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await SendDueAsync(stoppingToken) > 0) { }
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(e, "Outbox poll failed; trying again at the next poll");
            }
            // Wall-clock cadence on purpose: "is it due" uses the injected clock, the poll does not.
            await Task.Delay(options.Value.PollInterval, stoppingToken);
        }
    }

    /// <summary>Sends one batch of due rows; returns how many were attempted.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HiringDbContext>();
        var o = options.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.OutboxMails.AsNoTracking()
            .Where(m => m.Status == MailStatus.Pending && m.NextAttemptAt <= now && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .OrderBy(m => m.Id).Select(m => m.Id).Take(o.BatchSize).ToListAsync(ct);
        var attempted = 0;
        foreach (var id in due)
        {
            if (!await ClaimAsync(db, id, now, ct)) continue;
            attempted++;
            await SendOneAsync(db, id, ct);
        }
        return attempted;
    }

    private async Task<bool> ClaimAsync(HiringDbContext db, long id, DateTime now, CancellationToken ct)
    {
        var until = now + options.Value.Lease;
        var claimed = await db.OutboxMails
            .Where(m => m.Id == id && m.Status == MailStatus.Pending && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedBy, Instance).SetProperty(m => m.ClaimedUntil, until), ct);
        return claimed == 1;
    }

    private async Task SendOneAsync(HiringDbContext db, long id, CancellationToken ct)
    {
        var mail = await db.OutboxMails.AsNoTracking().SingleAsync(m => m.Id == id, ct);
        var attempts = mail.Attempts + 1;
        try
        {
            // A stable Message-Id: a mail re-sent after a crash in the at-least-once window is the same message.
            // Everything from the row: the HTML part is made from the stored text, the date is the row's, so every attempt is the same mail.
            await mailer.SendAsync(new OutgoingMail(mail.To, mail.ToName, mail.Subject, mail.TextBody, MailHtml.Document(mail.TextBody, mail.Subject))
            {
                MessageKey = mail.MessageKey, Attachments = Attachments(mail),
                Date = new DateTimeOffset(DateTime.SpecifyKind(mail.CreatedAt, DateTimeKind.Utc)),
            }, ct);
            var sentAt = clock.GetUtcNow().UtcDateTime;
            await db.OutboxMails.Where(m => m.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, MailStatus.Sent).SetProperty(m => m.SentAt, sentAt)
                .SetProperty(m => m.Attempts, attempts).SetProperty(m => m.LastError, (string?)null)
                .SetProperty(m => m.ClaimedUntil, (DateTime?)null), CancellationToken.None);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            var o = options.Value;
            var status = attempts >= o.MaxAttempts ? MailStatus.Failed : MailStatus.Pending;
            var next = clock.GetUtcNow().UtcDateTime + o.RetryDelay(attempts);
            var error = e.Message.Length > 2000 ? e.Message[..2000] : e.Message;
            logger.LogWarning("Mail {Id} to {To} failed (attempt {Attempts}): {Error}", id, mail.To, attempts, error);
            await db.OutboxMails.Where(m => m.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, status).SetProperty(m => m.Attempts, attempts)
                .SetProperty(m => m.NextAttemptAt, next).SetProperty(m => m.LastError, error)
                .SetProperty(m => m.ClaimedUntil, (DateTime?)null), CancellationToken.None);
        }
    }

    private static MailAttachment[] Attachments(OutboxMail mail) =>
        mail is { AttachmentName: { } name, AttachmentText: { } text }
            ? [new MailAttachment(name, mail.AttachmentType ?? "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(text))]
            : [];
}
