using Hiring.Core.Analysis;

namespace Hiring.Core.Tests.Analysis;

/// <summary>Builds a response matrix from rows of scores (null = missing), items named I1, I2, …</summary>
internal static class Matrix
{
    /// <summary>Five attempts at three right/wrong items; totals 3, 2, 1, 1, 0. Worked through in the tests that use it.</summary>
    public static readonly double?[][] FiveAttempts =
    [
        [1, 1, 1],
        [1, 1, 0],
        [1, 0, 0],
        [0, 1, 0],
        [0, 0, 0],
    ];

    public static ItemResponses Of(params double?[][] rows) =>
        new(Enumerable.Range(1, rows[0].Length).Select(i => new AnalysedItem($"I{i}")).ToList(),
            rows.Select(r => (IReadOnlyList<ItemResponse>)r.Select(s => new ItemResponse(s)).ToList()).ToList());

    /// <summary>The same rows repeated, to pass the few-attempts threshold without changing any statistic.</summary>
    public static double?[][] Times(int n, params double?[][] rows) => Enumerable.Repeat(rows, n).SelectMany(r => r).ToArray();
}
