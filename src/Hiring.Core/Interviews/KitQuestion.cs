namespace Hiring.Core.Interviews;

/// <summary>
/// What the kit rules need to know about one interview question of the bank: its category
/// (general, inbound, outbound, behavioural, techsupport, teamleader), the post-type tags it suits,
/// the competencies it shows (the first one leads), and the swap for first-job applicants.
/// </summary>
public sealed record KitQuestion(
    string Id,
    int Version,
    string Category,
    IReadOnlyList<string> PostTypes,
    IReadOnlyList<string> Competencies,
    int Minutes,
    bool Experience = false,
    string? SwapFor = null)
{
    public bool Suits(string postTypeTag) => PostTypes.Contains("common") || PostTypes.Contains(postTypeTag);
}

/// <summary>A built kit: the questions in asking order, the competencies it probes, and its length.</summary>
public sealed record Kit(IReadOnlyList<KitQuestion> Questions, IReadOnlyList<string> FocusCompetencies)
{
    public int Minutes => Questions.Sum(q => q.Minutes);
}
