namespace Hiring.Core.Assessments.Typing;

/// <summary>Mean and population standard deviation: the samples are the whole attempt, not a draw from it.</summary>
internal readonly record struct Spread(int Count, double Mean, double Sd)
{
    public static Spread Of(IReadOnlyCollection<double> values)
    {
        if (values.Count == 0) return new Spread(0, 0, 0);
        double mean = values.Average();
        double variance = values.Sum(v => (v - mean) * (v - mean)) / values.Count;
        return new Spread(values.Count, mean, Math.Sqrt(variance));
    }
}
