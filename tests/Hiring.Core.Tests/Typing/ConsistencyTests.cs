using Hiring.Core.Assessments.Typing;

namespace Hiring.Core.Tests.Typing;

public class ConsistencyTests
{
    [Fact]
    public void Same_number_of_keys_every_second_is_fully_consistent() =>
        Assert.Equal(100, KeystrokeReplay.Consistency(KeyScript.PerSecond(5, 5, 5, 5, 5)), 9);

    [Fact]
    public void Alternating_speed_loses_the_coefficient_of_variation()
    {
        // Per second 4, 6, 4, 6, 4, 6: mean 5, population SD 1 → 100 × (1 − 1/5) = 80.
        // The closing key at 6 000 ms opens a partial seventh second, which is dropped.
        Assert.Equal(80, KeystrokeReplay.Consistency(KeyScript.PerSecond(4, 6, 4, 6, 4, 6)), 9);
    }

    [Fact]
    public void A_long_stop_scores_lower_than_steady_typing()
    {
        // 8, 8, 8, 0, 8, 8: mean 40/6 = 6.667; squares mean 320/6 = 53.333; SD = √(53.333 − 44.444) = 2.981;
        // 100 × (1 − 2.981/6.667) = 55.28.
        Assert.Equal(55.28, KeystrokeReplay.Consistency(KeyScript.PerSecond(8, 8, 8, 0, 8, 8)), 2);
    }

    [Fact]
    public void Wildly_uneven_typing_bottoms_out_at_zero() =>
        // 10, 0, 0, 0, 0, 0: mean 1.667, SD 3.727 > mean, so 1 − SD/mean is negative → 0.
        Assert.Equal(0, KeystrokeReplay.Consistency(KeyScript.PerSecond(10, 0, 0, 0, 0, 0)));

    [Fact]
    public void Fewer_than_five_whole_seconds_are_not_judged() =>
        // 4 whole seconds of very uneven typing: too little to judge rhythm, so 100.
        Assert.Equal(100, KeystrokeReplay.Consistency(KeyScript.PerSecond(9, 1, 9, 1)));

    [Fact]
    public void Backspace_and_untrusted_keys_are_not_counted()
    {
        // The steady 5-per-second script plus extra non-character and script-made keys in second 0.
        var keys = KeyScript.PerSecond(5, 5, 5, 5, 5);
        keys.Add(new Keystroke(500, "Backspace", 80, true));
        keys.Add(new Keystroke(600, "z", 80, false));
        Assert.Equal(100, KeystrokeReplay.Consistency(keys), 9);
    }
}
