using Hiring.Documents;
using Hiring.Web.Localization;
using Hiring.Core.Interviews;
using Hiring.Web.Data;
using Microsoft.EntityFrameworkCore;
using Scorecard = Hiring.Documents.Reports.Scorecard;
using ScorecardRating = Hiring.Documents.Reports.ScorecardRating;

namespace Hiring.Web.Reports;

/// <summary>
/// The submitted interview scorecards of an application, for its report: each interviewer's ratings per
/// question (the question as it was asked, at its bank version) with the note written against it, overall call and notes. Drafts are left out.
/// </summary>
public sealed class ReportInterviews(HiringDbContext db)
{
    public async Task<List<Scorecard>> ForAsync(Guid applicationId, CancellationToken ct = default)
    {
        var cards = await db.Scorecards.AsNoTracking().Where(s => s.ApplicationId == applicationId && s.SubmittedAt != null)
            .OrderBy(s => s.SubmittedAt).ThenBy(s => s.Id)
            .Select(s => new { s.Id, Interviewer = s.Interviewer!.DisplayName, At = s.SubmittedAt!.Value, s.Recommendation, s.Notes })
            .ToListAsync(ct);
        if (cards.Count == 0) return [];
        var ratings = await (from r in db.ScorecardRatings
                             join s in db.Scorecards on r.ScorecardId equals s.Id
                             join q in db.BankItems on new { Id = r.QuestionId, Version = r.QuestionVersion } equals new { q.Id, q.Version }
                             where s.ApplicationId == applicationId && s.SubmittedAt != null && (r.Rating >= ScoreAverages.MinRating || r.Notes != "")
                             orderby r.Id
                             select new { r.ScorecardId, r.Rating, r.Notes, q.Title, q.Competencies }).AsNoTracking().ToListAsync(ct);
        var byCard = ratings.ToLookup(r => r.ScorecardId);
        return [.. cards.Select(c => new Scorecard(
            c.Interviewer.Length > 0 ? c.Interviewer : Words.T("(unknown interviewer)"),
            new DateTimeOffset(DateTime.SpecifyKind(c.At, DateTimeKind.Utc)),
            [.. byCard[c.Id].Select(r => new ScorecardRating(r.Title, DisplayNames.Competencies(r.Competencies.Split(' ', StringSplitOptions.RemoveEmptyEntries)),
                r.Rating >= ScoreAverages.MinRating ? r.Rating : null, string.IsNullOrWhiteSpace(r.Notes) ? null : r.Notes.Trim()))],
            c.Recommendation is { } call ? DisplayNames.Of(call) : Words.T("No overall call"),
            string.IsNullOrWhiteSpace(c.Notes) ? null : c.Notes.Trim(), c.Recommendation))];
    }
}
