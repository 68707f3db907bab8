using Hiring.Core.Interviews;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Interviews;

/// <summary>What an interviewer enters for one question: a rating 1–5 (null: not asked) and notes.</summary>
public sealed record RatingInput(string QuestionId, int QuestionVersion, int? Rating, string? Notes);

/// <summary>Loads and saves one interviewer's scorecard for one application (one row per interviewer and application).</summary>
public sealed class ScorecardEditor(HiringDbContext db, TimeProvider clock)
{
    public Task<Scorecard?> FindAsync(Guid applicationId, string interviewerId, CancellationToken ct = default) =>
        db.Scorecards.AsNoTracking().Include(s => s.Ratings).ThenInclude(r => r.Question)
            .SingleOrDefaultAsync(s => s.ApplicationId == applicationId && s.InterviewerId == interviewerId, ct);

    /// <summary>Saves the card; with <paramref name="submit"/> it counts in the averages from now on. Callers validate first.</summary>
    public async Task SaveAsync(Guid applicationId, string interviewerId, IReadOnlyList<RatingInput> ratings, Recommendation? recommendation,
        string? notes, bool submit, CancellationToken ct = default)
    {
        if (ratings.Any(r => r.Rating is { } v && !ScoreAverages.IsValid(v)))
            throw new ArgumentOutOfRangeException(nameof(ratings), "Ratings run from 1 to 5.");
        var now = clock.GetUtcNow().UtcDateTime;
        var card = await db.Scorecards.Include(s => s.Ratings).SingleOrDefaultAsync(s => s.ApplicationId == applicationId && s.InterviewerId == interviewerId, ct);
        if (card is null) db.Scorecards.Add(card = new Scorecard { ApplicationId = applicationId, InterviewerId = interviewerId });
        foreach (var input in ratings)
        {
            var row = card.Ratings.FirstOrDefault(r => r.QuestionId == input.QuestionId);
            if (input.Rating is null)
            {
                if (row is not null) card.Ratings.Remove(row);
                continue;
            }
            if (row is null) card.Ratings.Add(row = new ScorecardRating { QuestionId = input.QuestionId, QuestionVersion = input.QuestionVersion });
            (row.Rating, row.Notes) = (input.Rating.Value, input.Notes?.Trim() ?? "");
        }
        (card.Recommendation, card.Notes, card.UpdatedAt) = (recommendation, notes?.Trim() ?? "", now);
        if (submit) card.SubmittedAt ??= now;
        await db.SaveChangesAsync(ct);
    }
}
