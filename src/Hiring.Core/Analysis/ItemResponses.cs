namespace Hiring.Core.Analysis;

/// <summary>An item as analysed: its id and, for multiple-choice items, every option it offers,
/// so an option nobody picked still shows up (with a share of 0) in the distractor analysis.</summary>
public sealed record AnalysedItem(string Id, IReadOnlyList<string>? Options = null);

/// <summary>What one attempt did with one item. A null score means the item was not presented or not
/// answered (missing); scores run 0..1 (0/1 for right/wrong items, fractions for graded ones such as SJT).</summary>
public sealed record ItemResponse(double? Score, string? Option = null, double? Seconds = null)
{
    public static readonly ItemResponse Missing = new((double?)null);
}

/// <summary>The matrix item analysis reads: one row per attempt, one column per item, in the order of <see cref="Items"/>.</summary>
public sealed record ItemResponses(IReadOnlyList<AnalysedItem> Items, IReadOnlyList<IReadOnlyList<ItemResponse>> Attempts)
{
    public ItemResponse At(int attempt, int item) => Attempts[attempt][item];

    public IEnumerable<ItemResponse> Column(int item) => Attempts.Select(row => row[item]);
}
