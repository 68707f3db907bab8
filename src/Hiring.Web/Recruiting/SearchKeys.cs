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
        // One pass over the tracked entries (each enumeration of the tracker detects changes again; this runs on every save).
        var stale = new List<Application>();
        var renamed = new List<string>();
        var emails = new Dictionary<string, string?>();
        foreach (var entry in db.ChangeTracker.Entries())
            switch (entry.Entity)
            {
                case Application a when entry.State == EntityState.Added || (entry.State == EntityState.Modified
                    && (entry.Property(nameof(Application.FullName)).IsModified || entry.Property(nameof(Application.Phone)).IsModified
                        || entry.Property(nameof(Application.ErasedAt)).IsModified)):
                    stale.Add(a);
                    break;
                case ApplicationUser u when entry.State != EntityState.Deleted:
                    emails[u.Id] = u.Email;
                    if (entry.State == EntityState.Modified && entry.Property(nameof(ApplicationUser.Email)).IsModified) renamed.Add(u.Id);
                    break;
            }
        if (renamed.Count > 0)
            stale.AddRange(await db.Applications.Where(a => renamed.Contains(a.CandidateId)).ToListAsync(ct));
        if (stale.Count > 0) await SetKeysAsync(db, stale, emails, ct);
    }

    private static async Task SetKeysAsync(HiringDbContext db, List<Application> stale, Dictionary<string, string?> emails, CancellationToken ct)
    {
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
            var batch = await db.Applications.Where(a => a.SearchKey == "" && a.ErasedAt == null).OrderBy(a => a.Id).Take(2000).ToListAsync(ct);
            if (batch.Count == 0) return filled;
            await SetKeysAsync(db, batch, [], ct);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            filled += batch.Count;
        }
    }
}
