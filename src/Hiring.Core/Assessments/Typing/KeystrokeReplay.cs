namespace Hiring.Core.Assessments.Typing;

/// <summary>
/// Replays the captured keys into a buffer to see every press, including the mistakes the candidate
/// corrected (which the final text no longer shows). Assumes typing at the end of the text: arrow
/// keys, mouse moves of the caret and Delete are ignored, as they are rare in a copy test.
/// </summary>
public static class KeystrokeReplay
{
    /// <summary>Keys whose KeyboardEvent.isTrusted was false: made by script, not by a keyboard.</summary>
    public static int CountSynthetic(IReadOnlyList<Keystroke> keystrokes) => keystrokes.Count(k => !k.Trusted);

    /// <summary>Trusted keys that type a character, in time order.</summary>
    public static IReadOnlyList<Keystroke> CharacterPresses(IReadOnlyList<Keystroke> keystrokes) =>
        keystrokes.Where(k => k.Trusted && k.Character is not null).OrderBy(k => k.AtMs).ToList();

    /// <summary>Correct character presses / all character presses, 0 when no character key was pressed.
    /// A press is correct when it equals the passage character at the cursor at that moment.</summary>
    public static double KeystrokeAccuracy(string passage, IReadOnlyList<Keystroke> keystrokes)
    {
        var text = TypingText.Normalize(passage);
        var buffer = new System.Text.StringBuilder();
        int presses = 0, correct = 0;
        foreach (var key in keystrokes.Where(k => k.Trusted).OrderBy(k => k.AtMs))
        {
            if (key.IsBackspace)
            {
                if (buffer.Length > 0) buffer.Length -= char.IsLowSurrogate(buffer[^1]) && buffer.Length > 1 ? 2 : 1;
                continue;
            }
            if (key.Character is not { } typed) continue;
            presses++;
            if (buffer.Length <= text.Length && text.AsSpan(buffer.Length).StartsWith(typed, StringComparison.Ordinal)) correct++;
            buffer.Append(typed);
        }
        return presses == 0 ? 0 : (double)correct / presses;
    }

    /// <summary>
    /// Per-second speed steadiness: character presses are counted in each whole second from the first
    /// press; the last, partial second is dropped. Consistency = clamp(100 × (1 − SD/mean), 0, 100).
    /// Fewer than <see cref="MinimumSeconds"/> whole seconds give 100: too little typing to judge
    /// rhythm, and a short attempt is already marked down by its net WPM.
    /// </summary>
    public static double Consistency(IReadOnlyList<Keystroke> keystrokes)
    {
        var presses = CharacterPresses(keystrokes);
        if (presses.Count == 0) return 100;
        long start = presses[0].AtMs;
        int wholeSeconds = (int)((presses[^1].AtMs - start) / 1000);
        if (wholeSeconds < MinimumSeconds) return 100;
        var perSecond = new double[wholeSeconds];
        foreach (var press in presses)
        {
            long second = (press.AtMs - start) / 1000;
            if (second < wholeSeconds) perSecond[second]++;
        }
        var spread = Spread.Of(perSecond);
        return Math.Clamp(100 * (1 - spread.Sd / spread.Mean), 0, 100);
    }

    public const int MinimumSeconds = 5;
}
