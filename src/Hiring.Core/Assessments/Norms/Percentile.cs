namespace Hiring.Core.Assessments.Norms;

/// <summary>Where a score stands against the people who took the test before.</summary>
public static class Percentile
{
    /// <summary>Percentile rank of score within the norm sample: 100 × (below + 0.5 × equal) / n;
    /// null when the sample is empty. Ties count half, so the rank does not jump at a common score.</summary>
    public static double? Rank(double score, IReadOnlyList<double> sample)
    {
        if (sample.Count == 0) return null;
        int below = sample.Count(s => s < score), equal = sample.Count(s => s == score);
        return 100 * (below + 0.5 * equal) / sample.Count;
    }

    /// <summary>Percentile from a normal norm (e.g. typing net WPM mean 38, SD 17 until a post has
    /// its own): 100 × Φ((x−mean)/sd).</summary>
    public static double FromNormal(double score, double mean, double sd)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sd);
        return 100 * Normal.Cdf((score - mean) / sd);
    }

    /// <summary>The middle score (mean of the two middle ones when n is even); throws on an empty sample.</summary>
    public static double Median(IReadOnlyList<double> sample)
    {
        if (sample.Count == 0) throw new ArgumentException("The median of an empty sample is undefined.", nameof(sample));
        return NormTable.Quantile(NormTable.Sorted(sample), 0.5);
    }
}
