using Hiring.Core.Recruiting;

namespace Hiring.Core.Tests.Recruiting;

public class PipelineStatsTests
{
    private static readonly DateTime Day0 = new(2026, 11, 1, 9, 0, 0, DateTimeKind.Utc);

    private static ApplicationPath Path(params (Stage From, Stage To, double Day)[] moves) =>
        new(Day0, [.. moves.Select(m => new StageMove(m.From, m.To, Day0.AddDays(m.Day)))]);

    [Fact]
    public void Time_in_a_stage_runs_from_entering_it_to_leaving_it()
    {
        // A: Applied 2 days, Testing 3 days (then Tested, still there). B: Applied 4 days, Testing 1 day, Tested 2 days.
        var a = Path((Stage.Applied, Stage.Testing, 2), (Stage.Testing, Stage.Tested, 5));
        var b = Path((Stage.Applied, Stage.Testing, 4), (Stage.Testing, Stage.Tested, 5), (Stage.Tested, Stage.Shortlisted, 7));

        var medians = PipelineStats.MedianDaysInStage([a, b]);

        Assert.Equal(3, medians[Stage.Applied]);   // (2 + 4) / 2
        Assert.Equal(2, medians[Stage.Testing]);   // (3 + 1) / 2
        Assert.Equal(2, medians[Stage.Tested]);    // only B has left Tested
        Assert.False(medians.ContainsKey(Stage.Shortlisted));
    }

    [Fact]
    public void Moves_given_out_of_order_are_sorted_by_time()
    {
        var path = Path((Stage.Testing, Stage.Tested, 5), (Stage.Applied, Stage.Testing, 1));
        Assert.Equal(4, PipelineStats.MedianDaysInStage([path])[Stage.Testing]);
    }

    [Fact]
    public void Time_to_shortlist_is_the_median_of_the_shortlisted_only()
    {
        var fast = Path((Stage.Applied, Stage.Testing, 1), (Stage.Testing, Stage.Tested, 2), (Stage.Tested, Stage.Shortlisted, 3));
        var slow = Path((Stage.Applied, Stage.Testing, 2), (Stage.Testing, Stage.Tested, 6), (Stage.Tested, Stage.Shortlisted, 9));
        var middle = Path((Stage.Applied, Stage.Shortlisted, 5));
        var never = Path((Stage.Applied, Stage.Rejected, 1));

        Assert.Equal(5, PipelineStats.MedianDaysToShortlist([fast, slow, middle, never]));
        Assert.Null(PipelineStats.MedianDaysToShortlist([never]));
    }

    [Theory]
    [InlineData(new double[] { 7 }, 7)]
    [InlineData(new double[] { 9, 1, 5 }, 5)]
    [InlineData(new double[] { 4, 1, 3, 2 }, 2.5)]
    public void Median_of_odd_and_even_counts(double[] values, double median) => Assert.Equal(median, PipelineStats.Median(values));
}
