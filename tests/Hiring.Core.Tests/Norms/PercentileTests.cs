using Hiring.Core.Assessments.Norms;

namespace Hiring.Core.Tests.Norms;

public class PercentileTests
{
    private static readonly double[] Sample = [30, 10, 20, 40, 20];

    [Theory]
    [InlineData(20, 40)]   // 1 below (10), 2 equal: 100 × (1 + 0.5 × 2) / 5
    [InlineData(25, 60)]   // 3 below: 100 × 3 / 5
    [InlineData(5, 0)]     // nobody below
    [InlineData(40, 90)]   // 4 below, 1 equal: 100 × 4.5 / 5
    [InlineData(50, 100)]  // everybody below
    public void Rank_counts_ties_as_half(double score, double expected) =>
        Assert.Equal(expected, Percentile.Rank(score, Sample)!.Value, 9);

    [Fact]
    public void Rank_in_an_empty_sample_is_unknown() => Assert.Null(Percentile.Rank(50, []));

    [Theory]
    [InlineData(0, 0.5)]
    [InlineData(1, 0.841345)]
    [InlineData(-1, 0.158655)]
    [InlineData(-1.96, 0.024998)]
    [InlineData(1.96, 0.975002)]
    [InlineData(3, 0.998650)]
    public void Normal_cdf_matches_the_tables(double z, double expected) =>
        Assert.Equal(expected, Normal.Cdf(z), 6);

    [Fact]
    public void Score_at_the_norm_mean_is_the_fiftieth_percentile() =>
        Assert.Equal(50, Percentile.FromNormal(38, TypingNorm.Mean, TypingNorm.Sd), 6);

    [Fact]
    public void Score_one_sd_above_the_typing_norm_is_the_eighty_fourth_percentile() =>
        // 55 WPM = 38 + 17: 100 × Φ(1) = 84.1345.
        Assert.Equal(84.1345, TypingNorm.PercentileOf(55), 4);

    [Fact]
    public void Normal_norm_needs_a_positive_sd() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Percentile.FromNormal(40, 38, 0));

    [Fact]
    public void Median_of_an_odd_sample_is_the_middle_score() => Assert.Equal(20, Percentile.Median(Sample));

    [Fact]
    public void Median_of_an_even_sample_is_the_mean_of_the_middle_two() =>
        Assert.Equal(2.5, Percentile.Median([4, 1, 3, 2]));

    [Fact]
    public void Median_of_an_empty_sample_throws() =>
        Assert.Throws<ArgumentException>(() => Percentile.Median([]));
}
