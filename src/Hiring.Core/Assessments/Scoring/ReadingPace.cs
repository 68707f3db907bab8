namespace Hiring.Core.Assessments.Scoring;

/// <summary>
/// How fast a passage can be read for understanding. Adults read text for comprehension at about 200 to 400
/// words per minute; above about 600 WPM what is taken in falls to what skimming gives (Rayner, Schotter, Masson,
/// Potter and Treiman, "So much to read, so little time", Psychological Science in the Public Interest 17(1), 2016).
/// A passage "read" faster than <see cref="CeilingWpm"/> was skimmed or skipped: staff see a flag, and the passage
/// gives no reading speed, so a candidate who clicked straight through does not look like a fast reader.
/// </summary>
public static class ReadingPace
{
    public const double CeilingWpm = 600;

    /// <summary>Whether the words were "read" in less time than the ceiling allows (untimed passages are not judged).</summary>
    public static bool Skimmed(int words, double? seconds) => seconds is { } s && s > 0 && words / (s / 60) > CeilingWpm;
}
