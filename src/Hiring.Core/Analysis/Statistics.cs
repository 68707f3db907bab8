namespace Hiring.Core.Analysis;

/// <summary>Population moments (divisor n). Item analysis only compares them with each other, so the choice of
/// divisor cancels out in α and in the correlation; using n makes KR-20's p·q exactly an item variance.</summary>
internal static class Statistics
{
    public static double Variance(IReadOnlyList<double> xs)
    {
        double mean = xs.Average();
        return xs.Sum(x => (x - mean) * (x - mean)) / xs.Count;
    }

    public static double Covariance(IReadOnlyList<(double X, double Y)> pairs)
    {
        double mx = pairs.Average(p => p.X), my = pairs.Average(p => p.Y);
        return pairs.Sum(p => (p.X - mx) * (p.Y - my)) / pairs.Count;
    }

    /// <summary>Pearson's r; null when there are fewer than two pairs or either side has no spread.</summary>
    public static double? Pearson(IReadOnlyList<double> xs, IReadOnlyList<double> ys)
    {
        if (xs.Count < 2) return null;
        double mx = xs.Average(), my = ys.Average(), sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < xs.Count; i++)
        {
            double dx = xs[i] - mx, dy = ys[i] - my;
            (sxy, sxx, syy) = (sxy + dx * dy, sxx + dx * dx, syy + dy * dy);
        }
        // A column of identical values has no correlation with anything; rounding noise must not fake one.
        return sxx < 1e-12 || syy < 1e-12 ? null : sxy / Math.Sqrt(sxx * syy);
    }
}
