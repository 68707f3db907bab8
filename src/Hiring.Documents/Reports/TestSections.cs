using Hiring.Core.Assessments;
using Hiring.Documents.Layout;

namespace Hiring.Documents.Reports;

/// <summary>One block per test taken: score, percentile against its norm, time, pass or fail, and the
/// typing and reading figures.</summary>
internal static class TestSections
{
    // Figures print as the web prints them: percents and words per minute to one decimal, counts and pass marks whole.
    public static Element For(CandidateReportModel model)
    {
        if (model.Tests.Count == 0)
            return ReportStyle.Section("Test results", ReportStyle.Note(
                $"No tests taken yet. {model.Candidate.Name} has not completed any test of this post's battery, " +
                "so there are no scores, percentiles or competency profile to report."));
        var blocks = model.Tests.Select(Block).ToArray();
        return ReportStyle.Section("Test results", blocks[0], blocks[1..]);
    }

    private static Element Block(TestResultSection test)
    {
        // Same size as the test's name so both sit on one baseline (and extract as one line).
        var verdict = test.Passed
            ? new Span("PASSED", ReportStyle.Subheading.WithColor(ReportStyle.PassInk))
            : new Span("BELOW PASS MARK", ReportStyle.Subheading.WithColor(ReportStyle.FailInk));
        // Typing is read in net words per minute and accuracy, the figures that matter; its 0–100 index is not shown.
        var facts = test.Typing is { } typing
            ? new List<(string, string)> { ("Net speed", $"{typing.NetWpm:0.0} WPM"), ("Accuracy", $"{typing.AccuracyPercent:0.0}%"), ("Gross speed", $"{typing.GrossWpm:0.0} WPM") }
            : [("Score", $"{test.Score:0.##} / {test.MaxScore:0.##}"), ("Percent", $"{test.Percent:0.0}%")];
        facts.Add(("Percentile", test.Percentile is { } p ? Ordinal(p) : "no norm yet"));
        facts.Add(("Time used", $"{ReportStyle.Minutes(test.TimeUsed)} of {ReportStyle.Minutes(test.TimeLimit)}"));
        if (test.Reading is { } reading)
        {
            facts.Add(("Reading speed", $"{reading.WordsPerMinute:0} WPM"));
            facts.Add(("Comprehension", $"{reading.ComprehensionPercent:0.0}%"));
        }
        facts.Add(("Pass mark", test.Kind == TestKind.Typing ? $"{test.PassMark:0} net WPM" : $"{test.PassMark:0}%"));
        return new Column(6)
        {
            new Row(8)
                .Relative(1, new Text(test.Name, ReportStyle.Subheading))
                .Fixed(140, new Text([verdict], TextAlign.Right)),
            ReportStyle.Facts(5, facts.ToArray()),
            new Text($"Taken {ReportStyle.DateTime(test.TakenAt)} · {Capitalised(SummaryBlock.Standing(test))}.", ReportStyle.Small),
            test.NormNote is { } norm ? new Text($"Norm: {norm}", ReportStyle.Small) : null,
        }.Padding(9, 7).Border(ReportStyle.Line).KeepTogether();
    }

    private static string Capitalised(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    /// <summary>Percentiles read as "82nd": the share of the norm group scoring below the candidate.</summary>
    internal static string Ordinal(int n) => (n % 100) switch
    {
        11 or 12 or 13 => $"{n}th",
        _ => (n % 10) switch { 1 => $"{n}st", 2 => $"{n}nd", 3 => $"{n}rd", _ => $"{n}th" },
    };
}
