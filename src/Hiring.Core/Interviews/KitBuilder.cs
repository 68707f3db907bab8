using Hiring.Core.Assessments;

namespace Hiring.Core.Interviews;

/// <summary>What a kit is built for: the post type, whether the applicant has worked in a contact
/// centre, and their test scores per competency key (0–100; empty when they have none yet).</summary>
public sealed record KitRequest(PostType PostType, bool HasContactCentreExperience, IReadOnlyDictionary<string, double> CompetencyScores);

/// <summary>
/// Builds an application's default interview kit: every general question, the role questions of the
/// post type, then one behavioural question for each of the competencies the tests found weakest
/// (or the post type's key competencies when there are no scores). A first-job applicant is asked
/// the motivation question named in <c>swap_for</c> instead of each experience question. The same
/// bank and request always give the same kit, in the same order.
/// </summary>
public static class KitBuilder
{
    /// <summary>How many competencies the behavioural part probes.</summary>
    public const int FocusCount = 3;

    /// <summary>When there are no scores: what matters most in each post, in order (domain.md).</summary>
    public static IReadOnlyList<string> DefaultFocus(PostType type) => type switch
    {
        PostType.Inbound => ["EMP", "LIS", "ANG"],
        PostType.Outbound => ["SELL", "NO", "CALM"],
        PostType.TechSupport => ["CRIT", "COM", "TECH"],
        PostType.TeamLeader => ["TEAM", "EI", "OWN"],
        _ => ["COM", "EMP", "REL"],
    };

    public static Kit Build(IReadOnlyList<KitQuestion> bank, KitRequest request)
    {
        var tag = PostTypeTags.For(request.PostType);
        var byId = bank.ToDictionary(q => q.Id);
        // Motivation questions are only asked in place of an experience question, never on their own.
        var swapTargets = bank.Where(q => q.SwapFor is not null).Select(q => q.SwapFor!).ToHashSet();
        var suits = (KitQuestion q) => tag is null ? q.PostTypes.Contains("common") : q.Suits(tag);

        var kit = new List<KitQuestion>();
        var opening = bank.Where(q => q.Category == "general" || (tag is not null && q.Category == tag))
            .Where(q => suits(q) && !swapTargets.Contains(q.Id))
            .OrderBy(q => q.Category == "general" ? 0 : 1).ThenBy(q => q.Id, StringComparer.Ordinal);
        foreach (var q in opening)
        {
            var asked = !request.HasContactCentreExperience && q.Experience && q.SwapFor is { } swap && byId.TryGetValue(swap, out var alt) ? alt : q;
            if (!kit.Contains(asked)) kit.Add(asked);
        }

        var focus = Focus(request);
        var behavioural = bank.Where(q => q.Category == "behavioural" && suits(q)).ToList();
        foreach (var competency in focus)
        {
            var pick = behavioural.Where(q => !kit.Contains(q) && q.Competencies.Contains(competency))
                .OrderBy(q => q.Competencies[0] == competency ? 0 : 1)                  // questions led by it first
                .ThenByDescending(q => q.Competencies.Count(focus.Contains))             // then those that also probe another weak one
                .ThenBy(q => q.Id, StringComparer.Ordinal)
                .FirstOrDefault();
            if (pick is not null) kit.Add(pick);
        }
        return new Kit(kit, focus);
    }

    /// <summary>The weakest scored competencies (ties by key), topped up from the post type's defaults.</summary>
    public static IReadOnlyList<string> Focus(KitRequest request)
    {
        var weakest = request.CompetencyScores
            .OrderBy(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => s.Key).Take(FocusCount).ToList();
        foreach (var key in DefaultFocus(request.PostType))
            if (weakest.Count < FocusCount && !weakest.Contains(key)) weakest.Add(key);
        return weakest;
    }
}
