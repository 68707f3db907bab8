using Hiring.Core.Assessments;
using Hiring.Core.Assessments.Forms;
using Hiring.Web.Data;
using Hiring.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Hiring.Web.Assessments;

/// <summary>
/// Which simulation a post's candidates sit: the scenario written for the post type (inbound service, technical,
/// outbound sales), the busy hour for the rest. A simulation's form is one item, the scenario; its answers are events.
/// </summary>
public sealed class MultitaskScenarios(HiringDbContext db)
{
    public static string KindFor(PostType postType) => postType switch
    {
        PostType.Inbound => "inbound-service",
        PostType.TechSupport => "inbound-technical",
        PostType.Outbound => "outbound-sales",
        _ => "busy-hour",
    };

    /// <summary>Minutes the battery editor offers by default: the scenario's length (seed/simulations, rounded up).</summary>
    public static int DefaultMinutes(PostType postType) => KindFor(postType) switch
    {
        "inbound-service" or "outbound-sales" => 6,
        "inbound-technical" => 7,
        _ => 8,
    };

    /// <summary>The form for a simulation attempt, or an empty form when no scenario is loaded.</summary>
    public async Task<Form> DrawAsync(PostType postType, string language = Localization.Cultures.English, CancellationToken ct = default)
    {
        var rows = await db.BankItems.AsNoTracking().Where(i => i.IsCurrent && i.Bank == Bank.Simulation && i.Language == language).ToListAsync(ct);
        var scenarios = rows.Select(r => (Row: r, Scenario: (Seeding.Models.SimulationScenario)BankContent.Parse(r)))
            .OrderBy(x => x.Row.Id, StringComparer.Ordinal).ToList();
        var tag = FormDrawer.Tag(postType);
        var pick = scenarios.FirstOrDefault(x => x.Scenario.Kind == KindFor(postType)).Row
            ?? scenarios.FirstOrDefault(x => x.Scenario.PostTypes.Contains(tag)).Row
            ?? scenarios.FirstOrDefault().Row;
        return pick is null ? new Form([]) : new Form([new FormItem(pick.Id, pick.Version, ItemPart.Simulation, null, [])]);
    }
}
