namespace Hiring.Core.Assessments.Sjt;

/// <summary>
/// Situational judgement scoring. The candidate marks the most and the least effective of four
/// responses; each response carries a keyed rating 1 (counter-productive) … 4 (best). The item score
/// is the agreement of both choices with the key: ((rating(most) − 1) + (4 − rating(least))) / 6,
/// so 1 when the best is chosen as most and the worst as least, 0 for the exact reverse.
/// A missing choice adds nothing; marking one response as both is contradictory and scores 0.
/// </summary>
public static class SjtScore
{
    public const int MinRating = 1, MaxRating = 4;

    public static double Item(IReadOnlyDictionary<string, int> ratings, string? most, string? least)
    {
        if (most is not null && most == least) return 0;
        var sum = 0;
        if (most is not null && ratings.TryGetValue(most, out var m)) sum += Check(m) - MinRating;
        if (least is not null && ratings.TryGetValue(least, out var l)) sum += MaxRating - Check(l);
        return sum / 6.0;
    }

    private static int Check(int rating) => rating is >= MinRating and <= MaxRating
        ? rating : throw new ArgumentOutOfRangeException(nameof(rating), rating, "SJT ratings run from 1 to 4");
}
