namespace Hiring.Core.Assessments.Typing;

/// <summary>
/// Replays the captured keys into a buffer to see every press, including the mistakes the candidate
/// corrected (which the final text no longer shows). Assumes typing at the end of the text: arrow
/// keys, mouse moves of the caret and Delete are ignored, as they are rare in a copy test. Select-all
/// (a Ctrl or Meta chord on "a", recorded as "Control+a") followed by Backspace, Delete or a character
/// replaces the whole buffer.
/// </summary>
public static class KeystrokeReplay
{
    /// <summary>Keys whose KeyboardEvent.isTrusted was false: made by script, not by a keyboard.</summary>
    public static int CountSynthetic(IReadOnlyList<Keystroke> keystrokes) => keystrokes.Count(k => !k.Trusted);

    /// <summary>Trusted keys that type a character, in time order.</summary>
    public static IReadOnlyList<Keystroke> CharacterPresses(IReadOnlyList<Keystroke> keystrokes) =>
        keystrokes.Where(k => k.Trusted && k.Character is not null).OrderBy(k => k.AtMs).ToList();

    /// <summary>The text the trusted keys produce, normalised like the final text.</summary>
    public static string Replay(IReadOnlyList<Keystroke> keystrokes)
    {
        var buffer = new System.Text.StringBuilder();
        bool allSelected = false;
        foreach (var key in keystrokes.Where(k => k.Trusted).OrderBy(k => k.AtMs))
        {
            if (key.IsSelectAll) { allSelected = buffer.Length > 0; continue; }
            bool edits = key.IsBackspace || key.Key == "Delete" || key.Character is not null;
            if (!edits)
            {
                // Moving the caret drops the selection; Shift, Control and the like keep it.
                if (key.Key.StartsWith("Arrow", StringComparison.Ordinal) || key.Key is "Home" or "End") allSelected = false;
                continue;
            }
            if (allSelected) buffer.Clear();
            else if (key.IsBackspace && buffer.Length > 0)
                buffer.Length -= char.IsLowSurrogate(buffer[^1]) && buffer.Length > 1 ? 2 : 1;
            if (key.Character is { } typed) buffer.Append(typed);
            allSelected = false;
        }
        return TypingText.Normalize(buffer.ToString());
    }

    /// <summary>
    /// Correct character presses / all character presses, 0 when no character key was pressed. The
    /// presses, in order and including the ones later deleted, are aligned with the passage the same
    /// way the final text is (<see cref="TypingAlign"/>): a press is correct when it is matched to the
    /// passage character it stands for. A skipped word therefore costs nothing here (it is an omission
    /// in the final text), and a corrected slip costs one wrong press.
    /// </summary>
    public static double KeystrokeAccuracy(string passage, IReadOnlyList<Keystroke> keystrokes) =>
        AlignedShare(passage, string.Concat(CharacterPresses(keystrokes).Select(k => k.Character)));

    /// <summary>Share of the pressed (or committed) characters matched to the passage when aligned with it.</summary>
    internal static double AlignedShare(string passage, string pressed)
    {
        if (pressed.Length == 0) return 0;
        var text = TypingText.Normalize(passage);
        // More presses than the alignment can hold is a padded log, not typing: score it against
        // the passage length it could at most have typed.
        long cells = (long)pressed.Length * Math.Min(text.Length, 2 * pressed.Length);
        if (cells > TypingAlign.MaxCells) return Math.Min(1, (double)text.Length / pressed.Length);
        return (double)TypingAlign.AlignNormalized(text, pressed).Matches / pressed.Length;
    }

    /// <summary>
    /// Per-second speed steadiness: character presses are counted in each whole second from the first
    /// press; the last, partial second is dropped. Consistency = clamp(100 × (1 − SD/mean), 0, 100).
    /// Fewer than <see cref="MinimumSeconds"/> whole seconds give 100: too little typing to judge
    /// rhythm, and a short attempt is already marked down by its net WPM.
    /// </summary>
    public static double Consistency(IReadOnlyList<Keystroke> keystrokes) =>
        Steadiness(CharacterPresses(keystrokes).Select(k => (k.AtMs, 1)).ToList());

    /// <summary>The consistency rule over (time, characters) points in time order.</summary>
    internal static double Steadiness(IReadOnlyList<(long AtMs, int Characters)> points)
    {
        if (points.Count == 0) return 100;
        long start = points[0].AtMs;
        int wholeSeconds = (int)((points[^1].AtMs - start) / 1000);
        if (wholeSeconds < MinimumSeconds) return 100;
        var perSecond = new double[wholeSeconds];
        foreach (var (at, characters) in points)
        {
            long second = (at - start) / 1000;
            if (second < wholeSeconds) perSecond[second] += characters;
        }
        var spread = Spread.Of(perSecond);
        return Math.Clamp(100 * (1 - spread.Sd / spread.Mean), 0, 100);
    }

    public const int MinimumSeconds = 5;
}
