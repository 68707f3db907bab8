using Hiring.Core.Assessments;
using Hiring.Core.Assessments.Norms;

namespace Hiring.Core.Analysis;

/// <summary>One finished attempt's score, labelled with the test, the post type it was taken for and the post's language
/// (items in another language are other items: a Chinese typing result, in 字/分钟, is never ranked among English WPM).</summary>
public sealed record ScoredAttempt(TestKind Test, PostType Post, string Language, double Score);

/// <summary>The percentile bands of one test for one post type in one language, and how many attempts they rest on.</summary>
public sealed record NormTableRow(TestKind Test, PostType Post, string Language, int Attempts, IReadOnlyList<NormBand> Bands, IReadOnlyList<AnalysisFlag> Flags);

public static class NormTables
{
    /// <summary>The percentiles a printed table shows.</summary>
    public static readonly IReadOnlyList<int> DefaultPercentiles = [10, 25, 50, 75, 90];

    /// <summary>The percentiles a stored table keeps: every fifth from the lowest score (0) to the highest (100), so a
    /// candidate's percentile can be read off it (<see cref="NormTable.PercentileOf"/>) to within a few points.</summary>
    public static readonly IReadOnlyList<int> StoredPercentiles = [.. Enumerable.Range(0, 21).Select(i => i * 5)];

    /// <summary>
    /// The bands a stored table keeps for a sample: <see cref="StoredPercentiles"/>, scores to two decimals. Live counting
    /// (before the first table is stored) places a score on these same bands, so a percentile does not move when the
    /// table appears.
    /// </summary>
    public static IReadOnlyList<NormBand> StoredBands(IReadOnlyList<double> scores) => Rounded(NormTable.Bands(scores, StoredPercentiles));

    /// <summary>Band scores as a stored table keeps them: two decimals.</summary>
    public static IReadOnlyList<NormBand> Rounded(IEnumerable<NormBand> bands) => [.. bands.Select(b => b with { Score = Math.Round(b.Score, 2) })];

    /// <summary>A norm table per norm group — test, post type and language — present in the attempts, each drawn by
    /// <see cref="NormTable.Bands"/>.</summary>
    public static IReadOnlyList<NormTableRow> ByGroup(IEnumerable<ScoredAttempt> attempts, IReadOnlyList<int>? percentiles = null) =>
        attempts.GroupBy(a => (a.Test, a.Post, a.Language))
            .OrderBy(g => g.Key.Test).ThenBy(g => g.Key.Post).ThenBy(g => g.Key.Language, StringComparer.Ordinal)
            .Select(g =>
            {
                var scores = g.Select(a => a.Score).ToList();
                var flags = scores.Count < AnalysisFlag.MinimumAttempts ? new[] { AnalysisFlag.FewAttempts } : [];
                return new NormTableRow(g.Key.Test, g.Key.Post, g.Key.Language, scores.Count, NormTable.Bands(scores, percentiles ?? DefaultPercentiles), flags);
            })
            .ToList();
}
