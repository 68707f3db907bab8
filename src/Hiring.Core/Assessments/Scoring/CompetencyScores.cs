namespace Hiring.Core.Assessments.Scoring;

/// <summary>An item's score (0..1) and the competencies it measures.</summary>
public sealed record ItemScore(string ItemId, double Score, IReadOnlyList<string> Competencies);

/// <summary>
/// Per-competency scores: the mean item score (as a percent) of the items that measure it, across
/// whatever items are given (one test, or every test of an application). An item measuring two
/// competencies counts fully towards both.
/// </summary>
public static class CompetencyScores
{
    public static IReadOnlyDictionary<string, CompetencyScore> Of(IEnumerable<ItemScore> items)
    {
        var acc = new SortedDictionary<string, (double Sum, int N)>(StringComparer.Ordinal);
        foreach (var item in items)
            foreach (var key in item.Competencies.Distinct())
            {
                var (sum, n) = acc.GetValueOrDefault(key);
                acc[key] = (sum + item.Score, n + 1);
            }
        return acc.ToDictionary(kv => kv.Key, kv => new CompetencyScore(Math.Round(kv.Value.Sum / kv.Value.N * 100, 1), kv.Value.N));
    }
}

public sealed record CompetencyScore(double Percent, int Items);
