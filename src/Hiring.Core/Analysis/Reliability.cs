using Hiring.Core.Assessments.Norms;

namespace Hiring.Core.Analysis;

/// <summary>Internal consistency of a test: do its items measure the same thing?</summary>
public static class Reliability
{
    /// <summary>α over the attempts that answered every item (listwise: α compares each item's variance with the
    /// variance of one total, so every total must be over the same items). When fewer than two attempts answered every
    /// item, the forms were drawn from a bank: <see cref="OfDrawnForms"/>.</summary>
    public static TestReliability Of(ItemResponses responses)
    {
        var complete = responses.Attempts
            .Where(row => row.All(r => r.Score is not null))
            .Select(row => (IReadOnlyList<double>)row.Select(r => r.Score!.Value).ToList())
            .ToList();
        if (complete.Count < 2 && responses.Items.Count >= 2 && responses.Attempts.Count >= 2) return OfDrawnForms(responses);
        bool dichotomous = complete.All(row => row.All(s => s is 0 or 1));
        var (alpha, reason) = dichotomous ? Kr20(complete, responses.Items.Count) : Alpha(complete, responses.Items.Count);
        return new TestReliability(alpha, Method(dichotomous), complete.Count, reason);
    }

    private static string Method(bool dichotomous) => dichotomous ? "KR-20" : "Cronbach's alpha";

    /// <summary>
    /// The α of one drawn form when every attempt sat a different selection from the bank. α can be written with the mean
    /// item variance v̄ and the mean covariance c̄ between two items of the form: α = k·c̄ / (v̄ + (k − 1)·c̄) for k items
    /// (on complete data this is exactly Cronbach's α). Here v̄ is taken over each item's own attempts, c̄ over every pair of
    /// items that at least two attempts answered together, and k is the median number of items an attempt answered.
    /// </summary>
    public static TestReliability OfDrawnForms(ItemResponses responses)
    {
        var rows = responses.Attempts.Where(row => row.Count(r => r.Score is not null) >= 1).ToList();
        var scores = rows.SelectMany(row => row.Where(r => r.Score is not null).Select(r => r.Score!.Value)).ToList();
        string method = Method(scores.All(s => s is 0 or 1));
        int k = rows.Count == 0 ? 0 : (int)Math.Round(Percentile.Median(rows.Select(row => (double)row.Count(r => r.Score is not null)).ToList()));
        if (k < 2) return new(null, method, rows.Count, "Each attempt answered one item, so there is no second item to compare it with.", k);

        var variances = new List<double>();
        var covariances = new List<double>();
        for (int i = 0; i < responses.Items.Count; i++)
        {
            var own = rows.Where(row => row[i].Score is not null).Select(row => row[i].Score!.Value).ToList();
            if (own.Count >= 2) variances.Add(Statistics.Variance(own));
            for (int j = i + 1; j < responses.Items.Count; j++)
            {
                var both = rows.Where(row => row[i].Score is not null && row[j].Score is not null)
                    .Select(row => (row[i].Score!.Value, row[j].Score!.Value)).ToList();
                if (both.Count >= 2) covariances.Add(Statistics.Covariance(both));
            }
        }
        if (covariances.Count == 0) return new(null, method, rows.Count, "No two items were answered together by at least two attempts.", k);
        double v = variances.Average(), c = covariances.Average(), spread = v + (k - 1) * c;
        return spread < 1e-12
            ? new(null, method, rows.Count, "The items' scores do not vary together, so the forms cannot be compared.", k)
            : new(k * c / spread, method, rows.Count, null, k);
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
