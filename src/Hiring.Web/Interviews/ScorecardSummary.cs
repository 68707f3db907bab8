using Hiring.Core.Interviews;
using Hiring.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Interviews;

/// <summary>An application's interview result: averages of the submitted scorecards and each interviewer's call.</summary>
public sealed record ApplicationInterviewScores(
    Guid ApplicationId, double? Overall, IReadOnlyDictionary<string, double> ByCompetency, int Scorecards, IReadOnlyList<Recommendation> Recommendations);

/// <summary>
/// Interview averages for the recruiter list and the candidate report. Only submitted scorecards
/// count; a rating counts towards every competency of the question version that was asked.
/// </summary>
public sealed class ScorecardSummary(HiringDbContext db)
{
    public async Task<IReadOnlyDictionary<Guid, ApplicationInterviewScores>> ForApplicationsAsync(IEnumerable<Guid> applicationIds, CancellationToken ct = default)
    {
        var ids = applicationIds.Distinct().ToList();
        var cards = await db.Scorecards.AsNoTracking().Where(s => ids.Contains(s.ApplicationId) && s.SubmittedAt != null)
            .Select(s => new { s.ApplicationId, s.Recommendation }).ToListAsync(ct);
        var ratings = await (from r in db.ScorecardRatings
                             join s in db.Scorecards on r.ScorecardId equals s.Id
                             join q in db.BankItems on new { Id = r.QuestionId, Version = r.QuestionVersion } equals new { q.Id, q.Version }
                             where ids.Contains(s.ApplicationId) && s.SubmittedAt != null
                             select new { s.ApplicationId, r.Rating, q.Competencies }).AsNoTracking().ToListAsync(ct);
        var byApp = ratings.ToLookup(r => r.ApplicationId);
        var cardsByApp = cards.ToLookup(c => c.ApplicationId);
        return ids.ToDictionary(id => id, id =>
        {
            var average = ScoreAverages.Of(byApp[id].Select(r => new QuestionRating(r.Competencies.Split(' ', StringSplitOptions.RemoveEmptyEntries), r.Rating)));
            var calls = cardsByApp[id].Where(c => c.Recommendation is not null).Select(c => c.Recommendation!.Value).OrderByDescending(r => r).ToList();
            return new ApplicationInterviewScores(id, average.Overall, average.ByCompetency, cardsByApp[id].Count(), calls);
        });
    }
}
