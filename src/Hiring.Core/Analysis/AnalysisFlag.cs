namespace Hiring.Core.Analysis;

public enum FlagKind { NegativeDiscrimination, TooEasy, TooHard, UnlikeOthers, FewAttempts }

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
    /// <summary>For banks of parallel forms (one item per attempt, as typing passages): how far an item's facility may sit
    /// from the bank's median before it is flagged, if that is also more than <see cref="UnlikeStandardErrors"/> of its standard errors.</summary>
    public const double UnlikeBy = 0.10;
    public const double UnlikeStandardErrors = 2;
    /// <summary>Below this many attempts on the item itself, its facility moves too much to call it unlike the others.</summary>
    public const int UnlikeMinimumAttempts = 10;
    public static readonly AnalysisFlag UnlikeOthers =
        new(FlagKind.UnlikeOthers, "Candidates score clearly differently on this one than on the bank's others, and each candidate gets only one: whoever draws it is helped or held back.");
    public static readonly AnalysisFlag FewAttempts =
        new(FlagKind.FewAttempts, $"Statistics rest on few attempts (fewer than {MinimumAttempts}): read them as a first impression.");

    public static IReadOnlyList<AnalysisFlag> ForItem(int answered, double? facility, double? discrimination)
    {
        var flags = new List<AnalysisFlag>();
        // Negative as shown (two decimals): a correlation of −0.004 is no sign of a wrong key.
        if (discrimination is { } d && Math.Round(d, 2) < 0) flags.Add(NegativeDiscrimination);
        if (facility > EasyAbove) flags.Add(TooEasy);
        if (facility < HardBelow) flags.Add(TooHard);
        if (answered < MinimumAttempts) flags.Add(FewAttempts);
        return flags;
    }
}
