namespace Hiring.Core.Assessments.Typing;

/// <summary>Character-level alignment of what was typed against the passage prefix reached.
/// Insertions are extra typed characters; omissions are passage characters skipped.</summary>
public sealed record TypingAlignment(int Matches, int Substitutions, int Insertions, int Omissions)
{
    public int Errors => Substitutions + Insertions + Omissions;
}

/// <summary>
/// Something a recruiter should look at; a flag never changes the score. <see cref="Text"/> is the English wording with
/// placeholders for <see cref="Figures"/> ("{0} key events came from script…"): the web app words it in the reader's
/// language with the English as the key, as every text is; <see cref="Message"/> is the English.
/// </summary>
public sealed record TypingFlag(string Code, string Text, IReadOnlyList<double> Figures)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public string Message => string.Format(System.Globalization.CultureInfo.InvariantCulture, Text, [.. Figures.Cast<object?>()]);
}

/// <summary>GrossWpm and NetWpm are in <see cref="Unit"/> per minute: words (English) or characters (字/分钟, Chinese).
/// KeystrokeAccuracy and Consistency are of the keys pressed, or for characters of the text the input method committed.</summary>
public sealed record TypingResult(int TypedCharacters, int CorrectCharacters, int UncorrectedErrors, double Minutes,
    double GrossWpm, double NetWpm, double Accuracy /*0..1*/, double KeystrokeAccuracy /*0..1*/, double Consistency /*0..100*/,
    int IgnoredSyntheticKeys, IReadOnlyList<TypingFlag> Flags, TypingUnit Unit = TypingUnit.Words)
{
    /// <summary>Any integrity flag holds the result for a person to review before it counts (in the norms, for one).</summary>
    public bool NeedsReview => Flags.Count > 0;
}
