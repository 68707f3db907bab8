namespace Hiring.Core.Assessments.Norms;

/// <summary>The norm for typing until a post has enough candidates of its own.</summary>
public static class TypingNorm
{
    /// <summary>Published employment-test norm for net WPM.</summary>
    public const double Mean = 38, Sd = 17;

    /// <summary>Percentile of a net WPM against this norm.</summary>
    public static double PercentileOf(double netWpm) => Percentile.FromNormal(netWpm, Mean, Sd);
}
