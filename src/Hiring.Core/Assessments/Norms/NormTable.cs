namespace Hiring.Core.Assessments.Norms;

/// <summary>A score at a percentile, one row of a printed norm table.</summary>
public sealed record NormBand(int Percentile, double Score);

public static class NormTable
{
    /// <summary>Scores at the given percentiles (0..100), by linear interpolation between order
    /// statistics (type 7, like Excel PERCENTILE.INC), for printing norm tables. An empty sample
    /// has no table: the result is empty.</summary>
    public static IReadOnlyList<NormBand> Bands(IReadOnlyList<double> sample, IReadOnlyList<int> percentiles)
    {
        foreach (int p in percentiles) ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)p, 100u, nameof(percentiles));
        if (sample.Count == 0) return [];
        var sorted = Sorted(sample);
        return percentiles.Select(p => new NormBand(p, Quantile(sorted, p / 100.0))).ToList();
    }

    internal static double[] Sorted(IReadOnlyList<double> sample)
    {
        if (sample.Any(double.IsNaN)) throw new ArgumentException("A norm sample cannot hold NaN.", nameof(sample));
        var sorted = sample.ToArray();
        Array.Sort(sorted);
        return sorted;
    }

    /// <summary>Type 7: h = (n − 1)p, between the order statistics at floor(h) and floor(h) + 1.</summary>
    internal static double Quantile(double[] sorted, double p)
    {
        double h = (sorted.Length - 1) * p;
        int low = (int)Math.Floor(h);
        return low + 1 < sorted.Length ? sorted[low] + (h - low) * (sorted[low + 1] - sorted[low]) : sorted[low];
    }
}
