using Hiring.Core.Assessments;
using Hiring.Core.Assessments.Forms;
using Hiring.Web.Infrastructure;
using Hiring.Web.Seeding;
using Hiring.Web.Seeding.Models;
using Microsoft.Extensions.Options;

namespace Hiring.Web.Assessments;

/// <summary>
/// A practice round: two or three items of one test kind in one language (seed/practice/), shown on the real test's page
/// with its scripts, so that nobody loses marks learning the interface. It has no attempt: nothing is stored, scored or
/// counted in any statistic, and the real test's clock and integrity signals never see it.
/// </summary>
public sealed record PracticeRound(TestKind Kind, string Language, Form Form, FormContent Content, IReadOnlyDictionary<string, string> Explanations)
{
    /// <summary>Time on the practice clock: enough to try everything without hurry; the simulation runs its short shift and a minute.</summary>
    public TimeSpan Allowed => Kind switch
    {
        TestKind.Typing => TimeSpan.FromMinutes(2),
        TestKind.Multitask => TimeSpan.FromSeconds(Content.Get<SimulationScenario>(Form.Items.Single().Id).LengthSeconds + 60),
        _ => TimeSpan.FromMinutes(5),
    };

    public string? Explanation(string id) => Explanations.GetValueOrDefault(id)?.Trim();
}

/// <summary>The practice rounds read from seed/ once (start-up has already checked the files, <see cref="SeedCatalogReader"/>).</summary>
public sealed class PracticeRounds(HiringPaths paths, IOptions<SeedingOptions> options)
{
    private readonly Lazy<IReadOnlyDictionary<(TestKind Kind, string Language), PracticeRound>> _rounds =
        new(() => PracticeSeedReader.Read(paths.Resolve(options.Value.Path), paths.Root));

    /// <summary>The round for a test kind in a post's language, or null when none is written.</summary>
    public PracticeRound? For(TestKind kind, string language) => _rounds.Value.GetValueOrDefault((kind, language));
}
