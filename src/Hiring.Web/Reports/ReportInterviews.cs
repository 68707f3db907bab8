using Hiring.Web.Localization;
using Hiring.Core.Interviews;
using Hiring.Web.Data;
using Microsoft.EntityFrameworkCore;
using Scorecard = Hiring.Documents.Reports.Scorecard;
using ScorecardRating = Hiring.Documents.Reports.ScorecardRating;

namespace Hiring.Web.Reports;

/// <summary>
/// The submitted interview scorecards of an application, for its report: each interviewer's ratings per
/// question (the question as it was asked, at its bank version), overall call and notes. Drafts are left out.
/// </summary>
public sealed class ReportInterviews(HiringDbContext db)
{
    private Dictionary<string, string>? _names;

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
                             where s.ApplicationId == applicationId && s.SubmittedAt != null && r.Rating >= ScoreAverages.MinRating
                             orderby r.Id
                             select new { r.ScorecardId, r.Rating, q.Title, q.Competencies }).AsNoTracking().ToListAsync(ct);
        var names = _names ??= await db.Competencies.AsNoTracking().ToDictionaryAsync(c => c.Key, c => c.Name, ct);
        var byCard = ratings.ToLookup(r => r.ScorecardId);
        return [.. cards.Select(c => new Scorecard(
            c.Interviewer.Length > 0 ? c.Interviewer : "(unknown interviewer)",
            new DateTimeOffset(DateTime.SpecifyKind(c.At, DateTimeKind.Utc)),
            [.. byCard[c.Id].Select(r => new ScorecardRating(r.Title, Names(r.Competencies, names), r.Rating))],
            c.Recommendation is { } call ? DisplayNames.Of(call) : "No overall call",
            string.IsNullOrWhiteSpace(c.Notes) ? null : c.Notes.Trim()))];
    }

    private static string Names(string keys, IReadOnlyDictionary<string, string> names) =>
        string.Join(", ", keys.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(k => names.GetValueOrDefault(k, k)));
}
