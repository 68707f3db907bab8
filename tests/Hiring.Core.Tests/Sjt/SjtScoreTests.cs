using Hiring.Core.Assessments.Sjt;

namespace Hiring.Core.Tests.Sjt;

public class SjtScoreTests
{
    // A keyed item: A best (4), B 2, C worst (1), D 3.
    private static readonly Dictionary<string, int> Key = new() { ["A"] = 4, ["B"] = 2, ["C"] = 1, ["D"] = 3 };

    [Theory]
    [InlineData("A", "C", 6)]   // (4-1) + (4-1) = 6 → 6/6
    [InlineData("C", "A", 0)]   // (1-1) + (4-4) = 0 → 0/6
    [InlineData("D", "B", 4)]   // (3-1) + (4-2) = 4 → 4/6
    [InlineData("B", "D", 2)]   // (2-1) + (4-3) = 2 → 2/6
    public void Agreement_with_the_key_scores_the_item(string most, string least, int sixths)
    {
        Assert.Equal(sixths / 6.0, SjtScore.Item(Key, most, least), 6);
    }

    [Fact]
    public void Best_as_most_and_second_worst_as_least_scores_five_sixths()
    {
        // (4-1) + (4-2) = 3 + 2 = 5 → 5/6
        Assert.Equal(5 / 6.0, SjtScore.Item(Key, "A", "B"), 6);
    }

    [Fact]
    public void Only_the_most_effective_marked_scores_half_the_item_at_best()
    {
        // (4-1) + nothing = 3 → 3/6
        Assert.Equal(0.5, SjtScore.Item(Key, "A", null), 6);
        // nothing + (4-1) = 3 → 3/6
        Assert.Equal(0.5, SjtScore.Item(Key, null, "C"), 6);
        Assert.Equal(0, SjtScore.Item(Key, null, null));
    }

    [Fact]
    public void The_same_response_as_most_and_least_scores_nothing()
    {
        Assert.Equal(0, SjtScore.Item(Key, "A", "A"));
    }

    [Fact]
    public void A_rating_outside_one_to_four_is_refused()
    {
        var bad = new Dictionary<string, int> { ["A"] = 5, ["B"] = 1 };
        Assert.Throws<ArgumentOutOfRangeException>(() => SjtScore.Item(bad, "A", "B"));
    }
}
