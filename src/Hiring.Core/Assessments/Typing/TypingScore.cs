namespace Hiring.Core.Assessments.Typing;

/// <summary>
/// Scores a typing attempt. Speed and accuracy come from the final text (the server's copy);
/// keystroke accuracy, consistency and integrity come from the captured keys.
/// Gross WPM = (typed characters / 5) / minutes; net WPM = gross − uncorrected errors / minutes,
/// never below 0 (errors = substitutions + extra characters + omitted characters); accuracy =
/// correct characters / (correct characters + errors), so a skipped word lowers accuracy as it lowers
/// net WPM — the convention of employment typing tests, which count omissions as errors.
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
        int compared = alignment.Matches + alignment.Errors;
        double accuracy = compared > 0 ? (double)alignment.Matches / compared : 0;

        double keystrokeAccuracy = KeystrokeReplay.KeystrokeAccuracy(passage, keystrokes);
        var flags = TypingIntegrity.Check(keystrokes, net).Concat(TypingIntegrity.CheckText(text, keystrokes, accuracy, keystrokeAccuracy)).ToList();

        return new TypingResult(text.Length, alignment.Matches, alignment.Errors, minutes, gross, net, accuracy,
            keystrokeAccuracy, KeystrokeReplay.Consistency(keystrokes), KeystrokeReplay.CountSynthetic(keystrokes), flags);
    }

    /// <summary>Percent used in the composite: min(100, 100 × NetWpm / 60).</summary>
    public static double Percent(TypingResult r) => Math.Min(100, 100 * r.NetWpm / FullMarksNetWpm);
}
