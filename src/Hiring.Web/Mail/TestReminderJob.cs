using Hiring.Core.Recruiting;
using Hiring.Web.Data;
using Hiring.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hiring.Web.Mail;

/// <summary>
/// Queues the "tests due soon" reminder for applications still in Testing whose deadline is less than their
/// post's <see cref="Domain.PipelineRules.TestReminderHours"/> away (24 hours for a post without rules; 0 sends none). Each application is claimed by setting TestReminderSentAt in the same
/// transaction that writes the outbox row, so a reminder is queued once even with two instances.
/// </summary>
public sealed class TestReminderJob(IServiceScopeFactory scopes, IOptions<OutboxOptions> options, TimeProvider clock, ILogger<TestReminderJob> logger, JobStart start)
    : BackgroundService
{
    /// <summary>The longest a post may ask for (a week): the window the job reads before each post's own.</summary>
    public const int MaxHours = 168;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await start.WaitAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try { await RunOnceAsync(stoppingToken); }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested) { logger.LogError(e, "Test reminder run failed"); }
            await Task.Delay(options.Value.PollInterval, stoppingToken);
        }
    }

    /// <summary>Queues every reminder that is due now; returns how many.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HiringDbContext>();
        var outbox = scope.ServiceProvider.GetRequiredService<MailOutbox>();
        var now = clock.GetUtcNow().UtcDateTime;
        var latest = now.AddHours(MaxHours);
        var open = await db.Applications.AsNoTracking()
            .Where(a => a.Stage == Stage.Testing && a.TestReminderSentAt == null && a.TestsDueAt > now && a.TestsDueAt <= latest)
            .Select(a => new { a.Id, a.TestsDueAt, Hours = db.PipelineRules.Where(r => r.PostId == a.PostId).Select(r => (int?)r.TestReminderHours).FirstOrDefault() })
            .ToListAsync(ct);
        var due = open.Where(a => a.TestsDueAt <= now.AddHours(a.Hours ?? Domain.PipelineRules.DefaultTestReminderHours)).Select(a => a.Id);
        var queued = 0;
        foreach (var id in due)
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var claimed = await db.Applications.Where(a => a.Id == id && a.TestReminderSentAt == null && a.Stage == Stage.Testing)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.TestReminderSentAt, now), ct);
            if (claimed == 0) continue;
            var application = await db.Applications.Include(a => a.Post).Include(a => a.Candidate).SingleAsync(a => a.Id == id, ct);
            await outbox.EnqueueAsync(MailTemplateKeys.TestReminder, application, ct: ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            db.ChangeTracker.Clear();
            queued++;
        }
        return queued;
    }
}
