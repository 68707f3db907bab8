using System.Security.Claims;
using Hiring.Web.Auditing;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Hiring.Web.Infrastructure;
using Hiring.Web.Recruiting;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Privacy;

/// <summary>
/// Erasure requests: a candidate asks, an admin approves or refuses. Approval anonymises the account and
/// every application in one transaction, with its audit line; the CV files go only after the commit, so a
/// failed erasure never leaves rows pointing at deleted files.
/// </summary>
public sealed class Erasure(HiringDbContext db, Anonymiser anonymiser, CvStore cvs, TimeProvider clock)
{
    /// <summary>Records a request; null when recorded, else why not (one is already waiting).</summary>
    public async Task<string?> RequestAsync(string candidateId, CancellationToken ct = default)
    {
        if (await db.ErasureRequests.AnyAsync(r => r.CandidateId == candidateId && r.Status == ErasureStatus.Pending, ct))
            return "Your request is already waiting for an administrator.";
        db.ErasureRequests.Add(new ErasureRequest { CandidateId = candidateId, RequestedAt = Now, Status = ErasureStatus.Pending });
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Approves a pending request and erases; false when there is no such pending request.</summary>
    public async Task<bool> ApproveAsync(long requestId, ClaimsPrincipal admin, CancellationToken ct = default)
    {
        var now = Now;
        var files = new List<string>();
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            // The conditional update is the claim: a second admin approving at the same moment updates nothing.
            if (await DecideAsync(requestId, ErasureStatus.Approved, admin, null, ct) is not { } request) return false;
            var ids = await db.Applications.Where(a => a.CandidateId == request.CandidateId).Select(a => a.Id).ToListAsync(ct);
            foreach (var id in ids)
                if (await anonymiser.EraseApplicationAsync(id, now, ct) is { } cv) files.Add(cv);
            await anonymiser.EraseAccountAsync(request.CandidateId, ct);
            Audit.Record(db, admin, AuditActions.Erasure, AuditRecordTypes.User, request.CandidateId,
                $"Erasure request {requestId} approved: account and {ids.Count} application(s) anonymised, {files.Count} CV file(s) deleted");
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        foreach (var file in files) cvs.Delete(file);
        await ForgetOldPagesAsync(db, ct);
        return true;
    }

    /// <summary>Refuses a pending request with a reason the candidate sees; nothing else changes.</summary>
    public async Task<string?> RefuseAsync(long requestId, ClaimsPrincipal admin, string? reason, CancellationToken ct = default)
    {
        var why = TextInput.Clean(reason);
        if (why.Length is 0 or > 1000) return "Give the candidate a reason (up to 1000 characters).";
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (await DecideAsync(requestId, ErasureStatus.Refused, admin, why, ct) is not { } request) return "That request has already been decided.";
        Audit.Record(db, admin, AuditActions.Erasure, AuditRecordTypes.User, request.CandidateId, $"Erasure request {requestId} refused: {why}");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return null;
    }

    private async Task<ErasureRequest?> DecideAsync(long id, ErasureStatus status, ClaimsPrincipal admin, string? reason, CancellationToken ct)
    {
        var me = admin.FindFirstValue(ClaimTypes.NameIdentifier);
        var now = Now;
        var claimed = await db.ErasureRequests.Where(r => r.Id == id && r.Status == ErasureStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, status).SetProperty(r => r.DecidedAt, now)
                .SetProperty(r => r.DecidedById, me).SetProperty(r => r.RefusalReason, reason), ct);
        return claimed == 0 ? null : await db.ErasureRequests.AsNoTracking().SingleAsync(r => r.Id == id, ct);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// On SQLite the write-ahead log still holds the pages as they were before the erasure until a checkpoint copies the
    /// new ones back and the log is emptied: TRUNCATE does both (with secure_delete on, the file keeps no old text).
    /// PostgreSQL's own vacuum reclaims dead rows; nothing to do there.
    /// </summary>
    public static async Task ForgetOldPagesAsync(HiringDbContext db, CancellationToken ct = default)
    {
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", ct);
    }
}
