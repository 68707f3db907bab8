using Hiring.Core.Assessments;
using Hiring.Core.Assessments.Norms;

namespace Hiring.Core.Analysis;

/// <summary>One finished attempt's score, labelled with the test and the post it was taken for.</summary>
public sealed record ScoredAttempt(TestKind Test, PostType Post, double Score);

/// <summary>The percentile bands of one test for one post type, and how many attempts they rest on.</summary>
public sealed record NormTableRow(TestKind Test, PostType Post, int Attempts, IReadOnlyList<NormBand> Bands, IReadOnlyList<AnalysisFlag> Flags);

public static class NormTables
{
    /// <summary>The percentiles a printed table shows.</summary>
    public static readonly IReadOnlyList<int> DefaultPercentiles = [10, 25, 50, 75, 90];

    /// <summary>The percentiles a stored table keeps: every fifth from the lowest score (0) to the highest (100), so a
    /// candidate's percentile can be read off it (<see cref="NormTable.PercentileOf"/>) to within a few points.</summary>
    public static readonly IReadOnlyList<int> StoredPercentiles = [.. Enumerable.Range(0, 21).Select(i => i * 5)];

    /// <summary>A norm table per (test, post type) present in the attempts, each drawn by <see cref="NormTable.Bands"/>.</summary>
    public static IReadOnlyList<NormTableRow> ByTestAndPost(IEnumerable<ScoredAttempt> attempts, IReadOnlyList<int>? percentiles = null) =>
        attempts.GroupBy(a => (a.Test, a.Post))
            .OrderBy(g => g.Key.Test).ThenBy(g => g.Key.Post)
            .Select(g =>
            {
                var scores = g.Select(a => a.Score).ToList();
                var flags = scores.Count < AnalysisFlag.MinimumAttempts ? new[] { AnalysisFlag.FewAttempts } : [];
                return new NormTableRow(g.Key.Test, g.Key.Post, scores.Count, NormTable.Bands(scores, percentiles ?? DefaultPercentiles), flags);
            })
            .ToList();
}
