namespace Hiring.Core.Assessments.Typing;

/// <summary>
/// Scores a typing attempt. Speed and accuracy come from the final text (the server's copy);
/// keystroke accuracy, consistency and integrity come from the captured keys.
/// Gross WPM = (typed characters / 5) / minutes; net WPM = gross − uncorrected errors / minutes,
/// never below 0 (errors = substitutions + extra characters + omitted characters); accuracy =
/// correct characters / (correct characters + errors), so a skipped word lowers accuracy as it lowers
/// net WPM — the convention of employment typing tests, which count omissions as errors.
/// Chinese (<see cref="TypingUnit.Characters"/>) is counted the way Chinese employers count it, in characters per
/// minute (字/分钟) of committed text with the same alignment and error rule, each character a unit; its
/// keystroke accuracy, consistency and integrity come from the input method's commits (<see cref="CommittedText"/>).
/// </summary>
public static class TypingScore
{
    /// <summary>Net WPM that earns 100 percent in the composite.</summary>
    public const double FullMarksNetWpm = 60;

    /// <summary>Net 字/分钟 that earns 100 percent: above the published bars of 50 (interview) and 65 (a large
    /// cloud company's customer-service standard).</summary>
    public const double FullMarksNetCpm = 80;

    /// <summary>passage: the text shown; typed: the final text the candidate typed (server-side copy);
    /// elapsed: typing time used. Keys may arrive in any order; they are replayed by AtMs.</summary>
    public static TypingResult Score(string passage, string typed, TimeSpan elapsed, IReadOnlyList<Keystroke> keystrokes,
        TypingUnit unit = TypingUnit.Words)
    {
        var text = TypingText.Normalize(typed);
        var alignment = TypingAlign.AlignNormalized(TypingText.Normalize(passage), text);
        double minutes = Math.Max(0, elapsed.TotalMinutes);
        double gross = minutes > 0 ? (double)text.Length / TypingUnits.CharactersPer(unit) / minutes : 0;
        double net = minutes > 0 ? Math.Max(0, gross - alignment.Errors / minutes) : 0;
        int compared = alignment.Matches + alignment.Errors;
        double accuracy = compared > 0 ? (double)alignment.Matches / compared : 0;

        bool characters = unit == TypingUnit.Characters;
        if (characters) keystrokes = Ime.Vouched(keystrokes);
        double keystrokeAccuracy = characters ? CommittedText.Accuracy(passage, keystrokes) : KeystrokeReplay.KeystrokeAccuracy(passage, keystrokes);
        var flags = characters
            ? TypingIntegrity.CheckCommits(keystrokes, net).Concat(TypingIntegrity.CheckCommittedText(text, keystrokes, accuracy, keystrokeAccuracy))
            : TypingIntegrity.Check(keystrokes, net).Concat(TypingIntegrity.CheckText(text, keystrokes, accuracy, keystrokeAccuracy));
        double consistency = characters ? CommittedText.Consistency(keystrokes) : KeystrokeReplay.Consistency(keystrokes);

        return new TypingResult(text.Length, alignment.Matches, alignment.Errors, minutes, gross, net, accuracy,
            keystrokeAccuracy, consistency, KeystrokeReplay.CountSynthetic(keystrokes), flags.ToList(), unit);
    }

    /// <summary>Percent used in the composite: min(100, 100 × net / full marks) — 60 WPM, or 80 字/分钟.</summary>
    public static double Percent(TypingResult r) =>
        Math.Min(100, 100 * r.NetWpm / (r.Unit == TypingUnit.Characters ? FullMarksNetCpm : FullMarksNetWpm));
}
