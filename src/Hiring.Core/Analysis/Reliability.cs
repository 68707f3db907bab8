namespace Hiring.Core.Analysis;

/// <summary>Internal consistency of a test: do its items measure the same thing?</summary>
public static class Reliability
{
    /// <summary>α over the attempts that answered every item (listwise: α compares each item's variance with the
    /// variance of one total, so every total must be over the same items).</summary>
    public static TestReliability Of(ItemResponses responses)
    {
        var complete = responses.Attempts
            .Where(row => row.All(r => r.Score is not null))
            .Select(row => (IReadOnlyList<double>)row.Select(r => r.Score!.Value).ToList())
            .ToList();
        bool dichotomous = complete.All(row => row.All(s => s is 0 or 1));
        string method = dichotomous ? "KR-20" : "Cronbach's alpha";
        var (alpha, reason) = dichotomous ? Kr20(complete, responses.Items.Count) : Alpha(complete, responses.Items.Count);
        return new TestReliability(alpha, method, complete.Count, reason);
    }

    /// <summary>Cronbach's α = k/(k−1) × (1 − Σ item variances / variance of the totals).</summary>
    public static (double? Alpha, string? Reason) Alpha(IReadOnlyList<IReadOnlyList<double>> rows, int items) =>
        Compute(rows, items, i => Statistics.Variance(rows.Select(r => r[i]).ToList()));

    /// <summary>KR-20 = k/(k−1) × (1 − Σ p·q / variance of the totals), for 0/1 scores; p·q is the item's variance.</summary>
    public static (double? Alpha, string? Reason) Kr20(IReadOnlyList<IReadOnlyList<double>> rows, int items)
    {
        if (rows.Any(r => r.Any(s => s is not (0 or 1))))
            throw new ArgumentException("KR-20 needs scores of 0 or 1; use Alpha for graded items.", nameof(rows));
        return Compute(rows, items, i =>
        {
            double p = rows.Average(r => r[i]);
            return p * (1 - p);
        });
    }

    private static (double?, string?) Compute(IReadOnlyList<IReadOnlyList<double>> rows, int items, Func<int, double> itemVariance)
    {
        if (items < 2) return (null, "Reliability needs at least two items.");
        if (rows.Count < 2) return (null, "Reliability needs at least two attempts that answered every item.");
        double totalVariance = Statistics.Variance(rows.Select(r => r.Sum()).ToList());
        if (totalVariance < 1e-12) return (null, "Every attempt has the same total score, so the items cannot be compared.");
        double sum = Enumerable.Range(0, items).Sum(itemVariance);
        return ((double)items / (items - 1) * (1 - sum / totalVariance), null);
    }
}
