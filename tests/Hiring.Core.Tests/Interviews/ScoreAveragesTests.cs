using Hiring.Core.Interviews;

namespace Hiring.Core.Tests.Interviews;

public class ScoreAveragesTests
{
    [Fact]
    public void Two_interviewers_ratings_average_overall_and_per_competency()
    {
        var average = ScoreAverages.Of([
            new(["EMP", "LIS"], 4), new(["DET"], 2),   // interviewer one
            new(["EMP", "LIS"], 5), new(["DET"], 3),   // interviewer two
        ]);
        Assert.Equal(3.5, average.Overall);            // (4 + 2 + 5 + 3) / 4
        Assert.Equal(4.5, average.ByCompetency["EMP"]); // (4 + 5) / 2
        Assert.Equal(4.5, average.ByCompetency["LIS"]);
        Assert.Equal(2.5, average.ByCompetency["DET"]); // (2 + 3) / 2
        Assert.Equal(4, average.Ratings);
    }

    [Fact]
    public void Nothing_rated_has_no_average()
    {
        var average = ScoreAverages.Of([]);
        Assert.Null(average.Overall);
        Assert.Empty(average.ByCompetency);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(5, true)]
    [InlineData(6, false)]
    public void Ratings_run_from_one_to_five(int rating, bool valid) => Assert.Equal(valid, ScoreAverages.IsValid(rating));
}
