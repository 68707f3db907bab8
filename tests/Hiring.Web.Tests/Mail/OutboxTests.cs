using Hiring.Core.Recruiting;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Hiring.Web.Mail;
using Hiring.Web.Tests.Candidate;
using Hiring.Web.Tests.Infrastructure;
using Hiring.Web.Tests.Recruiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hiring.Web.Tests.Mail;

public abstract class OutboxTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : HiringApp
{
    [Fact]
    public async Task Mail_queued_while_smtp_is_down_is_retried_and_delivered_once_when_it_is_back()
    {
        var post = await Given.PostAsync(app);
        var (email, client) = await Given.CandidateAsync(app);
        await app.Smtp.StopAsync();
        try
        {
            var applied = await Applying.ApplyAsync(client, post.Id);
            Assert.Equal(System.Net.HttpStatusCode.Redirect, applied.StatusCode);
            var failing = await WaitForAsync(db => db.OutboxMails.SingleOrDefaultAsync(m => m.To == email && m.Attempts >= 2));
            Assert.Equal(MailStatus.Pending, failing.Status);
            Assert.NotNull(failing.LastError);
        }
        finally
        {
            await app.Smtp.StartAsync();
        }

        await app.Smtp.WaitForMessageAsync(email);
        var sent = await WaitForAsync(db => db.OutboxMails.SingleOrDefaultAsync(m => m.To == email && m.Status == MailStatus.Sent));
        await Task.Delay(600); // longer than the retry back-off: a second copy would have arrived by now
        Assert.Single(app.Smtp.MessagesTo(email));
        Assert.NotNull(sent.SentAt);
    }

    [Fact]
    public async Task Password_reset_asked_for_while_smtp_is_down_answers_normally_and_is_delivered_once_when_it_is_back()
    {
        var email = await Given.CandidateAccountAsync(app);
        await app.Smtp.StopAsync();
        try
        {
            var client = new PageClient(app);
            var (_, forgot) = await client.GetPageAsync("/Account/ForgotPassword");
            var answer = await client.SubmitAsync(forgot, new Dictionary<string, string> { ["Email"] = email });
            Assert.Equal(System.Net.HttpStatusCode.OK, answer.StatusCode);
            Assert.Contains("we have sent it a link", (await PageClient.ParseAsync(answer)).Body!.TextContent);
            var failing = await WaitForAsync(db => db.OutboxMails.SingleOrDefaultAsync(m => m.To == email && m.Attempts >= 1));
            Assert.Equal(MailStatus.Pending, failing.Status);
            Assert.StartsWith("Reset", failing.Subject);
        }
        finally
        {
            await app.Smtp.StartAsync();
        }

        var mail = await app.Smtp.WaitForMessageAsync(email);
        Assert.Contains("/Account/ResetPassword?", mail.TextBody);
        await WaitForAsync(db => db.OutboxMails.SingleOrDefaultAsync(m => m.To == email && m.Status == MailStatus.Sent));
        await Task.Delay(600); // longer than the retry back-off: a second copy would have arrived by now
        Assert.Single(app.Smtp.MessagesTo(email));
    }

    [Fact]
    public async Task An_interview_invitation_queued_in_the_outbox_keeps_its_calendar_attachment()
    {
        var to = $"ics-{Guid.NewGuid():N}@example.com";
        const string ics = "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nSUMMARY:Interview – Zoë\r\nEND:VCALENDAR\r\n";
        await using (var scope = app.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<MailOutbox>().Enqueue(to, "Zoë", "Your interview", "Tuesday 10:00",
                attachment: new MailAttachment("invite.ics", "text/calendar; method=REQUEST; charset=utf-8", System.Text.Encoding.UTF8.GetBytes(ics)));
            await scope.ServiceProvider.GetRequiredService<HiringDbContext>().SaveChangesAsync();
        }

        var mail = await app.Smtp.WaitForMessageAsync(to);
        var part = mail.Attachments.OfType<MimeKit.MimePart>().Single();
        Assert.Equal("invite.ics", part.FileName);
        Assert.Equal("text/calendar", part.ContentType.MimeType);
        Assert.Equal("REQUEST", part.ContentType.Parameters["method"]);
        using var content = new MemoryStream();
        await part.Content!.DecodeToAsync(content);
        // The row keeps the text exactly; the sink reads the MIME text part back with its own line endings.
        Assert.Equal(ics.ReplaceLineEndings(), System.Text.Encoding.UTF8.GetString(content.ToArray()).ReplaceLineEndings());
        Assert.Equal(ics, await app.WithDbAsync(db => db.OutboxMails.Where(m => m.To == to).Select(m => m.AttachmentText).SingleAsync()));
    }

    [Fact]
    public async Task Two_senders_working_the_same_outbox_never_send_a_mail_twice()
    {
        var to = $"many-{Guid.NewGuid():N}@example.com";
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var outbox = scope.ServiceProvider.GetRequiredService<MailOutbox>();
            for (var i = 0; i < 20; i++) outbox.Enqueue(to, "Many", $"Mail {i:00}", "body");
            await scope.ServiceProvider.GetRequiredService<HiringDbContext>().SaveChangesAsync();
        }
        // Two more instances beside the app's own background sender, all polling at once.
        var others = new[] { NewSender("instance-a"), NewSender("instance-b") };
        await Task.WhenAll(others.Select(s => Task.Run(() => s.SendDueAsync())));

        await WaitForAsync(async db => await db.OutboxMails.CountAsync(m => m.To == to && m.Status == MailStatus.Sent) == 20 ? "done" : null);
        await Task.Delay(300);
        var subjects = app.Smtp.MessagesTo(to).Select(m => m.Subject).Order().ToList();
        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"Mail {i:00}"), subjects);
    }

    [Fact]
    public async Task Reminder_is_queued_once_a_day_before_the_deadline_and_only_while_testing()
    {
        var post = await Given.PostAsync(app);
        var now = DateTime.UtcNow;
        var dueSoon = await Given.ApplicationAsync(app, post, Stage.Testing, testsDueAt: now.AddHours(23));
        var dueLater = await Given.ApplicationAsync(app, post, Stage.Testing, testsDueAt: now.AddDays(3));
        var finished = await Given.ApplicationAsync(app, post, Stage.Tested, testsDueAt: now.AddHours(23));

        var job = app.Service<TestReminderJob>();
        await job.RunOnceAsync();
        await job.RunOnceAsync();

        var reminders = await app.WithDbAsync(db => db.OutboxMails.Where(m => m.TemplateKey == MailTemplateKeys.TestReminder && m.ApplicationId != null)
            .Select(m => m.ApplicationId!.Value).ToListAsync());
        Assert.Equal(1, reminders.Count(id => id == dueSoon.Id));
        Assert.DoesNotContain(dueLater.Id, reminders);
        Assert.DoesNotContain(finished.Id, reminders);
        var mail = await app.Smtp.WaitForMessageAsync(dueSoon.Email);
        Assert.Contains(now.AddHours(23).ToString("d MMMM yyyy"), mail.TextBody);
    }

    [Fact]
    public async Task Admin_sees_a_failed_mail_and_can_send_it_again()
    {
        var to = $"failed-{Guid.NewGuid():N}@example.com";
        await app.WithDbAsync(async db =>
        {
            db.OutboxMails.Add(new OutboxMail { To = to, Subject = "Your interview", TextBody = "Tuesday 10:00", Status = MailStatus.Failed, Attempts = 10,
                CreatedAt = DateTime.UtcNow.AddHours(-3), NextAttemptAt = DateTime.UtcNow.AddHours(-1), LastError = "Connection refused" });
            return await db.SaveChangesAsync();
        });
        var admin = new PageClient(app);
        await admin.LogInAsync("admin@demo.hiring.local", Given.DemoPassword);

        var (_, page) = await admin.GetPageAsync("/Admin/Mail/Failed");
        var row = page.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(to));
        Assert.Contains("Connection refused", row.TextContent);
        row.QuerySelector("form")!.Id = "retry";
        await admin.SubmitAsync(page, new Dictionary<string, string>(), "#retry");

        Assert.Equal("Tuesday 10:00", (await app.Smtp.WaitForMessageAsync(to)).TextBody.Trim());
        var (_, after) = await admin.GetPageAsync("/Admin/Mail/Failed");
        Assert.DoesNotContain(to, after.Body!.TextContent);
    }

    private OutboxSender NewSender(string instance) => new(app.Service<IServiceScopeFactory>(), app.Service<Hiring.Web.Mail.Mailer>(),
        app.Service<IOptions<OutboxOptions>>(), TimeProvider.System, app.Service<ILoggerFactory>().CreateLogger<OutboxSender>(),
        app.Service<Hiring.Web.Infrastructure.JobStart>()) { Instance = instance };

    private async Task<T> WaitForAsync<T>(Func<HiringDbContext, Task<T?>> probe, int timeoutMs = 10_000) where T : class
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (watch.ElapsedMilliseconds < timeoutMs)
        {
            if (await app.WithDbAsync(probe) is { } found) return found;
            await Task.Delay(50);
        }
        throw new TimeoutException("The outbox did not reach the expected state in time");
    }
}

public class OutboxTests_Sqlite(RecruitingSqliteApp app) : OutboxTests<RecruitingSqliteApp>(app);
public class OutboxTests_Postgres(RecruitingPostgresApp app) : OutboxTests<RecruitingPostgresApp>(app);
