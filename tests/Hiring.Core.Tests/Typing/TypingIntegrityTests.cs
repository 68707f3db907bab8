using Hiring.Core.Assessments.Typing;

namespace Hiring.Core.Tests.Typing;

public class TypingIntegrityTests
{
    // A person copying call notes, recorded as 60 intervals (ms): mean 177.4, population SD 69.0,
    // from 61 to 391 ms.
    private static readonly int[] HumanIntervals =
    [
        182, 143, 221, 97, 168, 305, 134, 119, 256, 188, 76, 142, 210, 163, 391, 128, 154, 99, 237, 176,
        145, 268, 112, 189, 84, 203, 157, 332, 121, 176, 140, 95, 247, 183, 129, 214, 166, 61, 198, 288,
        137, 172, 108, 226, 151, 359, 118, 193, 87, 164, 231, 149, 205, 126, 278, 171, 102, 185, 139, 244,
    ];

    // Hold times cycled over the 61 keys: mean 101.4, population SD 20.9 ms.
    private static readonly int[] HumanHolds =
        [96, 78, 122, 69, 104, 141, 92, 85, 128, 101, 74, 117, 109, 90, 137, 83, 99, 125, 73, 106];

    private static List<Keystroke> Human() => KeyScript.WithIntervals(HumanIntervals, i => HumanHolds[i % HumanHolds.Length]);

    private static List<Keystroke> Every(int ms, int keys, int? holdMs) =>
        KeyScript.WithIntervals(Enumerable.Repeat(ms, keys - 1).ToList(), _ => holdMs);

    private static string[] Codes(IReadOnlyList<TypingFlag> flags) => flags.Select(f => f.Code).ToArray();

    [Fact]
    public void Script_typing_every_100_ms_with_50_ms_holds_is_flagged()
    {
        // 61 keys: 60 intervals of exactly 100 ms and 61 holds of 50 ms, both SD 0.
        var flags = TypingIntegrity.Check(Every(100, 61, 50), netWpm: 120);

        Assert.Equal(["regular-timing", "regular-hold"], Codes(flags));
        Assert.Contains("SD 0 ms over 60 intervals", flags[0].Message);
    }

    [Fact]
    public void Regular_timing_above_120_net_wpm_is_also_implausible_speed() =>
        Assert.Equal(["regular-timing", "regular-hold", "implausible-speed"], Codes(TypingIntegrity.Check(Every(100, 61, 50), netWpm: 140)));

    [Fact]
    public void Recorded_human_timing_is_not_flagged_even_when_fast() =>
        Assert.Empty(TypingIntegrity.Check(Human(), netWpm: 115));

    [Fact]
    public void Above_120_net_wpm_is_reviewed_even_with_human_timing() =>
        Assert.Equal(["implausible-speed"], Codes(TypingIntegrity.Check(Human(), netWpm: 121)));

    [Fact]
    public void A_constant_run_of_fifty_keys_is_flagged_inside_human_typing()
    {
        // 60 human intervals, then 60 machine intervals alternating 9 / 11 ms: the whole attempt's
        // SD (about 95 ms) looks human, but a run of 50 keys has SD 1 ms.
        var intervals = HumanIntervals.Concat(Alternating(9, 11, 60)).ToList();
        var flags = TypingIntegrity.Check(KeyScript.WithIntervals(intervals, i => HumanHolds[i % HumanHolds.Length]), netWpm: 60);

        var flag = Assert.Single(flags);
        Assert.Equal("regular-timing", flag.Code);
        Assert.Contains("A run of 50 keys", flag.Message);
    }

    [Fact]
    public void Thinking_pauses_do_not_hide_a_regular_script()
    {
        // 40 keys every 100 ms, a 5-second pause, 40 more: the pause is left out, the other 78 intervals have SD 0.
        var intervals = Enumerable.Repeat(100, 39).Append(5000).Concat(Enumerable.Repeat(100, 39)).ToList();
        var flags = TypingIntegrity.Check(KeyScript.WithIntervals(intervals, _ => null), netWpm: 60);

        Assert.Equal(["regular-timing"], Codes(flags));
        Assert.Contains("over 78 intervals", flags[0].Message);
    }

    [Fact]
    public void Jitter_of_ten_ms_is_still_machine_regular() =>
        // Alternating 90 / 110 ms: population SD 10 ≤ 15.
        Assert.Equal(["regular-timing"],
            Codes(TypingIntegrity.Check(KeyScript.WithIntervals(Alternating(90, 110, 60), _ => null), netWpm: 60)));

    [Fact]
    public void Jitter_of_twenty_ms_is_not_flagged() =>
        // Alternating 80 / 120 ms: population SD 20 > 15.
        Assert.Empty(TypingIntegrity.Check(KeyScript.WithIntervals(Alternating(80, 120, 60), _ => null), netWpm: 60));

    [Fact]
    public void Fewer_than_thirty_intervals_are_not_enough_to_judge() =>
        // 29 intervals of exactly 100 ms and 30 holds of 50 ms: timing not judged, holds are.
        Assert.Equal(["regular-hold"], Codes(TypingIntegrity.Check(Every(100, 30, 50), netWpm: 60)));

    [Fact]
    public void Even_holds_with_human_intervals_are_flagged_as_regular_hold() =>
        Assert.Equal(["regular-hold"],
            Codes(TypingIntegrity.Check(KeyScript.WithIntervals(HumanIntervals, _ => 50), netWpm: 60)));

    [Fact]
    public void Untrusted_keys_are_flagged_as_synthetic_input_and_left_out_of_timing()
    {
        // The human script with 3 script-made keys slipped in at the instant of a real key:
        // they are ignored (no timing flag) and the flag says how many.
        var keys = Human();
        keys.InsertRange(10, [new(keys[10].AtMs, "x", 1, false), new(keys[10].AtMs, "y", 1, false), new(keys[10].AtMs, "z", 1, false)]);
        var flag = Assert.Single(TypingIntegrity.Check(keys, netWpm: 60));

        Assert.Equal("synthetic-input", flag.Code);
        Assert.StartsWith("3 key events", flag.Message);
    }

    private static List<int> Alternating(int a, int b, int count) =>
        Enumerable.Range(0, count).Select(i => i % 2 == 0 ? a : b).ToList();
}
