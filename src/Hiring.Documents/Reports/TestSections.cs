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
            return ReportStyle.Section(Words.T("Test results"), ReportStyle.Note(Words.F(
                "No tests taken yet. {0} has not completed any test of this post's battery, so there are no scores, percentiles or competency profile to report.",
                model.Candidate.Name)));
        var blocks = model.Tests.Select(Block).ToArray();
        return ReportStyle.Section(Words.T("Test results"), blocks[0], blocks[1..]);
    }

    private static Element Block(TestResultSection test)
    {
        // Same size as the test's name so both sit on one baseline (and extract as one line).
        var verdict = test.Passed
            ? new Span(Words.T("PASSED"), ReportStyle.Subheading.WithColor(ReportStyle.PassInk))
            : new Span(Words.T("BELOW PASS MARK"), ReportStyle.Subheading.WithColor(ReportStyle.FailInk));
        return new Column(6)
        {
            new Row(8)
                .Relative(1, new Text(test.Name, ReportStyle.Subheading))
                .Fixed(140, new Text([verdict], TextAlign.Right)),
            ReportStyle.Facts(5, [.. Facts(test)]),
            new Text(Taken(test), ReportStyle.Small),
            test.NormNote is { } norm ? new Text(Words.F("Norm: {0}", norm), ReportStyle.Small) : null,
        }.Padding(9, 7).Border(ReportStyle.Line).KeepTogether();
    }

    /// <summary>The figures of one test, label and value, as the PDF's block prints them (and the on-screen report shows them).</summary>
    public static List<(string Label, string Value)> Facts(TestResultSection test)
    {
        // Typing is read in net words (or Chinese characters) per minute and accuracy, the figures that matter; its 0–100 index is not shown.
        var facts = test.Typing is { } typing
            ? new List<(string, string)>
            {
                (Words.T("Net speed"), TypingSpeed.Of(test, typing.NetWpm)), (Words.T("Accuracy"), $"{typing.AccuracyPercent:0.0}%"),
                (Words.T("Gross speed"), TypingSpeed.Of(test, typing.GrossWpm)),
            }
            : [(Words.T("Score"), $"{test.Score:0.##} / {test.MaxScore:0.##}"), (Words.T("Percent"), $"{test.Percent:0.0}%")];
        facts.Add((Words.T("Percentile"), test.Percentile is { } p ? Words.Ordinal(p) : Words.T("no norm yet")));
        facts.Add((Words.T("Time used"), Words.F("{0} of {1}", ReportStyle.Minutes(test.TimeUsed), ReportStyle.Minutes(test.TimeLimit))));
        if (test.Reading is { } reading)
        {
            facts.Add((Words.T("Reading speed"), Words.F(reading.InCharacters ? "{0:0} Chinese characters per minute" : "{0:0} WPM", reading.WordsPerMinute)));
            facts.Add((Words.T("Comprehension"), $"{reading.ComprehensionPercent:0.0}%"));
        }
        facts.Add((Words.T("Pass mark"), ReportReading.PassMark(test)));
        return facts;
    }

    /// <summary>"Taken 3 Mar 2026, 10:12 UTC · Better than 82% of 29 Inbound candidates tested since Mar 2026."</summary>
    public static string Taken(TestResultSection test) => Words.F("Taken {0} · {1}.", Words.DateTime(test.TakenAt), Capitalised(SummaryBlock.Standing(test)));

    private static string Capitalised(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
