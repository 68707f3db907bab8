using Bogus;
using Hiring.Web.Assessments;
using Hiring.Web.Seeding.Models;

namespace Hiring.Web.Demo;

/// <summary>How one item behaves in the demo's ability model: the chance of answering it well is
/// 1 / (1 + e^−(slope·θ + easiness)), so abler applicants do better on it when the slope is positive.</summary>
public sealed record DemoItem(double Easiness, double Slope = 1)
{
    /// <summary>Almost everyone gets it right (a giveaway in the wording).</summary>
    public static readonly DemoItem Giveaway = new(5, 0.3);
    /// <summary>Almost nobody gets it right (a trick question, or a wrong key).</summary>
    public static readonly DemoItem Trap = new(-4.5, 0.3);
    /// <summary>The abler the applicant, the likelier another answer (the key is doubtful).</summary>
    public static readonly DemoItem DoubtfulKey = new(1, -1.2);

    public bool Hits(Randomizer random, double ability) => random.Double() < 1 / (1 + Math.Exp(-(Slope * ability + Easiness)));
}

/// <summary>
/// The demo bank's item parameters. Each item's easiness varies around its kind's from a hash of its id (the same on every
/// machine); and in every bank, in each of its languages, the first items by that hash are given a flaw real banks have (a doubtful key, a giveaway,
/// a trap), so the item-analysis page shows on demo data what its flags look like.
/// </summary>
public sealed class DemoItems
{
    private readonly Dictionary<string, DemoItem> _flawed = [];

    /// <summary>A bank's languages are drawn by different posts, so each language gets its own flawed items.</summary>
    public DemoItems(FormContent content)
    {
        foreach (var language in content.Items.GroupBy(i => content.LanguageOf(i.Key), i => i.Value))
        {
            var items = language.ToList();
            Plant(items.OfType<SjtItem>().Select(i => i.Id), DemoItem.DoubtfulKey, DemoItem.Giveaway);
            Plant(items.OfType<LiteracyItem>().Select(i => i.Id), DemoItem.DoubtfulKey, DemoItem.Giveaway, DemoItem.Trap);
            Plant(items.OfType<ReadingPassage>().SelectMany(p => p.Questions).Select(q => q.Id), DemoItem.DoubtfulKey, DemoItem.Trap);
            foreach (var s in items.OfType<SimulationScenario>())
                Plant(s.Tasks.Where(t => t.Kind is "reply" or "record" or "answer").Select(t => TaskKey(s, t.Id)), DemoItem.Giveaway);
        }
    }

    /// <summary>The item's parameters, around <paramref name="easiness"/> (its kind's) unless it has a flaw.</summary>
    public DemoItem For(string id, double easiness) =>
        _flawed.TryGetValue(id, out var flaw) ? flaw : new(easiness + (Hash(id) % 1000 / 1000.0 - 0.5) * 1.6, 0.8 + Hash(id + "/slope") % 1000 / 1000.0 * 0.8);

    public bool IsTrap(string id) => _flawed.GetValueOrDefault(id) == DemoItem.Trap;

    public static string TaskKey(SimulationScenario s, string taskId) => $"{s.Id}-{taskId}";

    private void Plant(IEnumerable<string> ids, params DemoItem[] flaws)
    {
        foreach (var (id, flaw) in ids.OrderBy(Hash).ThenBy(id => id, StringComparer.Ordinal).Zip(flaws)) _flawed[id] = flaw;
    }

    /// <summary>FNV-1a: stable across processes, unlike string.GetHashCode.</summary>
    private static uint Hash(string s)
    {
        uint h = 2166136261;
        foreach (var c in s) h = (h ^ c) * 16777619;
        return h;
    }
}
