using Hiring.Web.Data;
using Hiring.Web.Domain;
using Hiring.Web.Infrastructure;
using Hiring.Web.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Hiring.Web.Interviews;

/// <summary>
/// Reminds each interviewer to submit their scorecard once an interview has ended (never before) and
/// they have not submitted it. Each reminder is claimed by a conditional UPDATE in the transaction that queues it in the
/// outbox, so when several app instances run the job only one queues it; the outbox sends it (with its retries).
/// Each reminder is written in the interviewer's language (their saved one, else English), as the interview invites are.
/// </summary>
public sealed class ScorecardReminders(HiringDbContext db, MailOutbox outbox, MailLinks links, InterviewClock zone, TimeProvider clock,
    IStringLocalizer<ScorecardReminders> text)
{
    public static readonly TimeSpan ClaimTimeout = TimeSpan.FromMinutes(10);
    /// <summary>This process's name on its claims.</summary>
    public string Instance { get; set; } = $"{Environment.MachineName[..Math.Min(50, Environment.MachineName.Length)]}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>Queues the reminders that are due now; returns how many this instance queued.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var stale = now - ClaimTimeout;
        var due = await (from p in db.InterviewPanelists
                         join i in db.Interviews on p.InterviewId equals i.Id
                         where i.Status == InterviewStatus.Scheduled && i.EndsAt <= now && p.ReminderSentAt == null
                               && (p.ReminderClaimedAt == null || p.ReminderClaimedAt < stale)
                               && !db.Scorecards.Any(s => s.ApplicationId == i.ApplicationId && s.InterviewerId == p.InterviewerId && s.SubmittedAt != null)
                               && !db.PipelineRules.Any(r => r.PostId == i.Application!.PostId && !r.ScorecardReminders)
                         orderby i.EndsAt
                         select new
                         {
                             p.Id, p.Interviewer!.Email, p.Interviewer.DisplayName, p.Interviewer.Culture, i.ApplicationId, i.StartsAt, i.EndsAt,
                             Candidate = i.Application!.Candidate!.DisplayName, Post = i.Application.Post!.Title,
                         }).AsNoTracking().Take(100).ToListAsync(ct);

        var sent = 0;
        foreach (var r in due)
        {
            if (r.Email is null) continue;
            // The claim, the sent mark and the outbox row commit together: a reminder is queued once, and OutboxSender's
            // retries deliver it, whichever instance claimed it.
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var claimed = await db.InterviewPanelists
                .Where(p => p.Id == r.Id && p.ReminderSentAt == null && (p.ReminderClaimedAt == null || p.ReminderClaimedAt < stale))
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.ReminderClaimedBy, Instance).SetProperty(p => p.ReminderClaimedAt, now)
                    .SetProperty(p => p.ReminderSentAt, now), ct);
            if (claimed == 0) continue;
            var link = links.To($"/Interviews/Scorecard/{r.ApplicationId}");
            using (Localization.CultureSwitch.To(MailOutbox.CultureOf(r.Culture)))
                outbox.Enqueue(r.Email, r.DisplayName, text["Scorecard due: {0} for {1}", r.Candidate, r.Post],
                    text["Hello {0},\n\nYour interview with {1} for {2} ({3}) has ended. Please rate the kit's questions and give your recommendation while the answers are fresh:\n{4}",
                        r.DisplayName, r.Candidate, r.Post, zone.Describe(r.StartsAt, r.EndsAt), link], r.ApplicationId);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            db.ChangeTracker.Clear();
            sent++;
        }
        return sent;
    }
}

/// <summary>Runs <see cref="ScorecardReminders"/> every <c>Interviews:ReminderCheckSeconds</c> on the injected clock.</summary>
public sealed class ScorecardReminderService(IServiceScopeFactory scopes, TimeProvider clock, IOptions<InterviewOptions> options, ILogger<ScorecardReminderService> logger, JobStart start) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await start.WaitAsync(stoppingToken);
        var period = TimeSpan.FromSeconds(options.Value.ReminderCheckSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ScorecardReminders>().SendDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Scorecard reminder run failed");
            }
            try { await Task.Delay(period, clock, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }
}
