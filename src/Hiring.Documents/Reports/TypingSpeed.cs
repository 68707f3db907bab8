namespace Hiring.Documents.Reports;

/// <summary>A typing speed in its unit: words per minute for an English test, characters per minute (字/分钟) for a Chinese
/// one (<see cref="TypingFigures.InCharacters"/>). A test without figures is read in words, as typing was before Chinese.</summary>
internal static class TypingSpeed
{
    public static string Of(TestResultSection test, double perMinute) =>
        Words.F(InCharacters(test) ? "{0:0.0} characters per minute" : "{0:0.0} WPM", perMinute);

    /// <summary>The score strip's value, in its narrow column: "41.0 net WPM", or "41.0 chars/min" whose caption says it is
    /// net (<see cref="StripCaption"/>).</summary>
    public static string Net(TestResultSection test, double perMinute) =>
        Words.F(InCharacters(test) ? "{0:0.0} chars/min" : "{0:0.0} net WPM", perMinute);

    public static string StripCaption(TestResultSection test, double accuracyPercent, string standing) =>
        Words.F(InCharacters(test) ? "net of errors · {0:0.0}% accuracy · {1}" : "{0:0.0}% accuracy · {1}", accuracyPercent, standing);

    public static string PassMark(TestResultSection test) =>
        Words.F(InCharacters(test) ? "{0:0} net characters per minute" : "{0:0} net WPM", test.PassMark);

    /// <summary>"Typing (24.0 net WPM against 30)".</summary>
    public static string Shortfall(TestResultSection test) => Words.F(InCharacters(test)
        ? "{0} ({1:0.0} net characters per minute against {2:0})" : "{0} ({1:0.0} net WPM against {2:0})", test.Name, test.MarkedFigure, test.PassMark);

    private static bool InCharacters(TestResultSection test) => test.Typing?.InCharacters == true;
}
