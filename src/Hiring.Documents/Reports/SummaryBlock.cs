using Hiring.Core.Assessments;
using Hiring.Documents.Layout;

namespace Hiring.Documents.Reports;

/// <summary>
/// Page 1 after the cover: what a hiring manager decides from without turning the page. The reasons behind the
/// recommendation one per line, every test on its own scale against its pass mark and norm group, the strongest and
/// weakest competencies, the panel's result, and the integrity and screening concerns counted and named.
/// The later pages keep the detail.
/// </summary>
internal static class SummaryBlock
{
    /// <summary>Norm groups smaller than this get a caution next to their percentile.</summary>
    public const int SmallGroup = 30;
    private const int Top = 3;

    public static Element For(CandidateReportModel model)
    {
        var column = new Column(6) { Bullets(Reasons(model)) };
        if (model.Tests.Count > 0) column.Add(Tests(model));
        if (CompetencyLists(model) is { } competencies) column.Add(competencies);
        if (Panel(model) is { } panel) column.Add(panel);
        return ReportStyle.Section(Words.T("Summary"), column);
    }

    /// <summary>The evidence behind the recommendation, one line each.</summary>
    public static List<string> Reasons(CandidateReportModel model)
    {
        var reasons = new List<string>();
        var taken = model.Tests.Count;
        var battery = Math.Max(model.Post.BatteryTests, taken);
        if (taken == 0) reasons.Add(Words.F("No tests taken yet (the post's battery has {0}).", battery));
        else
        {
            var failed = model.Tests.Where(t => !t.Passed).ToList();
            reasons.Add(failed.Count == 0
                ? (taken == battery
                    ? Words.Plural(taken, "Passed all {0} test taken.", "Passed all {0} tests taken.")
                    : Words.F(taken == 1 ? "Passed {0} test taken of {1}." : "Passed {0} tests taken of {1}.", taken, battery))
                : Words.F("Below the pass mark in {0}; passed {1} of {2}.", string.Join(Words.T(", "), failed.Select(f => f.Name)), taken - failed.Count, taken));
        }
        if (model.CompositeScore is { } composite)
        {
            var target = model.Post.CompositePassMark is { } mark ? Words.F(" against a target of {0:0}", mark) : "";
            var rank = model.Rank is { } r ? Words.F("; {0} of {1} tested applicants for this post", Words.Ordinal(r.Position), r.Of) : "";
            reasons.Add(Words.F("Composite {0:0.0} / 100{1}{2}.", composite, target, rank));
        }
        if (model.Scorecards.Count > 0)
        {
            var calls = model.PanelCalls;
            reasons.Add(Words.F("Interview panel: {0}{1}.", model.PanelAverage is { } average ? Words.F("average {0:0.0} / 5", average) : Words.T("no ratings"),
                calls > 0 ? Words.T(", ") + Words.F(calls == 1 ? "{0} of {1} interviewer for hiring" : "{0} of {1} interviewers for hiring", model.PanelForHiring, calls) : ""));
        }
        else if (model.Stage >= Core.Recruiting.Stage.Interview) reasons.Add(Words.T("No interview scorecard submitted yet."));
        reasons.Add(Integrity(model));
        reasons.Add(Screening(model));
        return reasons;
    }

    private static string Integrity(CandidateReportModel model)
    {
        if (model.Tests.Count == 0) return Words.T("Integrity: no test taken, so no checks have run.");
        if (model.Flags.Count == 0) return Words.T("Integrity: no flags raised.");
        var parts = model.Flags.GroupBy(f => f.Severity).OrderByDescending(g => g.Key)
            .Select(g => Words.F("{0} {1} ({2})", g.Count(), SeverityWord(g.Key), string.Join(Words.T(", "), g.Select(f => f.Flag.TrimEnd('.')).Distinct())));
        return Words.F("Integrity: {0}. Ask about them before concluding.", string.Join(Words.T("; "), parts));
    }

    private static string SeverityWord(FlagSeverity s) => IntegrityAndScreening.Severity(s).ToLower(Words.Culture);

    private static string Screening(CandidateReportModel model)
    {
        var red = model.Screening.Where(a => a.RedFlag is not null).Select(a => a.RedFlag!).ToList();
        return red.Count == 0
            ? Words.T("Screening: no red flags in the answers.")
            : Words.F(red.Count == 1 ? "Screening: {0} red flag: {1}." : "Screening: {0} red flags: {1}.", red.Count, string.Join(Words.T("; "), red));
    }

    private static Element Bullets(IEnumerable<string> lines)
    {
        var column = new Column(2);
        foreach (var line in lines)
            column.Add(new Row(4).Fixed(8, new Text("•", ReportStyle.Body)).Relative(1, new Text(line, ReportStyle.Body)));
        return column;
    }

    private static Element Tests(CandidateReportModel model) => new Column(4)
    {
        new Text(Words.T("Tests"), ReportStyle.Subheading),
        new ScoreStrips([.. model.Tests.Select(Strip)], Words.T("Score"), Words.T("Middle half of the norm group"), Words.T("Pass mark")),
    }.KeepTogether();

    private static Strip Strip(TestResultSection test)
    {
        var band = test.Group is { MiddleLow: { } low, MiddleHigh: { } high } ? (low, high) : ((double, double)?)null;
        if (test.Kind == TestKind.Typing && test.Typing is { } typing)
        {
            var max = Math.Max(80, Math.Ceiling(Math.Max(typing.NetWpm, Math.Max(test.PassMark, band?.Item2 ?? 0)) / 20) * 20);
            return new Strip(test.Name, typing.NetWpm, max, TypingSpeed.Net(test, typing.NetWpm), test.PassMark, band,
                TypingSpeed.StripCaption(test, typing.AccuracyPercent, Standing(test)), !test.Passed);
        }
        return new Strip(test.Name, test.Percent, 100, $"{test.Percent:0.0}%", test.PassMark, band, Standing(test), !test.Passed);
    }

    /// <summary>"Better than 82% of 29 Inbound candidates tested since Mar 2026", with a caution for a small group.</summary>
    public static string Standing(TestResultSection test)
    {
        if (test.Percentile is not { } p) return Words.T("no norm group yet to compare with");
        if (test.Group is { DefaultTable: true })
            return Words.F("better than {0}% on the default typing table (built from employers' published requirements, not measured on candidates)", p);
        if (test.Group is { Published: true }) return Words.F("better than {0}% of typists in the published norm", p);
        var who = test.Group?.Who ?? Words.T("candidates");
        var since = test.Group?.Since is { } at ? Words.F(" since {0}", Words.Month(at)) : "";
        var caution = test.NormSize < SmallGroup ? Words.T(" (a small group: read with caution)") : "";
        return Words.F("better than {0}% of {1} {2} tested{3}{4}", p, test.NormSize, who, since, caution);
    }

    private static Element? CompetencyLists(CandidateReportModel model)
    {
        if (model.Competencies.Count == 0) return null;
        var strengths = model.Competencies.Where(c => c.Gap > 0).OrderByDescending(c => c.Gap).Take(Top).ToList();
        var probes = model.Competencies.Where(c => c.Gap < 0).OrderBy(c => c.Gap).Take(Top).ToList();
        Element List(string title, List<CompetencyScore> items, string none)
        {
            var column = new Column(2) { new Text(title, ReportStyle.Subheading) };
            if (items.Count == 0) column.Add(ReportStyle.Note(none));
            foreach (var c in items)
                column.Add(new Text([new Span(c.Name, ReportStyle.Body.Bold()),
                    new Span(Words.F("  {0:0.0} (median {1:0.0})", c.Score0to100, c.NormMedian), ReportStyle.Body)]));
            return column;
        }
        return new Row(14)
            .Relative(1, List(Words.T("Top strengths"), strengths, Words.T("None above the norm median.")))
            .Relative(1, List(Words.T("Areas to probe at interview"), probes, Words.T("None below the norm median.")))
            .KeepTogether();
    }

    private static Element? Panel(CandidateReportModel model)
    {
        if (model.Scorecards.Count == 0) return null;
        var byCompetency = model.PanelByCompetency;
        var grid = new Column(2);
        foreach (var pair in byCompetency.Chunk(2))
        {
            var row = new Row(10);
            foreach (var (name, average, count) in pair)
                row.Relative(1, new Text([new Span(name, Small), new Span($"  {average:0.0}", Small.Bold()), new Span($" ({count})", Small)]));
            if (pair.Length == 1) row.Relative(1, new Spacer(0));
            grid.Add(row);
        }
        var calls = new Column(2) { new Text(Words.T("Each interviewer"), ReportStyle.Subheading) };
        foreach (var card in model.Scorecards)
            calls.Add(new Text([new Span(card.Interviewer, ReportStyle.Body.Bold()),
                new Span(Words.F(": {0}{1}", card.Overall, card.Average is { } a ? Words.T(", ") + Words.F("average {0:0.0} / 5", a) : ""), ReportStyle.Body)]));
        return new Column(4)
        {
            new Text(Words.T("Interview panel: average rating per competency out of 5 (number of ratings)"), ReportStyle.Subheading),
            new Row(14).Relative(3, byCompetency.Count > 0 ? grid : ReportStyle.Note(Words.T("No question was rated."))).Relative(2, calls),
        }.KeepTogether();
    }

    private static readonly TextStyle Small = ReportStyle.Body.WithSize(8.5f);
}
