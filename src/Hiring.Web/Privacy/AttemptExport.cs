using Hiring.Web.Localization;
using System.Text.Json;
using Hiring.Web.Assessments;
using Hiring.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Privacy;

/// <summary>
/// The candidate's test attempts for the export: when, how it ended, the scores, the integrity counters
/// and every answer as they gave it. Per-item points are left out on purpose: beside the answers they
/// would reveal the items' keys. The drawn form (item ids, option order) is not personal data and stays out too.
/// </summary>
public static class AttemptExport
{
    public static async Task<List<object>> ForAsync(HiringDbContext db, IReadOnlyCollection<Guid> applicationIds, CancellationToken ct)
    {
        var attempts = await db.Attempts.AsNoTracking().Include(a => a.Answers.OrderBy(x => x.Id))
            .Where(a => applicationIds.Contains(a.ApplicationId)).OrderBy(a => a.StartedAt).ToListAsync(ct);
        return [.. attempts.Select(a =>
        {
            var detail = a.Detail is null ? null : JsonSerializer.Deserialize<AttemptDetail>(a.Detail, AttemptFinaliser.Json);
            return (object)new
            {
                a.Id, a.ApplicationId, Test = DisplayNames.Of(a.Kind), a.StartedAt, a.DeadlineAt, a.SubmittedAt, a.EndedBy,
                a.TimeLimitMinutes, a.AccommodationFactor, a.Raw, a.MaxRaw, a.Percent, a.Passed,
                Competencies = detail?.Competencies, Typing = detail?.Typing, Reading = detail?.Reading,
                Integrity = new { a.BlurCount, a.AwaySeconds, a.PasteCount, a.CopyCount, a.FullscreenExits, a.SyntheticInputs, a.OutageCount, a.OutageSeconds },
                Answers = a.Answers.Select(x => new { x.ItemId, x.SavedAt, Answer = JsonSerializer.Deserialize<JsonElement>(x.Value) }),
            };
        })];
    }
}
