using Hiring.Core.Assessments;
using Hiring.Core.Assessments.Norms;
using Hiring.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hiring.Web.Assessments;

/// <summary>
/// A norm group: the completed attempts of one test for one post type. Percentiles compare percents,
/// except typing, which compares net WPM and uses the published norm (<see cref="TypingNorm"/>) until the
/// post type has <see cref="AssessmentOptions.MinLocalNorm"/> attempts of its own.
/// </summary>
public sealed record Norm(TestKind Kind, IReadOnlyList<double> Sample, bool Published)
{
    public int Size => Sample.Count;

    /// <summary>The score a percentile is taken on: net WPM (Raw) for typing, the percent for the others.</summary>
    public static double? ScoreOf(TestKind kind, double? raw, double? percent) => kind == TestKind.Typing ? raw : percent;

    public double? PercentileOf(double? score) => score is not { } s ? null
        : Published ? Math.Round(TypingNorm.PercentileOf(s)) : Percentile.Rank(s, Sample) is { } p ? Math.Round(p) : null;

    public string Describe(string postType) => Published
        ? $"published typing norm (mean {TypingNorm.Mean}, SD {TypingNorm.Sd} net WPM); {Size} local attempt(s) so far"
        : $"{Size} completed attempt(s) for {postType} posts";
}

public sealed class NormGroups(HiringDbContext db, IOptions<AssessmentOptions> options)
{
    public async Task<Norm> ForAsync(TestKind kind, PostType postType, CancellationToken ct = default)
    {
        var rows = await db.Attempts.AsNoTracking()
            .Where(a => a.Kind == kind && a.SubmittedAt != null && a.Application!.Post!.PostType == postType)
            .Select(a => new { a.Raw, a.Percent }).ToListAsync(ct);
        var sample = rows.Select(r => Norm.ScoreOf(kind, r.Raw, r.Percent)).OfType<double>().ToList();
        return new Norm(kind, sample, kind == TestKind.Typing && sample.Count < options.Value.MinLocalNorm);
    }
}
