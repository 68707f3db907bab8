namespace Hiring.Web.Interviews;

/// <summary>
/// The applicant's test scores per competency key (0–100), which pick the kit's behavioural questions.
/// </summary>
public sealed class CompetencyScores
{
    // Empty until the timed tests land: the lead wires this to the per-competency test results when
    // merging. Until then a kit probes the post type's key competencies (KitBuilder.DefaultFocus).
    public Task<IReadOnlyDictionary<string, double>> ForApplicationAsync(Guid applicationId) =>
        Task.FromResult<IReadOnlyDictionary<string, double>>(new Dictionary<string, double>());
}
