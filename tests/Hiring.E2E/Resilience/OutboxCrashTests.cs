using System.Diagnostics;
using Hiring.E2E.Infrastructure;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Hiring.E2E.Resilience;

/// <summary>
/// kill -9 while the outbox is sending through a slow SMTP server, then start again: every queued mail
/// arrives. The one case ADR 0003 accepts — the server kept the mail but the sender died before
/// marking it sent — is reproduced on purpose and gives exactly one second copy, with the same Message-Id.
/// </summary>
public abstract class OutboxCrashTests
{
    protected abstract DatabaseProvider Provider { get; }
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task A_kill_while_sending_loses_no_mail_and_sends_none_twice()
    {
        await using var smtp = await MailSink.StartAsync(TimeSpan.FromSeconds(1), MailSink.Mode.PauseThenStore);
        // The kill lands while the 4th mail waits in the server (the 3rd is sent and marked), not between a "250 OK" and its row's update.
        var (copies, expected) = await KillWhileSendingAsync(smtp, count: 10, killAt: 3, inPause: true);
        Assert.All(expected, id => Assert.Equal(1, copies.GetValueOrDefault(id)));
    }

    /// <summary>Queues <paramref name="count"/> mails, kills the app once <paramref name="killAt"/> have arrived, restarts it and waits until all are sent.</summary>
    protected async Task<(Dictionary<string, int> Copies, List<string> Expected)> KillWhileSendingAsync(MailSink smtp, int count, int killAt, bool inPause)
    {
        await using var db = await TestDatabase.CreateAsync(Provider);
        var settings = db.AppSettings(smtp.AppSettings(Lease));
        await using var first = new AppProcess(settings, db.DataFolder);
        await first.StartAsync();
        var ids = await db.WithAsync(async c =>
        {
            var now = DateTime.UtcNow;
            var rows = Enumerable.Range(1, count).Select(i => new OutboxMail
            {
                To = $"crash{i}@example.com", Subject = $"Crash test {i}", TextBody = "Body", Status = MailStatus.Pending, CreatedAt = now, NextAttemptAt = now,
            }).ToList();
            c.OutboxMails.AddRange(rows);
            await c.SaveChangesAsync();
            return rows.Select(r => (r.Id, r.CreatedAt)).ToList();
        });
        var watch = Stopwatch.StartNew();
        while ((inPause ? smtp.Receiving <= killAt : smtp.Count < killAt) && watch.Elapsed < TimeSpan.FromSeconds(60)) await Task.Delay(10);
        await first.KillAsync();
        var atKill = smtp.Count;
        Assert.InRange(atKill, killAt, count - 1);

        await using var second = new AppProcess(settings, db.DataFolder);
        await second.StartAsync();
        var pending = int.MaxValue;
        watch.Restart();
        while (pending > 0 && watch.Elapsed < TimeSpan.FromSeconds(90))
        {
            await Task.Delay(100);
            pending = await db.WithAsync(c => c.OutboxMails.CountAsync(m => m.To.StartsWith("crash") && m.Status != MailStatus.Sent));
        }
        Assert.Equal(0, pending);
        var expected = ids.Select(r => $"outbox.{r.Id}.{Ticks(r.CreatedAt)}@hiring.local").ToList();
        return (smtp.CopiesByMessageId(), expected);
    }

    /// <summary>The stored time, as the sender reads it back (PostgreSQL keeps microseconds).</summary>
    private long Ticks(DateTime at) => Provider == DatabaseProvider.Postgres ? at.Ticks - at.Ticks % 10 : at.Ticks;
}

public sealed class OutboxCrashOnSqliteTests : OutboxCrashTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    [Fact]
    public async Task A_kill_after_the_server_kept_a_mail_but_before_it_was_marked_sent_sends_that_one_mail_twice()
    {
        // The server stores each mail, then waits 3 s before "250 OK": a kill in that pause is the accepted window.
        await using var smtp = await MailSink.StartAsync(TimeSpan.FromSeconds(3), MailSink.Mode.StoreThenPause);
        var (copies, expected) = await KillWhileSendingAsync(smtp, count: 3, killAt: 2, inPause: false);
        Assert.All(expected, id => Assert.InRange(copies.GetValueOrDefault(id), 1, 2));
        Assert.Single(expected, id => copies[id] == 2);
    }
}

public sealed class OutboxCrashOnPostgresTests : OutboxCrashTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
