namespace Hiring.Core.Assessments.Scoring;

/// <summary>
/// How fast a passage can be read for understanding. Adults read text for comprehension at about 200 to 400
/// words per minute; above about 600 WPM what is taken in falls to what skimming gives (Rayner, Schotter, Masson,
/// Potter and Treiman, "So much to read, so little time", Psychological Science in the Public Interest 17(1), 2016).
/// Chinese is read at about 250 to 400 字 a minute (Trauzettel-Klosinski et al., "Standardized assessment of reading
/// performance: the new International Reading Speed Texts IReST", IOVS 53(9), 2012: 255 字/分钟 aloud), so its
/// ceiling is <see cref="CeilingCharactersPerMinute"/>, the same multiple of an ordinary pace.
/// A passage "read" faster than its ceiling was skimmed or skipped: staff see a flag, and the passage
/// gives no reading speed, so a candidate who clicked straight through does not look like a fast reader.
/// </summary>
public static class ReadingPace
{
    public const double CeilingWpm = 600;
    public const double CeilingCharactersPerMinute = 1000;

    /// <summary>The ceiling for a passage counted in words, or in 字 (<paramref name="inCharacters"/>).</summary>
    public static double Ceiling(bool inCharacters) => inCharacters ? CeilingCharactersPerMinute : CeilingWpm;

    /// <summary>Whether the words (or 字) were "read" in less time than the ceiling allows (untimed passages are not judged).</summary>
    public static bool Skimmed(int count, double? seconds, bool inCharacters = false) =>
        seconds is { } s && s > 0 && count / (s / 60) > Ceiling(inCharacters);
}
