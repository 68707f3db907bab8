namespace Hiring.Core.Assessments.Forms;

/// <summary>How many items of each bank a test's form holds.</summary>
public static class FormBlueprint
{
    public const int SjtItems = 20;
    public const int LiteracyItems = 30;
    /// <summary>Every interactive task the bank has, up to this many.</summary>
    public const int LiteracyTasks = 4;
    public const int ReadingPassages = 2;
    public const int TypingPassages = 1;
}

/// <summary>
/// Draws a form from a bank: items suited to the post type first, then (if the bank is short) the rest,
/// each group in seeded random order, and every option list shuffled. Pools are sorted by id first,
/// so the order the database returns rows in changes nothing: same seed, same pool, same form.
/// </summary>
public static class FormDrawer
{
    public const string Common = "common";

    public static string Tag(PostType postType) => postType.ToString().ToLowerInvariant();

    /// <summary>Picks up to <paramref name="count"/> items, preferring those tagged for the post type or common.</summary>
    public static List<PoolItem> Pick(IEnumerable<PoolItem> pool, int count, PostType postType, SplitMix64 rng)
    {
        var sorted = pool.OrderBy(i => i.Id, StringComparer.Ordinal).ThenBy(i => i.Version).ToList();
        var tag = Tag(postType);
        bool Suits(PoolItem i) => i.PostTypes.Count == 0 || i.PostTypes.Contains(tag) || i.PostTypes.Contains(Common);
        var suited = rng.Shuffle(sorted.Where(Suits));
        var others = rng.Shuffle(sorted.Where(i => !Suits(i)));
        return [.. suited.Concat(others).Take(count)];
    }

    /// <summary>An item with its options shuffled. A task's "options" are its field names, kept in the author's order.</summary>
    public static FormItem Item(PoolItem item, ItemPart part, SplitMix64 rng) =>
        new(item.Id, item.Version, part, null, part == ItemPart.Task ? item.Options : rng.Shuffle(item.Options));

    /// <summary>A reading passage followed by its questions, each with shuffled options (questions keep the author's order).</summary>
    public static IEnumerable<FormItem> Passage(PoolItem passage, SplitMix64 rng)
    {
        yield return new FormItem(passage.Id, passage.Version, ItemPart.Passage, null, []);
        foreach (var q in passage.Questions ?? [])
            yield return new FormItem(q.Id, passage.Version, ItemPart.Question, passage.Id, rng.Shuffle(q.Options));
    }

    /// <summary>The form for one test of the battery. Literacy: multiple-choice items, then the interactive tasks.</summary>
    public static Form Draw(TestKind kind, PostType postType, ulong seed, BankPools pools)
    {
        var rng = new SplitMix64(seed);
        IEnumerable<FormItem> items = kind switch
        {
            TestKind.Sjt => Pick(pools.Sjt, FormBlueprint.SjtItems, postType, rng).Select(i => Item(i, ItemPart.Sjt, rng)).ToList(),
            TestKind.Literacy =>
            [
                .. Pick(pools.Literacy, FormBlueprint.LiteracyItems, postType, rng).Select(i => Item(i, ItemPart.Choice, rng)),
                .. Pick(pools.LiteracyTasks, FormBlueprint.LiteracyTasks, postType, rng).Select(i => Item(i, ItemPart.Task, rng)),
            ],
            TestKind.Reading => Pick(pools.Reading, FormBlueprint.ReadingPassages, postType, rng).SelectMany(p => Passage(p, rng)).ToList(),
            TestKind.Typing => Pick(pools.Typing, FormBlueprint.TypingPassages, postType, rng).Select(i => Item(i, ItemPart.Typing, rng)).ToList(),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
        return new Form([.. items]);
    }
}

/// <summary>The banks a form may draw from; only the one the test needs has to be filled.</summary>
public sealed record BankPools
{
    public IReadOnlyList<PoolItem> Sjt { get; init; } = [];
    public IReadOnlyList<PoolItem> Literacy { get; init; } = [];
    public IReadOnlyList<PoolItem> LiteracyTasks { get; init; } = [];
    public IReadOnlyList<PoolItem> Reading { get; init; } = [];
    public IReadOnlyList<PoolItem> Typing { get; init; } = [];
}
