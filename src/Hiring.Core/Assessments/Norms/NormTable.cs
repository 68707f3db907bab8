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

    /// <summary>
    /// Where a score stands on a stored norm table (the inverse of <see cref="Bands"/>): linear between the two bands
    /// around it; the middle of the run when several bands share the score (ties count half, as in
    /// <see cref="Percentile.Rank"/>); the outer band's percentile beyond the table's ends. The result is kept between
    /// 1 and 99, as printed norm tables do: a table cannot tell that nobody scored below or above a candidate.
    /// </summary>
    public static double PercentileOf(double score, IReadOnlyList<NormBand> bands)
    {
        if (bands.Count == 0) throw new ArgumentException("A norm table needs at least one band.", nameof(bands));
        var sorted = bands.OrderBy(b => b.Percentile).ToList();
        var tied = sorted.Where(b => b.Score == score).ToList();
        double p;
        if (tied.Count > 0) p = (tied[0].Percentile + tied[^1].Percentile) / 2.0;
        else if (score < sorted[0].Score) p = sorted[0].Percentile;
        else if (score > sorted[^1].Score) p = sorted[^1].Percentile;
        else
        {
            int above = sorted.FindIndex(b => b.Score > score);
            var (low, high) = (sorted[above - 1], sorted[above]);
            p = low.Percentile + (high.Percentile - low.Percentile) * (score - low.Score) / (high.Score - low.Score);
        }
        return Math.Clamp(p, 1, 99);
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
