using System.Text.Json;
using Hiring.Web.Assessments;
using Hiring.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Interviews;

/// <summary>
/// The applicant's test scores per competency key (0–100), which pick the kit's behavioural
/// questions: every item of every submitted attempt, merged as the staff test report merges them
/// (an item measuring two competencies counts towards both). Empty before any test is submitted.
/// </summary>
public sealed class CompetencyScores(HiringDbContext db)
{
    public async Task<IReadOnlyDictionary<string, double>> ForApplicationAsync(Guid applicationId, CancellationToken ct = default)
    {
        var details = await db.Attempts.AsNoTracking()
            .Where(a => a.ApplicationId == applicationId && a.SubmittedAt != null && a.Detail != null)
            .Select(a => a.Detail!).ToListAsync(ct);
        return AttemptDetail.CompetenciesAcross(details.Select(d => JsonSerializer.Deserialize<AttemptDetail>(d, AttemptFinaliser.Json)).OfType<AttemptDetail>())
            .ToDictionary(kv => kv.Key, kv => kv.Value.Percent);
    }
}
