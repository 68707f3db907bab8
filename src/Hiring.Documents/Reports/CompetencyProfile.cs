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
            100, "Candidate score (0–100)", "Norm group median");
        return ReportStyle.Section("Competency profile", new Column(6)
        {
            new Text($"{model.Competencies.Count} competencies measured by the situational judgement items, each scored 0–100 " +
                     "and shown against the median of the norm group for this post type.", ReportStyle.Body),
            chart,
        }.KeepTogether(),
            StrengthsAndProbes(model.Competencies));
    }

    public static (IReadOnlyList<CompetencyScore> Strengths, IReadOnlyList<CompetencyScore> Probes) Split(IReadOnlyList<CompetencyScore> scores) =>
        (scores.Where(c => c.Gap >= MeaningfulGap).OrderByDescending(c => c.Gap).Take(MaxPerSide).ToList(),
         scores.Where(c => c.Gap <= -MeaningfulGap).OrderBy(c => c.Gap).Take(MaxPerSide).ToList());

    private static Element StrengthsAndProbes(IReadOnlyList<CompetencyScore> scores)
    {
        var (strengths, probes) = Split(scores);
        var heading = new Text("Strengths and areas to probe at interview", ReportStyle.Subheading);
        if (strengths.Count == 0 && probes.Count == 0)
            return new Column(4) { heading, ReportStyle.Note("No competency is more than 10 points from the norm median: probe evenly.") };
        var table = new Table([3.2f, 1, 1, 1, 4.4f], ["Competency", "Score", "Median", "Gap", "At interview"]);
        foreach (var c in strengths)
            table.AddRow(Cell(c.Name), Cell($"{c.Score0to100:0}"), Cell($"{c.NormMedian:0}"),
                new Text($"+{c.Gap:0}", ReportStyle.Body.WithSize(8.5f).Bold().WithColor(ReportStyle.PassInk)),
                Cell("Strength: confirm with one recent example."));
        foreach (var c in probes)
            table.AddRow(Cell(c.Name), Cell($"{c.Score0to100:0}"), Cell($"{c.NormMedian:0}"),
                new Text($"{c.Gap:0}", ReportStyle.Body.WithSize(8.5f).Bold().WithColor(ReportStyle.FailInk)),
                Cell($"Probe: ask for a time it went wrong ({c.Key} questions in the kit)."));
        return new KeepWithNext(heading, table, 4);
    }

    private static Element Cell(string text) => new Text(text, ReportStyle.Body.WithSize(8.5f));
}
