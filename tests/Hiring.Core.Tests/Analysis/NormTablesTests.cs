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
        var attempts = new[] { 40, 15, 50, 20, 35 }.Select(s => new ScoredAttempt(TestKind.Sjt, PostType.Inbound, "en", s))
            .Append(new ScoredAttempt(TestKind.Typing, PostType.Outbound, "en", 42));
        var tables = NormTables.ByGroup(attempts, [10, 50, 90]);

        Assert.Equal([(TestKind.Sjt, PostType.Inbound, 5), (TestKind.Typing, PostType.Outbound, 1)], tables.Select(t => (t.Test, t.Post, t.Attempts)));
        Assert.Equal([17, 35, 46], tables[0].Bands.Select(b => Math.Round(b.Score, 9)));
        Assert.Equal([42, 42, 42], tables[1].Bands.Select(b => b.Score));
        Assert.All(tables, t => Assert.Equal(FlagKind.FewAttempts, Assert.Single(t.Flags).Kind));
    }

    [Fact]
    public void A_language_gets_its_own_bands_so_characters_per_minute_never_mix_with_words_per_minute()
    {
        // English inbound typing 30, 40, 50 net WPM; Chinese inbound typing 60, 80 字/分钟. Mixed, the median would be 50.
        var attempts = new[] { 30, 40, 50 }.Select(s => new ScoredAttempt(TestKind.Typing, PostType.Inbound, "en", s))
            .Concat(new[] { 60, 80 }.Select(s => new ScoredAttempt(TestKind.Typing, PostType.Inbound, "zh-Hans", s)));
        var tables = NormTables.ByGroup(attempts, [50]);

        Assert.Equal([("en", 3, 40.0), ("zh-Hans", 2, 70.0)], tables.Select(t => (t.Language, t.Attempts, t.Bands[0].Score)));
    }

    [Fact]
    public void Thirty_attempts_are_enough_to_drop_the_few_attempts_flag() =>
        Assert.Empty(NormTables.ByGroup(Enumerable.Range(1, 30).Select(s => new ScoredAttempt(TestKind.Reading, PostType.Other, "en", s)))[0].Flags);
}
