namespace Hiring.Core.Assessments.Scoring;

/// <summary>One scored test's percent and its weight in the post's battery.</summary>
public sealed record WeightedPercent(double Percent, double Weight);

/// <summary>
/// The composite score of an application: Σ wᵢ·percentᵢ / Σ wᵢ over the tests scored so far, so an
/// unfinished battery is compared on what was taken. Null when nothing is scored (or weights sum to 0).
/// </summary>
public static class Composite
{
    public static double? Of(IEnumerable<WeightedPercent> scored)
    {
        double sum = 0, weights = 0;
        foreach (var s in scored)
        {
            if (s.Weight < 0) throw new ArgumentOutOfRangeException(nameof(scored), s.Weight, "weights cannot be negative");
            sum += s.Weight * s.Percent;
            weights += s.Weight;
        }
        return weights > 0 ? Math.Round(sum / weights, 1) : null;
    }
}
