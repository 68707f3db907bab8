using Hiring.Core.Analysis;
using Hiring.Core.Assessments;

namespace Hiring.Core.Tests.Analysis;

public class NormTablesTests
{
    [Fact]
    public void Each_test_and_post_type_gets_its_own_bands()
    {
        // SJT inbound sorted 15, 20, 35, 40, 50: p10 → h .4 → 17; p50 → 35; p90 → h 3.6 → 46.
        // Typing outbound has one score, 42, at every percentile.
        var attempts = new[] { 40, 15, 50, 20, 35 }.Select(s => new ScoredAttempt(TestKind.Sjt, PostType.Inbound, s))
            .Append(new ScoredAttempt(TestKind.Typing, PostType.Outbound, 42));
        var tables = NormTables.ByTestAndPost(attempts, [10, 50, 90]);

        Assert.Equal([(TestKind.Sjt, PostType.Inbound, 5), (TestKind.Typing, PostType.Outbound, 1)], tables.Select(t => (t.Test, t.Post, t.Attempts)));
        Assert.Equal([17, 35, 46], tables[0].Bands.Select(b => Math.Round(b.Score, 9)));
        Assert.Equal([42, 42, 42], tables[1].Bands.Select(b => b.Score));
        Assert.All(tables, t => Assert.Equal(FlagKind.FewAttempts, Assert.Single(t.Flags).Kind));
    }

    [Fact]
    public void Thirty_attempts_are_enough_to_drop_the_few_attempts_flag() =>
        Assert.Empty(NormTables.ByTestAndPost(Enumerable.Range(1, 30).Select(s => new ScoredAttempt(TestKind.Reading, PostType.Other, s)))[0].Flags);
}
