using Hiring.Documents;
using Hiring.Web.Localization;
using System.Text.Json;
using Hiring.Core.Assessments;
using Hiring.Core.Assessments.Timing;
using Hiring.Documents.Reports;
using Hiring.Web.Assessments;
using Hiring.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Reports;

/// <summary>The assessment half of a report.</summary>
public sealed record AssessmentSections(List<TestResultSection> Tests, List<CompetencyScore> Competencies, List<IntegrityFlag> Flags);

/// <summary>
/// Reads an application's submitted tests for its report: score, percentile on the norm (same test, same post type, same
/// post language: the stored norm table, see <see cref="NormGroups"/>), figures, time, flags, and the competency profile
/// against the norm group's median (same post type and language). Norms and medians are kept for the request, so a zip of
/// 200 reports asks for them once per post type and language.
/// </summary>
public sealed class ReportAssessments(HiringDbContext db, NormGroups norms)
{
    private sealed record Sitting(TestKind Kind, double? Raw, double? MaxRaw, double? Percent, DateTime StartedAt, DateTime SubmittedAt,
        DateTime DeadlineAt, int TimeLimitMinutes, double AccommodationFactor, double PassMark, string? Detail, AttemptSignals Signals);

    private readonly Dictionary<(TestKind, PostType, string), Norm> _norms = [];
    private readonly Dictionary<(PostType, string), Dictionary<string, double>> _medians = [];

    public async Task<AssessmentSections> ForAsync(Guid applicationId, PostType postType, string language, CancellationToken ct = default)
    {
        var sittings = await db.Attempts.AsNoTracking().Where(a => a.ApplicationId == applicationId && a.SubmittedAt != null)
            .OrderBy(a => a.SubmittedAt)
            .Select(a => new Sitting(a.Kind, a.Raw, a.MaxRaw, a.Percent, a.StartedAt, a.SubmittedAt!.Value, a.DeadlineAt, a.TimeLimitMinutes,
                a.AccommodationFactor, a.PassMark, a.Detail,
                new AttemptSignals(a.BlurCount, a.AwaySeconds, a.PasteCount, a.CopyCount, a.FullscreenExits, a.SyntheticInputs,
                    a.OutageCount, a.OutageSeconds, a.CreditOutages, a.CreditedSeconds)))
            .ToListAsync(ct);
        if (sittings.Count == 0) return new([], [], []);

        var tests = new List<TestResultSection>();
        var flags = new List<IntegrityFlag>();
        var details = new List<AttemptDetail>();
        foreach (var s in sittings)
        {
            var detail = s.Detail is { } json ? JsonSerializer.Deserialize<AttemptDetail>(json, AttemptFinaliser.Json) : null;
            if (detail is not null) details.Add(detail);
            var norm = await NormAsync(s.Kind, postType, language, ct);
            tests.Add(Section(s, detail, norm, norms.Who(postType, language)));
            flags.AddRange(ReportFlags.Of(DisplayNames.Of(s.Kind), s.Signals, detail?.Typing is { } typing ? IntegrityFlags.Typing(typing) : []));
            if (IntegrityFlags.Skimming(detail?.Reading) is { } skimming) flags.Add(new(DisplayNames.Of(s.Kind), Words.T("Reading pace"), skimming, FlagSeverity.Warning));
        }

        var medians = await MediansAsync(postType, language, ct);
        var order = await db.Competencies.AsNoTracking().OrderBy(c => c.SortOrder).Select(c => c.Key).ToListAsync(ct);
        var mine = AttemptDetail.CompetenciesAcross(details);
        var profile = mine.OrderBy(kv => order.IndexOf(kv.Key) is var i && i < 0 ? int.MaxValue : i)
            .Select(kv => new CompetencyScore(kv.Key, DisplayNames.Competency(kv.Key), kv.Value.Percent, medians.GetValueOrDefault(kv.Key, 50)))
            .ToList();
        return new(tests, profile, flags);
    }

    private static TestResultSection Section(Sitting s, AttemptDetail? detail, Norm norm, string who)
    {
        var typing = s.Kind == TestKind.Typing;
        // Typing has no maximum (its raw score is net WPM): the report shows its percent out of 100.
        var (score, max) = typing ? (s.Percent ?? 0, 100) : (s.Raw ?? 0, s.MaxRaw ?? 0);
        var percentile = norm.PercentileOf(Norm.ScoreOf(s.Kind, s.Raw, s.Percent));
        var reading = detail?.Reading?.Where(r => r.Wpm is not null).Select(r => r.Wpm!.Value).ToList();
        return new TestResultSection(s.Kind, DisplayNames.Of(s.Kind), score, max, percentile is { } p ? (int)p : null, norm.Size,
            AttemptClock.Used(s.StartedAt, s.SubmittedAt, s.DeadlineAt), AttemptClock.Allowed(s.TimeLimitMinutes, s.AccommodationFactor),
            s.PassMark, new DateTimeOffset(DateTime.SpecifyKind(s.SubmittedAt, DateTimeKind.Utc)),
            typing && detail?.Typing is { } t ? new TypingFigures(t.GrossWpm, t.NetWpm, Math.Round(t.Accuracy * 100, 1), t.InCharacters) : null,
            reading is { Count: > 0 } ? new ReadingFigures(Math.Round(reading.Average()), s.Percent ?? 0, detail!.Reading!.Any(r => r.InCharacters)) : null, norm.Label, Group(norm, who));
    }

    /// <summary>Who the percentile compares with, for the report's plain-words reading of it.</summary>
    private static NormGroup Group(Norm norm, string who) => new(
        Words.F("{0} candidates", who),
        norm.Since is { } since ? new DateTimeOffset(DateTime.SpecifyKind(since, DateTimeKind.Utc)) : null,
        norm.Middle?.Low, norm.Middle?.High, norm.Source == NormSource.Published, norm.IsDefaultTable);

    private async Task<Norm> NormAsync(TestKind kind, PostType postType, string language, CancellationToken ct)
    {
        if (!_norms.TryGetValue((kind, postType, language), out var norm)) _norms[(kind, postType, language)] = norm = await norms.ForAsync(kind, postType, language, ct);
        return norm;
    }

    /// <summary>Each competency's median over the applications of this post type and language that took tests measuring it.</summary>
    private async Task<Dictionary<string, double>> MediansAsync(PostType postType, string language, CancellationToken ct)
    {
        if (_medians.TryGetValue((postType, language), out var cached)) return cached;
        var rows = await db.Attempts.AsNoTracking().Where(a => a.SubmittedAt != null && a.Detail != null
                && a.Application!.Post!.PostType == postType && a.Application.Post.Language == language)
            .Select(a => new { a.ApplicationId, a.Detail }).ToListAsync(ct);
        var perApplication = rows.GroupBy(r => r.ApplicationId).Select(g => AttemptDetail.CompetenciesAcross(
            g.Select(r => JsonSerializer.Deserialize<AttemptDetail>(r.Detail!, AttemptFinaliser.Json)).OfType<AttemptDetail>()));
        var medians = perApplication.SelectMany(d => d).GroupBy(kv => kv.Key).ToDictionary(g => g.Key, g => Median(g.Select(kv => kv.Value.Percent)));
        return _medians[(postType, language)] = medians;
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0) return 0;
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
