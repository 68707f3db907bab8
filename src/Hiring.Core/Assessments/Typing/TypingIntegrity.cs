namespace Hiring.Core.Assessments.Typing;

/// <summary>
/// Signs that the text was not typed by a person. People vary: intervals between keys spread by
/// tens of milliseconds at any speed, and so do key hold times. A script replaying text at a fixed
/// rate does not, and <c>isTrusted</c> is false for keys dispatched from script. The keys must also
/// produce the text that was submitted. Flags are for a recruiter to review; they never change the
/// score, but a flagged result is kept out of the norms until someone has looked at it.
/// </summary>
public static class TypingIntegrity
{
    public const int MinimumSamples = 30;
    /// <summary>Any run of this many keys at machine-regular intervals is flagged, however human the rest.</summary>
    public const int WindowKeys = 50;
    public const double RegularTimingSdMs = 15, RegularHoldSdMs = 10;
    /// <summary>Above this net WPM a result is reviewed by a person whatever the timing: few typists
    /// sustain it on a copy test, so a claim that high is checked before it counts.</summary>
    public const double ImplausibleNetWpm = 120;
    /// <summary>A keystroke accuracy this far below the final text's accuracy means the keys did not write the text.</summary>
    public const double KeystrokeGap = 0.25;
    /// <summary>Longer gaps are thinking or reading pauses, not typing rhythm.</summary>
    public const long PauseMs = 2000;

    public static IReadOnlyList<TypingFlag> Check(IReadOnlyList<Keystroke> keystrokes, double netWpm)
    {
        var flags = new List<TypingFlag>();
        var presses = KeystrokeReplay.CharacterPresses(keystrokes);
        var gaps = presses.Zip(presses.Skip(1), (a, b) => (double)(b.AtMs - a.AtMs)).ToList();
        var intervals = Spread.Of(gaps.Where(gap => gap <= PauseMs).ToList());
        bool regularTiming = intervals.Count >= MinimumSamples && intervals.Sd <= RegularTimingSdMs;
        if (regularTiming)
            flags.Add(new("regular-timing",
                $"Inter-key interval SD {intervals.Sd:0.#} ms over {intervals.Count} intervals (mean {intervals.Mean:0} ms): people do not type that evenly."));
        else if (MostRegularRun(gaps) is { } run && run.Sd <= RegularTimingSdMs)
            flags.Add(new("regular-timing",
                $"A run of {run.Count + 1} keys had an inter-key interval SD of {run.Sd:0.#} ms (mean {run.Mean:0} ms): people do not type that evenly."));

        var holds = Spread.Of(presses.Where(k => k.HoldMs is not null).Select(k => (double)k.HoldMs!.Value).ToList());
        bool regularHold = holds.Count >= MinimumSamples && holds.Sd <= RegularHoldSdMs;
        if (regularHold)
            flags.Add(new("regular-hold",
                $"Key hold time SD {holds.Sd:0.#} ms over {holds.Count} keys (mean {holds.Mean:0} ms): people do not hold keys that evenly."));

        if (netWpm > ImplausibleNetWpm)
            flags.Add(new("implausible-speed", $"{netWpm:0} net WPM is above the {ImplausibleNetWpm:0} WPM a person plausibly types: review before relying on it."));

        int synthetic = KeystrokeReplay.CountSynthetic(keystrokes);
        if (synthetic > 0)
            flags.Add(new("synthetic-input", $"{synthetic} key events came from script (isTrusted false) and were ignored."));
        return flags;
    }

    /// <summary>Whether the captured keys wrote the final text: every character needs a press, replaying the
    /// keys must give the text, and the presses cannot be far less accurate than the text.</summary>
    public static IReadOnlyList<TypingFlag> CheckText(string normalizedText, IReadOnlyList<Keystroke> keystrokes,
        double accuracy, double keystrokeAccuracy)
    {
        var flags = new List<TypingFlag>();
        int presses = KeystrokeReplay.CharacterPresses(keystrokes).Count;
        // More text than presses means it arrived another way (paste, autofill, drag) — or from a
        // phone keyboard that reports no keys.
        if (normalizedText.Length > presses)
            flags.Add(new("untyped-text",
                $"The final text has {normalizedText.Length} characters but only {presses} character keys were captured (paste, autofill or a keyboard that reports no keys)."));
        else if (KeystrokeReplay.Replay(keystrokes) != normalizedText)
            flags.Add(new("replay-mismatch",
                $"Replaying the {presses} captured character keys does not give the submitted text of {normalizedText.Length} characters: part of it was put there another way (or edited with the mouse)."));
        if (presses > 0 && keystrokeAccuracy < accuracy - KeystrokeGap)
            flags.Add(new("keystroke-gap",
                $"Keystroke accuracy {keystrokeAccuracy:0.#%} is far below the final text's accuracy {accuracy:0.#%}: the keys pressed did not write this text."));
        return flags;
    }

    /// <summary>The most even run of <see cref="WindowKeys"/> keys with no pause in it, or null when there is none.</summary>
    private static Spread? MostRegularRun(IReadOnlyList<double> gaps)
    {
        int width = WindowKeys - 1;
        Spread? best = null;
        for (int start = 0; start + width <= gaps.Count; start++)
        {
            var window = gaps.Skip(start).Take(width).ToList();
            if (window.Any(gap => gap > PauseMs)) continue;
            var spread = Spread.Of(window);
            if (best is null || spread.Sd < best.Value.Sd) best = spread;
        }
        return best;
    }
}
