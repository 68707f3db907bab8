namespace Hiring.Core.Assessments.Typing;

/// <summary>
/// Scores a typing attempt. Speed and accuracy come from the final text (the server's copy);
/// keystroke accuracy, consistency and integrity come from the captured keys.
/// Gross WPM = (typed characters / 5) / minutes; net WPM = gross − uncorrected errors / minutes,
/// never below 0; accuracy = correct characters / typed characters.
/// </summary>
public static class TypingScore
{
    /// <summary>Net WPM that earns 100 percent in the composite.</summary>
    public const double FullMarksNetWpm = 60;

    /// <summary>passage: the text shown; typed: the final text the candidate typed (server-side copy);
    /// elapsed: typing time used. Keys may arrive in any order; they are replayed by AtMs.</summary>
    public static TypingResult Score(string passage, string typed, TimeSpan elapsed, IReadOnlyList<Keystroke> keystrokes)
    {
        var text = TypingText.Normalize(typed);
        var alignment = TypingAlign.AlignNormalized(TypingText.Normalize(passage), text);
        double minutes = Math.Max(0, elapsed.TotalMinutes);
        double gross = minutes > 0 ? text.Length / 5.0 / minutes : 0;
        double net = minutes > 0 ? Math.Max(0, gross - alignment.Errors / minutes) : 0;
        double accuracy = text.Length > 0 ? (double)alignment.Matches / text.Length : 0;

        var flags = TypingIntegrity.Check(keystrokes, net).ToList();
        int presses = KeystrokeReplay.CharacterPresses(keystrokes).Count;
        // Every character of the final text needs a key press; more text than presses means it
        // arrived another way (paste, autofill, drag) — or from a phone keyboard that reports no keys.
        if (text.Length > presses)
            flags.Add(new("untyped-text",
                $"The final text has {text.Length} characters but only {presses} character keys were captured (paste, autofill or a keyboard that reports no keys)."));

        return new TypingResult(text.Length, alignment.Matches, alignment.Errors, minutes, gross, net, accuracy,
            KeystrokeReplay.KeystrokeAccuracy(passage, keystrokes), KeystrokeReplay.Consistency(keystrokes),
            KeystrokeReplay.CountSynthetic(keystrokes), flags);
    }

    /// <summary>Percent used in the composite: min(100, 100 × NetWpm / 60).</summary>
    public static double Percent(TypingResult r) => Math.Min(100, 100 * r.NetWpm / FullMarksNetWpm);
}
