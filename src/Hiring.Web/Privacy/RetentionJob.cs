using System.Security.Claims;
using Hiring.Core.Recruiting;
using Hiring.Web.Auditing;
using Hiring.Web.Data;
using Hiring.Web.Identity;
using Hiring.Web.Infrastructure;
using Hiring.Web.Recruiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hiring.Web.Privacy;

/// <summary>
/// Anonymises applications closed (Hired, Rejected, Withdrawn) longer than <c>Privacy:RetentionMonths</c>,
/// and the account too once none of its applications is still held. It claims nothing: the work is
/// idempotent — erasing an erased application writes the same blanks again and deleting a missing CV
/// file is a no-op — so two instances racing on one application end in the same state (at worst with
/// two audit lines). One application per transaction, so a failure leaves the others done.
/// </summary>
public sealed class RetentionJob(IServiceScopeFactory scopes, IOptions<PrivacyOptions> options, TimeProvider clock, ILogger<RetentionJob> logger, JobStart start)
    : BackgroundService
{
    public static readonly ClaimsPrincipal System = new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "system: retention")], "system"));
    private static readonly Stage[] Closed = [Stage.Hired, Stage.Rejected, Stage.Withdrawn];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await start.WaitAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try { await RunOnceAsync(stoppingToken); }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested) { logger.LogError(e, "Retention run failed"); }
            await Task.Delay(options.Value.RetentionSweepInterval, stoppingToken);
        }
    }

    /// <summary>Anonymises every application past its retention date; returns how many.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HiringDbContext>();
        var anonymiser = scope.ServiceProvider.GetRequiredService<Anonymiser>();
        var cvs = scope.ServiceProvider.GetRequiredService<CvStore>();
        var now = clock.GetUtcNow().UtcDateTime;
        var cutoff = now.AddMonths(-options.Value.RetentionMonths);
        var due = await db.Applications.AsNoTracking()
            .Where(a => Closed.Contains(a.Stage) && a.ErasedAt == null && a.StageChangedAt < cutoff)
            .Select(a => new { a.Id, a.CandidateId }).ToListAsync(ct);
        foreach (var a in due)
        {
            string? cv;
            await using (var tx = await db.Database.BeginTransactionAsync(ct))
            {
                cv = await anonymiser.EraseApplicationAsync(a.Id, now, ct);
                var account = !await db.Applications.AnyAsync(x => x.CandidateId == a.CandidateId && x.Id != a.Id && x.ErasedAt == null, ct)
                    && !await IsStaffAsync(db, a.CandidateId, ct);
                if (account) await anonymiser.EraseAccountAsync(a.CandidateId, ct);
                Audit.Record(db, System, AuditActions.Erasure, AuditRecordTypes.Application, a.Id.ToString(),
                    $"Retention: closed more than {options.Value.RetentionMonths} months ago{(account ? "; account anonymised too" : "")}");
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
            }
            db.ChangeTracker.Clear();
            if (cv is not null) cvs.Delete(cv);
        }
        if (due.Count > 0) await Erasure.ForgetOldPagesAsync(db, ct);
        return due.Count;
    }

    // A colleague who once applied keeps their staff account; only the application goes.
    private static Task<bool> IsStaffAsync(HiringDbContext db, string userId, CancellationToken ct) =>
        (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id
         where ur.UserId == userId && r.Name != Roles.Candidate select r).AnyAsync(ct);
}
