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

    // The bands of the sample above: P0 15, P10 17, P25 20, P50 35, P75 40, P90 46, P100 50.
    private static readonly NormBand[] Table = [new(0, 15), new(10, 17), new(25, 20), new(50, 35), new(75, 40), new(90, 46), new(100, 50)];

    [Theory]
    [InlineData(27.5, 37.5)] // between P25 (20) and P50 (35): 25 + 25 × (27.5 − 20) / 15
    [InlineData(43, 82.5)]   // between P75 (40) and P90 (46): 75 + 15 × 3 / 6
    [InlineData(35, 50)]     // on a band
    [InlineData(16, 5)]      // between P0 and P10: 0 + 10 × 1 / 2
    [InlineData(15, 1)]      // the lowest score: P0, shown as the 1st
    [InlineData(9, 1)]       // below the table
    [InlineData(50, 99)]     // the highest score: P100, shown as the 99th
    [InlineData(61, 99)]     // above the table
    public void A_score_is_read_off_the_table_between_its_bands(double score, double percentile) =>
        Assert.Equal(percentile, NormTable.PercentileOf(score, Table), 9);

    [Fact]
    public void A_score_several_bands_share_sits_in_the_middle_of_them()
    {
        // 60 is at P25, P50 and P75 (many people scored 60): (25 + 75) / 2; 70 is halfway from P75 (60) to P100 (80).
        NormBand[] tied = [new(0, 40), new(25, 60), new(50, 60), new(75, 60), new(100, 80)];
        Assert.Equal(50, NormTable.PercentileOf(60, tied));
        Assert.Equal(87.5, NormTable.PercentileOf(70, tied));
    }

    [Fact]
    public void A_table_without_its_ends_holds_scores_beyond_it_at_its_outer_bands()
    {
        NormBand[] printed = [new(10, 17), new(25, 20), new(50, 35), new(75, 40), new(90, 46)];
        Assert.Equal((10, 90), (NormTable.PercentileOf(12, printed), NormTable.PercentileOf(48, printed)));
    }

    [Fact]
    public void An_empty_table_is_refused() => Assert.Throws<ArgumentException>(() => NormTable.PercentileOf(50, []));

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
