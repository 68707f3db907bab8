using Hiring.Documents.Layout;

namespace Hiring.Documents.Reports;

/// <summary>The measured competencies against the norm group's median, and what to do with the gaps at interview.</summary>
internal static class CompetencyProfile
{
    // A gap of 10 points on a 0–100 scale is about one standard error of an SJT competency score:
    // smaller gaps are noise, so they are neither strengths nor areas to probe.
    private const double MeaningfulGap = 10;
    private const int MaxPerSide = 5;

    public static Element? For(CandidateReportModel model)
    {
        if (model.Competencies.Count == 0) return null;
        var chart = new BarChart(
            model.Competencies.Select(c => new Bar(c.Name, c.Score0to100, c.NormMedian)).ToList(),
            100, Words.T("Candidate score (0–100)"), Words.T("Norm group median"));
        return ReportStyle.Section(Words.T("Competency profile"), new Column(6)
        {
            new Text(Measured(model), ReportStyle.Body),
            chart,
        }.KeepTogether(),
            StrengthsAndProbes(model.Competencies));
    }

    /// <summary>What the profile is drawn from: every test taken, not one of them.</summary>
    public static string Measured(CandidateReportModel model)
    {
        var tests = model.Tests.Select(t => t.Name).Distinct().ToList();
        var from = tests.Count switch
        {
            0 => Words.T("the tests taken"),
            1 => Words.F("the {0} test", tests[0]),
            _ => Words.F("the {0} tests taken ({1})", tests.Count, Words.List(tests)),
        };
        return Words.F(model.Competencies.Count == 1
            ? "{0} competency measured across {1}, each scored 0–100 as the mean of the items that measure it and shown against the median of the norm group for this post type."
            : "{0} competencies measured across {1}, each scored 0–100 as the mean of the items that measure it and shown against the median of the norm group for this post type.",
            model.Competencies.Count, from);
    }

    public static (IReadOnlyList<CompetencyScore> Strengths, IReadOnlyList<CompetencyScore> Probes) Split(IReadOnlyList<CompetencyScore> scores) =>
        (scores.Where(c => c.Gap >= MeaningfulGap).OrderByDescending(c => c.Gap).Take(MaxPerSide).ToList(),
         scores.Where(c => c.Gap <= -MeaningfulGap).OrderBy(c => c.Gap).Take(MaxPerSide).ToList());

    private static Element StrengthsAndProbes(IReadOnlyList<CompetencyScore> scores)
    {
        var (strengths, probes) = Split(scores);
        var heading = new Text(Words.T("Strengths and areas to probe at interview"), ReportStyle.Subheading);
        if (strengths.Count == 0 && probes.Count == 0)
            return new Column(4) { heading, ReportStyle.Note(Words.T("No competency is more than 10 points from the norm median: probe evenly.")) };
        var table = new Table([3.2f, 1, 1, 1, 4.4f], [Words.T("Competency"), Words.T("Score"), Words.T("Median"), Words.T("Gap"), Words.T("At interview")]);
        foreach (var c in strengths)
            table.AddRow(Cell(c.Name), Cell($"{c.Score0to100:0.0}"), Cell($"{c.NormMedian:0.0}"),
                new Text($"+{c.Gap:0.0}", ReportStyle.Body.WithSize(8.5f).Bold().WithColor(ReportStyle.PassInk)),
                Cell(Words.T("Strength: confirm with one recent example.")));
        foreach (var c in probes)
            table.AddRow(Cell(c.Name), Cell($"{c.Score0to100:0.0}"), Cell($"{c.NormMedian:0.0}"),
                new Text($"{c.Gap:0.0}", ReportStyle.Body.WithSize(8.5f).Bold().WithColor(ReportStyle.FailInk)),
                Cell(Words.F("Probe: ask for a time it went wrong (the kit's {0} questions).", c.Name)));
        return new KeepWithNext(heading, table, 4);
    }

    private static Element Cell(string text) => new Text(text, ReportStyle.Body.WithSize(8.5f));
}
