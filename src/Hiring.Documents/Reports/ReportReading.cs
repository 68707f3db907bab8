namespace Hiring.Documents.Reports;

/// <summary>
/// The report's sentences and groupings for a reader other than the PDF (the on-screen report and the comparison page):
/// the very methods the PDF draws with, so a figure or a sentence on screen is the one printed.
/// </summary>
public static class ReportReading
{
    /// <summary>The evidence behind the recommendation, one line each (the PDF's summary bullets).</summary>
    public static IReadOnlyList<string> Reasons(CandidateReportModel model) => SummaryBlock.Reasons(model);

    /// <summary>When the test was taken and where it stands, the line under its figures.</summary>
    public static string Taken(TestResultSection test) => TestSections.Taken(test);

    /// <summary>What the competency profile is drawn from.</summary>
    public static string Measured(CandidateReportModel model) => CompetencyProfile.Measured(model);

    /// <summary>Strengths and areas to probe: competencies at least 10 points from the norm median.</summary>
    public static (IReadOnlyList<CompetencyScore> Strengths, IReadOnlyList<CompetencyScore> Probes) Split(CandidateReportModel model) =>
        CompetencyProfile.Split(model.Competencies);

    /// <summary>One test's figures, label and value (score or speeds, percentile, time used, reading, pass mark).</summary>
    public static IReadOnlyList<(string Label, string Value)> Facts(TestResultSection test) => TestSections.Facts(test);

    public static string Contact(CandidateReportModel model) => CoverBlock.Contact(model);
    public static string Composite(CandidateReportModel model) => CoverBlock.Composite(model);
    public static string TestsTaken(CandidateReportModel model) => CoverBlock.TestsTaken(model);

    public static string Severity(FlagSeverity severity) => IntegrityAndScreening.Severity(severity);

    /// <summary>The test's marked figure in its unit: "41.0 WPM" for typing, "72.5%" otherwise.</summary>
    public static string Figure(TestResultSection test) =>
        test.Typing is { } typing ? TypingSpeed.Of(test, typing.NetWpm) : $"{test.Percent:0.0}%";

    public static string PassMark(TestResultSection test) =>
        test.Kind == Core.Assessments.TestKind.Typing ? TypingSpeed.PassMark(test) : $"{test.PassMark:0}%";
}
