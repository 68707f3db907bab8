using Hiring.Core.Assessments.Norms;

namespace Hiring.Core.Tests.Norms;

public class NormTableTests
{
    [Fact]
    public void Bands_interpolate_between_order_statistics_like_percentile_inc()
    {
        // Sorted 15, 20, 35, 40, 50; h = (5 − 1) × p:
        // p 0 → 15; p 10 → h 0.4 → 15 + 0.4 × 5 = 17; p 25 → h 1 → 20; p 50 → 35;
        // p 75 → h 3 → 40; p 90 → h 3.6 → 40 + 0.6 × 10 = 46; p 100 → 50.
        var bands = NormTable.Bands([40, 15, 50, 20, 35], [0, 10, 25, 50, 75, 90, 100]);

        Assert.Equal(
            [new(0, 15), new(10, 17), new(25, 20), new(50, 35), new(75, 40), new(90, 46), new(100, 50)],
            bands.Select(b => b with { Score = Math.Round(b.Score, 9) }));
    }

    [Fact]
    public void Single_score_sample_gives_that_score_at_every_percentile() =>
        Assert.All(NormTable.Bands([42], [0, 50, 100]), b => Assert.Equal(42, b.Score));

    [Fact]
    public void Empty_sample_has_no_bands() => Assert.Empty(NormTable.Bands([], [50]));

    [Fact]
    public void Percentile_outside_zero_to_hundred_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => NormTable.Bands([1, 2], [101]));

    [Fact]
    public void Sample_with_nan_is_refused() =>
        Assert.Throws<ArgumentException>(() => NormTable.Bands([1, double.NaN], [50]));
}
