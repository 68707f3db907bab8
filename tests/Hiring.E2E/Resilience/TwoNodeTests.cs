using System.Diagnostics;
using Hiring.Core.Recruiting;
using Hiring.E2E.Infrastructure;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Hiring.Web.Mail;
using Microsoft.EntityFrameworkCore;

namespace Hiring.E2E.Resilience;

/// <summary>
/// Two app processes on one PostgreSQL database, as behind a load balancer: a candidate's cookie and
/// antiforgery token work on both, an attempt continues on the other node with the same form and
/// deadline, and the background jobs on both nodes never do one piece of work twice.
/// </summary>
public sealed class TwoNodeTests
{
    [Fact]
    public async Task A_candidate_alternates_between_two_nodes_and_background_work_is_done_once()
    {
        await using var smtp = await MailSink.StartAsync(TimeSpan.FromMilliseconds(20), MailSink.Mode.PauseThenStore);
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        var settings = db.AppSettings(smtp.AppSettings(TimeSpan.FromMinutes(2)));
        (settings["Assessments:SweepSeconds"], settings["Assessments:GraceSeconds"]) = ("1", "0");
        await using var one = new AppProcess(settings);
        await one.StartAsync();
        await using var two = new AppProcess(settings);
        await two.StartAsync();
        string[] nodes = [one.BaseUrl, two.BaseUrl];

        using var candidate = new CandidateSession(one.BaseUrl);
        await candidate.LogInAsync("candidate@demo.hiring.local");
        candidate.BaseUrl = two.BaseUrl;
        Assert.Contains("<h1>My tests</h1>", await candidate.GetAsync("/Candidate/Tests"));

        candidate.BaseUrl = one.BaseUrl;
        var page = await candidate.StartTestAsync();
        candidate.BaseUrl = two.BaseUrl;
        var same = await candidate.OpenTestAsync(page.AttemptId);
        Assert.Equal(page.Items, same.Items, (a, b) => a.Id == b.Id && a.Options.SequenceEqual(b.Options));
        Assert.InRange(same.RemainingSeconds, page.RemainingSeconds - 10, page.RemainingSeconds);

        // Saves alternate between the nodes with the token node one issued.
        for (var i = 0; i < 20; i++)
        {
            candidate.BaseUrl = nodes[i % 2];
            var item = page.Items[i % page.Items.Count];
            var ack = await candidate.SaveAsync(page, item.Id, page.SeqBase + i + 1, item.Answer(i));
            Assert.Equal("saved", ack.Status);
        }

        // Every other test of the battery is started too, alternating nodes; then all run out of time at once.
        var attempts = new List<Guid> { page.AttemptId };
        for (var i = 0; await candidate.StartableTestsAsync() > 0; i++)
        {
            candidate.BaseUrl = nodes[i % 2];
            attempts.Add((await candidate.StartTestAsync()).AttemptId);
        }
        // Both reminder jobs see the tests' deadline come within a day: one reminder is queued.
        var appId = await db.WithAsync(c => c.Attempts.Where(a => a.Id == page.AttemptId).Select(a => a.ApplicationId).SingleAsync());
        var remindersBefore = await db.WithAsync(c => c.OutboxMails.CountAsync(m => m.ApplicationId == appId && m.TemplateKey == MailTemplateKeys.TestReminder));
        await db.WithAsync(c => c.Applications.Where(a => a.Id == appId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.TestsDueAt, DateTime.UtcNow.AddHours(2)).SetProperty(a => a.TestReminderSentAt, (DateTime?)null)));
        var watch = Stopwatch.StartNew();
        while (await db.WithAsync(c => c.Applications.AnyAsync(a => a.Id == appId && a.TestReminderSentAt == null)) && watch.Elapsed < TimeSpan.FromSeconds(30))
            await Task.Delay(100);

        var mails = await db.WithAsync(async c =>
        {
            await c.Attempts.Where(a => attempts.Contains(a.Id)).ExecuteUpdateAsync(s => s.SetProperty(a => a.DeadlineAt, DateTime.UtcNow.AddMinutes(-1)));
            var now = DateTime.UtcNow;
            var rows = Enumerable.Range(1, 40).Select(i => new OutboxMail
            {
                To = $"node{i}@example.com", Subject = $"Two nodes {i}", TextBody = "Body", Status = MailStatus.Pending, CreatedAt = now, NextAttemptAt = now,
            }).ToList();
            c.OutboxMails.AddRange(rows);
            await c.SaveChangesAsync();
            return rows.Select(r => $"outbox.{r.Id}.{r.CreatedAt.Ticks - r.CreatedAt.Ticks % 10}@hiring.local").ToList();
        });

        watch.Restart();
        var open = int.MaxValue;
        var unsent = int.MaxValue;
        while ((open > 0 || unsent > 0) && watch.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(200);
            open = await db.WithAsync(c => c.Attempts.CountAsync(a => attempts.Contains(a.Id) && a.SubmittedAt == null));
            unsent = await db.WithAsync(c => c.OutboxMails.CountAsync(m => (m.To.StartsWith("node") || m.TemplateKey == MailTemplateKeys.TestReminder) && m.Status != MailStatus.Sent));
        }
        Assert.Equal(0, open);
        Assert.Equal(0, unsent);

        var swept = await db.WithAsync(c => c.Attempts.AsNoTracking().Where(a => attempts.Contains(a.Id)).Select(a => new { a.EndedBy, a.ClaimedBy }).ToListAsync());
        Assert.All(swept, a => Assert.Equal(AttemptEnd.Sweep, a.EndedBy));
        var history = await db.WithAsync(c => c.Applications.AsNoTracking().Where(a => c.Attempts.Any(t => t.Id == page.AttemptId && t.ApplicationId == a.Id))
            .SelectMany(a => a.History).Where(h => h.To == Stage.Tested).CountAsync());
        Assert.Equal(1, history);
        var reminders = await db.WithAsync(c => c.OutboxMails.AsNoTracking().Where(m => m.ApplicationId == appId && m.TemplateKey == MailTemplateKeys.TestReminder)
            .Select(m => new { m.Id, m.CreatedAt }).ToListAsync());
        Assert.Equal(remindersBefore + 1, reminders.Count);
        var copies = smtp.CopiesByMessageId();
        Assert.All(mails.Concat(reminders.Select(r => $"outbox.{r.Id}.{r.CreatedAt.Ticks}@hiring.local")), id => Assert.Equal(1, copies.GetValueOrDefault(id)));
    }
}
