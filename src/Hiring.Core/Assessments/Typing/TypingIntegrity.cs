namespace Hiring.Core.Assessments.Typing;

/// <summary>
/// Signs that the text was not typed by a person. People vary: intervals between keys spread by
/// tens of milliseconds at any speed, and so do key hold times. A script replaying text at a fixed
/// rate does not, and <c>isTrusted</c> is false for keys dispatched from script. Flags are for a
/// recruiter to review; they never change the score.
/// </summary>
public static class TypingIntegrity
{
    public const int MinimumSamples = 30;
    public const double RegularTimingSdMs = 15, RegularHoldSdMs = 10, ImplausibleNetWpm = 130;
    /// <summary>Longer gaps are thinking or reading pauses, not typing rhythm.</summary>
    public const long PauseMs = 2000;

    public static IReadOnlyList<TypingFlag> Check(IReadOnlyList<Keystroke> keystrokes, double netWpm)
    {
        var flags = new List<TypingFlag>();
        var presses = KeystrokeReplay.CharacterPresses(keystrokes);
        var intervals = Spread.Of(presses.Zip(presses.Skip(1), (a, b) => (double)(b.AtMs - a.AtMs))
            .Where(gap => gap <= PauseMs).ToList());
        bool regularTiming = intervals.Count >= MinimumSamples && intervals.Sd <= RegularTimingSdMs;
        if (regularTiming)
            flags.Add(new("regular-timing",
                $"Inter-key interval SD {intervals.Sd:0.#} ms over {intervals.Count} intervals (mean {intervals.Mean:0} ms): people do not type that evenly."));

        var holds = Spread.Of(presses.Where(k => k.HoldMs is not null).Select(k => (double)k.HoldMs!.Value).ToList());
        bool regularHold = holds.Count >= MinimumSamples && holds.Sd <= RegularHoldSdMs;
        if (regularHold)
            flags.Add(new("regular-hold",
                $"Key hold time SD {holds.Sd:0.#} ms over {holds.Count} keys (mean {holds.Mean:0} ms): people do not hold keys that evenly."));

        if (netWpm > ImplausibleNetWpm && (regularTiming || regularHold))
            flags.Add(new("implausible-speed", $"{netWpm:0} net WPM with machine-regular key timing."));

        int synthetic = KeystrokeReplay.CountSynthetic(keystrokes);
        if (synthetic > 0)
            flags.Add(new("synthetic-input", $"{synthetic} key events came from script (isTrusted false) and were ignored."));
        return flags;
    }
}
