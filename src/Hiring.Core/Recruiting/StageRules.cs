namespace Hiring.Core.Recruiting;

/// <summary>
/// Which stage moves are allowed. The pipeline goes forward one step at a time
/// (Applied → Testing → Tested → Shortlisted → Interview → Offer → Hired); an application that is
/// still open can be rejected or withdrawn at any point; Hired, Rejected and Withdrawn are final.
/// A post with no tests may shortlist straight from Applied.
/// </summary>
public static class StageRules
{
    private static readonly Stage[] Pipeline =
        [Stage.Applied, Stage.Testing, Stage.Tested, Stage.Shortlisted, Stage.Interview, Stage.Offer, Stage.Hired];

    public static bool IsFinal(Stage stage) => stage is Stage.Hired or Stage.Rejected or Stage.Withdrawn;

    public static bool CanMove(Stage from, Stage to, bool postHasTests = true)
    {
        if (IsFinal(from) || from == to) return false;
        if (to is Stage.Rejected or Stage.Withdrawn) return true;
        if (!postHasTests && from == Stage.Applied && to == Stage.Shortlisted) return true;
        var i = Array.IndexOf(Pipeline, from);
        return i >= 0 && i + 1 < Pipeline.Length && Pipeline[i + 1] == to;
    }

    /// <summary>An interview is booked for an application at the Interview stage (the Interviews list waits on those).</summary>
    public static bool CanBookInterview(Stage stage) => stage == Stage.Interview;

    /// <summary>The stages <paramref name="from"/> may move to, in pipeline order.</summary>
    public static IReadOnlyList<Stage> Next(Stage from, bool postHasTests = true) =>
        Enum.GetValues<Stage>().Where(to => CanMove(from, to, postHasTests)).ToList();
}
