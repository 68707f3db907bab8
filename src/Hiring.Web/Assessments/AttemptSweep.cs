using Hiring.Core.Assessments.Timing;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hiring.Web.Assessments;

/// <summary>
/// Submits attempts whose page vanished: open attempts past deadline + grace. Each is claimed with a
/// conditional UPDATE first (ClaimedBy/ClaimedUntil), so when several app instances sweep at once
/// exactly one finalises a given attempt; a claim left by a crashed instance expires after five minutes.
/// </summary>
public sealed class AttemptSweep(IServiceScopeFactory scopes, TimeProvider clock, IOptions<AssessmentOptions> options, ILogger<AttemptSweep> logger)
    : BackgroundService
{
    public static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(5);
    private const int Batch = 50;

    /// <summary>Who this instance is, in claims.</summary>
    public string Instance { get; } = Name($"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}");

    private static string Name(string s) => s.Length <= 100 ? s : s[^100..];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.SweepSeconds), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await SweepOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Attempt sweep failed; it will run again");
            }
        }
    }

    /// <summary>One pass: finalises every overdue attempt this instance manages to claim. Returns how many.</summary>
    public async Task<int> SweepOnceAsync(CancellationToken ct = default)
    {
        var done = 0;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HiringDbContext>();
        var finaliser = scope.ServiceProvider.GetRequiredService<AttemptFinaliser>();
        var now = clock.GetUtcNow().UtcDateTime;
        var cutoff = now - options.Value.Grace;
        var overdue = await db.Attempts.AsNoTracking().Where(a => a.SubmittedAt == null && a.DeadlineAt < cutoff)
            .OrderBy(a => a.DeadlineAt).Select(a => a.Id).Take(Batch).ToListAsync(ct);
        foreach (var id in overdue)
        {
            var until = now + ClaimFor;
            var claimed = await db.Attempts
                .Where(a => a.Id == id && a.SubmittedAt == null && a.DeadlineAt < cutoff && (a.ClaimedUntil == null || a.ClaimedUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.ClaimedBy, Instance).SetProperty(a => a.ClaimedUntil, until)
                    .SetProperty(a => a.Version, a => a.Version + 1), ct);
            if (claimed == 0) continue;
            try
            {
                var attempt = await db.Attempts.SingleAsync(a => a.Id == id, ct);
                if (await finaliser.SubmitAsync(attempt, AttemptEnd.Sweep, now, ct))
                {
                    await db.SaveChangesAsync(ct);
                    db.ChangeTracker.Clear();
                    await finaliser.SettleApplicationAsync(attempt.ApplicationId, now, ct);
                    done++;
                }
            }
            catch (DbUpdateConcurrencyException)
            {
                logger.LogInformation("Attempt {Attempt} changed while being swept; the next pass looks again", id);
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }
        return done;
    }
}
