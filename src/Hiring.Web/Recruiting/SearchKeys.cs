using Hiring.Web.Data;
using Hiring.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Recruiting;

/// <summary>
/// Keeps <see cref="Application.SearchKey"/> true to what it is made of: the application's name and phone, its
/// erasure, and the candidate's e-mail. Run by <see cref="HiringDbContext"/> before every save, so no writer can forget it.
/// </summary>
public static class SearchKeys
{
    public static async Task RefreshAsync(HiringDbContext db, CancellationToken ct = default)
    {
        var stale = db.ChangeTracker.Entries<Application>()
            .Where(e => e.State == EntityState.Added || (e.State == EntityState.Modified && (e.Property(a => a.FullName).IsModified
                || e.Property(a => a.Phone).IsModified || e.Property(a => a.ErasedAt).IsModified)))
            .Select(e => e.Entity).ToList();
        var renamed = db.ChangeTracker.Entries<ApplicationUser>()
            .Where(e => e.State == EntityState.Modified && e.Property(u => u.Email).IsModified).Select(e => e.Entity.Id).ToList();
        if (renamed.Count > 0)
            stale.AddRange(await db.Applications.Where(a => renamed.Contains(a.CandidateId)).ToListAsync(ct));
        if (stale.Count > 0) await SetKeysAsync(db, stale, ct);
    }

    private static async Task SetKeysAsync(HiringDbContext db, List<Application> stale, CancellationToken ct)
    {
        var emails = new Dictionary<string, string?>();
        foreach (var user in db.ChangeTracker.Entries<ApplicationUser>().Where(e => e.State != EntityState.Deleted))
            emails[user.Entity.Id] = user.Entity.Email;
        var unknown = stale.Select(a => a.CandidateId).Where(id => !emails.ContainsKey(id)).Distinct().ToList();
        if (unknown.Count > 0)
            foreach (var user in await db.Users.AsNoTracking().Where(u => unknown.Contains(u.Id)).Select(u => new { u.Id, u.Email }).ToListAsync(ct))
                emails[user.Id] = user.Email;
        foreach (var application in stale.Distinct())
            application.SearchKey = ApplicationSearch.KeyFor(application, emails.GetValueOrDefault(application.CandidateId));
    }

    /// <summary>
    /// Fills the keys of applications saved before the column existed (or written around the context): every held
    /// application has a key, since its e-mail is never empty. In batches, so 100,000 rows do not sit in memory at once.
    /// </summary>
    public static async Task<int> FillMissingAsync(HiringDbContext db, CancellationToken ct = default)
    {
        var filled = 0;
        while (true)
        {
            var batch = await db.Applications.Where(a => a.SearchKey == "" && a.ErasedAt == null).Take(2000).ToListAsync(ct);
            if (batch.Count == 0) return filled;
            await SetKeysAsync(db, batch, ct);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            filled += batch.Count;
        }
    }
}
