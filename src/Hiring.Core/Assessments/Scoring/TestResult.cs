namespace Hiring.Core.Assessments.Scoring;

/// <summary>
/// A scored test: raw points out of the maximum, the percent, and pass/fail against the post's pass
/// mark. For typing the raw score is net WPM and the pass mark is in net WPM too (Max is 0: there is no maximum); its percent comes from TypingScore.
/// </summary>
public sealed record TestResult(double Raw, double Max, double Percent, bool Passed)
{
    public static double PercentOf(double raw, double max) => max > 0 ? Math.Round(raw / max * 100, 1) : 0;

    /// <summary>Points tests (SJT, literacy, reading): pass when the percent reaches the mark.</summary>
    public static TestResult FromPoints(double raw, double max, double passMarkPercent)
    {
        var percent = PercentOf(raw, max);
        return new TestResult(Math.Round(raw, 3), max, percent, percent >= passMarkPercent);
    }

    /// <summary>Typing: pass when net WPM reaches the mark; the percent is given (TypingScore.Percent).</summary>
    public static TestResult FromTyping(double netWpm, double percent, double passMarkWpm) =>
        new(Math.Round(netWpm, 1), 0, Math.Round(percent, 1), netWpm >= passMarkWpm);
}
