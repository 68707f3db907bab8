using Hiring.Core.Assessments.Scoring;

namespace Hiring.Core.Tests.Scoring;

public class CompositeTests
{
    [Fact]
    public void Composite_is_the_weighted_mean_of_the_scored_tests()
    {
        // (0.35·80 + 0.2·50 + 0.25·60 + 0.2·90) / 1.0 = 28 + 10 + 15 + 18 = 71
        var composite = Composite.Of([new(80, 0.35), new(50, 0.2), new(60, 0.25), new(90, 0.2)]);
        Assert.Equal(71.0, composite);
    }

    [Fact]
    public void Only_the_tests_scored_so_far_count()
    {
        // (0.5·70 + 0.25·40) / 0.75 = (35 + 10) / 0.75 = 60
        Assert.Equal(60.0, Composite.Of([new(70, 0.5), new(40, 0.25)]));
    }

    [Fact]
    public void Composite_is_rounded_to_one_decimal()
    {
        // (1·50 + 2·60) / 3 = 170 / 3 = 56.666… → 56.7
        Assert.Equal(56.7, Composite.Of([new(50, 1), new(60, 2)]));
    }

    [Fact]
    public void Nothing_scored_gives_no_composite()
    {
        Assert.Null(Composite.Of([]));
        Assert.Null(Composite.Of([new(80, 0)]));
    }
}

public class TestResultTests
{
    [Fact]
    public void Points_test_passes_at_the_mark_and_fails_below()
    {
        // 13 of 20 = 65 %
        Assert.Equal(new TestResult(13, 20, 65, true), TestResult.FromPoints(13, 20, 65));
        Assert.False(TestResult.FromPoints(12.9, 20, 65).Passed); // 64.5 %
    }

    [Fact]
    public void Typing_passes_on_net_wpm_not_on_its_percent()
    {
        var result = TestResult.FromTyping(netWpm: 31.04, percent: 42.3, passMarkWpm: 30);
        Assert.Equal((31.0, 42.3, true), (result.Raw, result.Percent, result.Passed));
        Assert.False(TestResult.FromTyping(29.9, 90, 30).Passed);
    }

    [Fact]
    public void An_empty_test_scores_zero_percent()
    {
        Assert.Equal(0, TestResult.FromPoints(0, 0, 50).Percent);
    }
}

public class CompetencyScoresTests
{
    [Fact]
    public void Each_competency_is_the_mean_of_the_items_measuring_it()
    {
        var scores = CompetencyScores.Of(
        [
            new("SJT-1", 1.0, ["ANG", "EMP"]),
            new("SJT-2", 0.5, ["ANG"]),
            new("SJT-3", 2 / 6.0, ["EMP"]),
        ]);
        // ANG: (1 + 0.5) / 2 = 75 %; EMP: (1 + 0.3333) / 2 = 66.7 %
        Assert.Equal(new CompetencyScore(75, 2), scores["ANG"]);
        Assert.Equal(new CompetencyScore(66.7, 2), scores["EMP"]);
        Assert.Equal(["ANG", "EMP"], scores.Keys);
    }
}
