using Hiring.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Privacy;

/// <summary>
/// The candidate's interviews for the export: each booking (when, where, the video link, whether it was
/// cancelled) and each scorecard about them (the rating and notes per question, the overall call and
/// notes, drafts included). Who sat on the panel and who wrote which card are left out: those are the
/// staff's personal data, not the candidate's. The rating guides stay out like the tests' keys.
/// </summary>
public static class InterviewExport
{
    public static async Task<object> ForAsync(HiringDbContext db, IReadOnlyCollection<Guid> applicationIds, CancellationToken ct)
    {
        var bookings = await db.Interviews.AsNoTracking().Where(i => applicationIds.Contains(i.ApplicationId)).OrderBy(i => i.StartsAt)
            .Select(i => new { i.ApplicationId, i.StartsAt, i.EndsAt, i.Location, i.VideoLink, i.Status, i.CreatedAt, i.UpdatedAt })
            .ToListAsync(ct);
        var cards = await db.Scorecards.AsNoTracking().Where(s => applicationIds.Contains(s.ApplicationId)).OrderBy(s => s.UpdatedAt)
            .Select(s => new
            {
                s.ApplicationId, s.Recommendation, s.Notes, s.SubmittedAt, s.UpdatedAt,
                Ratings = s.Ratings.OrderBy(r => r.Id).Select(r => new { Question = r.Question!.Title, r.Rating, r.Notes }).ToList(),
            })
            .ToListAsync(ct);
        return new { Bookings = bookings, Scorecards = cards };
    }
}
