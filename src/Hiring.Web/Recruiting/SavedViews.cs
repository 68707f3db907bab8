using Hiring.Web.Data;
using Hiring.Web.Domain;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Recruiting;

public sealed record SavedViewLink(int Id, string Name, string Query);

/// <summary>A recruiter's saved views of the applicant list: their own only, one name each.</summary>
public sealed class SavedViews(HiringDbContext db, TimeProvider clock)
{
    public Task<List<SavedViewLink>> ListAsync(string userId) => db.SavedViews.AsNoTracking()
        .Where(v => v.UserId == userId).OrderBy(v => v.Name).Select(v => new SavedViewLink(v.Id, v.Name, v.Query)).ToListAsync();

    /// <summary>Saves the filter's query (page 1) under the name; false if the recruiter already has a view of that name.</summary>
    public async Task<bool> SaveAsync(string userId, string name, ApplicationFilter filter)
    {
        if (await db.SavedViews.AnyAsync(v => v.UserId == userId && v.Name == name)) return false;
        var values = filter.RouteValues(1);
        values.Remove(nameof(ApplicationFilter.PageNumber));
        var query = QueryString.Create(values.Where(kv => kv.Value is not null)).Value?.TrimStart('?') ?? "";
        db.SavedViews.Add(new SavedView { UserId = userId, Name = name, Query = query[..Math.Min(query.Length, SavedView.MaxQuery)], CreatedAt = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync();
        return true;
    }

    /// <summary>Deletes one of the recruiter's own views; someone else's id deletes nothing.</summary>
    public Task<int> DeleteAsync(string userId, int id) => db.SavedViews.Where(v => v.Id == id && v.UserId == userId).ExecuteDeleteAsync();
}
