namespace Hiring.Core.Analysis;

public enum FlagKind { NegativeDiscrimination, TooEasy, TooHard, FewAttempts }

/// <summary>Something a reviewer of the bank should look at, with a hint in plain language.</summary>
public sealed record AnalysisFlag(FlagKind Kind, string Hint)
{
    /// <summary>Below this many attempts the numbers move a lot from one attempt to the next.</summary>
    public const int MinimumAttempts = 30;
    public const double EasyAbove = 0.95;
    public const double HardBelow = 0.10;

    public static readonly AnalysisFlag NegativeDiscrimination =
        new(FlagKind.NegativeDiscrimination, "Candidates who do well overall tend to get this wrong: check the key.");
    public static readonly AnalysisFlag TooEasy =
        new(FlagKind.TooEasy, "Almost everyone gets this right: it tells candidates apart very little.");
    public static readonly AnalysisFlag TooHard =
        new(FlagKind.TooHard, "Almost nobody gets this right: check the key and the wording.");
    public static readonly AnalysisFlag FewAttempts =
        new(FlagKind.FewAttempts, $"Statistics rest on few attempts (fewer than {MinimumAttempts}): read them as a first impression.");

    public static IReadOnlyList<AnalysisFlag> ForItem(int answered, double? facility, double? discrimination)
    {
        var flags = new List<AnalysisFlag>();
        if (discrimination < 0) flags.Add(NegativeDiscrimination);
        if (facility > EasyAbove) flags.Add(TooEasy);
        if (facility < HardBelow) flags.Add(TooHard);
        if (answered < MinimumAttempts) flags.Add(FewAttempts);
        return flags;
    }
}
